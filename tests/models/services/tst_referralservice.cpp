// Referrals: the state machine (every legal and illegal transition), the three-priority cascade
// to exhaustion, mandatory reasons, history, audit (ids only) and timeline, the follow-up task a
// referral makes, due dates on working days, "mine" and "overdue", access per role.
#include "domain/followuptask.h"
#include "locale/jalali.h"
#include "locale/workingcalendar.h"
#include "services/referralservice.h"
#include "services/taskservice.h"
#include "servicetestfixture.h"
#include "storage/auditlog.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace pluslife;
using namespace pluslife::services;
using storage::StoreErrorCode;

namespace {

domain::Referral sample(qint64 household, int destinations = 3)
{
    domain::Referral r;
    r.householdId = household;
    r.kind = QStringLiteral("one-off-aid");
    r.serviceId = QStringLiteral("19061062110");
    r.requestedService = QStringLiteral("کمک ودیعه مسکن");
    const QList<domain::ReferralDestination> all{
        {QStringLiteral("behzisti"), QStringLiteral("اداره بهزیستی شهرستان ری")},
        {QStringLiteral("relief-foundation"), QStringLiteral("کمیته امداد ری")},
        {QStringLiteral("charity"), QStringLiteral("خیریه محله")}};
    r.destinations = all.mid(0, destinations);
    return r;
}

QStringList timelineKinds(test::CenterFixture &center, qint64 household)
{
    QStringList kinds;
    for (const auto &event : HouseholdService(*center.session).timeline(household))
        kinds << event.kind;
    return kinds;
}

QStringList states(const QList<domain::ReferralEvent> &events)
{
    QStringList out;
    for (const auto &e : events)
        out << e.toState;
    return out;
}

} // namespace

class TestReferralService : public QObject {
    Q_OBJECT

private slots:
    void createValidatesAndAssigns();
    void trackingNumbersAreUnique();
    void happyPathToCompleted();
    void everyIllegalTransitionIsRefused_data();
    void everyIllegalTransitionIsRefused();
    void cascadeThroughThreePrioritiesToExhausted();
    void rejectWithFewerDestinations();
    void reasonsAreRequired();
    void cancelClosesTheFollowUp();
    void auditHoldsIdsOnly();
    void dueDatesMineAndOverdue();
    void accessPerRole();
};

void TestReferralService::createValidatesAndAssigns()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    ReferralService referrals(*center.session);

    domain::Referral bad = sample(file);
    bad.kind = QStringLiteral("bribe");
    QCOMPARE(referrals.create(&bad).code, StoreErrorCode::InvalidInput);
    bad = sample(file);
    bad.requestedService = QStringLiteral("   ");
    QCOMPARE(referrals.create(&bad).code, StoreErrorCode::InvalidInput);
    bad = sample(file);
    bad.destinations.clear();
    QCOMPARE(referrals.create(&bad).code, StoreErrorCode::InvalidInput);
    bad = sample(file);
    bad.destinations.append({QStringLiteral("other"), QStringLiteral("چهارم")});
    QCOMPARE(referrals.create(&bad).code, StoreErrorCode::InvalidInput);
    bad = sample(file);
    bad.destinations[1].name.clear();
    QCOMPARE(referrals.create(&bad).code, StoreErrorCode::InvalidInput);
    bad = sample(file);
    bad.destinations[0].agencyKind = QStringLiteral("bank");
    QCOMPARE(referrals.create(&bad).code, StoreErrorCode::InvalidInput);
    bad = sample(file);
    bad.serviceId = QStringLiteral("1904106210");
    QCOMPARE(referrals.create(&bad).code, StoreErrorCode::InvalidInput);
    bad = sample(file);
    bad.dueDate = center.clock.nowUtc().date().addDays(-1);
    QCOMPARE(referrals.create(&bad).code, StoreErrorCode::InvalidInput);
    bad = sample(file);
    bad.personId = 999999;
    QCOMPARE(referrals.create(&bad).code, StoreErrorCode::InvalidInput);
    bad = sample(file);
    bad.householdId = 424242;
    QVERIFY(!referrals.create(&bad).ok());
    QVERIFY(referrals.ofHousehold(file).isEmpty());

    domain::Referral r = sample(file);
    QVERIFY(referrals.create(&r).ok());
    QVERIFY(r.id > 0);
    QVERIFY(!r.uuid.isEmpty());
    QCOMPARE(r.state, QStringLiteral("draft"));
    QCOMPARE(r.currentPriority, 1);
    QCOMPARE(r.origin, QStringLiteral("manual"));
    QCOMPARE(r.createdBy, center.session->worker().id);
    QCOMPARE(r.destinations.size(), 3);
    QCOMPARE(r.destinations.at(1).agencyKind, QStringLiteral("relief-foundation"));
    QCOMPARE(r.currentDestination().name, QStringLiteral("اداره بهزیستی شهرستان ری"));
    QVERIFY(!r.fileNumber.isEmpty());
    const QString year = QString::number(locale::jalaliYear(center.clock.nowUtc().date()));
    QCOMPARE(r.trackingNumber, QStringLiteral("1001-%1-00001").arg(year));

    domain::Referral loaded;
    QVERIFY(referrals.load(r.id, &loaded).ok());
    QCOMPARE(loaded.trackingNumber, r.trackingNumber);
    QCOMPARE(loaded.serviceId, QStringLiteral("19061062110"));
    QCOMPARE(loaded.dueDate, r.dueDate);
    QCOMPARE(states(referrals.history(r.id)), QStringList{QStringLiteral("draft")});
    QVERIFY(timelineKinds(center, file).contains(QStringLiteral("referral.created")));

    // Its follow-up task, for this worker on the due date.
    const auto tasks = TaskService(*center.session).ofHousehold(file);
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().origin, QStringLiteral("referral"));
    QCOMPARE(tasks.first().originId, r.id);
    QCOMPARE(tasks.first().dueDate, r.dueDate);
    QCOMPARE(tasks.first().workerId, center.session->worker().id);
    QVERIFY(tasks.first().title.contains(r.trackingNumber));
}

void TestReferralService::trackingNumbersAreUnique()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 a = center.openHousehold(1);
    const qint64 b = center.openHousehold(2);
    ReferralService referrals(*center.session);
    QSet<QString> seen;
    for (int i = 0; i < 12; ++i) {
        domain::Referral r = sample(i % 2 ? a : b, 1);
        QVERIFY(referrals.create(&r).ok());
        QVERIFY(!seen.contains(r.trackingNumber));
        seen.insert(r.trackingNumber);
    }
    QVERIFY(seen.contains(
        QStringLiteral("1001-%1-00012").arg(locale::jalaliYear(center.clock.nowUtc().date()))));
    // A new Jalali year starts its own sequence.
    center.clock.set(
        QDateTime(locale::fromJalali(locale::jalaliYear(center.clock.nowUtc().date()) + 1, 1, 15),
                  QTime(8, 0), Qt::UTC));
    domain::Referral next = sample(a, 1);
    QVERIFY(referrals.create(&next).ok());
    QVERIFY(next.trackingNumber.endsWith(QLatin1String("-00001")));
    QVERIFY(!seen.contains(next.trackingNumber));
}

void TestReferralService::happyPathToCompleted()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    ReferralService referrals(*center.session);
    domain::Referral r = sample(file);
    QVERIFY(referrals.create(&r).ok());
    QVERIFY(referrals.send(r.id).ok());
    center.clock.advanceSeconds(3600);
    QVERIFY(referrals.accept(r.id).ok());
    // Completing needs the service given.
    QCOMPARE(referrals.complete(r.id, {}).code, StoreErrorCode::InvalidInput);
    QCOMPARE(referrals.complete(r.id, {QStringLiteral("ودیعه"), -5, {}, {}}).code,
             StoreErrorCode::InvalidInput);
    QVERIFY(referrals
                .complete(r.id, {QStringLiteral("کمک ودیعه مسکن"), 150000000,
                                 QStringLiteral("PAY-778812"), QStringLiteral("پرداخت شد")})
                .ok());
    domain::Referral done;
    QVERIFY(referrals.load(r.id, &done).ok());
    QCOMPARE(done.state, QStringLiteral("completed"));
    QCOMPARE(done.outcome.amountRials, 150000000);
    QCOMPARE(done.outcome.paymentId, QStringLiteral("PAY-778812"));
    QVERIFY(!done.isOpen());
    const auto history = referrals.history(r.id);
    QCOMPARE(states(history),
             (QStringList{QStringLiteral("draft"), QStringLiteral("sent"),
                          QStringLiteral("accepted"), QStringLiteral("completed")}));
    QCOMPARE(history.at(2).fromState, QStringLiteral("sent"));
    QCOMPARE(history.at(2).workerId, center.session->worker().id);
    QCOMPARE(history.at(2).atUtc, center.clock.nowUtc());
    const QStringList kinds = timelineKinds(center, file);
    for (const char *kind :
         {"referral.created", "referral.sent", "referral.accepted", "referral.completed"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
}

void TestReferralService::everyIllegalTransitionIsRefused_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("legal");
    const QStringList reachable{QStringLiteral("draft"),     QStringLiteral("sent"),
                                QStringLiteral("accepted"),  QStringLiteral("completed"),
                                QStringLiteral("exhausted"), QStringLiteral("cancelled")};
    const QStringList actions{QStringLiteral("send"),   QStringLiteral("accept"),
                              QStringLiteral("reject"), QStringLiteral("complete"),
                              QStringLiteral("cancel"), QStringLiteral("set-due")};
    QSet<QString> legal;
    for (const char *key : {"draft/send", "draft/cancel", "draft/set-due", "sent/accept",
                            "sent/reject", "sent/cancel", "sent/set-due", "accepted/reject",
                            "accepted/complete", "accepted/cancel", "accepted/set-due"})
        legal.insert(QLatin1String(key));
    for (const QString &state : reachable) {
        for (const QString &action : actions) {
            const QString key = state + QLatin1Char('/') + action;
            QTest::newRow(qPrintable(key)) << state << action << legal.contains(key);
        }
    }
}

void TestReferralService::everyIllegalTransitionIsRefused()
{
    QFETCH(QString, state);
    QFETCH(QString, action);
    QFETCH(bool, legal);
    QCOMPARE(ReferralService::isAllowed(state, action), legal);

    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    ReferralService referrals(*center.session);
    domain::Referral r = sample(file, 1);
    QVERIFY(referrals.create(&r).ok());
    // Bring it to `state`.
    const QString reason = QStringLiteral("خارج از ضوابط");
    if (state != QLatin1String("draft"))
        QVERIFY(state == QLatin1String("cancelled") ? referrals.cancel(r.id, reason).ok()
                                                    : referrals.send(r.id).ok());
    if (state == QLatin1String("accepted") || state == QLatin1String("completed"))
        QVERIFY(referrals.accept(r.id).ok());
    if (state == QLatin1String("completed"))
        QVERIFY(referrals.complete(r.id, {QStringLiteral("انجام شد"), 0, {}, {}}).ok());
    if (state == QLatin1String("exhausted"))
        QVERIFY(referrals.reject(r.id, reason).ok());
    domain::Referral before;
    QVERIFY(referrals.load(r.id, &before).ok());
    QCOMPARE(before.state, state);
    const qsizetype events = referrals.history(r.id).size();

    storage::StoreError result;
    if (action == QLatin1String("send"))
        result = referrals.send(r.id);
    else if (action == QLatin1String("accept"))
        result = referrals.accept(r.id);
    else if (action == QLatin1String("reject"))
        result = referrals.reject(r.id, reason);
    else if (action == QLatin1String("complete"))
        result = referrals.complete(r.id, {QStringLiteral("انجام شد"), 0, {}, {}});
    else if (action == QLatin1String("cancel"))
        result = referrals.cancel(r.id, reason);
    else
        result = referrals.setDueDate(r.id, before.dueDate.addDays(3));
    QCOMPARE(result.ok(), legal);
    domain::Referral after;
    QVERIFY(referrals.load(r.id, &after).ok());
    if (!legal) {
        QCOMPARE(result.code, StoreErrorCode::InvalidInput);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(after.state, before.state);
        QCOMPARE(after.dueDate, before.dueDate);
        QCOMPARE(referrals.history(r.id).size(), events);
    } else if (action != QLatin1String("set-due")) {
        QVERIFY(referrals.history(r.id).size() > events);
        QVERIFY(after.state != before.state);
    } else {
        QCOMPARE(after.dueDate, before.dueDate.addDays(3));
    }
}

void TestReferralService::cascadeThroughThreePrioritiesToExhausted()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    ReferralService referrals(*center.session);
    domain::Referral r = sample(file, 3);
    QVERIFY(referrals.create(&r).ok());
    QVERIFY(referrals.send(r.id).ok());

    QVERIFY(referrals.reject(r.id, QStringLiteral("سهمیه تمام شده")).ok());
    domain::Referral now;
    QVERIFY(referrals.load(r.id, &now).ok());
    QCOMPARE(now.state, QStringLiteral("sent"));
    QCOMPARE(now.currentPriority, 2);
    QCOMPARE(now.currentDestination().agencyKind, QStringLiteral("relief-foundation"));

    // The second accepts, then refuses after its review: still a refusal with a reason.
    QVERIFY(referrals.accept(r.id).ok());
    QVERIFY(referrals.reject(r.id, QStringLiteral("درآمد بالاتر از سقف")).ok());
    QVERIFY(referrals.load(r.id, &now).ok());
    QCOMPARE(now.state, QStringLiteral("sent"));
    QCOMPARE(now.currentPriority, 3);

    QVERIFY(referrals.reject(r.id, QStringLiteral("خارج از محدوده")).ok());
    QVERIFY(referrals.load(r.id, &now).ok());
    QCOMPARE(now.state, QStringLiteral("exhausted"));
    QCOMPARE(now.currentPriority, 3);
    QVERIFY(!now.isOpen());
    // Out of the cycle: nothing more happens.
    QCOMPARE(referrals.send(r.id).code, StoreErrorCode::InvalidInput);
    QCOMPARE(referrals.reject(r.id, QStringLiteral("x")).code, StoreErrorCode::InvalidInput);
    QCOMPARE(referrals.cancel(r.id, QStringLiteral("x")).code, StoreErrorCode::InvalidInput);

    const auto history = referrals.history(r.id);
    QCOMPARE(states(history), (QStringList{QStringLiteral("draft"), QStringLiteral("sent"),
                                           QStringLiteral("rejected"), QStringLiteral("sent"),
                                           QStringLiteral("accepted"), QStringLiteral("rejected"),
                                           QStringLiteral("sent"), QStringLiteral("rejected"),
                                           QStringLiteral("exhausted")}));
    QCOMPARE(history.at(2).reason, QStringLiteral("سهمیه تمام شده"));
    QCOMPARE(history.at(2).priority, 1);
    QCOMPARE(history.at(3).priority, 2);
    QCOMPARE(history.at(5).reason, QStringLiteral("درآمد بالاتر از سقف"));
    QCOMPARE(history.at(5).fromState, QStringLiteral("accepted"));
    QCOMPARE(history.at(7).priority, 3);
    QCOMPARE(history.at(8).fromState, QStringLiteral("rejected"));

    const QStringList kinds = timelineKinds(center, file);
    QCOMPARE(kinds.count(QStringLiteral("referral.rejected")), 3);
    QCOMPARE(kinds.count(QStringLiteral("referral.forwarded")), 2);
    QCOMPARE(kinds.count(QStringLiteral("referral.exhausted")), 1);
}

void TestReferralService::rejectWithFewerDestinations()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    ReferralService referrals(*center.session);
    domain::Referral r = sample(file, 2);
    QVERIFY(referrals.create(&r).ok());
    QVERIFY(referrals.send(r.id).ok());
    QVERIFY(referrals.reject(r.id, QStringLiteral("نه")).ok());
    QVERIFY(referrals.reject(r.id, QStringLiteral("نه")).ok());
    domain::Referral now;
    QVERIFY(referrals.load(r.id, &now).ok());
    QCOMPARE(now.state, QStringLiteral("exhausted"));
    QCOMPARE(now.currentPriority, 2);
}

void TestReferralService::reasonsAreRequired()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    ReferralService referrals(*center.session);
    domain::Referral r = sample(file);
    QVERIFY(referrals.create(&r).ok());
    QCOMPARE(referrals.cancel(r.id, QStringLiteral("  ")).code, StoreErrorCode::InvalidInput);
    QVERIFY(referrals.send(r.id).ok());
    QCOMPARE(referrals.reject(r.id, QString()).code, StoreErrorCode::InvalidInput);
    QCOMPARE(referrals.reject(r.id, QStringLiteral(" \n ")).code, StoreErrorCode::InvalidInput);
    QCOMPARE(
        referrals.reject(r.id, QString(ReferralService::MaxReasonLength + 1, QChar(u'ا'))).code,
        StoreErrorCode::InvalidInput);
    domain::Referral now;
    QVERIFY(referrals.load(r.id, &now).ok());
    QCOMPARE(now.state, QStringLiteral("sent"));
    QCOMPARE(now.currentPriority, 1);
    QCOMPARE(referrals.history(r.id).size(), 2);
    QCOMPARE(referrals.send(424242).code, StoreErrorCode::InvalidInput);
}

void TestReferralService::cancelClosesTheFollowUp()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    ReferralService referrals(*center.session);
    domain::Referral r = sample(file);
    QVERIFY(referrals.create(&r).ok());
    QVERIFY(referrals.send(r.id).ok());
    // Moving the due date moves the follow-up.
    const QDate later = r.dueDate.addDays(5);
    QVERIFY(referrals.setDueDate(r.id, later).ok());
    QCOMPARE(referrals.setDueDate(r.id, center.clock.nowUtc().date().addDays(-1)).code,
             StoreErrorCode::InvalidInput);
    TaskService tasks(*center.session);
    QCOMPARE(tasks.ofHousehold(file).first().dueDate, later);
    QVERIFY(referrals.cancel(r.id, QStringLiteral("خانواده منصرف شد")).ok());
    const auto after = tasks.ofHousehold(file);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().status, QStringLiteral("cancelled"));
    QVERIFY(timelineKinds(center, file).contains(QStringLiteral("referral.cancelled")));
    QVERIFY(timelineKinds(center, file).contains(QStringLiteral("referral.due_changed")));
}

void TestReferralService::auditHoldsIdsOnly()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    ReferralService referrals(*center.session);
    domain::Referral r = sample(file, 2);
    QVERIFY(referrals.create(&r).ok());
    QVERIFY(referrals.send(r.id).ok());
    const QString reason = QStringLiteral("دلیل محرمانه رد");
    QVERIFY(referrals.reject(r.id, reason).ok());
    QVERIFY(referrals.cancel(r.id, QStringLiteral("انصراف محرمانه")).ok());
    const auto entries = center.session->audit().recent(50);
    QStringList actions;
    for (const auto &entry : entries) {
        if (entry.subjectType == QLatin1String("referral")) {
            actions << entry.action;
            QCOMPARE(entry.subjectId, QString::number(r.id));
            QCOMPARE(entry.actorId, center.session->worker().id);
        }
        const QString json =
            QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(entry.details)).toJson());
        QVERIFY(!json.contains(reason));
        QVERIFY(!json.contains(QStringLiteral("محرمانه")));
        QVERIFY(!json.contains(QStringLiteral("ودیعه")));
        QVERIFY(!json.contains(QStringLiteral("کمیته")));
    }
    for (const char *action : {"referral.created", "referral.sent", "referral.rejected",
                               "referral.forwarded", "referral.cancelled"})
        QVERIFY2(actions.contains(QLatin1String(action)), action);
    QVERIFY(center.session->audit().verify().ok);
    // Neither does the timeline hold the reason.
    for (const auto &event : HouseholdService(*center.session).timeline(file)) {
        const QString json =
            QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(event.details)).toJson());
        QVERIFY(!json.contains(QStringLiteral("محرمانه")));
    }
}

void TestReferralService::dueDatesMineAndOverdue()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    center.addWorker(QStringLiteral("reza"), domain::WorkerRole::SocialWorker);
    QVERIFY(center.session->signIn(QStringLiteral("sara"), test::kWorkerPassword).ok());
    const qint64 sarasFile = center.openHousehold(1);
    ReferralService referrals(*center.session);
    const QDate today = center.clock.nowUtc().date();
    domain::Referral byDefault = sample(sarasFile);
    QVERIFY(referrals.create(&byDefault).ok());
    // Seven working days: at least one Friday is skipped.
    QCOMPARE(byDefault.dueDate,
             locale::WorkingCalendar::shipped().addWorkingDays(
                 today, ReferralService::DefaultDueWorkingDays, center.session->center().province));
    QCOMPARE(byDefault.dueDate, referrals.defaultDueDate());
    QVERIFY(byDefault.dueDate >= today.addDays(8));
    QVERIFY(locale::WorkingCalendar::shipped().isWorkingDay(byDefault.dueDate));
    domain::Referral soon = sample(sarasFile, 1);
    soon.dueDate = today.addDays(1);
    QVERIFY(referrals.create(&soon).ok());
    domain::Referral closed = sample(sarasFile, 1);
    closed.dueDate = today.addDays(1);
    QVERIFY(referrals.create(&closed).ok());
    QVERIFY(referrals.cancel(closed.id, QStringLiteral("تکراری")).ok());

    QCOMPARE(referrals.mine().size(), 2);
    QCOMPARE(referrals.mine().first().id, soon.id); // due date order
    QVERIFY(referrals.overdue().isEmpty());

    center.clock.advanceSeconds(3 * 86400);
    const auto late = referrals.overdue();
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.first().id, soon.id);
    QVERIFY(late.first().isOverdue(center.clock.nowUtc().date()));
    // Its follow-up task is overdue as well.
    const auto lateTasks = TaskService(*center.session).overdue();
    QCOMPARE(lateTasks.size(), 1);
    QCOMPARE(lateTasks.first().originId, soon.id);

    // Reza has none; the manager sees the center's overdue ones.
    QVERIFY(center.session->signIn(QStringLiteral("reza"), test::kWorkerPassword).ok());
    QVERIFY(ReferralService(*center.session).mine().isEmpty());
    QVERIFY(ReferralService(*center.session).overdue().isEmpty());
    QVERIFY(center.session->signIn(QStringLiteral("manager"), test::kManagerPassword).ok());
    QCOMPARE(ReferralService(*center.session).overdue().size(), 1);
}

void TestReferralService::accessPerRole()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    center.addWorker(QStringLiteral("reza"), domain::WorkerRole::SocialWorker);
    center.addWorker(QStringLiteral("pari"), domain::WorkerRole::Reception);
    center.addWorker(QStringLiteral("nasrin"), domain::WorkerRole::Specialist);
    QVERIFY(center.session->signIn(QStringLiteral("sara"), test::kWorkerPassword).ok());
    const qint64 sarasFile = center.openHousehold(1);
    QVERIFY(sarasFile != 0);
    domain::Referral r = sample(sarasFile);
    QVERIFY(ReferralService(*center.session).create(&r).ok());

    for (const char *user : {"reza", "pari", "nasrin"}) {
        QVERIFY(center.session->signIn(QLatin1String(user), test::kWorkerPassword).ok());
        ReferralService referrals(*center.session);
        domain::Referral another = sample(sarasFile);
        QCOMPARE(referrals.create(&another).code, StoreErrorCode::NotPermitted);
        QCOMPARE(referrals.send(r.id).code, StoreErrorCode::NotPermitted);
        QCOMPARE(referrals.cancel(r.id, QStringLiteral("x")).code, StoreErrorCode::NotPermitted);
        domain::Referral seen;
        QCOMPARE(referrals.load(r.id, &seen).code, StoreErrorCode::NotPermitted);
        QVERIFY(referrals.history(r.id).isEmpty());
        QVERIFY(referrals.ofHousehold(sarasFile).isEmpty());
        QVERIFY(referrals.mine().isEmpty());
    }
    // The manager may act on any file.
    QVERIFY(center.session->signIn(QStringLiteral("manager"), test::kManagerPassword).ok());
    QVERIFY(ReferralService(*center.session).send(r.id).ok());
    // A referral the manager makes on Sara's file is followed up by Sara.
    domain::Referral managers = sample(sarasFile, 1);
    QVERIFY(ReferralService(*center.session).create(&managers).ok());
    QVERIFY(center.session->signIn(QStringLiteral("sara"), test::kWorkerPassword).ok());
    bool found = false;
    for (const auto &task : TaskService(*center.session).openTasks())
        found = found || task.originId == managers.id;
    QVERIFY(found);
    center.session->lock();
    QCOMPARE(ReferralService(*center.session).send(r.id).code, StoreErrorCode::NotUnlocked);
}

QTEST_GUILESS_MAIN(TestReferralService)
#include "tst_referralservice.moc"
