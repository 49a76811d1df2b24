// Reading a household's facts for the needs assessment: its file (members, ages, sex of the head,
// disability and its severity, chronic illness, insurance, housing, rent, income sources) and,
// where the file lacks a fact, its latest initial interview and home visit report (else the
// structured note of the last home visit done). Set-based, so that ranking a county-sized store
// stays well under a second.
#include "needsanswers.h"
#include "needsinternal.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pluslife::services::needs_internal {
namespace {

const QString kInterview = QStringLiteral("initial_interview");
const QString kVisitReport = QStringLiteral("home_visit_report");

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

struct Gathered {
    domain::NeedsFacts facts;
    int unknownAges = 0;
    bool hasInterview = false;
    Answers interview;
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

} // namespace

bool loadFacts(QSqlDatabase db, const domain::NeedsRules &rules, const QDate &today,
               const Scope &scope, QList<Candidate> *candidates,
               QHash<qint64, domain::NeedsFacts> *facts, QSqlError *error)
{
    FactsLoader loader(std::move(db), rules, today);
    QHash<qint64, Gathered> gathered;
    if (!loader.load(scope, candidates, &gathered)) {
        *error = loader.error();
        return false;
    }
    facts->reserve(gathered.size());
    for (auto it = gathered.begin(); it != gathered.end(); ++it)
        facts->insert(it.key(), std::move(it->facts));
    return true;
}

} // namespace pluslife::services::needs_internal
