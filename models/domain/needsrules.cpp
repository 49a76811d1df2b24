// The needs rules file: reading it and checking it against the service catalog (every problem is
// a translated sentence naming the field).
#include "needsrules.h"
#include "needsrulesinternal.h"

#include "choices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace pluslife::domain {

using needs_internal::readResource;

namespace {

// Reads a rules file, remembering the first problem (a translated sentence naming the field).
class Reader {
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }
    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }
    double number(const QJsonObject &object, const QString &name, const QString &path)
    {
        const QJsonValue value = object.value(name);
        if (!value.isDouble()) {
            fail(NeedsRules::tr("The needs rules file lacks the number \"%1\".").arg(path + name));
            return 0;
        }
        return value.toDouble();
    }
    int wholeNumber(const QJsonObject &object, const QString &name, const QString &path, int min,
                    int max)
    {
        const double value = number(object, name, path);
        if (failed())
            return 0;
        if (value != std::floor(value) || value < min || value > max) {
            fail(NeedsRules::tr("In the needs rules file, \"%1\" must be a whole number from %2 "
                                "to %3.")
                     .arg(path + name)
                     .arg(min)
                     .arg(max));
            return 0;
        }
        return int(value);
    }
    QJsonObject object(const QJsonObject &parent, const QString &name, const QString &path)
    {
        const QJsonValue value = parent.value(name);
        if (!value.isObject())
            fail(NeedsRules::tr("The needs rules file lacks the section \"%1\".").arg(path + name));
        return value.toObject();
    }
    QJsonArray array(const QJsonObject &parent, const QString &name, const QString &path)
    {
        const QJsonValue value = parent.value(name);
        if (!value.isArray())
            fail(NeedsRules::tr("The needs rules file lacks the list \"%1\".").arg(path + name));
        return value.toArray();
    }
    // A table of points whose keys must be exactly (or, when `subset`, among) `keys`.
    QHash<QString, int> levels(const QJsonObject &parent, const QString &name, const QString &path,
                               const QStringList &keys, int weight, bool subset)
    {
        QHash<QString, int> result;
        const QJsonObject table = object(parent, name, path);
        if (failed())
            return result;
        for (auto it = table.begin(); it != table.end(); ++it) {
            if (!keys.contains(it.key())) {
                fail(NeedsRules::tr("The needs rules file names an unknown key \"%1\" in \"%2\".")
                         .arg(it.key(), path + name));
                return result;
            }
            result.insert(it.key(),
                          wholeNumber(table, it.key(), path + name + QLatin1Char('.'), 0, weight));
        }
        if (!subset)
            for (const QString &key : keys)
                if (!result.contains(key))
                    fail(NeedsRules::tr("The needs rules file lacks \"%1\" in \"%2\".")
                             .arg(key, path + name));
        return result;
    }
};

} // namespace

std::shared_ptr<const NeedsRules>
NeedsRules::fromJson(const QByteArray &json, const ServiceCatalog &catalog, QString *errorOut)
{
    auto fail = [errorOut](const QString &message) {
        if (errorOut)
            *errorOut = message;
        return nullptr;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The needs rules file is not valid JSON: %1 (at character %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("The needs rules file is not a JSON object."));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt() != 1)
        return fail(tr("The needs rules file has a format this version does not read."));

    auto rules = std::make_shared<NeedsRules>();
    rules->m_version = root.value(QLatin1String("version")).toString().trimmed();
    if (rules->m_version.isEmpty())
        return fail(tr("The needs rules file lacks its version."));
    static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString effective = root.value(QLatin1String("effectiveFrom")).toString();
    rules->m_effectiveFrom = QDate::fromString(effective, Qt::ISODate);
    if (!isoDate.match(effective).hasMatch() || !rules->m_effectiveFrom.isValid())
        return fail(tr("The needs rules file lacks a valid effective date (effectiveFrom, "
                       "yyyy-mm-dd)."));

    Reader r;
    const double threshold = r.number(root, QStringLiteral("incomePerHeadThresholdRials"), {});
    if (!r.failed() && !(threshold >= 1))
        r.fail(tr("In the needs rules file, the income-per-head threshold must be more than "
                  "zero rials."));
    rules->m_incomeThreshold = qint64(threshold);
    rules->m_dependantUnderAge =
        r.wholeNumber(root, QStringLiteral("dependantUnderAge"), {}, 1, 30);
    rules->m_elderlyAge = r.wholeNumber(root, QStringLiteral("elderlyAge"), {}, 40, 100);
    rules->m_youngChildUnderAge =
        r.wholeNumber(root, QStringLiteral("youngChildUnderAge"), {}, 1, 18);
    const QJsonObject bands = r.object(root, QStringLiteral("bands"), {});
    rules->m_urgent =
        r.wholeNumber(bands, QStringLiteral("urgent"), QStringLiteral("bands."), 1, 100);
    rules->m_high = r.wholeNumber(bands, QStringLiteral("high"), QStringLiteral("bands."), 1, 100);
    rules->m_medium =
        r.wholeNumber(bands, QStringLiteral("medium"), QStringLiteral("bands."), 1, 100);
    if (r.failed())
        return fail(r.error);
    if (!(rules->m_medium < rules->m_high && rules->m_high < rules->m_urgent))
        return fail(tr("In the needs rules file, the band cut-offs must rise from medium to high "
                       "to urgent."));

    const QJsonObject table = r.object(root, QStringLiteral("indicators"), {});
    if (r.failed())
        return fail(r.error);
    for (auto it = table.begin(); it != table.end(); ++it)
        if (!indicatorKeys().contains(it.key()))
            return fail(
                tr("The needs rules file names an unknown indicator \"%1\".").arg(it.key()));
    int total = 0;
    for (const QString &key : indicatorKeys()) {
        const QString path = QStringLiteral("indicators.%1.").arg(key);
        const QJsonObject o = r.object(table, key, QStringLiteral("indicators."));
        if (r.failed())
            return fail(r.error);
        const int w = r.wholeNumber(o, QStringLiteral("weight"), path, 0, 100);
        rules->m_weights.insert(key, w);
        total += w;
        auto points = [&](const QString &name) {
            rules->m_params.insert(key + QLatin1Char('.') + name,
                                   r.wholeNumber(o, name, path, 0, w));
        };
        auto steps = [&](const QString &name, const QString &boundName, bool rising) {
            QList<Step> list;
            const QJsonArray array = r.array(o, name, path);
            for (qsizetype i = 0; i < array.size() && !r.failed(); ++i) {
                const QString stepPath = path + name + QStringLiteral("[%1].").arg(i);
                const QJsonObject step = array.at(i).toObject();
                const double bound = r.number(step, boundName, stepPath);
                const int p = r.wholeNumber(step, QStringLiteral("points"), stepPath, 0, w);
                if (r.failed())
                    break;
                if (!list.isEmpty() &&
                    (rising ? bound <= list.last().bound : bound >= list.last().bound))
                    r.fail(tr("In the needs rules file, the steps of \"%1\" are out of order.")
                               .arg(path + name));
                else if (!list.isEmpty() && p > list.last().points)
                    r.fail(tr("In the needs rules file, the steps of \"%1\" must give fewer "
                              "points as the need lessens.")
                               .arg(path + name));
                else if (bound < 0)
                    r.fail(tr("In the needs rules file, \"%1\" cannot be negative.")
                               .arg(stepPath + boundName));
                list.append({bound, p});
            }
            return list;
        };
        if (key == QLatin1String("household_size")) {
            points(QStringLiteral("perDependant"));
        } else if (key == QLatin1String("disability")) {
            points(QStringLiteral("perOtherDisabled"));
            rules->m_disabilityLevels = r.levels(
                o, QStringLiteral("levels"), path,
                choiceKeys(Choice::DisabilitySeverity) << QStringLiteral("unknown"), w, false);
        } else if (key == QLatin1String("chronic_illness") || key == QLatin1String("elderly")) {
            points(QStringLiteral("perMember"));
        } else if (key == QLatin1String("young_children")) {
            points(QStringLiteral("perChild"));
        } else if (key == QLatin1String("income")) {
            rules->m_incomeSteps =
                steps(QStringLiteral("steps"), QStringLiteral("ratioBelow"), true);
        } else if (key == QLatin1String("housing")) {
            points(QStringLiteral("tenant"));
            points(QStringLiteral("other"));
            points(QStringLiteral("evictionRisk"));
            rules->m_rentSteps =
                steps(QStringLiteral("rentBurdenSteps"), QStringLiteral("atLeast"), false);
        } else if (key == QLatin1String("employment")) {
            rules->m_employmentLevels =
                r.levels(o, QStringLiteral("levels"), path, employmentKeys(), w, false);
        } else if (key == QLatin1String("debt")) {
            points(QStringLiteral("hasDebts"));
            points(QStringLiteral("overdue"));
            points(QStringLiteral("heavyInstalments"));
            const double share = r.number(o, QStringLiteral("heavyInstalmentShare"), path);
            if (!r.failed() && !(share > 0 && share <= 10))
                r.fail(tr("In the needs rules file, \"%1\" must be a share of the income above "
                          "zero.")
                           .arg(path + QStringLiteral("heavyInstalmentShare")));
            rules->m_params.insert(QStringLiteral("debt.heavyInstalmentShare"), share);
        } else if (key == QLatin1String("insurance")) {
            points(QStringLiteral("perUninsured"));
        } else if (key == QLatin1String("home_visit")) {
            rules->m_observations =
                r.levels(o, QStringLiteral("observations"), path, observationKeys(), w, true);
        }
        if (r.failed())
            return fail(r.error);
    }
    if (total != 100)
        return fail(tr("The weights of the needs rules file add up to %1; they must add up to "
                       "100.")
                        .arg(total));

    const QJsonArray suggestions = r.array(root, QStringLiteral("suggestions"), {});
    if (r.failed())
        return fail(r.error);
    QSet<QString> seen;
    for (const QJsonValue &value : suggestions) {
        const QJsonObject o = value.toObject();
        Suggestion s;
        s.key = o.value(QLatin1String("key")).toString().trimmed();
        s.service = o.value(QLatin1String("service")).toString();
        for (const QJsonValue &flag : o.value(QLatin1String("when")).toArray())
            s.when << flag.toString();
        if (s.key.isEmpty())
            return fail(tr("A suggestion of the needs rules file lacks its key."));
        if (seen.contains(s.key))
            return fail(tr("The needs rules file has two suggestions named \"%1\".").arg(s.key));
        seen.insert(s.key);
        if (!catalog.contains(s.service))
            return fail(tr("Suggestion \"%1\" of the needs rules file names service \"%2\", which "
                           "is not in the service catalog.")
                            .arg(s.key, s.service));
        if (s.when.isEmpty())
            return fail(tr("Suggestion \"%1\" of the needs rules file says nothing about when it "
                           "applies.")
                            .arg(s.key));
        for (const QString &flag : std::as_const(s.when))
            if (!flagKeys().contains(flag))
                return fail(tr("Suggestion \"%1\" of the needs rules file names an unknown fact "
                               "\"%2\".")
                                .arg(s.key, flag));
        rules->m_suggestions.append(s);
    }
    return rules;
}

std::shared_ptr<const NeedsRules> NeedsRules::shipped(QString *error)
{
    static QString loadError;
    static const std::shared_ptr<const NeedsRules> rules = [] {
        return fromJson(readResource(QStringLiteral(":/pluslife/domain/data/needs-rules.json")),
                        *ServiceCatalog::shipped(), &loadError);
    }();
    if (!rules && error)
        *error = loadError;
    return rules;
}

} // namespace pluslife::domain
