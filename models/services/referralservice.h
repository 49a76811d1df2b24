#pragma once

#include "domain/referral.h"
#include "storage/storeerror.h"

#include <QList>

namespace pluslife::services {

class Session;

// Referrals (activities 7 and 9) and their three-priority cascade (DOMAIN.md §4):
//
//   draft ──send──▶ sent ──accept──▶ accepted ──complete──▶ completed
//                    │                   │
//                    └──reject(reason)───┘──▶ rejected ──(next priority)──▶ sent
//                                                   └──(no priority left)──▶ exhausted
//   draft / sent / accepted ──cancel(reason)──▶ cancelled
//
// Every transition is one transaction: the referral row, its history event, a household
// timeline entry ("referral.<transition>") and an audit entry holding ids only. An illegal
// transition is refused with a translated error and changes nothing. Creating a referral also
// creates a follow-up task for the worker at the referral's due date.
class ReferralService {
public:
    // Working days from today to the default due date.
    static constexpr int DefaultDueWorkingDays = 7;
    static constexpr int MaxReasonLength = 1000;

    explicit ReferralService(Session &session);

    // Validates (household access, kind, 1..3 destinations with agency kind and name, requested
    // service, catalog id when given), sets state draft, assigns id, uuid and a tracking number;
    // an invalid due date becomes DefaultDueWorkingDays working days from today. Origin defaults
    // to manual.
    storage::StoreError create(domain::Referral *referral);
    storage::StoreError send(qint64 id);
    storage::StoreError accept(qint64 id);
    // The reason is mandatory. Moves to the next priority (state sent again) when there is one,
    // to exhausted after the last destination's refusal.
    storage::StoreError reject(qint64 id, const QString &reason);
    // From accepted only; serviceGiven is mandatory, amountRials >= 0.
    storage::StoreError complete(qint64 id, const domain::ReferralOutcome &outcome);
    storage::StoreError cancel(qint64 id, const QString &reason);
    // Open referrals only; not in the past.
    storage::StoreError setDueDate(qint64 id, const QDate &dueDate);

    storage::StoreError load(qint64 id, domain::Referral *referral) const;
    // Oldest first.
    QList<domain::ReferralEvent> history(qint64 id) const;
    // Newest first.
    QList<domain::Referral> ofHousehold(qint64 householdId) const;
    // Open referrals of the signed-in worker: on their households or created by them; due date
    // order.
    QList<domain::Referral> mine() const;
    // Open referrals past their due date, in the signed-in worker's scope (a manager sees the
    // whole center's), oldest due first.
    QList<domain::Referral> overdue() const;

    // The default due date for a referral created today.
    QDate defaultDueDate() const;

    // The state machine, for screens that enable their buttons by it. Actions: "send",
    // "accept", "reject", "complete", "cancel", "set-due".
    static bool isAllowed(const QString &state, const QString &action);

private:
    storage::StoreError transition(qint64 id, const QString &action, const QString &reason,
                                   const domain::ReferralOutcome *outcome);

    Session &m_session;
};

} // namespace pluslife::services
