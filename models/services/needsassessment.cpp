// NeedsAssessment: its rules, who may assess, and the score of one household with its
// explanation (what each indicator found, in words). The rest of the class: storing scores
// (needsscores.cpp), the ranking (needsranking.cpp) and the support plan (needsplan.cpp,
// needsplanitems.cpp); the facts are read in needsfacts.cpp.
#include "needsassessment.h"

#include "distributedresources.h"
#include "domain/choices.h"
#include "householdaccess.h"
#include "needsinternal.h"
#include "session.h"
#include "storage/vault.h"

#include <QLocale>

namespace pluslife::services {

using namespace needs_internal;
using storage::StoreError;
using storage::StoreErrorCode;

namespace {

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

} // namespace

NeedsAssessment::NeedsAssessment(Session &session)
    : m_session(session)
    , m_rules(currentNeedsRules(session.isLocked() ? QSqlDatabase() : session.vault().database(),
                                &m_rulesError))
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
    QList<Candidate> candidates;
    QHash<qint64, domain::NeedsFacts> gathered;
    QSqlError sqlError;
    if (!loadFacts(m_session.database(), *m_rules, m_session.clock().nowUtc().date(),
                   {QStringLiteral("h.id = ?"), {householdId}}, &candidates, &gathered,
                   &sqlError) ||
        !gathered.contains(householdId))
        return StoreError::fromSql(tr("The household's needs could not be read."), sqlError);
    const domain::NeedsFacts &facts = gathered[householdId];
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

} // namespace pluslife::services
