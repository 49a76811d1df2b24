// NeedsAssessment: gathering a household's facts (set-based, so that ranking a county-sized
// store stays well under a second), scoring them with the rules, keeping scores and overrides,
// and the support plan.
#include "needsassessment.h"

#include "domain/choices.h"
#include "householdaccess.h"
#include "session.h"
#include "storage/auditlog.h"
#include "storage/householdrepository.h"
#include "storage/sqlvalues.h"
#include "storage/writetransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>
#include <QXmlStreamReader>

#include <algorithm>
#include <array>

namespace pluslife::services {

using storage::StoreError;
using storage::StoreErrorCode;

namespace {

const QString kInterview = QStringLiteral("initial_interview");
const QString kVisitReport = QStringLiteral("home_visit_report");

// The leaf answers of a submitted instance that the assessment reads, by path below the root
// ("household/size"). A repeated leaf (a debt of the debts repeat) holds its answers separated
// by spaces. Only these leaves are kept: ranking reads thousands of instances.
const QStringList &wantedPaths()
{
    static const QStringList paths{
        // initial_interview
        QStringLiteral("household/size"), QStringLiteral("household/children"),
        QStringLiteral("household/elderly"), QStringLiteral("household/head_work"),
        QStringLiteral("health/head_chronic"), QStringLiteral("health/head_disability"),
        QStringLiteral("health/head_disability_severity"), QStringLiteral("health/uninsured"),
        QStringLiteral("income/monthly_income"), QStringLiteral("housing/tenure"),
        QStringLiteral("housing/monthly_rent"), QStringLiteral("housing/eviction_risk"),
        QStringLiteral("debts/has_debts"), QStringLiteral("debts/debt/overdue"),
        QStringLiteral("debts/debt/instalment"), QStringLiteral("assessment/risks"),
        // home_visit_report
        QStringLiteral("visit/outcome"), QStringLiteral("dwelling/condition"),
        QStringLiteral("dwelling/accessible"), QStringLiteral("facilities/heating"),
        QStringLiteral("facilities/hazards"), QStringLiteral("assets/state"),
        QStringLiteral("living/food"), QStringLiteral("living/relations"),
        QStringLiteral("living/risk_signs")};
    return paths;
}

const QHash<QString, int> &wantedIndex()
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> map;
        for (qsizetype i = 0; i < wantedPaths().size(); ++i)
            map.insert(wantedPaths().at(i), int(i));
        return map;
    }();
    return index;
}

constexpr int kWantedCount = 25;

class Answers {
public:
    QString value(const QString &path) const
    {
        const int i = wantedIndex().value(path, -1);
        return i < 0 ? QString() : m_values.at(size_t(i));
    }
    void add(int index, const QString &value)
    {
        QString &slot = m_values.at(size_t(index));
        if (slot.isEmpty())
            slot = value;
        else if (!value.isEmpty())
            slot += QLatin1Char(' ') + value;
    }

private:
    std::array<QString, kWantedCount> m_values;
};

// Submissions never change (migration 0004's triggers), so what was read from one is kept for
// the process, by its uuid: ranking again does not parse the same instances again.
class AnswerCache {
public:
    static AnswerCache &instance()
    {
        static AnswerCache cache;
        return cache;
    }
    std::optional<Answers> find(const QString &uuid)
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_answers.constFind(uuid);
        return it == m_answers.cend() ? std::nullopt : std::optional<Answers>(*it);
    }
    void insert(const QString &uuid, const Answers &answers)
    {
        const QMutexLocker lock(&m_mutex);
        if (m_answers.size() > 200000)
            m_answers.clear();
        m_answers.insert(uuid, answers);
    }

private:
    QMutex m_mutex;
    QHash<QString, Answers> m_answers;
};

Answers parseInstance(const QByteArray &xml)
{
    Q_ASSERT(wantedPaths().size() == kWantedCount);
    const QHash<QString, int> &wanted = wantedIndex();
    Answers answers;
    QXmlStreamReader reader(xml);
    QString path; // below the root, '/'-separated
    QList<qsizetype> lengths;
    QString text;
    int collecting = -1;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            lengths.append(path.size());
            if (lengths.size() > 1) {
                if (lengths.size() > 2)
                    path += QLatin1Char('/');
                path += reader.name();
            }
            collecting = wanted.value(path, -1);
            text.clear();
            break;
        case QXmlStreamReader::Characters:
            if (collecting >= 0)
                text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (collecting >= 0)
                answers.add(collecting, text.trimmed());
            collecting = -1;
            if (!lengths.isEmpty())
                path.truncate(lengths.takeLast());
            break;
        default:
            break;
        }
    }
    return answers;
}

QStringList selected(const Answers &answers, const QString &key)
{
    return answers.value(key).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

qint64 wholeAnswer(const Answers &answers, const QString &key, qint64 fallback)
{
    bool ok = false;
    const double value = answers.value(key).toDouble(&ok);
    return ok ? qint64(value) : fallback;
}

// yyyy-MM-dd as yyyymmdd, 0 when empty or malformed: ages without a QDate per member.
int dayNumber(const QString &iso)
{
    if (iso.size() != 10 || iso.at(4) != QLatin1Char('-') || iso.at(7) != QLatin1Char('-'))
        return 0;
    bool y = false, m = false, d = false;
    const int year = QStringView(iso).mid(0, 4).toInt(&y);
    const int month = QStringView(iso).mid(5, 2).toInt(&m);
    const int day = QStringView(iso).mid(8, 2).toInt(&d);
    return y && m && d ? year * 10000 + month * 100 + day : 0;
}

int severityRank(const QString &severity)
{
    static const QStringList order{QStringLiteral("mild"), QStringLiteral("moderate"),
                                   QStringLiteral("severe"), QStringLiteral("very-severe")};
    return int(order.indexOf(severity)) + 1; // 0: unknown
}

struct Candidate {
    qint64 id = 0;
    QString fileNumber;
    QString headName;
    qint64 workerId = 0;
    QString workerName;
};

struct Gathered {
    domain::NeedsFacts facts;
    int unknownAges = 0;
    bool hasInterview = false;
    Answers interview;
};

// The SQL condition choosing the households and its bound values (repeated per query).
struct Scope {
    QString where;
    QVariantList binds;
};

class FactsLoader {
public:
    FactsLoader(QSqlDatabase db, const domain::NeedsRules &rules, const QDate &today)
        : m_db(std::move(db))
        , m_rules(rules)
        , m_today(today.year() * 10000 + today.month() * 100 + today.day())
    {}

    bool load(const Scope &scope, QList<Candidate> *candidates, QHash<qint64, Gathered> *out)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!run(
                q,
                QStringLiteral(
                    "SELECT h.id, h.file_number, coalesce(p.first_name || ' ' || p.last_name, ''), "
                    "coalesce(h.worker_id, 0), coalesce(w.display_name, ''), h.housing, "
                    "coalesce(h.monthly_rent, 0), h.income_sources, coalesce(p.sex, '') "
                    "FROM households h LEFT JOIN people p ON p.id = h.head_person_id "
                    "LEFT JOIN workers w ON w.id = h.worker_id WHERE %1"),
                scope))
            return false;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            candidates->append({id, q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toLongLong(), q.value(4).toString()});
            Gathered &g = (*out)[id];
            g.facts.housing = q.value(5).toString();
            g.facts.monthlyRent = q.value(6).toLongLong();
            g.facts.employment = employmentFromSources(
                q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
            g.facts.femaleHead = q.value(8).toString() == QLatin1String("female");
        }
        if (!members(scope, out) || !submissions(scope, out) || !visitNotes(scope, out))
            return false;
        for (auto it = out->begin(); it != out->end(); ++it)
            finish(&it.value());
        return true;
    }

    QSqlError error() const { return m_error; }

private:
    bool run(QSqlQuery &q, const QString &sql, const Scope &scope)
    {
        q.prepare(sql.arg(scope.where));
        for (const QVariant &bind : scope.binds)
            q.addBindValue(bind);
        if (q.exec())
            return true;
        m_error = q.lastError();
        return false;
    }

    static QString employmentFromSources(const QStringList &sources)
    {
        auto has = [&sources](const char *key) { return sources.contains(QLatin1String(key)); };
        if (has("wage") || has("wages"))
            return QStringLiteral("employed");
        if (has("casual"))
            return QStringLiteral("casual");
        if (has("pension"))
            return QStringLiteral("retired");
        return sources.isEmpty() ? QString() : QStringLiteral("no_earner");
    }

    bool members(const Scope &scope, QHash<qint64, Gathered> *out)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!run(q,
                 QStringLiteral(
                     "SELECT m.household_id, coalesce(p.birth_date, ''), p.disability_type, "
                     "p.disability_severity, p.chronic_illness, p.insurance "
                     "FROM memberships m JOIN people p ON p.id = m.person_id "
                     "JOIN households h ON h.id = m.household_id "
                     "WHERE m.left_on IS NULL AND p.died_on IS NULL AND %1"),
                 scope))
            return false;
        const int underAge = m_rules.dependantUnderAge();
        const int elderlyAge = m_rules.elderlyAge();
        const int childAge = m_rules.youngChildUnderAge();
        QHash<qint64, int> insuranceKnown;
        while (q.next()) {
            const auto it = out->find(q.value(0).toLongLong());
            if (it == out->end())
                continue;
            domain::NeedsFacts &f = it->facts;
            ++f.members;
            const int born = dayNumber(q.value(1).toString());
            if (born == 0) {
                ++it->unknownAges;
            } else {
                const int age = (m_today - born) / 10000;
                if (age < underAge || age >= elderlyAge)
                    ++f.dependants;
                if (age >= elderlyAge)
                    ++f.elderly;
                if (age < childAge)
                    ++f.youngChildren;
            }
            const QString type = q.value(2).toString();
            if (!type.isEmpty() && type != QLatin1String("none")) {
                ++f.disabled;
                const QString severity = q.value(3).toString();
                if (f.worstSeverity.isEmpty() ||
                    severityRank(severity) > severityRank(f.worstSeverity))
                    f.worstSeverity = severity.isEmpty() ? QStringLiteral("unknown") : severity;
            }
            if (!q.value(4).toString().trimmed().isEmpty())
                ++f.chronicallyIll;
            const QString insurance = q.value(5).toString();
            if (!insurance.isEmpty()) {
                if (f.uninsured < 0)
                    f.uninsured = 0;
                if (insurance == QLatin1String("none"))
                    ++f.uninsured;
            }
        }
        return true;
    }

    // The latest initial interview and home visit report of each household (a correction is
    // newer than what it corrects, so the latest is always the one in force).
    bool submissions(const Scope &scope, QHash<qint64, Gathered> *out)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!run(q,
                 QStringLiteral(
                     "SELECT s.household_id, f.form_id, s.uuid, s.instance_xml "
                     "FROM form_submissions s "
                     "JOIN form_versions f ON f.id = s.form_version_id "
                     "JOIN households h ON h.id = s.household_id "
                     "WHERE f.form_id IN ('initial_interview', 'home_visit_report') AND %1 "
                     "AND s.id = (SELECT s2.id FROM form_submissions s2 "
                     "JOIN form_versions f2 ON f2.id = s2.form_version_id "
                     "WHERE s2.household_id = s.household_id AND f2.form_id = f.form_id "
                     "ORDER BY s2.submitted_utc DESC, s2.id DESC LIMIT 1)"),
                 scope))
            return false;
        while (q.next()) {
            const auto it = out->find(q.value(0).toLongLong());
            if (it == out->end())
                continue;
            const QString uuid = q.value(2).toString();
            std::optional<Answers> cached = AnswerCache::instance().find(uuid);
            if (!cached) {
                cached = parseInstance(q.value(3).toByteArray());
                AnswerCache::instance().insert(uuid, *cached);
            }
            const Answers &answers = *cached;
            if (q.value(1).toString() == kInterview) {
                it->hasInterview = true;
                it->interview = answers;
            } else {
                visitReport(answers, &it->facts);
            }
        }
        return true;
    }

    static void visitReport(const Answers &a, domain::NeedsFacts *f)
    {
        if (a.value(QStringLiteral("visit/outcome")) != QLatin1String("done"))
            return;
        f->visitKnown = true;
        QStringList &seen = f->visitObservations;
        const QString condition = a.value(QStringLiteral("dwelling/condition"));
        if (condition == QLatin1String("poor") || condition == QLatin1String("unsafe"))
            seen << QStringLiteral("condition.") + condition;
        const QString food = a.value(QStringLiteral("living/food"));
        if (food == QLatin1String("sometimes_short") || food == QLatin1String("often_short"))
            seen << QStringLiteral("food.") + food;
        if (a.value(QStringLiteral("assets/state")) == QLatin1String("lacking"))
            seen << QStringLiteral("assets.lacking");
        if (a.value(QStringLiteral("facilities/heating")) == QLatin1String("none"))
            seen << QStringLiteral("heating.none");
        QStringList hazards = selected(a, QStringLiteral("facilities/hazards"));
        hazards.removeAll(QStringLiteral("none"));
        if (!hazards.isEmpty())
            seen << QStringLiteral("hazards");
        QStringList risks = selected(a, QStringLiteral("living/risk_signs"));
        risks.removeAll(QStringLiteral("none"));
        if (!risks.isEmpty()) {
            seen << QStringLiteral("risk_signs");
            f->familyRisk = true;
        }
        if (a.value(QStringLiteral("living/relations")) == QLatin1String("conflict"))
            f->familyRisk = true;
        if (a.value(QStringLiteral("dwelling/accessible")) == QLatin1String("no"))
            f->homeNotAccessible = true;
    }

    // Without a visit report, the structured note of the last home visit done (issue 3).
    bool visitNotes(const Scope &scope, QHash<qint64, Gathered> *out)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!run(q,
                 QStringLiteral("SELECT v.household_id, v.note FROM visits v "
                                "JOIN households h ON h.id = v.household_id "
                                "WHERE v.status = 'done' AND %1 "
                                "ORDER BY v.household_id, v.done_utc, v.id"),
                 scope))
            return false;
        QHash<qint64, QString> last;
        while (q.next())
            last.insert(q.value(0).toLongLong(), q.value(1).toString());
        for (auto it = last.cbegin(); it != last.cend(); ++it) {
            const auto g = out->find(it.key());
            if (g == out->end() || g->facts.visitKnown)
                continue;
            const QString condition = QJsonDocument::fromJson(it.value().toUtf8())
                                          .object()
                                          .value(QLatin1String("housing_condition"))
                                          .toString();
            g->facts.visitKnown = true;
            if (condition == QLatin1String("poor") || condition == QLatin1String("unsafe"))
                g->facts.visitObservations << QStringLiteral("condition.") + condition;
        }
        return true;
    }

    // Facts the file lacks, from the latest initial interview.
    static void finish(Gathered *g)
    {
        domain::NeedsFacts &f = g->facts;
        if (!g->hasInterview)
            return;
        const Answers &a = g->interview;
        if (f.members == 0)
            f.members = int(wholeAnswer(a, QStringLiteral("household/size"), 0));
        if (g->unknownAges > 0) {
            const int children = int(wholeAnswer(a, QStringLiteral("household/children"), 0));
            const int elderly = int(wholeAnswer(a, QStringLiteral("household/elderly"), 0));
            f.elderly = std::max(f.elderly, elderly);
            f.dependants = std::max(f.dependants, children + elderly);
        }
        if (f.disabled == 0) {
            const QString type = a.value(QStringLiteral("health/head_disability"));
            if (!type.isEmpty() && type != QLatin1String("none")) {
                f.disabled = 1;
                const QString severity = a.value(QStringLiteral("health/head_disability_severity"));
                f.worstSeverity = severity.isEmpty() ? QStringLiteral("unknown") : severity;
            }
        }
        if (f.chronicallyIll == 0 &&
            a.value(QStringLiteral("health/head_chronic")) == QLatin1String("yes"))
            f.chronicallyIll = 1;
        if (f.uninsured < 0)
            f.uninsured = int(wholeAnswer(a, QStringLiteral("health/uninsured"), -1));
        f.monthlyIncome = wholeAnswer(a, QStringLiteral("income/monthly_income"), -1);
        const QString work = a.value(QStringLiteral("household/head_work"));
        if (domain::NeedsRules::employmentKeys().contains(work))
            f.employment = work;
        if (f.housing.isEmpty())
            f.housing = a.value(QStringLiteral("housing/tenure"));
        if (f.housing == QLatin1String("tenant") && f.monthlyRent == 0)
            f.monthlyRent = wholeAnswer(a, QStringLiteral("housing/monthly_rent"), 0);
        f.evictionRisk = a.value(QStringLiteral("housing/eviction_risk")) == QLatin1String("yes");
        const QString debts = a.value(QStringLiteral("debts/has_debts"));
        if (!debts.isEmpty()) {
            f.debtKnown = true;
            f.hasDebts = debts == QLatin1String("yes");
            f.overdueDebt =
                f.hasDebts &&
                selected(a, QStringLiteral("debts/debt/overdue")).contains(QStringLiteral("yes"));
            qint64 instalments = 0;
            for (const QString &each : selected(a, QStringLiteral("debts/debt/instalment")))
                instalments += qint64(each.toDouble());
            f.monthlyInstalments = f.hasDebts ? instalments : 0;
        }
        QStringList risks = selected(a, QStringLiteral("assessment/risks"));
        risks.removeAll(QStringLiteral("none"));
        if (!risks.isEmpty())
            f.familyRisk = true;
    }

    QSqlDatabase m_db;
    const domain::NeedsRules &m_rules;
    int m_today;
    QSqlError m_error;
};

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString observationName(const QString &key)
{
    if (key == QLatin1String("condition.poor"))
        return NeedsAssessment::tr("dwelling in poor condition");
    if (key == QLatin1String("condition.unsafe"))
        return NeedsAssessment::tr("unsafe dwelling");
    if (key == QLatin1String("food.sometimes_short"))
        return NeedsAssessment::tr("food sometimes short");
    if (key == QLatin1String("food.often_short"))
        return NeedsAssessment::tr("food often short");
    if (key == QLatin1String("assets.lacking"))
        return NeedsAssessment::tr("lacks basic household items");
    if (key == QLatin1String("heating.none"))
        return NeedsAssessment::tr("no heating");
    if (key == QLatin1String("hazards"))
        return NeedsAssessment::tr("hazards in the home");
    if (key == QLatin1String("risk_signs"))
        return NeedsAssessment::tr("signs of risk in the family");
    return key;
}

// What an indicator found, in words, for the explanation.
QString valueText(const QString &key, const domain::NeedsFacts &f, const domain::NeedsRules &rules)
{
    if (key == QLatin1String("household_size"))
        return NeedsAssessment::tr("%1 members, %2 dependants")
            .arg(number(f.members), number(f.dependants));
    if (key == QLatin1String("female_head"))
        return f.femaleHead ? NeedsAssessment::tr("Yes") : NeedsAssessment::tr("No");
    if (key == QLatin1String("disability")) {
        if (f.disabled == 0)
            return NeedsAssessment::tr("None recorded");
        const QString severity =
            f.worstSeverity == QLatin1String("unknown")
                ? NeedsAssessment::tr("severity not assessed")
                : domain::choiceDisplayName(domain::Choice::DisabilitySeverity, f.worstSeverity);
        return NeedsAssessment::tr("%1 members; most severe: %2").arg(number(f.disabled), severity);
    }
    if (key == QLatin1String("chronic_illness"))
        return NeedsAssessment::tr("%1 members").arg(number(f.chronicallyIll));
    if (key == QLatin1String("elderly"))
        return NeedsAssessment::tr("%1 aged %2 or over")
            .arg(number(f.elderly), number(rules.elderlyAge()));
    if (key == QLatin1String("young_children"))
        return NeedsAssessment::tr("%1 under %2")
            .arg(number(f.youngChildren), number(rules.youngChildUnderAge()));
    if (key == QLatin1String("income")) {
        if (f.monthlyIncome < 0 || f.members <= 0)
            return NeedsAssessment::tr("Not known (no initial interview)");
        return NeedsAssessment::tr("%1 rials a month per head (threshold %2)")
            .arg(number(f.monthlyIncome / f.members), number(rules.incomePerHeadThreshold()));
    }
    if (key == QLatin1String("housing")) {
        if (f.housing.isEmpty())
            return NeedsAssessment::tr("Not known");
        QString text = domain::choiceDisplayName(domain::Choice::Housing, f.housing);
        if (f.housing == QLatin1String("tenant")) {
            text =
                NeedsAssessment::tr("%1, rent %2 rials a month").arg(text, number(f.monthlyRent));
            if (f.monthlyIncome > 0)
                text = NeedsAssessment::tr("%1 (%2% of the income)")
                           .arg(text, number(f.monthlyRent * 100 / f.monthlyIncome));
        }
        if (f.evictionRisk)
            text = NeedsAssessment::tr("%1; at risk of eviction").arg(text);
        return text;
    }
    if (key == QLatin1String("employment"))
        return f.employment.isEmpty() ? NeedsAssessment::tr("Not known")
                                      : domain::NeedsRules::employmentDisplayName(f.employment);
    if (key == QLatin1String("debt")) {
        if (!f.debtKnown)
            return NeedsAssessment::tr("Not known");
        if (!f.hasDebts)
            return NeedsAssessment::tr("No debts");
        QString text = NeedsAssessment::tr("Has debts, instalments %1 rials a month")
                           .arg(number(f.monthlyInstalments));
        if (f.overdueDebt)
            text = NeedsAssessment::tr("%1; payments overdue").arg(text);
        return text;
    }
    if (key == QLatin1String("insurance"))
        return f.uninsured < 0 ? NeedsAssessment::tr("Not known")
                               : NeedsAssessment::tr("%1 members without health insurance")
                                     .arg(number(f.uninsured));
    if (key == QLatin1String("home_visit")) {
        if (!f.visitKnown)
            return NeedsAssessment::tr("No home visit reported");
        if (f.visitObservations.isEmpty())
            return NeedsAssessment::tr("Nothing of concern");
        QStringList names;
        for (const QString &observation : f.visitObservations)
            names << observationName(observation);
        return names.join(NeedsAssessment::tr(", "));
    }
    return {};
}

int bandRank(const QString &band)
{
    static const QStringList order{QStringLiteral("urgent"), QStringLiteral("high"),
                                   QStringLiteral("medium"), QStringLiteral("low")};
    const int index = int(order.indexOf(band));
    return index < 0 ? int(order.size()) : index;
}

StoreError saveFailed(const QSqlError &error)
{
    return StoreError::fromSql(NeedsAssessment::tr("The needs assessment could not be saved."),
                               error);
}

QString isoUtc(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

bool exec(QSqlQuery &q, QSqlError *error)
{
    if (q.exec())
        return true;
    *error = q.lastError();
    return false;
}

bool setPriority(QSqlDatabase db, qint64 householdId, const QString &band, const QDateTime &now,
                 QSqlError *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE households SET priority = ?, updated_utc = ? WHERE id = ?"));
    q.addBindValue(band);
    q.addBindValue(isoUtc(now));
    q.addBindValue(householdId);
    return exec(q, error);
}

std::optional<NeedsAssessment::Stored> latestScore(QSqlDatabase db, qint64 householdId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, computed_utc, coalesce(computed_by, 0), rule_version, score, computed_band, "
        "coalesce(override_band, ''), override_reason, coalesce(override_by, 0), override_utc "
        "FROM needs_scores WHERE household_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(householdId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    NeedsAssessment::Stored s;
    s.id = q.value(0).toLongLong();
    s.householdId = householdId;
    s.computedUtc = fromIso(q.value(1));
    s.computedBy = q.value(2).toLongLong();
    s.ruleVersion = q.value(3).toString();
    s.score = q.value(4).toInt();
    s.computedBand = q.value(5).toString();
    s.overrideBand = q.value(6).toString();
    s.overrideReason = q.value(7).toString();
    s.overrideBy = q.value(8).toLongLong();
    s.overrideUtc = fromIso(q.value(9));
    return s;
}

QString contributionsJson(const NeedsAssessment::Result &result)
{
    QJsonObject o;
    for (const auto &c : result.contributions)
        o.insert(c.indicator, c.points);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

NeedsAssessment::NeedsAssessment(Session &session)
    : m_session(session)
    , m_rules(domain::NeedsRules::shipped(&m_rulesError))
{}

NeedsAssessment::NeedsAssessment(Session &session, std::shared_ptr<const domain::NeedsRules> rules)
    : m_session(session)
    , m_rules(std::move(rules))
{
    if (!m_rules)
        m_rulesError = tr("No needs rules were given.");
}

const domain::ServiceCatalog &NeedsAssessment::catalog() const
{
    return *domain::ServiceCatalog::shipped();
}

StoreError NeedsAssessment::canAssess(qint64 householdId, bool write) const
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    if (!m_rules)
        return StoreError::make(StoreErrorCode::Corrupt,
                                tr("The needs rules could not be loaded: %1").arg(m_rulesError));
    const domain::WorkerRole role = m_session.worker().role;
    if (role != domain::WorkerRole::Manager && role != domain::WorkerRole::SocialWorker)
        return StoreError::make(StoreErrorCode::NotPermitted,
                                tr("Only the center manager and social workers assess needs."));
    return checkHouseholdAccess(m_session, householdId, write);
}

StoreError NeedsAssessment::assess(qint64 householdId, Result *result) const
{
    if (StoreError error = canAssess(householdId, false); !error.ok())
        return error;
    FactsLoader loader(m_session.database(), *m_rules, m_session.clock().nowUtc().date());
    QList<Candidate> candidates;
    QHash<qint64, Gathered> gathered;
    if (!loader.load({QStringLiteral("h.id = ?"), {householdId}}, &candidates, &gathered) ||
        !gathered.contains(householdId))
        return StoreError::fromSql(tr("The household's needs could not be read."), loader.error());
    const domain::NeedsFacts &facts = gathered.value(householdId).facts;
    const domain::NeedsScore score = m_rules->score(facts);
    Result r;
    r.householdId = householdId;
    r.score = score.score;
    r.band = score.band;
    r.ruleVersion = m_rules->version();
    for (const domain::IndicatorPoints &p : score.contributions)
        r.contributions.append({p.indicator, domain::NeedsRules::indicatorDisplayName(p.indicator),
                                valueText(p.indicator, facts, *m_rules), p.points, p.weight});
    for (const auto &[rule, service] : score.suggestions)
        r.suggestions.append({rule, service});
    *result = r;
    return StoreError::success();
}

QList<NeedsAssessment::Ranked> NeedsAssessment::rankAll(const RankFilter &filter,
                                                        StoreError *errorOut) const
{
    auto failed = [errorOut](const StoreError &error) {
        if (errorOut)
            *errorOut = error;
        return QList<Ranked>();
    };
    if (m_session.isLocked())
        return failed(StoreError::notUnlocked());
    if (!m_rules)
        return failed(
            StoreError::make(StoreErrorCode::Corrupt,
                             tr("The needs rules could not be loaded: %1").arg(m_rulesError)));
    const domain::Worker &me = m_session.worker();
    if (me.role != domain::WorkerRole::Manager && me.role != domain::WorkerRole::SocialWorker)
        return failed(StoreError::make(StoreErrorCode::NotPermitted,
                                       tr("Only the center manager and social workers see the "
                                          "ranking of needs.")));
    Scope scope{QStringLiteral("h.status = 'active' AND h.merged_into IS NULL"), {}};
    if (me.role == domain::WorkerRole::SocialWorker) {
        scope.where += QStringLiteral(" AND (h.worker_id IS NULL OR h.worker_id = ?)");
        scope.binds << me.id;
    }
    if (filter.workerId == 0) {
        scope.where += QStringLiteral(" AND h.worker_id IS NULL");
    } else if (filter.workerId > 0) {
        scope.where += QStringLiteral(" AND h.worker_id = ?");
        scope.binds << filter.workerId;
    }
    FactsLoader loader(m_session.database(), *m_rules, m_session.clock().nowUtc().date());
    QList<Candidate> candidates;
    QHash<qint64, Gathered> gathered;
    if (!loader.load(scope, &candidates, &gathered))
        return failed(StoreError::fromSql(tr("The ranking could not be read."), loader.error()));

    QHash<qint64, QString> overrides;
    QSqlQuery q(m_session.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT n.household_id, n.override_band FROM needs_scores n "
            "JOIN (SELECT max(id) AS id FROM needs_scores GROUP BY household_id) l ON l.id = n.id "
            "WHERE n.override_band IS NOT NULL")))
        return failed(StoreError::fromSql(tr("The ranking could not be read."), q.lastError()));
    while (q.next())
        overrides.insert(q.value(0).toLongLong(), q.value(1).toString());

    QList<Ranked> ranked;
    ranked.reserve(candidates.size());
    for (const Candidate &c : std::as_const(candidates)) {
        const domain::NeedsFacts &facts = gathered[c.id].facts;
        int score = 0;
        for (const QString &key : domain::NeedsRules::indicatorKeys())
            score += m_rules->points(key, facts);
        score = std::clamp(score, 0, 100);
        Ranked r;
        r.householdId = c.id;
        r.fileNumber = c.fileNumber;
        r.headName = c.headName;
        r.workerId = c.workerId;
        r.workerName = c.workerName;
        r.score = score;
        r.computedBand = m_rules->bandFor(score);
        r.overrideBand = overrides.value(c.id);
        r.effectiveBand = r.overrideBand.isEmpty() ? r.computedBand : r.overrideBand;
        if (!filter.band.isEmpty() && r.effectiveBand != filter.band)
            continue;
        ranked.append(r);
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        const int ra = bandRank(a.effectiveBand), rb = bandRank(b.effectiveBand);
        if (ra != rb)
            return ra < rb;
        if (a.score != b.score)
            return a.score > b.score;
        return a.fileNumber < b.fileNumber;
    });
    if (errorOut)
        *errorOut = StoreError::success();
    return ranked;
}

std::optional<NeedsAssessment::Stored> NeedsAssessment::current(qint64 householdId) const
{
    if (!canAssess(householdId, false).ok())
        return std::nullopt;
    return latestScore(m_session.database(), householdId);
}

// Inside the caller's transaction: a new score row unless the latest one says the same.
StoreError NeedsAssessment::storeLocked(qint64 householdId, Result *resultOut, qint64 *scoreId)
{
    Result result;
    if (StoreError error = assess(householdId, &result); !error.ok())
        return error;
    QSqlDatabase db = m_session.database();
    const auto previous = latestScore(db, householdId);
    const QString contributions = contributionsJson(result);
    if (resultOut)
        *resultOut = result;
    if (previous && previous->ruleVersion == result.ruleVersion &&
        previous->score == result.score && previous->computedBand == result.band) {
        QSqlQuery same(db);
        same.prepare(QStringLiteral("SELECT contributions FROM needs_scores WHERE id = ?"));
        same.addBindValue(previous->id);
        if (same.exec() && same.next() && same.value(0).toString() == contributions) {
            *scoreId = previous->id;
            return StoreError::success();
        }
    }
    const QDateTime now = m_session.clock().nowUtc();
    const qint64 me = m_session.worker().id;
    QSqlError sqlError;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO needs_scores (household_id, computed_utc, computed_by, rule_version, score, "
        "computed_band, contributions, override_band, override_reason, override_by, override_utc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool carried = previous && !previous->overrideBand.isEmpty();
    q.addBindValue(householdId);
    q.addBindValue(isoUtc(now));
    q.addBindValue(me);
    q.addBindValue(result.ruleVersion);
    q.addBindValue(result.score);
    q.addBindValue(result.band);
    q.addBindValue(contributions);
    q.addBindValue(carried ? QVariant(previous->overrideBand) : QVariant());
    q.addBindValue(carried ? previous->overrideReason : QStringLiteral(""));
    q.addBindValue(carried ? QVariant(previous->overrideBy) : QVariant());
    q.addBindValue(carried ? QVariant(isoUtc(previous->overrideUtc)) : QVariant());
    if (!exec(q, &sqlError))
        return saveFailed(sqlError);
    *scoreId = q.lastInsertId().toLongLong();
    const QString effective = carried ? previous->overrideBand : result.band;
    storage::HouseholdRepository households(db);
    if (!setPriority(db, householdId, effective, now, &sqlError))
        return saveFailed(sqlError);
    if (!households.addTimelineEvent(householdId, me, QStringLiteral("needs.scored"),
                                     {{QStringLiteral("score"), result.score},
                                      {QStringLiteral("band"), result.band},
                                      {QStringLiteral("rules"), result.ruleVersion}},
                                     now))
        return saveFailed(households.lastError());
    return m_session.audit().append(me, QStringLiteral("needs.score"), QStringLiteral("household"),
                                    QString::number(householdId),
                                    {{QStringLiteral("needs_score"), *scoreId}});
}

StoreError NeedsAssessment::store(qint64 householdId, Result *result)
{
    if (StoreError error = canAssess(householdId, true); !error.ok())
        return error;
    storage::WriteTransaction transaction(m_session.database());
    qint64 scoreId = 0;
    if (StoreError error = storeLocked(householdId, result, &scoreId); !error.ok())
        return error;
    return transaction.commit() ? StoreError::success() : saveFailed(transaction.error());
}

StoreError NeedsAssessment::storeAll(int *storedOut)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    if (StoreError error = m_session.requireManager(); !error.ok())
        return error;
    if (!m_rules)
        return StoreError::make(StoreErrorCode::Corrupt,
                                tr("The needs rules could not be loaded: %1").arg(m_rulesError));
    QSqlDatabase db = m_session.database();
    FactsLoader loader(db, *m_rules, m_session.clock().nowUtc().date());
    QList<Candidate> candidates;
    QHash<qint64, Gathered> gathered;
    if (!loader.load({QStringLiteral("h.status = 'active' AND h.merged_into IS NULL"), {}},
                     &candidates, &gathered))
        return StoreError::fromSql(tr("The ranking could not be read."), loader.error());
    struct Latest {
        QString ruleVersion;
        int score = 0;
        QString band;
        QString contributions;
        QVariant overrideBand, overrideReason, overrideBy, overrideUtc;
    };
    QHash<qint64, Latest> latest;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT n.household_id, n.rule_version, n.score, n.computed_band, n.contributions, "
            "n.override_band, n.override_reason, n.override_by, n.override_utc FROM needs_scores n "
            "JOIN (SELECT max(id) AS id FROM needs_scores GROUP BY household_id) l ON l.id = "
            "n.id")))
        return saveFailed(q.lastError());
    while (q.next())
        latest.insert(q.value(0).toLongLong(),
                      {q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5), q.value(6), q.value(7), q.value(8)});

    storage::WriteTransaction transaction(db);
    storage::HouseholdRepository households(db);
    const QDateTime now = m_session.clock().nowUtc();
    const qint64 me = m_session.worker().id;
    QSqlError sqlError;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO needs_scores (household_id, computed_utc, computed_by, rule_version, score, "
        "computed_band, contributions, override_band, override_reason, override_by, override_utc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int stored = 0;
    for (const Candidate &c : std::as_const(candidates)) {
        const domain::NeedsScore score = m_rules->score(gathered[c.id].facts);
        QJsonObject points;
        for (const domain::IndicatorPoints &p : score.contributions)
            points.insert(p.indicator, p.points);
        const QString contributions =
            QString::fromUtf8(QJsonDocument(points).toJson(QJsonDocument::Compact));
        const auto previous = latest.constFind(c.id);
        if (previous != latest.cend() && previous->ruleVersion == m_rules->version() &&
            previous->score == score.score && previous->band == score.band &&
            previous->contributions == contributions)
            continue;
        const bool carried = previous != latest.cend() && !previous->overrideBand.isNull();
        insert.addBindValue(c.id);
        insert.addBindValue(isoUtc(now));
        insert.addBindValue(me);
        insert.addBindValue(m_rules->version());
        insert.addBindValue(score.score);
        insert.addBindValue(score.band);
        insert.addBindValue(contributions);
        insert.addBindValue(carried ? previous->overrideBand : QVariant());
        insert.addBindValue(carried ? previous->overrideReason.toString() : QStringLiteral(""));
        insert.addBindValue(carried ? previous->overrideBy : QVariant());
        insert.addBindValue(carried ? previous->overrideUtc : QVariant());
        if (!exec(insert, &sqlError) ||
            !setPriority(db, c.id, carried ? previous->overrideBand.toString() : score.band, now,
                         &sqlError))
            return saveFailed(sqlError);
        if (!households.addTimelineEvent(c.id, me, QStringLiteral("needs.scored"),
                                         {{QStringLiteral("score"), score.score},
                                          {QStringLiteral("band"), score.band},
                                          {QStringLiteral("rules"), m_rules->version()}},
                                         now))
            return saveFailed(households.lastError());
        ++stored;
    }
    if (StoreError error = m_session.audit().append(me, QStringLiteral("needs.score_all"),
                                                    QStringLiteral("center"), QString(),
                                                    {{QStringLiteral("households"), stored}});
        !error.ok())
        return error;
    if (!transaction.commit())
        return saveFailed(transaction.error());
    if (storedOut)
        *storedOut = stored;
    return StoreError::success();
}

StoreError NeedsAssessment::overrideBand(qint64 householdId, const QString &band,
                                         const QString &reasonIn)
{
    if (StoreError error = canAssess(householdId, true); !error.ok())
        return error;
    if (!domain::choiceKeys(domain::Choice::Priority).contains(band))
        return StoreError::invalidInput(tr("Choose the band: urgent, high, medium or low."));
    const QString reason = reasonIn.trimmed();
    if (reason.isEmpty())
        return StoreError::invalidInput(tr("Give the reason for changing the band."));
    QSqlDatabase db = m_session.database();
    storage::WriteTransaction transaction(db);
    qint64 scoreId = 0;
    if (StoreError error = storeLocked(householdId, nullptr, &scoreId); !error.ok())
        return error;
    const auto stored = latestScore(db, householdId);
    const QDateTime now = m_session.clock().nowUtc();
    const qint64 me = m_session.worker().id;
    QSqlError sqlError;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE needs_scores SET override_band = ?, override_reason = ?, "
                             "override_by = ?, override_utc = ? WHERE id = ?"));
    q.addBindValue(band);
    q.addBindValue(reason);
    q.addBindValue(me);
    q.addBindValue(isoUtc(now));
    q.addBindValue(scoreId);
    if (!exec(q, &sqlError) || !setPriority(db, householdId, band, now, &sqlError))
        return saveFailed(sqlError);
    storage::HouseholdRepository households(db);
    if (!households.addTimelineEvent(householdId, me, QStringLiteral("needs.overridden"),
                                     {{QStringLiteral("computed"), stored->computedBand},
                                      {QStringLiteral("band"), band},
                                      {QStringLiteral("reason"), reason}},
                                     now))
        return saveFailed(households.lastError());
    if (StoreError error = m_session.audit().append(
            me, QStringLiteral("needs.override"), QStringLiteral("household"),
            QString::number(householdId), {{QStringLiteral("needs_score"), scoreId}});
        !error.ok())
        return error;
    return transaction.commit() ? StoreError::success() : saveFailed(transaction.error());
}

// ---- Support plan ----

namespace {

bool addPlanEvent(Session &session, qint64 householdId, const QString &kind,
                  const QVariantMap &details, QSqlError *error)
{
    storage::HouseholdRepository households(session.database());
    if (households.addTimelineEvent(householdId, session.worker().id, kind, details,
                                    session.clock().nowUtc()))
        return true;
    *error = households.lastError();
    return false;
}

StoreError auditPlan(Session &session, const QString &action, qint64 planId,
                     const QVariantMap &details = {})
{
    return session.audit().append(session.worker().id, action, QStringLiteral("support_plan"),
                                  QString::number(planId), details);
}

bool insertItem(QSqlDatabase db, qint64 planId, const QString &serviceId, const QString &rule,
                const QString &status, const QString &note, qint64 by, const QDateTime &now,
                qint64 *itemId, QSqlError *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO support_plan_items (plan_id, service_id, suggested_by, "
                             "status, note, added_utc, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(planId);
    q.addBindValue(serviceId);
    q.addBindValue(storage::textValue(rule));
    q.addBindValue(status);
    q.addBindValue(storage::textValue(note));
    q.addBindValue(isoUtc(now));
    q.addBindValue(by);
    if (!exec(q, error))
        return false;
    if (itemId)
        *itemId = q.lastInsertId().toLongLong();
    return true;
}

std::optional<NeedsAssessment::Plan> readPlan(QSqlDatabase db, const QString &where,
                                              const QVariantList &binds)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, household_id, status, rule_version, proposed_utc, "
                             "proposed_by, approved_utc, coalesce(approved_by, 0) "
                             "FROM support_plans WHERE %1 ORDER BY id DESC LIMIT 1")
                  .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return std::nullopt;
    NeedsAssessment::Plan plan;
    plan.id = q.value(0).toLongLong();
    plan.householdId = q.value(1).toLongLong();
    plan.status = q.value(2).toString();
    plan.ruleVersion = q.value(3).toString();
    plan.proposedUtc = fromIso(q.value(4));
    plan.proposedBy = q.value(5).toLongLong();
    plan.approvedUtc = fromIso(q.value(6));
    plan.approvedBy = q.value(7).toLongLong();
    QSqlQuery items(db);
    items.prepare(QStringLiteral("SELECT id, service_id, suggested_by, status, note, added_utc, "
                                 "coalesce(added_by, 0) FROM support_plan_items WHERE plan_id = ? "
                                 "ORDER BY id"));
    items.addBindValue(plan.id);
    if (items.exec())
        while (items.next())
            plan.items.append({items.value(0).toLongLong(), items.value(1).toString(),
                               items.value(2).toString(), items.value(3).toString(),
                               items.value(4).toString(), fromIso(items.value(5)),
                               items.value(6).toLongLong()});
    return plan;
}

StoreError noSuchPlan()
{
    return StoreError::invalidInput(NeedsAssessment::tr("There is no such support plan."));
}

StoreError notDraft()
{
    return StoreError::invalidInput(NeedsAssessment::tr(
        "This support plan is already approved or replaced; propose a new plan to change it."));
}

} // namespace

StoreError NeedsAssessment::proposePlan(qint64 householdId, Plan *planOut)
{
    if (StoreError error = canAssess(householdId, true); !error.ok())
        return error;
    QSqlDatabase db = m_session.database();
    storage::WriteTransaction transaction(db);
    Result result;
    qint64 scoreId = 0;
    if (StoreError error = storeLocked(householdId, &result, &scoreId); !error.ok())
        return error;
    const QDateTime now = m_session.clock().nowUtc();
    const qint64 me = m_session.worker().id;
    QSqlError sqlError;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE support_plans SET status = 'superseded' "
                             "WHERE household_id = ? AND status = 'draft'"));
    q.addBindValue(householdId);
    if (!exec(q, &sqlError))
        return saveFailed(sqlError);
    q.prepare(QStringLiteral("INSERT INTO support_plans (uuid, household_id, needs_score_id, "
                             "rule_version, status, proposed_utc, proposed_by) "
                             "VALUES (?, ?, ?, ?, 'draft', ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(householdId);
    q.addBindValue(scoreId);
    q.addBindValue(result.ruleVersion);
    q.addBindValue(isoUtc(now));
    q.addBindValue(me);
    if (!exec(q, &sqlError))
        return saveFailed(sqlError);
    const qint64 planId = q.lastInsertId().toLongLong();
    for (const Suggestion &s : std::as_const(result.suggestions))
        if (!insertItem(db, planId, s.serviceId, s.ruleKey, QStringLiteral("proposed"), {}, me, now,
                        nullptr, &sqlError))
            return saveFailed(sqlError);
    if (!addPlanEvent(m_session, householdId, QStringLiteral("plan.proposed"),
                      {{QStringLiteral("plan"), planId},
                       {QStringLiteral("items"), int(result.suggestions.size())}},
                      &sqlError))
        return saveFailed(sqlError);
    if (StoreError error = auditPlan(m_session, QStringLiteral("plan.propose"), planId,
                                     {{QStringLiteral("household"), householdId}});
        !error.ok())
        return error;
    if (!transaction.commit())
        return saveFailed(transaction.error());
    if (planOut)
        *planOut = *readPlan(db, QStringLiteral("id = ?"), {planId});
    return StoreError::success();
}

std::optional<NeedsAssessment::Plan> NeedsAssessment::currentPlan(qint64 householdId) const
{
    if (!canAssess(householdId, false).ok())
        return std::nullopt;
    if (auto draft =
            readPlan(m_session.database(), QStringLiteral("household_id = ? AND status = 'draft'"),
                     {householdId}))
        return draft;
    return readPlan(m_session.database(),
                    QStringLiteral("household_id = ? AND status = 'approved'"), {householdId});
}

StoreError NeedsAssessment::draftOf(qint64 planId, qint64 *householdId) const
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    const auto plan = readPlan(m_session.database(), QStringLiteral("id = ?"), {planId});
    if (!plan)
        return noSuchPlan();
    if (StoreError error = canAssess(plan->householdId, true); !error.ok())
        return error;
    if (plan->status != QLatin1String("draft"))
        return notDraft();
    *householdId = plan->householdId;
    return StoreError::success();
}

StoreError NeedsAssessment::itemOf(qint64 itemId, qint64 *planId, qint64 *householdId,
                                   QString *status) const
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    QSqlQuery q(m_session.database());
    q.prepare(QStringLiteral("SELECT plan_id, status FROM support_plan_items WHERE id = ?"));
    q.addBindValue(itemId);
    if (!q.exec() || !q.next())
        return StoreError::invalidInput(tr("There is no such service in the support plan."));
    *planId = q.value(0).toLongLong();
    *status = q.value(1).toString();
    return draftOf(*planId, householdId);
}

StoreError NeedsAssessment::addPlanItem(qint64 planId, const QString &serviceId,
                                        const QString &note, qint64 *itemId)
{
    qint64 householdId = 0;
    if (StoreError error = draftOf(planId, &householdId); !error.ok())
        return error;
    if (!catalog().contains(serviceId))
        return StoreError::invalidInput(tr("Choose a service of the Behzisti service catalog."));
    QSqlDatabase db = m_session.database();
    QSqlQuery dup(db);
    dup.prepare(QStringLiteral("SELECT 1 FROM support_plan_items WHERE plan_id = ? AND "
                               "service_id = ? AND status <> 'removed'"));
    dup.addBindValue(planId);
    dup.addBindValue(serviceId);
    if (dup.exec() && dup.next())
        return StoreError::invalidInput(tr("This service is already in the support plan."));
    storage::WriteTransaction transaction(db);
    QSqlError sqlError;
    qint64 id = 0;
    if (!insertItem(db, planId, serviceId, {}, QStringLiteral("accepted"), note.trimmed(),
                    m_session.worker().id, m_session.clock().nowUtc(), &id, &sqlError) ||
        !addPlanEvent(m_session, householdId, QStringLiteral("plan.item_added"),
                      {{QStringLiteral("plan"), planId}, {QStringLiteral("service"), serviceId}},
                      &sqlError))
        return saveFailed(sqlError);
    if (StoreError error = auditPlan(m_session, QStringLiteral("plan.item_add"), planId,
                                     {{QStringLiteral("item"), id}});
        !error.ok())
        return error;
    if (!transaction.commit())
        return saveFailed(transaction.error());
    if (itemId)
        *itemId = id;
    return StoreError::success();
}

namespace {

StoreError changeItem(Session &session, qint64 itemId, qint64 planId, qint64 householdId,
                      const QString &status, const QString &note, const QString &kind,
                      const QString &action)
{
    QSqlDatabase db = session.database();
    storage::WriteTransaction transaction(db);
    QSqlError sqlError;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE support_plan_items SET status = ?, "
                             "note = CASE WHEN ? = '' THEN note ELSE ? END, "
                             "changed_utc = ?, changed_by = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(storage::textValue(note));
    q.addBindValue(storage::textValue(note));
    q.addBindValue(isoUtc(session.clock().nowUtc()));
    q.addBindValue(session.worker().id);
    q.addBindValue(itemId);
    if (!exec(q, &sqlError))
        return saveFailed(sqlError);
    QSqlQuery service(db);
    service.prepare(QStringLiteral("SELECT service_id FROM support_plan_items WHERE id = ?"));
    service.addBindValue(itemId);
    const QString serviceId =
        service.exec() && service.next() ? service.value(0).toString() : QString();
    if (!addPlanEvent(session, householdId, kind,
                      {{QStringLiteral("plan"), planId}, {QStringLiteral("service"), serviceId}},
                      &sqlError))
        return saveFailed(sqlError);
    if (StoreError error = auditPlan(session, action, planId, {{QStringLiteral("item"), itemId}});
        !error.ok())
        return error;
    return transaction.commit() ? StoreError::success() : saveFailed(transaction.error());
}

} // namespace

StoreError NeedsAssessment::acceptPlanItem(qint64 itemId, const QString &note)
{
    qint64 planId = 0, householdId = 0;
    QString status;
    if (StoreError error = itemOf(itemId, &planId, &householdId, &status); !error.ok())
        return error;
    if (status != QLatin1String("proposed"))
        return StoreError::invalidInput(tr("Only a proposed service can be accepted."));
    return changeItem(m_session, itemId, planId, householdId, QStringLiteral("accepted"),
                      note.trimmed(), QStringLiteral("plan.item_accepted"),
                      QStringLiteral("plan.item_accept"));
}

StoreError NeedsAssessment::removePlanItem(qint64 itemId, const QString &note)
{
    qint64 planId = 0, householdId = 0;
    QString status;
    if (StoreError error = itemOf(itemId, &planId, &householdId, &status); !error.ok())
        return error;
    if (status == QLatin1String("removed"))
        return StoreError::invalidInput(tr("This service is already removed from the plan."));
    if (note.trimmed().isEmpty())
        return StoreError::invalidInput(
            tr("Say why the service is removed from the support plan."));
    return changeItem(m_session, itemId, planId, householdId, QStringLiteral("removed"),
                      note.trimmed(), QStringLiteral("plan.item_removed"),
                      QStringLiteral("plan.item_remove"));
}

StoreError NeedsAssessment::approvePlan(qint64 planId)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    if (!m_session.worker().isManager())
        return StoreError::make(StoreErrorCode::NotPermitted,
                                tr("Only the center manager approves a support plan."));
    qint64 householdId = 0;
    if (StoreError error = draftOf(planId, &householdId); !error.ok())
        return error;
    QSqlDatabase db = m_session.database();
    storage::WriteTransaction transaction(db);
    const QString now = isoUtc(m_session.clock().nowUtc());
    const qint64 me = m_session.worker().id;
    QSqlError sqlError;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE support_plan_items SET status = 'accepted', changed_utc = ?, "
                             "changed_by = ? WHERE plan_id = ? AND status = 'proposed'"));
    q.addBindValue(now);
    q.addBindValue(me);
    q.addBindValue(planId);
    if (!exec(q, &sqlError))
        return saveFailed(sqlError);
    q.prepare(QStringLiteral("UPDATE support_plans SET status = 'superseded' "
                             "WHERE household_id = ? AND status = 'approved'"));
    q.addBindValue(householdId);
    if (!exec(q, &sqlError))
        return saveFailed(sqlError);
    q.prepare(QStringLiteral("UPDATE support_plans SET status = 'approved', approved_utc = ?, "
                             "approved_by = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(me);
    q.addBindValue(planId);
    if (!exec(q, &sqlError) ||
        !addPlanEvent(m_session, householdId, QStringLiteral("plan.approved"),
                      {{QStringLiteral("plan"), planId}}, &sqlError))
        return saveFailed(sqlError);
    if (StoreError error = auditPlan(m_session, QStringLiteral("plan.approve"), planId);
        !error.ok())
        return error;
    return transaction.commit() ? StoreError::success() : saveFailed(transaction.error());
}

} // namespace pluslife::services
