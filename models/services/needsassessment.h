#pragma once

#include "domain/needsrules.h"
#include "storage/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace pluslife::services {

class Session;

// Needs assessment and ranking (activity 6) and the support plan (برنامه کمکی), issue 5.
//
// A household's facts come from its file (members, ages, sex of the head, disability and its
// severity, chronic illness, insurance, housing, rent, income sources) and, where the file lacks
// a fact, from its latest initial interview (income, employment, debts, eviction risk) and home
// visit report (what the visit observed; else the structured note of the last home visit done).
// The rules (domain/needsrules.h) turn them into a score of 0–100 and a band.
//
// Who: managers and social workers (a social worker on the files in their scope). Every change
// lands on the household's timeline and the audit log (ids only) in one transaction.
class NeedsAssessment {
    Q_DECLARE_TR_FUNCTIONS(NeedsAssessment)

public:
    struct Contribution {
        QString indicator; // rules key
        QString name;      // translated
        QString value;     // translated: what was found ("5 members, 3 dependants")
        int points = 0;
        int weight = 0;
    };
    struct Suggestion {
        QString ruleKey;
        QString serviceId;
    };
    struct Result {
        qint64 householdId = 0;
        int score = 0;
        QString band; // computed band: urgent | high | medium | low
        QString ruleVersion;
        QList<Contribution> contributions;
        QList<Suggestion> suggestions;
    };
    // The household's current stored score.
    struct Stored {
        qint64 id = 0;
        qint64 householdId = 0;
        QDateTime computedUtc;
        qint64 computedBy = 0;
        QString ruleVersion;
        int score = 0;
        QString computedBand;
        QString overrideBand; // "" when not overridden
        QString overrideReason;
        qint64 overrideBy = 0;
        QDateTime overrideUtc;
        QString effectiveBand() const
        {
            return overrideBand.isEmpty() ? computedBand : overrideBand;
        }
    };
    struct RankFilter {
        qint64 workerId = -1; // -1: any, 0: unassigned
        QString band;         // "" any; else a Choice::Priority key (the effective band)
    };
    struct Ranked {
        qint64 householdId = 0;
        QString fileNumber;
        QString headName;
        qint64 workerId = 0;
        QString workerName;
        int score = 0;
        QString computedBand;
        QString overrideBand;  // from the stored score, "" when none
        QString effectiveBand; // what the list ranks and filters by
    };

    struct PlanItem {
        qint64 id = 0;
        QString serviceId;
        QString suggestedBy; // rule key, "" when a worker added it
        QString status;      // proposed | accepted | removed
        QString note;
        QDateTime addedUtc;
        qint64 addedBy = 0;
    };
    struct Plan {
        qint64 id = 0;
        qint64 householdId = 0;
        QString status; // draft | approved | superseded
        QString ruleVersion;
        QDateTime proposedUtc;
        qint64 proposedBy = 0;
        QDateTime approvedUtc;
        qint64 approvedBy = 0;
        QList<PlanItem> items;
    };

    // With the shipped rules, or with the given ones (a file from the central window, tests).
    explicit NeedsAssessment(Session &session);
    NeedsAssessment(Session &session, std::shared_ptr<const domain::NeedsRules> rules);

    // Null when the shipped rules failed to load (every call then refuses with the reason).
    const domain::NeedsRules *rules() const { return m_rules.get(); }
    const domain::ServiceCatalog &catalog() const;

    // The score, band and explanation of one household, computed now (nothing stored).
    storage::StoreError assess(qint64 householdId, Result *result) const;
    // Every active household the signed-in worker may see, scored with a few set-based queries,
    // most needy first (effective band, then score, then file number).
    QList<Ranked> rankAll(const RankFilter &filter, storage::StoreError *error = nullptr) const;
    QList<Ranked> rankAll() const { return rankAll(RankFilter()); }

    // Computes and keeps the score (with the rule version); the household's priority follows the
    // effective band. An existing override is carried to the new score.
    storage::StoreError store(qint64 householdId, Result *result = nullptr);
    std::optional<Stored> current(qint64 householdId) const;
    // Manager only: stores the score of every active household whose score, band or rules
    // changed since its last stored score (one transaction, one audit entry), so that every
    // file's priority follows the rules. `stored` receives how many were stored.
    storage::StoreError storeAll(int *stored = nullptr);
    // The worker's band over the computed one; `reason` is mandatory. Needs a stored score
    // (one is stored first when there is none); the computed band stays on the row.
    storage::StoreError overrideBand(qint64 householdId, const QString &band,
                                     const QString &reason);

    // ---- Support plan ----
    // A draft from the rules' suggestions for the household's current facts; replaces an earlier
    // draft (kept as superseded). Stores the score it is based on.
    storage::StoreError proposePlan(qint64 householdId, Plan *plan = nullptr);
    // The draft when there is one, else the approved plan.
    std::optional<Plan> currentPlan(qint64 householdId) const;
    // Worker edits, on a draft only: add a catalog service (accepted, with a note), accept a
    // proposed item, remove an item (with a note).
    storage::StoreError addPlanItem(qint64 planId, const QString &serviceId, const QString &note,
                                    qint64 *itemId = nullptr);
    storage::StoreError acceptPlanItem(qint64 itemId, const QString &note = {});
    storage::StoreError removePlanItem(qint64 itemId, const QString &note);
    // Manager only: proposed items become accepted, the plan approved before is superseded, and
    // each accepted service gets a follow-up task ("support-plan") for the household's worker
    // (the manager when the file has none), due by the default referral due date, unless an open
    // task of an earlier plan is there for the same service. All or nothing.
    storage::StoreError approvePlan(qint64 planId);

private:
    storage::StoreError canAssess(qint64 householdId, bool write) const;
    storage::StoreError storeLocked(qint64 householdId, Result *result, qint64 *scoreId);
    storage::StoreError draftOf(qint64 planId, qint64 *householdId) const;
    storage::StoreError itemOf(qint64 itemId, qint64 *planId, qint64 *householdId,
                               QString *status) const;

    Session &m_session;
    std::shared_ptr<const domain::NeedsRules> m_rules;
    QString m_rulesError;
};

} // namespace pluslife::services
