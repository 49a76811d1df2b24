#include "referralservice.h"

#include "centralrequests.h"
#include "distributedresources.h"
#include "domain/accesspolicy.h"
#include "householdaccess.h"
#include "locale/jalali.h"
#include "locale/workingcalendar.h"
#include "session.h"
#include "storage/auditlog.h"
#include "storage/householdrepository.h"
#include "storage/referralrepository.h"
#include "storage/taskrepository.h"
#include "storage/vault.h"
#include "storage/writetransaction.h"
#include "taskservice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace pluslife::services {

using storage::StoreError;
using storage::StoreErrorCode;

namespace {

constexpr int kMaxTextLength = 500;

// The state machine: which action may leave which state, and where it goes. "reject" lands in
// "rejected" only for a moment: the cascade moves on to the next priority (sent) or ends the
// cycle (exhausted) in the same transaction.
struct Rule {
    const char *action;
    QList<const char *> from;
    const char *to; // nullptr: the state does not change
};

const QList<Rule> &rules()
{
    static const QList<Rule> table{
        {"send", {"draft"}, "sent"},
        {"accept", {"sent"}, "accepted"},
        {"reject", {"sent", "accepted"}, "rejected"},
        {"complete", {"accepted"}, "completed"},
        {"cancel", {"draft", "sent", "accepted"}, "cancelled"},
        {"set-due", {"draft", "sent", "accepted"}, nullptr},
    };
    return table;
}

const Rule *ruleFor(const QString &action)
{
    for (const Rule &rule : rules()) {
        if (action == QLatin1String(rule.action))
            return &rule;
    }
    return nullptr;
}

StoreError saveFailed(const QSqlError &error)
{
    return StoreError::fromSql(
        QCoreApplication::translate("ReferralService", "The referral could not be saved."), error);
}

StoreError refused(const QString &action, const QString &state)
{
    const QString now = domain::referralStateName(state);
    QString text;
    if (action == QLatin1String("send"))
        text = QCoreApplication::translate("ReferralService",
                                           "Only a draft referral can be sent; this one is: %1.");
    else if (action == QLatin1String("accept"))
        text = QCoreApplication::translate(
            "ReferralService", "Only a sent referral can be accepted; this one is: %1.");
    else if (action == QLatin1String("reject"))
        text = QCoreApplication::translate(
            "ReferralService", "Only a sent or accepted referral can be refused; this one is: %1.");
    else if (action == QLatin1String("complete"))
        text = QCoreApplication::translate(
            "ReferralService", "Only an accepted referral can be completed; this one is: %1.");
    else if (action == QLatin1String("cancel"))
        text = QCoreApplication::translate(
            "ReferralService", "A referral that is closed cannot be cancelled; this one is: %1.");
    else
        text = QCoreApplication::translate("ReferralService",
                                           "A closed referral cannot be changed; this one is: %1.");
    return StoreError::invalidInput(text.arg(now));
}

StoreError noSuchReferral()
{
    return StoreError::invalidInput(
        QCoreApplication::translate("ReferralService", "There is no such referral."));
}

StoreError tooLong(int limit)
{
    return StoreError::invalidInput(
        QCoreApplication::translate("ReferralService",
                                    "This text can be at most %1 characters long.")
            .arg(QLocale().toString(limit)));
}

} // namespace

ReferralService::ReferralService(Session &session)
    : m_session(session)
{}

bool ReferralService::isAllowed(const QString &state, const QString &action)
{
    const Rule *rule = ruleFor(action);
    if (!rule)
        return false;
    for (const char *from : rule->from) {
        if (state == QLatin1String(from))
            return true;
    }
    return false;
}

QDate ReferralService::defaultDueDate() const
{
    const QDate today = m_session.clock().nowUtc().date();
    const QString province = m_session.isLocked() ? QString() : m_session.center().province;
    const QDate due = (m_session.isLocked() ? locale::WorkingCalendar::shipped()
                                            : currentWorkingCalendar(m_session.vault().database()))
                          .addWorkingDays(today, DefaultDueWorkingDays, province);
    return due.isValid() ? due : today.addDays(DefaultDueWorkingDays);
}

StoreError ReferralService::create(domain::Referral *referral)
{
    if (StoreError error = checkHouseholdAccess(m_session, referral->householdId, true);
        !error.ok())
        return error;
    domain::Referral r = *referral;
    r.requestedService = r.requestedService.trimmed();
    r.serviceId = r.serviceId.trimmed();
    if (!domain::referralKinds().contains(r.kind))
        return StoreError::invalidInput(
            QCoreApplication::translate("ReferralService", "Choose the kind of referral."));
    if (r.requestedService.isEmpty())
        return StoreError::invalidInput(QCoreApplication::translate(
            "ReferralService", "Write the service the household is referred for."));
    if (r.requestedService.size() > kMaxTextLength)
        return tooLong(kMaxTextLength);
    if (!r.serviceId.isEmpty() && !domain::isCatalogServiceId(r.serviceId))
        return StoreError::invalidInput(
            QCoreApplication::translate("ReferralService", "A catalog service id has 11 digits."));
    if (r.destinations.isEmpty())
        return StoreError::invalidInput(QCoreApplication::translate(
            "ReferralService", "Give at least one destination for the referral."));
    if (r.destinations.size() > domain::Referral::MaxDestinations)
        return StoreError::invalidInput(QCoreApplication::translate(
            "ReferralService", "A referral has at most three ranked destinations."));
    for (domain::ReferralDestination &destination : r.destinations) {
        destination.name = destination.name.trimmed();
        if (!domain::referralAgencyKinds().contains(destination.agencyKind))
            return StoreError::invalidInput(QCoreApplication::translate(
                "ReferralService", "Choose the kind of agency of every destination."));
        if (destination.name.isEmpty())
            return StoreError::invalidInput(QCoreApplication::translate(
                "ReferralService", "Name the agency or unit of every destination."));
        if (destination.name.size() > kMaxTextLength)
            return tooLong(kMaxTextLength);
    }
    if (r.personId > 0) {
        bool member = false;
        for (const domain::Member &m :
             storage::HouseholdRepository(m_session.database()).currentMembers(r.householdId))
            member = member || m.person.id == r.personId;
        if (!member)
            return StoreError::invalidInput(QCoreApplication::translate(
                "ReferralService", "The person referred is not a member of this household."));
    }
    if (r.origin.isEmpty())
        r.origin = QStringLiteral("manual");
    if (!domain::referralOrigins().contains(r.origin))
        return StoreError::invalidInput(
            QCoreApplication::translate("ReferralService", "Unknown origin of a referral."));
    const QDateTime now = m_session.clock().nowUtc();
    if (!r.dueDate.isValid())
        r.dueDate = defaultDueDate();
    else if (r.dueDate < now.date())
        return StoreError::invalidInput(QCoreApplication::translate(
            "ReferralService", "A referral cannot be due in the past."));

    r.id = 0;
    r.state = QStringLiteral("draft");
    r.currentPriority = 1;
    r.createdBy = m_session.worker().id;
    r.createdUtc = now;
    r.outcome = {};

    storage::WriteTransaction transaction(m_session.database());
    if (!transaction.isActive())
        return saveFailed(transaction.error());
    storage::ReferralRepository referrals(m_session.database());
    // The tracking number: center code, Jalali year, sequence of the year on this store.
    const QString prefix =
        QStringLiteral("%1-%2-").arg(m_session.center().code).arg(locale::jalaliYear(now.date()));
    const qint64 sequence = referrals.lastSequence(prefix) + 1;
    r.trackingNumber = prefix + QStringLiteral("%1").arg(sequence, 5, 10, QLatin1Char('0'));
    if (!referrals.insert(&r, now))
        return saveFailed(referrals.lastError());
    domain::ReferralEvent event{0, now, r.createdBy, QString(), r.state, r.currentPriority, {}};
    if (!referrals.addEvent(r.id, &event))
        return saveFailed(referrals.lastError());
    storage::HouseholdRepository households(m_session.database());
    if (!households.addTimelineEvent(r.householdId, r.createdBy, QStringLiteral("referral.created"),
                                     {{QStringLiteral("referral"), r.id},
                                      {QStringLiteral("kind"), r.kind},
                                      {QStringLiteral("tracking"), r.trackingNumber}},
                                     now))
        return saveFailed(households.lastError());
    if (StoreError error =
            m_session.audit().append(r.createdBy, QStringLiteral("referral.created"),
                                     QStringLiteral("referral"), QString::number(r.id),
                                     {{QStringLiteral("household"), r.householdId},
                                      {QStringLiteral("origin"), r.origin},
                                      {QStringLiteral("origin_id"), r.originId}});
        !error.ok())
        return error;

    // The worker of the file follows the referral up on its due date.
    const auto household = households.household(r.householdId);
    domain::FollowUpTask task;
    task.householdId = r.householdId;
    task.personId = r.personId;
    task.workerId = household && household->workerId > 0 && m_session.worker().isManager()
                        ? household->workerId
                        : m_session.worker().id;
    task.title = QCoreApplication::translate("ReferralService", "Follow up referral %1")
                     .arg(r.trackingNumber);
    task.dueDate = r.dueDate;
    task.origin = QStringLiteral("referral");
    task.originId = r.id;
    if (StoreError error = TaskService(m_session).create(&task); !error.ok())
        return error;

    if (!transaction.commit())
        return saveFailed(transaction.error());
    *referral = r;
    if (const auto saved = referrals.referral(r.id))
        *referral = *saved;
    return StoreError::success();
}

StoreError ReferralService::load(qint64 id, domain::Referral *referral) const
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    const auto found = storage::ReferralRepository(m_session.database()).referral(id);
    if (!found)
        return noSuchReferral();
    if (StoreError error = checkHouseholdAccess(m_session, found->householdId, false); !error.ok())
        return error;
    *referral = *found;
    return StoreError::success();
}

// One transition: row, history events, timeline entries and audit entries (ids only), all in
// one transaction; nothing changes when the state machine refuses it.
StoreError ReferralService::transition(qint64 id, const QString &action, const QString &reason,
                                       const domain::ReferralOutcome *outcome)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    const auto found = storage::ReferralRepository(m_session.database()).referral(id);
    if (!found)
        return noSuchReferral();
    if (StoreError error = checkHouseholdAccess(m_session, found->householdId, true); !error.ok())
        return error;
    domain::Referral r = *found;
    const Rule *rule = ruleFor(action);
    if (!rule || !isAllowed(r.state, action))
        return refused(action, r.state);
    const QString why = reason.trimmed();
    if (action == QLatin1String("reject") && why.isEmpty())
        return StoreError::invalidInput(QCoreApplication::translate(
            "ReferralService", "Give the reason the destination refused the referral."));
    if (action == QLatin1String("cancel") && why.isEmpty())
        return StoreError::invalidInput(QCoreApplication::translate(
            "ReferralService", "Give the reason for cancelling the referral."));
    if (why.size() > MaxReasonLength)
        return tooLong(MaxReasonLength);
    if (action == QLatin1String("complete")) {
        if (!outcome || outcome->serviceGiven.trimmed().isEmpty())
            return StoreError::invalidInput(QCoreApplication::translate(
                "ReferralService", "Write the service the household was given."));
        if (outcome->amountRials < 0)
            return StoreError::invalidInput(
                QCoreApplication::translate("ReferralService", "The amount cannot be negative."));
        if (outcome->serviceGiven.trimmed().size() > kMaxTextLength ||
            outcome->paymentId.trimmed().size() > kMaxTextLength ||
            outcome->note.trimmed().size() > MaxReasonLength)
            return tooLong(kMaxTextLength);
        r.outcome = {outcome->serviceGiven.trimmed(), outcome->amountRials,
                     outcome->paymentId.trimmed(), outcome->note.trimmed()};
    }

    const QDateTime now = m_session.clock().nowUtc();
    const qint64 me = m_session.worker().id;
    storage::WriteTransaction transaction(m_session.database());
    if (!transaction.isActive())
        return saveFailed(transaction.error());
    storage::ReferralRepository referrals(m_session.database());
    storage::HouseholdRepository households(m_session.database());

    // Appends one step of the history with its timeline and audit entries.
    auto step = [&](const QString &to, const QString &stepReason, const QString &kind) {
        domain::ReferralEvent event{0, now, me, r.state, to, r.currentPriority, stepReason};
        if (!referrals.addEvent(r.id, &event))
            return saveFailed(referrals.lastError());
        r.state = to;
        if (!households.addTimelineEvent(r.householdId, me, kind,
                                         {{QStringLiteral("referral"), r.id},
                                          {QStringLiteral("priority"), r.currentPriority},
                                          {QStringLiteral("tracking"), r.trackingNumber}},
                                         now))
            return saveFailed(households.lastError());
        return m_session.audit().append(me, kind, QStringLiteral("referral"), QString::number(r.id),
                                        {{QStringLiteral("household"), r.householdId},
                                         {QStringLiteral("priority"), r.currentPriority},
                                         {QStringLiteral("event"), event.id}});
    };

    const QString to = QString::fromLatin1(rule->to);
    const QString kind = QStringLiteral("referral.") + to;
    if (StoreError error = step(to, why, kind); !error.ok())
        return error;
    if (to == QLatin1String("rejected")) {
        if (r.currentPriority < r.destinations.size()) {
            ++r.currentPriority;
            if (StoreError error =
                    step(QStringLiteral("sent"), {}, QStringLiteral("referral.forwarded"));
                !error.ok())
                return error;
        } else if (StoreError error =
                       step(QStringLiteral("exhausted"), {}, QStringLiteral("referral.exhausted"));
                   !error.ok()) {
            return error;
        }
    }
    if (!referrals.update(r, now))
        return saveFailed(referrals.lastError());
    // The family hears by SMS that its referral left the center (the central's gateway sends
    // it; the request travels with the next sync). Tracking number only, never a name.
    if (to == QLatin1String("sent")) {
        QSqlQuery head(m_session.database());
        head.prepare(QStringLiteral("SELECT p.mobile FROM households h JOIN people p ON p.id = "
                                    "h.head_person_id WHERE h.id = ?"));
        head.addBindValue(r.householdId);
        const QString mobile = head.exec() && head.next() ? head.value(0).toString() : QString();
        if (!mobile.isEmpty()) {
            if (StoreError error = CentralRequests::requestSms(
                    m_session.database(), QStringLiteral("referral-sent"), mobile,
                    {{QStringLiteral("tracking"), r.trackingNumber}}, r.householdId, now);
                !error.ok())
                return error;
        }
    }
    // A cancelled referral needs no follow-up any more.
    if (to == QLatin1String("cancelled")) {
        TaskService tasks(m_session);
        for (const domain::FollowUpTask &task :
             storage::TaskRepository(m_session.database())
                 .openFromOrigin(QStringLiteral("referral"), r.id)) {
            if (StoreError error = tasks.cancel(task.id, why); !error.ok())
                return error;
        }
    }
    return transaction.commit() ? StoreError::success() : saveFailed(transaction.error());
}

StoreError ReferralService::send(qint64 id)
{
    return transition(id, QStringLiteral("send"), {}, nullptr);
}

StoreError ReferralService::accept(qint64 id)
{
    return transition(id, QStringLiteral("accept"), {}, nullptr);
}

StoreError ReferralService::reject(qint64 id, const QString &reason)
{
    return transition(id, QStringLiteral("reject"), reason, nullptr);
}

StoreError ReferralService::complete(qint64 id, const domain::ReferralOutcome &outcome)
{
    return transition(id, QStringLiteral("complete"), {}, &outcome);
}

StoreError ReferralService::cancel(qint64 id, const QString &reason)
{
    return transition(id, QStringLiteral("cancel"), reason, nullptr);
}

StoreError ReferralService::setDueDate(qint64 id, const QDate &dueDate)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    const auto found = storage::ReferralRepository(m_session.database()).referral(id);
    if (!found)
        return noSuchReferral();
    if (StoreError error = checkHouseholdAccess(m_session, found->householdId, true); !error.ok())
        return error;
    domain::Referral r = *found;
    if (!isAllowed(r.state, QStringLiteral("set-due")))
        return refused(QStringLiteral("set-due"), r.state);
    const QDateTime now = m_session.clock().nowUtc();
    if (!dueDate.isValid() || dueDate < now.date())
        return StoreError::invalidInput(QCoreApplication::translate(
            "ReferralService", "A referral cannot be due in the past."));
    if (dueDate == r.dueDate)
        return StoreError::success();
    r.dueDate = dueDate;
    storage::WriteTransaction transaction(m_session.database());
    if (!transaction.isActive())
        return saveFailed(transaction.error());
    storage::ReferralRepository referrals(m_session.database());
    storage::TaskRepository tasks(m_session.database());
    storage::HouseholdRepository households(m_session.database());
    if (!referrals.update(r, now))
        return saveFailed(referrals.lastError());
    // Its follow-up moves with it.
    for (domain::FollowUpTask task : tasks.openFromOrigin(QStringLiteral("referral"), r.id)) {
        task.dueDate = dueDate;
        if (!tasks.update(task))
            return saveFailed(tasks.lastError());
    }
    const QString kind = QStringLiteral("referral.due_changed");
    if (!households.addTimelineEvent(r.householdId, m_session.worker().id, kind,
                                     {{QStringLiteral("referral"), r.id},
                                      {QStringLiteral("date"), dueDate.toString(Qt::ISODate)},
                                      {QStringLiteral("tracking"), r.trackingNumber}},
                                     now))
        return saveFailed(households.lastError());
    if (StoreError error = m_session.audit().append(
            m_session.worker().id, kind, QStringLiteral("referral"), QString::number(r.id),
            {{QStringLiteral("household"), r.householdId}});
        !error.ok())
        return error;
    return transaction.commit() ? StoreError::success() : saveFailed(transaction.error());
}

QList<domain::ReferralEvent> ReferralService::history(qint64 id) const
{
    domain::Referral r;
    if (!load(id, &r).ok())
        return {};
    return storage::ReferralRepository(m_session.database()).events(id);
}

QList<domain::Referral> ReferralService::ofHousehold(qint64 householdId) const
{
    if (!checkHouseholdAccess(m_session, householdId, false).ok())
        return {};
    return storage::ReferralRepository(m_session.database()).ofHousehold(householdId);
}

QList<domain::Referral> ReferralService::mine() const
{
    if (m_session.isLocked() ||
        !domain::allows(m_session.worker().role, domain::Capability::ReadFileDetails))
        return {};
    return storage::ReferralRepository(m_session.database()).open(m_session.worker().id);
}

QList<domain::Referral> ReferralService::overdue() const
{
    if (m_session.isLocked() ||
        !domain::allows(m_session.worker().role, domain::Capability::ReadFileDetails))
        return {};
    const domain::Worker &me = m_session.worker();
    return storage::ReferralRepository(m_session.database())
        .overdue(me.isManager() ? 0 : me.id, m_session.clock().nowUtc().date());
}

} // namespace pluslife::services
