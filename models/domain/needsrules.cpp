#include "needsrules.h"

#include "choices.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace pluslife::domain {
namespace {

struct Named {
    const char *key;
    const char *text;
};

const QList<Named> &indicators()
{
    static const QList<Named> list{
        {"household_size", QT_TRANSLATE_NOOP("NeedsRules", "Household size and dependants")},
        {"female_head", QT_TRANSLATE_NOOP("NeedsRules", "Female head of household")},
        {"disability", QT_TRANSLATE_NOOP("NeedsRules", "Disability and its severity")},
        {"chronic_illness", QT_TRANSLATE_NOOP("NeedsRules", "Chronic illness")},
        {"elderly", QT_TRANSLATE_NOOP("NeedsRules", "Elderly members")},
        {"young_children", QT_TRANSLATE_NOOP("NeedsRules", "Children under 6")},
        {"income", QT_TRANSLATE_NOOP("NeedsRules", "Income per head")},
        {"housing", QT_TRANSLATE_NOOP("NeedsRules", "Housing and rent burden")},
        {"employment", QT_TRANSLATE_NOOP("NeedsRules", "Employment")},
        {"debt", QT_TRANSLATE_NOOP("NeedsRules", "Debt")},
        {"insurance", QT_TRANSLATE_NOOP("NeedsRules", "Health insurance")},
        {"home_visit", QT_TRANSLATE_NOOP("NeedsRules", "What the home visit observed")},
    };
    return list;
}

const QList<Named> &flags()
{
    static const QList<Named> list{
        {"female_head", QT_TRANSLATE_NOOP("NeedsRules", "female head of household")},
        {"low_income", QT_TRANSLATE_NOOP("NeedsRules", "income per head below the threshold")},
        {"very_low_income",
         QT_TRANSLATE_NOOP("NeedsRules", "income per head below half the threshold")},
        {"disability", QT_TRANSLATE_NOOP("NeedsRules", "a member with a disability")},
        {"disability_severe", QT_TRANSLATE_NOOP("NeedsRules", "a severe disability")},
        {"disability_unassessed",
         QT_TRANSLATE_NOOP("NeedsRules", "a disability whose severity is not assessed")},
        {"chronic_illness", QT_TRANSLATE_NOOP("NeedsRules", "chronic illness")},
        {"elderly", QT_TRANSLATE_NOOP("NeedsRules", "an elderly member")},
        {"young_children", QT_TRANSLATE_NOOP("NeedsRules", "a child under 6")},
        {"uninsured", QT_TRANSLATE_NOOP("NeedsRules", "members without health insurance")},
        {"tenant", QT_TRANSLATE_NOOP("NeedsRules", "tenant")},
        {"rent_burden", QT_TRANSLATE_NOOP("NeedsRules", "heavy rent burden")},
        {"eviction_risk", QT_TRANSLATE_NOOP("NeedsRules", "risk of eviction")},
        {"out_of_work", QT_TRANSLATE_NOOP("NeedsRules", "no earned income")},
        {"debt", QT_TRANSLATE_NOOP("NeedsRules", "debts")},
        {"food_short", QT_TRANSLATE_NOOP("NeedsRules", "not enough food")},
        {"poor_housing", QT_TRANSLATE_NOOP("NeedsRules", "poor or unsafe dwelling")},
        {"lacking_assets", QT_TRANSLATE_NOOP("NeedsRules", "lacks basic household items")},
        {"family_risk", QT_TRANSLATE_NOOP("NeedsRules", "signs of risk in the family")},
        {"home_not_accessible", QT_TRANSLATE_NOOP("NeedsRules", "home not accessible")},
    };
    return list;
}

const QList<Named> &employments()
{
    static const QList<Named> list{
        {"employed", QT_TRANSLATE_NOOP("NeedsRules", "Employed with a steady income")},
        {"casual", QT_TRANSLATE_NOOP("NeedsRules", "Casual or seasonal work")},
        {"unemployed", QT_TRANSLATE_NOOP("NeedsRules", "Unemployed")},
        {"unable", QT_TRANSLATE_NOOP("NeedsRules", "Unable to work")},
        {"homemaker", QT_TRANSLATE_NOOP("NeedsRules", "Homemaker")},
        {"retired", QT_TRANSLATE_NOOP("NeedsRules", "Retired")},
        {"no_earner", QT_TRANSLATE_NOOP("NeedsRules", "Nobody earns an income")},
    };
    return list;
}

QStringList keysOf(const QList<Named> &list)
{
    QStringList keys;
    for (const Named &n : list)
        keys << QString::fromLatin1(n.key);
    return keys;
}

QString nameOf(const QList<Named> &list, const QString &key)
{
    for (const Named &n : list)
        if (key == QLatin1String(n.key))
            return QCoreApplication::translate("NeedsRules", n.text);
    return key;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

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

// ---- Catalog ----

QString CatalogService::displayName() const
{
    const bool persian = QLocale().language() == QLocale::Persian;
    if (persian && !nameFa.isEmpty())
        return nameFa;
    return nameEn.isEmpty() ? nameFa : nameEn;
}

std::shared_ptr<const ServiceCatalog> ServiceCatalog::fromJson(const QByteArray &json,
                                                               QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(tr("The service catalog is not valid JSON: %1.").arg(parseError.errorString()));
    if (document.object().value(QLatin1String("format")).toInt() != 1)
        return fail(tr("The service catalog has a format this version does not read."));
    static const QRegularExpression idPattern(QStringLiteral("^[0-9]{11}$"));
    auto catalog = std::make_shared<ServiceCatalog>();
    const QJsonArray services = document.object().value(QLatin1String("services")).toArray();
    for (const QJsonValue &value : services) {
        const QJsonObject o = value.toObject();
        CatalogService service{o.value(QLatin1String("id")).toString(),
                               o.value(QLatin1String("parent")).toString(),
                               o.value(QLatin1String("fa")).toString().trimmed(),
                               o.value(QLatin1String("en")).toString().trimmed()};
        if (!idPattern.match(service.id).hasMatch())
            return fail(tr("The service catalog holds an id that is not 11 digits: \"%1\".")
                            .arg(service.id));
        if (catalog->m_index.contains(service.id))
            return fail(tr("The service catalog lists %1 twice.").arg(service.id));
        if (service.nameFa.isEmpty() || service.nameEn.isEmpty())
            return fail(
                tr("Service %1 of the catalog lacks its Persian or English name.").arg(service.id));
        catalog->m_index.insert(service.id, catalog->m_services.size());
        catalog->m_services.append(service);
    }
    if (catalog->m_services.isEmpty())
        return fail(tr("The service catalog lists no service."));
    for (const CatalogService &service : catalog->m_services)
        if (!service.parentId.isEmpty() && !catalog->m_index.contains(service.parentId))
            return fail(tr("Service %1 of the catalog names an unknown parent %2.")
                            .arg(service.id, service.parentId));
    return catalog;
}

std::shared_ptr<const ServiceCatalog> ServiceCatalog::shipped()
{
    static const std::shared_ptr<const ServiceCatalog> catalog = [] {
        QString error;
        auto loaded = fromJson(
            readResource(QStringLiteral(":/pluslife/domain/data/service-catalog.json")), &error);
        if (!loaded) {
            qWarning("service catalog: %s", qPrintable(error));
            loaded = std::make_shared<ServiceCatalog>();
        }
        return loaded;
    }();
    return catalog;
}

const CatalogService *ServiceCatalog::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_services.at(*it);
}

QString ServiceCatalog::displayName(const QString &id) const
{
    const CatalogService *service = find(id);
    return service ? service->displayName() : id;
}

// ---- Rules ----

QStringList NeedsRules::indicatorKeys()
{
    static const QStringList keys = keysOf(indicators());
    return keys;
}

QString NeedsRules::indicatorDisplayName(const QString &key)
{
    return nameOf(indicators(), key);
}

QStringList NeedsRules::flagKeys()
{
    static const QStringList keys = keysOf(flags());
    return keys;
}

QString NeedsRules::flagDisplayName(const QString &key)
{
    return nameOf(flags(), key);
}

QStringList NeedsRules::employmentKeys()
{
    static const QStringList keys = keysOf(employments());
    return keys;
}

QString NeedsRules::employmentDisplayName(const QString &key)
{
    return nameOf(employments(), key);
}

QStringList NeedsRules::observationKeys()
{
    static const QStringList keys{QStringLiteral("condition.poor"),
                                  QStringLiteral("condition.unsafe"),
                                  QStringLiteral("food.sometimes_short"),
                                  QStringLiteral("food.often_short"),
                                  QStringLiteral("assets.lacking"),
                                  QStringLiteral("heating.none"),
                                  QStringLiteral("hazards"),
                                  QStringLiteral("risk_signs")};
    return keys;
}

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

int NeedsRules::bandFloor(const QString &band) const
{
    if (band == QLatin1String("urgent"))
        return m_urgent;
    if (band == QLatin1String("high"))
        return m_high;
    if (band == QLatin1String("medium"))
        return m_medium;
    return 0;
}

QString NeedsRules::bandFor(int score) const
{
    if (score >= m_urgent)
        return QStringLiteral("urgent");
    if (score >= m_high)
        return QStringLiteral("high");
    if (score >= m_medium)
        return QStringLiteral("medium");
    return QStringLiteral("low");
}

QString NeedsRules::suggestionDisplayName(const QString &ruleKey) const
{
    for (const Suggestion &s : m_suggestions) {
        if (s.key != ruleKey)
            continue;
        QStringList parts;
        for (const QString &flag : s.when)
            parts << flagDisplayName(flag);
        return parts.join(QStringLiteral(" + "));
    }
    return ruleKey;
}

double NeedsRules::incomeRatio(const NeedsFacts &facts) const
{
    if (facts.monthlyIncome < 0 || facts.members <= 0)
        return -1;
    return double(facts.monthlyIncome) / double(facts.members) / double(m_incomeThreshold);
}

double NeedsRules::rentBurden(const NeedsFacts &facts) const
{
    if (facts.housing != QLatin1String("tenant") || facts.monthlyIncome < 0)
        return -1;
    if (facts.monthlyIncome == 0)
        return facts.monthlyRent > 0 ? 1e9 : -1;
    return double(facts.monthlyRent) / double(facts.monthlyIncome);
}

int NeedsRules::points(const QString &key, const NeedsFacts &f) const
{
    const int w = m_weights.value(key);
    auto param = [&](const char *name) {
        return int(m_params.value(key + QLatin1Char('.') + QLatin1String(name)));
    };
    int p = 0;
    if (key == QLatin1String("household_size")) {
        p = param("perDependant") * f.dependants;
    } else if (key == QLatin1String("female_head")) {
        p = f.femaleHead ? w : 0;
    } else if (key == QLatin1String("disability")) {
        if (f.disabled > 0)
            p = m_disabilityLevels.value(f.worstSeverity.isEmpty() ? QStringLiteral("unknown")
                                                                   : f.worstSeverity) +
                param("perOtherDisabled") * (f.disabled - 1);
    } else if (key == QLatin1String("chronic_illness")) {
        p = param("perMember") * f.chronicallyIll;
    } else if (key == QLatin1String("elderly")) {
        p = param("perMember") * f.elderly;
    } else if (key == QLatin1String("young_children")) {
        p = param("perChild") * f.youngChildren;
    } else if (key == QLatin1String("income")) {
        const double ratio = incomeRatio(f);
        if (ratio >= 0)
            for (const Step &step : m_incomeSteps)
                if (ratio < step.bound) {
                    p = step.points;
                    break;
                }
    } else if (key == QLatin1String("housing")) {
        if (f.housing == QLatin1String("tenant"))
            p = param("tenant");
        else if (f.housing == QLatin1String("other"))
            p = param("other");
        const double burden = rentBurden(f);
        for (const Step &step : m_rentSteps)
            if (burden >= 0 && burden >= step.bound) {
                p = std::max(p, step.points);
                break;
            }
        if (f.evictionRisk)
            p = std::max(p, param("evictionRisk"));
    } else if (key == QLatin1String("employment")) {
        p = m_employmentLevels.value(f.employment);
    } else if (key == QLatin1String("debt")) {
        if (f.debtKnown && f.hasDebts) {
            p = param("hasDebts");
            if (f.overdueDebt)
                p = std::max(p, param("overdue"));
            const double share = m_params.value(QStringLiteral("debt.heavyInstalmentShare"));
            if (f.monthlyIncome >= 0 && f.monthlyInstalments > 0 &&
                double(f.monthlyInstalments) >= share * double(f.monthlyIncome))
                p = std::max(p, param("heavyInstalments"));
        }
    } else if (key == QLatin1String("insurance")) {
        if (f.uninsured > 0)
            p = param("perUninsured") * f.uninsured;
    } else if (key == QLatin1String("home_visit")) {
        if (f.visitKnown)
            for (const QString &observation : f.visitObservations)
                p += m_observations.value(observation);
    }
    return std::clamp(p, 0, w);
}

QSet<QString> NeedsRules::flagsOf(const NeedsFacts &f) const
{
    QSet<QString> set;
    auto flag = [&set](bool on, const char *name) {
        if (on)
            set.insert(QString::fromLatin1(name));
    };
    const double ratio = incomeRatio(f);
    const double burden = rentBurden(f);
    flag(f.femaleHead, "female_head");
    flag(ratio >= 0 && ratio < 1.0, "low_income");
    flag(ratio >= 0 && ratio < 0.5, "very_low_income");
    flag(f.disabled > 0, "disability");
    flag(f.worstSeverity == QLatin1String("severe") ||
             f.worstSeverity == QLatin1String("very-severe"),
         "disability_severe");
    flag(f.disabled > 0 &&
             (f.worstSeverity.isEmpty() || f.worstSeverity == QLatin1String("unknown")),
         "disability_unassessed");
    flag(f.chronicallyIll > 0, "chronic_illness");
    flag(f.elderly > 0, "elderly");
    flag(f.youngChildren > 0, "young_children");
    flag(f.uninsured > 0, "uninsured");
    flag(f.housing == QLatin1String("tenant"), "tenant");
    flag(burden >= 0 && !m_rentSteps.isEmpty() && burden >= m_rentSteps.last().bound,
         "rent_burden");
    flag(f.evictionRisk, "eviction_risk");
    flag(f.employment == QLatin1String("unemployed") || f.employment == QLatin1String("unable") ||
             f.employment == QLatin1String("no_earner"),
         "out_of_work");
    flag(f.debtKnown && f.hasDebts, "debt");
    const QStringList &seen = f.visitObservations;
    flag(f.visitKnown && (seen.contains(QLatin1String("food.sometimes_short")) ||
                          seen.contains(QLatin1String("food.often_short"))),
         "food_short");
    flag(f.visitKnown && (seen.contains(QLatin1String("condition.poor")) ||
                          seen.contains(QLatin1String("condition.unsafe"))),
         "poor_housing");
    flag(f.visitKnown && seen.contains(QLatin1String("assets.lacking")), "lacking_assets");
    flag(f.familyRisk, "family_risk");
    flag(f.homeNotAccessible, "home_not_accessible");
    return set;
}

NeedsScore NeedsRules::score(const NeedsFacts &facts) const
{
    NeedsScore result;
    for (const QString &key : indicatorKeys()) {
        const int p = points(key, facts);
        result.score += p;
        result.contributions.append({key, p, m_weights.value(key)});
    }
    result.score = std::clamp(result.score, 0, 100);
    result.band = bandFor(result.score);
    result.flags = flagsOf(facts);
    QSet<QString> services;
    for (const Suggestion &s : m_suggestions) {
        if (services.contains(s.service))
            continue;
        if (std::all_of(s.when.cbegin(), s.when.cend(),
                        [&](const QString &flag) { return result.flags.contains(flag); })) {
            services.insert(s.service);
            result.suggestions.append({s.key, s.service});
        }
    }
    return result;
}

} // namespace pluslife::domain
