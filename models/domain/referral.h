#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace pluslife::domain {

// One ranked destination of a referral (priority 1..3 is its position in Referral::destinations).
struct ReferralDestination {
    QString agencyKind; // one of referralAgencyKinds()
    QString name;       // the agency or unit, as the worker wrote it
};

// What the destination finally gave (a completed referral).
struct ReferralOutcome {
    QString serviceGiven;
    qint64 amountRials = 0;
    QString paymentId; // شناسه پرداخت, for cash support
    QString note;
};

// One transition of a referral, as kept in its history.
struct ReferralEvent {
    qint64 id = 0;
    QDateTime atUtc;
    qint64 workerId = 0;
    QString fromState, toState; // fromState empty for the creation
    int priority = 1;           // the destination the referral was at after the transition
    QString reason;             // refusal or cancellation reason, empty otherwise
};

// A referral (activities 7 and 9): financial aid, an introduction letter, a higher-level
// Behzisti service or another agency, with up to three ranked destinations that are tried in
// turn (DOMAIN.md §4: a refusal with a reason moves it to the next priority; after the last
// refusal it leaves the cycle as exhausted).
struct Referral {
    qint64 id = 0;
    QString uuid;
    QString trackingNumber; // unique on this store: center code-Jalali year-sequence
    qint64 householdId = 0;
    qint64 personId = 0; // the member concerned, 0 for the whole household
    QString kind; // pension | one-off-aid | introduction-letter | behzisti-service | other-agency
    QString serviceId; // 11-digit catalog id or ""
    QString requestedService;
    QList<ReferralDestination> destinations; // 1..3, ranked
    int currentPriority = 1;                 // 1-based index into destinations
    QString state; // draft | sent | accepted | rejected | completed | exhausted | cancelled
    QDate dueDate;
    QString origin; // manual | screening | support-plan
    qint64 originId = 0;
    qint64 createdBy = 0;
    QDateTime createdUtc;
    ReferralOutcome outcome;
    QString fileNumber; // read only, for lists: the household's file number

    static constexpr int MaxDestinations = 3;

    // The destination the referral is at now (an empty one when there is none).
    ReferralDestination currentDestination() const
    {
        return currentPriority >= 1 && currentPriority <= destinations.size()
                   ? destinations.at(currentPriority - 1)
                   : ReferralDestination{};
    }
    // Still waiting on someone: draft, sent, accepted or (momentarily) rejected.
    bool isOpen() const
    {
        return state == QLatin1String("draft") || state == QLatin1String("sent") ||
               state == QLatin1String("accepted") || state == QLatin1String("rejected");
    }
    bool isOverdue(const QDate &today) const
    {
        return isOpen() && dueDate.isValid() && dueDate < today;
    }
};

// Stable keys with translated names, in display order.
QStringList referralKinds();
QString referralKindName(const QString &key);
QList<QPair<QString, QString>> referralKindItems();

QStringList referralStates();
QString referralStateName(const QString &key);
QList<QPair<QString, QString>> referralStateItems();

// behzisti | health-network | education | employment | relief-foundation (کمیته امداد) |
// charity | other
QStringList referralAgencyKinds();
QString referralAgencyKindName(const QString &key);
QList<QPair<QString, QString>> referralAgencyKindItems();

// manual | screening | support-plan
QStringList referralOrigins();

// A Behzisti catalog service a referral can point to (DOMAIN.md §6, an excerpt).
struct ReferralCatalogEntry {
    QString id;   // 11 digits
    QString name; // translated
};
QList<ReferralCatalogEntry> referralCatalogServices();
QString referralCatalogServiceName(const QString &serviceId);
// 11 ASCII digits.
bool isCatalogServiceId(const QString &serviceId);

} // namespace pluslife::domain
