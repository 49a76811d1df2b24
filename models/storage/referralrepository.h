#pragma once

#include "domain/referral.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace pluslife::storage {

// SQL for referrals, their ranked destinations and their history. No permissions and no audit:
// ReferralService decides who may call what and wraps calls in transactions.
class ReferralRepository {
public:
    explicit ReferralRepository(QSqlDatabase db);

    // Inserts the row and its destinations; assigns id (and uuid when empty).
    bool insert(domain::Referral *referral, const QDateTime &nowUtc);
    // State, priority, due date and outcome (the rest never changes).
    bool update(const domain::Referral &referral, const QDateTime &nowUtc);
    bool addEvent(qint64 referralId, domain::ReferralEvent *event);

    std::optional<domain::Referral> referral(qint64 id) const;
    std::optional<domain::Referral> byTrackingNumber(const QString &trackingNumber) const;
    QList<domain::ReferralEvent> events(qint64 referralId) const;
    // Newest first.
    QList<domain::Referral> ofHousehold(qint64 householdId) const;
    // Open referrals (draft, sent, accepted) on households assigned to the worker or created by
    // them; all open referrals when workerId is 0. Due date order.
    QList<domain::Referral> open(qint64 workerId) const;
    // Open referrals due before `today` (workerId as for open()), oldest due first.
    QList<domain::Referral> overdue(qint64 workerId, const QDate &today) const;

    // The highest sequence used so far with this tracking-number prefix ("1001-1405-"), 0 when
    // none.
    qint64 lastSequence(const QString &prefix) const;

    QSqlError lastError() const { return m_lastError; }

private:
    QList<domain::Referral> select(const QString &where, const QVariantList &binds,
                                   const QString &order) const;
    bool loadDestinations(QList<domain::Referral> *referrals) const;

    QSqlDatabase m_db;
    mutable QSqlError m_lastError;
};

} // namespace pluslife::storage
