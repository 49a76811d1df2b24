// The conflict inbox on a real store: conflicts pulled from the feed, listed with their
// household's file number; resolving writes the value, queues the resolve operation and an audit
// entry in one transaction; merged conflicts are only acknowledged.
#include "syncfixture.h"

#include "client/conflictstore.h"
#include "client/outbox.h"

#include "storage/auditlog.h"

using namespace pluslife;
using namespace pluslife::sync;
using pluslife::test::scalar;

namespace {

const QString kPerson = QStringLiteral("00000000-0000-4000-8000-000000000011");
const QString kHeld = QStringLiteral("00000000-0000-4000-8000-0000000000f1");
const QString kMerged = QStringLiteral("00000000-0000-4000-8000-0000000000f2");
const QString kPlanItem = QStringLiteral("00000000-0000-4000-8000-0000000000f3");

QJsonObject conflict(const QString &entity, const QString &record, const QString &field,
                     const QString &kind, const QJsonValue &mine, const QJsonValue &theirs)
{
    return {{QStringLiteral("entity"), entity},
            {QStringLiteral("record_uuid"), record},
            {QStringLiteral("field"), field},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("mine"), mine},
            {QStringLiteral("theirs"), theirs},
            {QStringLiteral("status"), QStringLiteral("open")},
            {QStringLiteral("resolution"), QString()},
            {QStringLiteral("resolved_by_device"), QString()}};
}

} // namespace

class TestConflictStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsOpenConflicts();
    void resolveWritesQueuesAndAudits();
    void resolveTwiceIsRefused();
    void acknowledgeMerged();

private:
    QSqlDatabase db() { return m_center->session->database(); }
    std::unique_ptr<test::CenterFixture> m_center;
};

void TestConflictStore::init()
{
    m_center = std::make_unique<test::CenterFixture>();
    QVERIFY(m_center->create());
    QVERIFY(test::seedEveryEntity(db()));
    QVERIFY(test::run(db(), QStringLiteral("DELETE FROM sync_conflicts")));
    QVERIFY(test::run(db(), QStringLiteral("DELETE FROM sync_dirty")));
    const QString item =
        scalar(db(), QStringLiteral("SELECT uuid FROM support_plan_items")).toString();
    // As the feed brings them: applied records of entity sync_conflict, with their versions.
    QVERIFY(test::applyAll(
        db(),
        {{QStringLiteral("sync_conflict/") + kHeld,
          conflict(QStringLiteral("person"), kPerson, QStringLiteral("last_name"),
                   QStringLiteral("held"), QStringLiteral("احمدی"), QStringLiteral("احمدیان"))},
         {QStringLiteral("sync_conflict/") + kMerged,
          conflict(QStringLiteral("household"),
                   QStringLiteral("00000000-0000-4000-8000-000000000021"), QStringLiteral("city"),
                   QStringLiteral("merged"), QStringLiteral("ری"), QStringLiteral("ری"))},
         {QStringLiteral("sync_conflict/") + kPlanItem,
          conflict(QStringLiteral("support_plan_item"), item, QStringLiteral("note"),
                   QStringLiteral("both-kept"), QStringLiteral("a"), QStringLiteral("b"))}}));
    QVERIFY(test::run(db(),
                      QStringLiteral("INSERT INTO sync_records (entity, uuid, version) VALUES "
                                     "('sync_conflict', ?, 3)"),
                      {kHeld}));
}

void TestConflictStore::cleanup()
{
    m_center.reset();
}

void TestConflictStore::listsOpenConflicts()
{
    ConflictStore store(db(), m_center->clock);
    QCOMPARE(store.openCount(), 2); // merged ones are informational
    const QList<SyncConflict> open = store.open();
    QCOMPARE(open.size(), 3);
    SyncConflict held;
    QVERIFY(store.load(kHeld, &held));
    QCOMPARE(held.entity, QStringLiteral("person"));
    QCOMPARE(held.recordUuid, kPerson);
    QCOMPARE(held.kind, QStringLiteral("held"));
    QCOMPARE(held.mine, QJsonValue(QStringLiteral("احمدی")));
    QCOMPARE(held.theirs, QJsonValue(QStringLiteral("احمدیان")));
    QCOMPARE(held.version, qint64(3));
    QCOMPARE(held.status, QStringLiteral("open"));
    QCOMPARE(held.householdFileNumber, QStringLiteral("SEED-1")); // the person's household
    SyncConflict merged;
    QVERIFY(store.load(kMerged, &merged));
    QCOMPARE(merged.householdFileNumber, QStringLiteral("SEED-1"));
    SyncConflict item;
    QVERIFY(store.load(kPlanItem, &item));
    QCOMPARE(item.householdFileNumber, QStringLiteral("SEED-1")); // through its plan
    QVERIFY(!store.load(protocol::newUuid(), &item));
}

void TestConflictStore::resolveWritesQueuesAndAudits()
{
    ConflictStore store(db(), m_center->clock);
    const qint64 manager = m_center->session->worker().id;
    QVERIFY2(store.resolve(kHeld, QStringLiteral("احمدیان"), manager),
             qPrintable(store.lastError()));
    QCOMPARE(LocalRecords(db())
                 .read(QStringLiteral("person"), kPerson)
                 .value(QStringLiteral("last_name")),
             QJsonValue(QStringLiteral("احمدیان")));
    // Not a local edit: the resolve operation carries the value.
    QCOMPARE(test::dirtyCount(db()), 0);
    const QList<OutboxOp> ops = Outbox(db()).pending(10);
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops.first().entity, QStringLiteral("sync_conflict"));
    QCOMPARE(ops.first().uuid, kHeld);
    QCOMPARE(ops.first().action, QStringLiteral("resolve"));
    QCOMPARE(ops.first().baseVersion, qint64(3));
    QCOMPARE(ops.first().fields,
             (QJsonObject{{QStringLiteral("value"), QStringLiteral("احمدیان")}}));
    SyncConflict held;
    QVERIFY(store.load(kHeld, &held));
    QCOMPARE(held.status, QStringLiteral("resolved"));
    QCOMPARE(held.resolution, QStringLiteral("\"احمدیان\""));
    QCOMPARE(store.openCount(), 1);
    const auto entries = m_center->session->audit().recent(1);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, QStringLiteral("sync.conflict_resolve"));
    QCOMPARE(entries.first().subjectId, kHeld);
    QCOMPARE(entries.first().actorId, manager);
    // Ids only: no value of the record in the entry.
    const QString details = QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(entries.first().details)).toJson());
    QVERIFY(!details.contains(QStringLiteral("احمد")));
    QVERIFY(m_center->session->audit().verify().ok);

    // The answer to the resolve op closes it like any other.
    Outbox outbox(db());
    OpResult result;
    result.opId = ops.first().opId;
    result.status = QStringLiteral("applied");
    result.version = 4;
    QVERIFY(outbox.recordResult(ops.first(), result));
    QCOMPARE(outbox.pendingCount(), 0);
}

void TestConflictStore::resolveTwiceIsRefused()
{
    ConflictStore store(db(), m_center->clock);
    QVERIFY(store.resolve(kPlanItem, QStringLiteral("a"), 1));
    QVERIFY(!store.resolve(kPlanItem, QStringLiteral("b"), 1));
    QCOMPARE(Outbox(db()).pending(10).size(), 1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT note FROM support_plan_items")).toString(),
             QStringLiteral("a"));
}

void TestConflictStore::acknowledgeMerged()
{
    ConflictStore store(db(), m_center->clock);
    QVERIFY(!store.acknowledge(kHeld, 1)); // only merged ones
    QVERIFY(store.acknowledge(kMerged, 1));
    QCOMPARE(store.open().size(), 2);
    QCOMPARE(m_center->session->audit().recent(1).first().action,
             QStringLiteral("sync.conflict_acknowledge"));
    QCOMPARE(Outbox(db()).pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestConflictStore)
#include "tst_conflictstore.moc"
