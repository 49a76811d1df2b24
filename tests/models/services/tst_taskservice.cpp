// Follow-up tasks: created by hand with a due date, done with a mandatory note or cancelled with a
// reason (each once), today / overdue / open lists per worker with the manual clock, the
// household's tasks, timeline and audit (ids only), access per role.
#include "services/taskservice.h"
#include "servicetestfixture.h"
#include "storage/auditlog.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace pluslife;
using namespace pluslife::services;
using storage::StoreErrorCode;

namespace {

domain::FollowUpTask task(qint64 household, const QDate &due,
                          const QString &title = QStringLiteral("تماس با سرپرست خانوار"))
{
    domain::FollowUpTask t;
    t.householdId = household;
    t.title = title;
    t.details = QStringLiteral("پیگیری نتیجه ارجاع");
    t.dueDate = due;
    return t;
}

QList<qint64> ids(const QList<domain::FollowUpTask> &tasks)
{
    QList<qint64> out;
    for (const auto &t : tasks)
        out << t.id;
    return out;
}

} // namespace

class TestTaskService : public QObject {
    Q_OBJECT

private slots:
    void createValidates();
    void doneWithNoteAndCancelWithReason();
    void todayOverdueAndOpen();
    void timelineAndAudit();
    void accessPerRole();
};

void TestTaskService::createValidates()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    TaskService tasks(*center.session);
    const QDate today = center.clock.nowUtc().date();
    domain::FollowUpTask bad = task(file, today, QStringLiteral("  "));
    QCOMPARE(tasks.create(&bad).code, StoreErrorCode::InvalidInput);
    bad = task(file, {});
    QCOMPARE(tasks.create(&bad).code, StoreErrorCode::InvalidInput);
    bad = task(file, today.addDays(-1));
    QCOMPARE(tasks.create(&bad).code, StoreErrorCode::InvalidInput);
    bad = task(file, today, QString(TaskService::MaxTitleLength + 1, QChar(u'ب')));
    QCOMPARE(tasks.create(&bad).code, StoreErrorCode::InvalidInput);
    bad = task(file, today);
    bad.origin = QStringLiteral("whim");
    QCOMPARE(tasks.create(&bad).code, StoreErrorCode::InvalidInput);
    bad = task(file, today);
    bad.workerId = 424242;
    QCOMPARE(tasks.create(&bad).code, StoreErrorCode::InvalidInput);
    bad = task(424242, today);
    QVERIFY(!tasks.create(&bad).ok());
    QVERIFY(tasks.ofHousehold(file).isEmpty());

    domain::FollowUpTask t = task(file, today);
    QVERIFY(tasks.create(&t).ok());
    QVERIFY(t.id > 0);
    QVERIFY(!t.uuid.isEmpty());
    QCOMPARE(t.status, QStringLiteral("open"));
    QCOMPARE(t.origin, QStringLiteral("manual"));
    QCOMPARE(t.workerId, center.session->worker().id);
    QCOMPARE(t.createdBy, center.session->worker().id);
    QCOMPARE(t.createdUtc, center.clock.nowUtc());
    domain::FollowUpTask loaded;
    QVERIFY(tasks.load(t.id, &loaded).ok());
    QCOMPARE(loaded.title, t.title);
    QCOMPARE(loaded.details, t.details);
    QCOMPARE(loaded.dueDate, today);
    QVERIFY(!loaded.fileNumber.isEmpty());
    // A task made by a record (a screening of last week) may carry a past date.
    domain::FollowUpTask fromScreening = task(file, today.addDays(-2));
    fromScreening.origin = QStringLiteral("screening");
    fromScreening.originId = 7;
    QVERIFY(tasks.create(&fromScreening).ok());
    QCOMPARE(tasks.ofHousehold(file).size(), 2);
}

void TestTaskService::doneWithNoteAndCancelWithReason()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    TaskService tasks(*center.session);
    const QDate today = center.clock.nowUtc().date();
    domain::FollowUpTask a = task(file, today);
    domain::FollowUpTask b = task(file, today.addDays(2));
    QVERIFY(tasks.create(&a).ok());
    QVERIFY(tasks.create(&b).ok());
    QCOMPARE(tasks.complete(a.id, QString()).code, StoreErrorCode::InvalidInput);
    QCOMPARE(tasks.complete(a.id, QStringLiteral("   ")).code, StoreErrorCode::InvalidInput);
    center.clock.advanceSeconds(600);
    QVERIFY(tasks.complete(a.id, QStringLiteral("با خانواده تماس گرفته شد")).ok());
    domain::FollowUpTask done;
    QVERIFY(tasks.load(a.id, &done).ok());
    QCOMPARE(done.status, QStringLiteral("done"));
    QCOMPARE(done.doneNote, QStringLiteral("با خانواده تماس گرفته شد"));
    QCOMPARE(done.doneUtc, center.clock.nowUtc());
    QCOMPARE(tasks.complete(a.id, QStringLiteral("دوباره")).code, StoreErrorCode::InvalidInput);
    QCOMPARE(tasks.cancel(a.id, QStringLiteral("دوباره")).code, StoreErrorCode::InvalidInput);

    QCOMPARE(tasks.cancel(b.id, QString()).code, StoreErrorCode::InvalidInput);
    QVERIFY(tasks.cancel(b.id, QStringLiteral("دیگر لازم نیست")).ok());
    QVERIFY(tasks.load(b.id, &done).ok());
    QCOMPARE(done.status, QStringLiteral("cancelled"));
    QCOMPARE(tasks.complete(b.id, QStringLiteral("x")).code, StoreErrorCode::InvalidInput);
    QVERIFY(tasks.openTasks().isEmpty());
    QCOMPARE(tasks.complete(424242, QStringLiteral("x")).code, StoreErrorCode::InvalidInput);
}

void TestTaskService::todayOverdueAndOpen()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    const qint64 saraId =
        center.addWorker(QStringLiteral("reza"), domain::WorkerRole::SocialWorker) - 1;
    QVERIFY(center.session->signIn(QStringLiteral("sara"), test::kWorkerPassword).ok());
    QCOMPARE(center.session->worker().id, saraId);
    const qint64 file = center.openHousehold(1);
    TaskService tasks(*center.session);
    const QDate today = center.clock.nowUtc().date();
    domain::FollowUpTask t0 = task(file, today);
    domain::FollowUpTask t1 = task(file, today.addDays(1));
    domain::FollowUpTask t3 = task(file, today.addDays(3));
    QVERIFY(tasks.create(&t3).ok());
    QVERIFY(tasks.create(&t1).ok());
    QVERIFY(tasks.create(&t0).ok());
    QCOMPARE(ids(tasks.dueToday()), QList<qint64>{t0.id});
    QVERIFY(tasks.overdue().isEmpty());
    QCOMPARE(ids(tasks.openTasks()), (QList<qint64>{t0.id, t1.id, t3.id}));

    center.clock.advanceSeconds(2 * 86400); // two days later
    QCOMPARE(ids(tasks.overdue()), (QList<qint64>{t0.id, t1.id}));
    QVERIFY(tasks.dueToday().isEmpty());
    QVERIFY(tasks.overdue().first().isOverdue(center.clock.nowUtc().date()));
    center.clock.advanceSeconds(86400);
    QCOMPARE(ids(tasks.dueToday()), QList<qint64>{t3.id});
    QVERIFY(tasks.complete(t0.id, QStringLiteral("انجام شد")).ok());
    QCOMPARE(ids(tasks.overdue()), QList<qint64>{t1.id});

    // Sara may not read Reza's lists; Reza has none; the manager may read Sara's.
    const qint64 rezaId = saraId + 1;
    QVERIFY(tasks.openTasks(rezaId).isEmpty());
    QVERIFY(center.session->signIn(QStringLiteral("reza"), test::kWorkerPassword).ok());
    QVERIFY(TaskService(*center.session).openTasks().isEmpty());
    QVERIFY(TaskService(*center.session).openTasks(saraId).isEmpty());
    QVERIFY(center.session->signIn(QStringLiteral("manager"), test::kManagerPassword).ok());
    QCOMPARE(TaskService(*center.session).openTasks(saraId).size(), 2);
    QCOMPARE(TaskService(*center.session).overdue(saraId).size(), 1);
    QVERIFY(TaskService(*center.session).openTasks().isEmpty());
    // The manager may give Sara a task; Sara may not give one to Reza.
    domain::FollowUpTask given = task(file, center.clock.nowUtc().date());
    given.workerId = saraId;
    QVERIFY(TaskService(*center.session).create(&given).ok());
    QVERIFY(center.session->signIn(QStringLiteral("sara"), test::kWorkerPassword).ok());
    QCOMPARE(TaskService(*center.session).dueToday().size(), 2);
    domain::FollowUpTask forReza = task(file, center.clock.nowUtc().date());
    forReza.workerId = rezaId;
    QCOMPARE(TaskService(*center.session).create(&forReza).code, StoreErrorCode::NotPermitted);
}

void TestTaskService::timelineAndAudit()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    TaskService tasks(*center.session);
    domain::FollowUpTask t = task(file, center.clock.nowUtc().date());
    QVERIFY(tasks.create(&t).ok());
    QVERIFY(tasks.complete(t.id, QStringLiteral("یادداشت محرمانه")).ok());
    QStringList kinds;
    for (const auto &event : HouseholdService(*center.session).timeline(file)) {
        kinds << event.kind;
        QVERIFY(!QJsonDocument(QJsonObject::fromVariantMap(event.details))
                     .toJson()
                     .contains(QStringLiteral("محرمانه").toUtf8()));
    }
    QVERIFY(kinds.contains(QStringLiteral("task.created")));
    QVERIFY(kinds.contains(QStringLiteral("task.done")));
    QStringList actions;
    for (const auto &entry : center.session->audit().recent(20)) {
        if (entry.subjectType == QLatin1String("task")) {
            actions << entry.action;
            QCOMPARE(entry.subjectId, QString::number(t.id));
        }
        const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(entry.details)).toJson();
        QVERIFY(!json.contains(QStringLiteral("محرمانه").toUtf8()));
        QVERIFY(!json.contains(QStringLiteral("سرپرست").toUtf8()));
    }
    QVERIFY(actions.contains(QStringLiteral("task.created")));
    QVERIFY(actions.contains(QStringLiteral("task.done")));
    QVERIFY(center.session->audit().verify().ok);
}

void TestTaskService::accessPerRole()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    center.addWorker(QStringLiteral("reza"), domain::WorkerRole::SocialWorker);
    center.addWorker(QStringLiteral("pari"), domain::WorkerRole::Reception);
    QVERIFY(center.session->signIn(QStringLiteral("sara"), test::kWorkerPassword).ok());
    const qint64 sarasFile = center.openHousehold(1);
    domain::FollowUpTask t = task(sarasFile, center.clock.nowUtc().date());
    QVERIFY(TaskService(*center.session).create(&t).ok());
    for (const char *user : {"reza", "pari"}) {
        QVERIFY(center.session->signIn(QLatin1String(user), test::kWorkerPassword).ok());
        TaskService tasks(*center.session);
        domain::FollowUpTask another = task(sarasFile, center.clock.nowUtc().date());
        QCOMPARE(tasks.create(&another).code, StoreErrorCode::NotPermitted);
        QCOMPARE(tasks.complete(t.id, QStringLiteral("x")).code, StoreErrorCode::NotPermitted);
        QCOMPARE(tasks.cancel(t.id, QStringLiteral("x")).code, StoreErrorCode::NotPermitted);
        QVERIFY(tasks.ofHousehold(sarasFile).isEmpty());
    }
    center.session->lock();
    QCOMPARE(TaskService(*center.session).complete(t.id, QStringLiteral("x")).code,
             StoreErrorCode::NotUnlocked);
    QVERIFY(TaskService(*center.session).dueToday().isEmpty());
}

QTEST_GUILESS_MAIN(TestTaskService)
#include "tst_taskservice.moc"
