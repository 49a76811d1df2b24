// Scoring with the needs rules: each indicator's points, the band, the facts suggestions are
// made from, and the services the rules suggest.
#include "needsrules.h"

#include <algorithm>

namespace pluslife::domain {

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
