// The outbox on a real store: sealing dirty records into operations (whole record when new,
// the diff against the server's base otherwise, removals), waiting behind a pending operation,
// and recording every kind of answer.
#include "syncfixture.h"

#include "client/outbox.h"
#include "client/syncstate.h"
#include "protocol/protocol.h"

using namespace pluslife;
using namespace pluslife::sync;
using pluslife::test::scalar;

namespace {

const QString kPerson = QStringLiteral("00000000-0000-4000-8000-000000000011");

OpResult answer(const OutboxOp &op, const char *status, qint64 version,
                const QJsonObject &record = {})
{
    OpResult result;
    result.opId = op.opId;
    result.status = QString::fromLatin1(status);
    result.version = version;
    result.record = record;
    return result;
}

} // namespace

class TestOutbox : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newRecordSendsEveryField();
    void knownRecordSendsTheDiff();
    void unchangedRecordIsDropped();
    void removals();
    void refusedRemovalBringsTheRecordBack();
    void recordWaitsBehindItsPendingOp();
    void ordersReferredRecordsFirst();
    void appliedAnswerMovesTheBase();
    void mergedAnswerMergesIntoTheRow();
    void heldAnswerKeepsTheConflict();
    void duplicateAnswerWithoutRecord();
    void rejectedIsQuarantinedAndDoesNotBlock();
    void retryAndDiscard();
    void wireForms();
    void syncStateRoundTrip();

private:
    QSqlDatabase db() { return m_center->session->database(); }
    OutboxOp opFor(const QString &uuid);
    // The record as the server holds it after the last answer.
    void markSynced(const QString &entity, const QString &uuid, qint64 version);

    std::unique_ptr<test::CenterFixture> m_center;
};

void TestOutbox::init()
{
    m_center = std::make_unique<test::CenterFixture>();
    QVERIFY(m_center->create());
    QVERIFY(test::seedEveryEntity(db()));
}

void TestOutbox::cleanup()
{
    m_center.reset();
}

OutboxOp TestOutbox::opFor(const QString &uuid)
{
    for (const OutboxOp &op : Outbox(db()).all()) {
        if (op.uuid == uuid)
            return op;
    }
    return {};
}

void TestOutbox::markSynced(const QString &entity, const QString &uuid, qint64 version)
{
    const QJsonObject record = LocalRecords(db()).read(entity, uuid);
    QVERIFY(test::run(db(),
                      QStringLiteral("INSERT OR REPLACE INTO sync_records (entity, uuid, "
                                     "version, base) VALUES (?, ?, ?, ?)"),
                      {entity, uuid, version,
                       QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))}));
    QVERIFY(test::run(db(), QStringLiteral("DELETE FROM sync_dirty WHERE uuid = ?"), {uuid}));
}

void TestOutbox::newRecordSendsEveryField()
{
    Outbox outbox(db(), m_center->clock);
    const int dirty = test::dirtyCount(db());
    QCOMPARE(outbox.pendingCount(), dirty);
    QCOMPARE(outbox.seal(), dirty);
    QCOMPARE(test::dirtyCount(db()), 0);
    QCOMPARE(outbox.pendingCount(), dirty);
    const OutboxOp op = opFor(kPerson);
    QVERIFY(protocol::isUuid(op.opId));
    QCOMPARE(op.action, QStringLiteral("upsert"));
    QCOMPARE(op.baseVersion, qint64(0));
    QCOMPARE(op.fields, LocalRecords(db()).read(QStringLiteral("person"), kPerson));
    QCOMPARE(op.state, QStringLiteral("pending"));
    QCOMPARE(op.createdUtc, m_center->clock.nowUtc());
    QCOMPARE(outbox.pending(5).size(), 5);
}

void TestOutbox::knownRecordSendsTheDiff()
{
    markSynced(QStringLiteral("person"), kPerson, 4);
    QVERIFY(test::run(db(),
                      QStringLiteral("UPDATE people SET mobile = '09129999999' WHERE uuid = ?"),
                      {kPerson}));
    Outbox outbox(db());
    QVERIFY(outbox.seal() > 0);
    const OutboxOp op = opFor(kPerson);
    QCOMPARE(op.baseVersion, qint64(4));
    QCOMPARE(op.fields, (QJsonObject{{QStringLiteral("mobile"), QStringLiteral("09129999999")}}));
}

void TestOutbox::unchangedRecordIsDropped()
{
    markSynced(QStringLiteral("person"), kPerson, 4);
    // Changed and changed back, or only a column the store computes for itself.
    QVERIFY(test::run(db(), QStringLiteral("UPDATE people SET name_key = 'other' WHERE uuid = ?"),
                      {kPerson}));
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM sync_dirty WHERE uuid = ?"), {kPerson})
            .toInt(),
        1);
    QVERIFY(Outbox(db()).seal() >= 0);
    QCOMPARE(opFor(kPerson).opId, QString());
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM sync_dirty WHERE uuid = ?"), {kPerson})
            .toInt(),
        0);
}

void TestOutbox::removals()
{
    const QString known = QStringLiteral("00000000-0000-4000-8000-000000000042");
    const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000041");
    markSynced(QStringLiteral("visit"), known, 2);
    QVERIFY(test::run(db(), QStringLiteral("DELETE FROM visits WHERE uuid = ?"), {known}));
    QVERIFY(test::run(db(), QStringLiteral("DELETE FROM visits WHERE uuid = ?"), {unknown}));
    QVERIFY(Outbox(db()).seal() > 0);
    const OutboxOp op = opFor(known);
    QCOMPARE(op.action, QStringLiteral("delete"));
    QCOMPARE(op.baseVersion, qint64(2));
    QVERIFY(op.fields.isEmpty());
    // Created and removed before the server ever saw it: nothing to send.
    QCOMPARE(opFor(unknown).opId, QString());
    // An answered removal forgets the server copy.
    QVERIFY(Outbox(db()).recordResult(op, answer(op, protocol::status::applied, 3)));
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM sync_records WHERE uuid = ?"), {known})
            .toInt(),
        0);
}

// A removal with an older base loses to the other device's edit (tombstone lost): the server's
// record comes back here, without being captured as a local change.
void TestOutbox::refusedRemovalBringsTheRecordBack()
{
    const QString visit = QStringLiteral("00000000-0000-4000-8000-000000000042");
    markSynced(QStringLiteral("visit"), visit, 2);
    QJsonObject server = LocalRecords(db()).read(QStringLiteral("visit"), visit);
    server.insert(QStringLiteral("purpose"), QStringLiteral("edited elsewhere"));
    QVERIFY(test::run(db(), QStringLiteral("DELETE FROM visits WHERE uuid = ?"), {visit}));
    Outbox outbox(db());
    QVERIFY(outbox.seal() > 0);
    const OutboxOp op = opFor(visit);
    QCOMPARE(op.action, QStringLiteral("delete"));
    OpResult result = answer(op, protocol::status::merged, 3, server);
    result.conflicts.append({{QStringLiteral("uuid"), protocol::newUuid()},
                             {QStringLiteral("field"), QString()},
                             {QStringLiteral("kind"), QStringLiteral("tombstone-lost")},
                             {QStringLiteral("mine"), QJsonValue::Null},
                             {QStringLiteral("theirs"), QJsonValue::Null}});
    QVERIFY(outbox.recordResult(op, result));
    QCOMPARE(LocalRecords(db()).read(QStringLiteral("visit"), visit), server);
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT version FROM sync_records WHERE uuid = ?"), {visit})
            .toInt(),
        3);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sync_dirty WHERE uuid = ?"), {visit})
                 .toInt(),
             0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE kind = "
                                         "'tombstone-lost'"))
                 .toInt(),
             1);
}

void TestOutbox::recordWaitsBehindItsPendingOp()
{
    Outbox outbox(db());
    QVERIFY(outbox.seal() > 0);
    QVERIFY(test::run(db(), QStringLiteral("UPDATE people SET mobile = '0913' WHERE uuid = ?"),
                      {kPerson}));
    QCOMPARE(outbox.seal(), 0);
    QCOMPARE(test::dirtyCount(db()), 1);
    const OutboxOp first = opFor(kPerson);
    QVERIFY(outbox.recordResult(first, answer(first, protocol::status::applied, 1)));
    QCOMPARE(outbox.seal(), 1);
    const OutboxOp second = opFor(kPerson);
    QCOMPARE(second.baseVersion, qint64(1));
    QCOMPARE(second.fields, (QJsonObject{{QStringLiteral("mobile"), QStringLiteral("0913")}}));
}

void TestOutbox::ordersReferredRecordsFirst()
{
    QVERIFY(Outbox(db()).seal() > 0);
    QStringList order;
    const auto &rules = protocol::entityRules();
    int last = -1;
    for (const OutboxOp &op : Outbox(db()).pending(1000)) {
        int index = 0;
        while (rules.at(index).name != op.entity)
            ++index;
        QVERIFY2(index >= last, qPrintable(op.entity));
        last = index;
    }
}

void TestOutbox::appliedAnswerMovesTheBase()
{
    Outbox outbox(db());
    QVERIFY(outbox.seal() > 0);
    const OutboxOp op = opFor(kPerson);
    QJsonObject record = op.fields;
    QVERIFY(outbox.recordResult(op, answer(op, protocol::status::applied, 1, record)));
    QCOMPARE(opFor(kPerson).opId, QString());
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT version FROM sync_records WHERE uuid = ?"), {kPerson})
            .toInt(),
        1);
    QCOMPARE(
        QJsonDocument::fromJson(
            scalar(db(), QStringLiteral("SELECT base FROM sync_records WHERE uuid = ?"), {kPerson})
                .toString()
                .toUtf8())
            .object(),
        record);
    QCOMPARE(test::dirtyCount(db()), 0);
    // Answered twice (a resent batch): nothing more happens.
    QVERIFY(outbox.recordResult(op, answer(op, protocol::status::applied, 1, record)));
}

void TestOutbox::mergedAnswerMergesIntoTheRow()
{
    Outbox outbox(db());
    QVERIFY(outbox.seal() > 0);
    const OutboxOp op = opFor(kPerson);
    // Edited here after sealing: stays. Changed by another device (education): comes in.
    QVERIFY(test::run(db(),
                      QStringLiteral("UPDATE people SET occupation = 'teacher' WHERE uuid = ?"),
                      {kPerson}));
    QJsonObject server = op.fields;
    server.insert(QStringLiteral("education"), QStringLiteral("diploma"));
    server.insert(QStringLiteral("occupation"), QStringLiteral("farmer"));
    OpResult result = answer(op, protocol::status::merged, 3, server);
    result.conflicts.append(
        {{QStringLiteral("uuid"), QStringLiteral("00000000-0000-4000-8000-0000000000e1")},
         {QStringLiteral("field"), QStringLiteral("education")},
         {QStringLiteral("kind"), QStringLiteral("merged")},
         {QStringLiteral("mine"), QStringLiteral("")},
         {QStringLiteral("theirs"), QStringLiteral("diploma")}});
    QVERIFY(outbox.recordResult(op, result));
    const QJsonObject local = LocalRecords(db()).read(QStringLiteral("person"), kPerson);
    QCOMPARE(local.value(QStringLiteral("education")).toString(), QStringLiteral("diploma"));
    QCOMPARE(local.value(QStringLiteral("occupation")).toString(), QStringLiteral("teacher"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT kind FROM sync_conflicts WHERE uuid = ?"),
                    {QStringLiteral("00000000-0000-4000-8000-0000000000e1")})
                 .toString(),
             QStringLiteral("merged"));
    // The merge is not a local change; the later local edit is, against the new base.
    QCOMPARE(outbox.seal(), 1);
    const OutboxOp next = opFor(kPerson);
    QCOMPARE(next.baseVersion, qint64(3));
    QCOMPARE(next.fields, (QJsonObject{{QStringLiteral("occupation"), QStringLiteral("teacher")}}));
}

void TestOutbox::heldAnswerKeepsTheConflict()
{
    Outbox outbox(db());
    QVERIFY(outbox.seal() > 0);
    const OutboxOp op = opFor(kPerson);
    QJsonObject server = op.fields;
    server.insert(QStringLiteral("last_name"), QStringLiteral("احمدی‌نژاد"));
    OpResult result = answer(op, protocol::status::held, 5, server);
    result.conflicts.append(
        {{QStringLiteral("uuid"), QStringLiteral("00000000-0000-4000-8000-0000000000e2")},
         {QStringLiteral("field"), QStringLiteral("last_name")},
         {QStringLiteral("kind"), QStringLiteral("held")},
         {QStringLiteral("mine"), op.fields.value(QStringLiteral("last_name"))},
         {QStringLiteral("theirs"), QStringLiteral("احمدی‌نژاد")}});
    QVERIFY(outbox.recordResult(op, result));
    // The server's value stands until someone resolves; ours is kept in the conflict.
    QCOMPARE(LocalRecords(db())
                 .read(QStringLiteral("person"), kPerson)
                 .value(QStringLiteral("last_name")),
             QJsonValue(QStringLiteral("احمدی‌نژاد")));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT mine FROM sync_conflicts WHERE uuid = ?"),
                    {QStringLiteral("00000000-0000-4000-8000-0000000000e2")})
                 .toString(),
             QStringLiteral("\"احمدی\""));
    QCOMPARE(test::dirtyCount(db()), 0);
}

void TestOutbox::duplicateAnswerWithoutRecord()
{
    const QString note = QStringLiteral("00000000-0000-4000-8000-000000000061");
    Outbox outbox(db());
    QVERIFY(outbox.seal() > 0);
    const OutboxOp op = opFor(note);
    QVERIFY(outbox.recordResult(op, answer(op, protocol::status::duplicate, 1)));
    QCOMPARE(
        QJsonDocument::fromJson(
            scalar(db(), QStringLiteral("SELECT base FROM sync_records WHERE uuid = ?"), {note})
                .toString()
                .toUtf8())
            .object(),
        op.fields);
}

void TestOutbox::rejectedIsQuarantinedAndDoesNotBlock()
{
    Outbox outbox(db());
    const int sealed = outbox.seal();
    QVERIFY(sealed > 1);
    const OutboxOp op = opFor(kPerson);
    OpResult result = answer(op, protocol::status::rejected, 0);
    result.errorCode = QString::fromLatin1(protocol::error::invalidField);
    result.errorMessage = QStringLiteral("sex: not a known value");
    QVERIFY(outbox.recordResult(op, result));
    const OutboxOp quarantined = opFor(kPerson);
    QCOMPARE(quarantined.state, QStringLiteral("quarantined"));
    QCOMPARE(quarantined.errorCode, QStringLiteral("invalid-field"));
    QCOMPARE(quarantined.errorMessage, QStringLiteral("sex: not a known value"));
    QCOMPARE(outbox.quarantinedCount(), 1);
    QCOMPARE(outbox.pendingCount(), sealed - 1);
    const auto pending = outbox.pending(1000);
    QCOMPARE(pending.size(), sealed - 1);
    for (const OutboxOp &other : pending)
        QVERIFY(other.opId != op.opId);
    QVERIFY(outbox.recordAttempt(pending.first().opId, QStringLiteral("unavailable")));
    QCOMPARE(outbox.pending(1).first().attempts, 1);
    QCOMPARE(outbox.pending(1).first().errorCode, QStringLiteral("unavailable"));
}

void TestOutbox::retryAndDiscard()
{
    Outbox outbox(db());
    QVERIFY(outbox.seal() > 0);
    OutboxOp op = opFor(kPerson);
    QVERIFY2(outbox.recordResult(op, answer(op, protocol::status::rejected, 0)),
             qPrintable(outbox.lastError()));
    QVERIFY(outbox.retry(op.opId));
    const OutboxOp retried = opFor(kPerson);
    QCOMPARE(retried.state, QStringLiteral("pending"));
    QVERIFY(retried.opId != op.opId);     // the server would answer the old id with its rejection
    QVERIFY(!outbox.retry(retried.opId)); // only quarantined ones

    QVERIFY(outbox.recordResult(retried, answer(retried, protocol::status::rejected, 0)));
    QVERIFY(test::run(db(), QStringLiteral("UPDATE people SET mobile = '0914' WHERE uuid = ?"),
                      {kPerson}));
    QVERIFY(outbox.discard(retried.opId));
    QCOMPARE(opFor(kPerson).opId, QString());
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM sync_refetch WHERE entity = "
                                   "'person' AND uuid = ?"),
                    {kPerson})
                 .toInt(),
             1);
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM sync_dirty WHERE uuid = ?"), {kPerson})
            .toInt(),
        0);
}

void TestOutbox::wireForms()
{
    QVERIFY(Outbox(db()).seal() > 0);
    const OutboxOp op = opFor(kPerson);
    const QJsonObject wire = op.toWire();
    QCOMPARE(wire.value(QStringLiteral("op_id")).toString(), op.opId);
    QCOMPARE(wire.value(QStringLiteral("entity")).toString(), QStringLiteral("person"));
    QCOMPARE(wire.value(QStringLiteral("base_version")).toInteger(), qint64(0));
    QCOMPARE(wire.value(QStringLiteral("fields")).toObject(), op.fields);
    const OpResult result = OpResult::fromWire(
        QJsonDocument::fromJson(
            R"({"op_id":"x","status":"rejected","version":0,"record":null,"conflicts":[],
            "error":{"code":"immutable","message":"m"},"repeat":true})")
            .object());
    QCOMPARE(result.status, QStringLiteral("rejected"));
    QCOMPARE(result.errorCode, QStringLiteral("immutable"));
    QVERIFY(result.record.isEmpty());
}

// The link state beside the outbox (SyncStateStore), kept in the same store.
void TestOutbox::syncStateRoundTrip()
{
    SyncStateStore state(db());
    QVERIFY(!state.load().isEnrolled());
    SyncLink link;
    link.serverUrl = QStringLiteral("https://central.example:8443");
    link.pinnedSha256 = QString(64, QLatin1Char('c'));
    link.deviceId = protocol::newUuid();
    link.serverId = protocol::newUuid();
    link.centerUuid = protocol::newUuid();
    link.epoch = 2;
    link.firstDownloadDone = true;
    link.lastSuccessUtc = m_center->clock.nowUtc();
    QVERIFY(state.save(link));
    QVERIFY(state.saveCursor(120, QStringLiteral("person/x/3")));
    const SyncLink back = state.load();
    QVERIFY(back.isEnrolled());
    QCOMPARE(back.serverUrl, link.serverUrl);
    QCOMPARE(back.caFile, QString());
    QCOMPARE(back.pinnedSha256, link.pinnedSha256);
    QCOMPARE(back.deviceId, link.deviceId);
    QCOMPARE(back.serverId, link.serverId);
    QCOMPARE(back.centerUuid, link.centerUuid);
    QCOMPARE(back.epoch, qint64(2));
    QCOMPARE(back.cursorSeq, qint64(120));
    QCOMPARE(back.cursorTag, QStringLiteral("person/x/3"));
    QVERIFY(back.firstDownloadDone);
    QVERIFY(!back.revoked);
    QCOMPARE(back.lastSuccessUtc, link.lastSuccessUtc);
    // Inside a caller's transaction the cursor goes with it.
    {
        storage::WriteTransaction tx(db());
        QVERIFY(state.saveCursor(200, QStringLiteral("t")));
    }
    QCOMPARE(state.load().cursorSeq, qint64(120));
    QVERIFY(SyncStateStore::tokenKey(QStringLiteral("v1")) !=
            SyncStateStore::tokenKey(QStringLiteral("v2")));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
