// Home-visit planning: schedule, reschedule with a reason, done with a note, due and overdue
// lists, a Jalali week, and the history on the household timeline.
#include "locale/jalali.h"
#include "services/visitservice.h"
#include "servicetestfixture.h"

using namespace pluslife;
using namespace pluslife::services;
using storage::StoreErrorCode;

class TestVisitService : public QObject {
    Q_OBJECT

private slots:
    void scheduleRescheduleAndRecord();
    void dueOverdueAndWeek();
    void othersFilesAreRefused();
};

void TestVisitService::scheduleRescheduleAndRecord()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    VisitService visits(*center.session);
    domain::Visit visit;
    visit.householdId = file;
    visit.plannedDate = center.clock.nowUtc().date().addDays(2);
    visit.plannedTime = QTime(10, 30);
    visit.purpose = QStringLiteral("بازدید اولیه");
    QVERIFY(visits.schedule(&visit).ok());
    QCOMPARE(visits.reschedule(visit.id, visit.plannedDate.addDays(1), {}, QString()).code,
             StoreErrorCode::InvalidInput);
    domain::Visit moved;
    QVERIFY(visits
                .reschedule(visit.id, visit.plannedDate.addDays(1), QTime(9, 0),
                            QStringLiteral("خانواده در سفر"), &moved)
                .ok());
    QCOMPARE(moved.rescheduledFrom, visit.id);
    QCOMPARE(visits.recordDone(moved.id, {}).code, StoreErrorCode::InvalidInput);
    QVERIFY(
        visits
            .recordDone(moved.id, {{QStringLiteral("observations"),
                                    QStringLiteral("منزل اجاره‌ای، نم‌زده")},
                                   {QStringLiteral("agrees_with_declared"), true}})
            .ok());
    const auto all = visits.ofHousehold(file);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).status + all.at(1).status, QStringLiteral("cancelleddone"));
    QStringList kinds;
    for (const auto &event : HouseholdService(*center.session).timeline(file))
        kinds << event.kind;
    QVERIFY(kinds.contains(QStringLiteral("visit.done")));
    QVERIFY(kinds.contains(QStringLiteral("visit.rescheduled")));
}

void TestVisitService::dueOverdueAndWeek()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 a = center.openHousehold(1);
    const qint64 b = center.openHousehold(2);
    VisitService visits(*center.session);
    domain::Visit first{};
    first.householdId = a;
    first.plannedDate = center.clock.nowUtc().date().addDays(1);
    QVERIFY(visits.schedule(&first).ok());
    domain::Visit second{};
    second.householdId = b;
    second.plannedDate = center.clock.nowUtc().date().addDays(3);
    QVERIFY(visits.schedule(&second).ok());
    center.clock.advanceSeconds(2 * 86400); // the first is now overdue
    const QDate today = center.clock.nowUtc().date();
    const auto due = visits.dueAndOverdue();
    QCOMPARE(due.size(), 2);
    QVERIFY(due.first().isOverdue(today));
    QVERIFY(!due.last().isOverdue(today));
    const QDate saturday = locale::startOfJalaliWeek(first.plannedDate);
    QCOMPARE(saturday.dayOfWeek(), 6);
    const auto week = visits.week(saturday);
    QVERIFY(!week.isEmpty());
    for (const auto &v : week)
        QVERIFY(v.plannedDate >= saturday && v.plannedDate <= saturday.addDays(6));
}

void TestVisitService::othersFilesAreRefused()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    center.addWorker(QStringLiteral("reza"), domain::WorkerRole::SocialWorker);
    QVERIFY(center.session->signIn(QStringLiteral("sara"), test::kWorkerPassword).ok());
    const qint64 sarasFile = center.openHousehold(1);
    QVERIFY(sarasFile != 0);
    QVERIFY(center.session->signIn(QStringLiteral("reza"), test::kWorkerPassword).ok());
    domain::Visit visit;
    visit.householdId = sarasFile;
    visit.plannedDate = center.clock.nowUtc().date().addDays(1);
    QCOMPARE(VisitService(*center.session).schedule(&visit).code, StoreErrorCode::NotPermitted);
}

QTEST_GUILESS_MAIN(TestVisitService)
#include "tst_visitservice.moc"
