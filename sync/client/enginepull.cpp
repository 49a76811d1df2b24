// Pull: the center's change feed page by page, each page applied with its cursor in one
// transaction; and the reset after the server was restored from a backup.
#include "engineinternal.h"
#include "localrecords.h"
#include "protocol/messages.h"
#include "protocol/protocol.h"

#include "storage/writetransaction.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace pluslife::sync::detail {
namespace {

// Records this store had from the server before a reset and has not seen in the re-download
// yet (migration 0008; the statement stays for stores made while 0008 lacked it).
const char kCreateUnseen[] =
    "CREATE TABLE IF NOT EXISTS sync_reset_unseen (entity TEXT NOT NULL, uuid TEXT NOT NULL, "
    "PRIMARY KEY (entity, uuid))";

bool exec(CycleRun &run, QSqlQuery &q)
{
    return q.exec() || run.fail(QString::fromLatin1(engineError::store), q.lastError().text());
}

// After the re-download: what the restored server did not send back is lost there. Those records
// go back into the outbox as new ones (no server copy: every field is sent, base version 0), so
// nothing this center had is lost by the restore.
bool finishReset(CycleRun &run)
{
    struct Ref {
        QString entity, uuid;
    };
    QList<Ref> unseen;
    QSqlQuery q(run.db);
    q.prepare(QStringLiteral("SELECT entity, uuid FROM sync_reset_unseen"));
    if (!exec(run, q))
        return false;
    while (q.next())
        unseen.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    LocalRecords records(run.db);
    const QString now = run.clock.nowUtc().toString(Qt::ISODateWithMs);
    for (const Ref &ref : std::as_const(unseen)) {
        q.prepare(QStringLiteral("DELETE FROM sync_records WHERE entity = ? AND uuid = ?"));
        q.addBindValue(ref.entity);
        q.addBindValue(ref.uuid);
        if (!exec(run, q))
            return false;
        if (!records.exists(ref.entity, ref.uuid))
            continue;
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_dirty (entity, uuid, deleted, "
                                 "changed_utc) VALUES (?, ?, 0, ?)"));
        q.addBindValue(ref.entity);
        q.addBindValue(ref.uuid);
        q.addBindValue(now);
        if (!exec(run, q))
            return false;
    }
    q.prepare(QStringLiteral("DELETE FROM sync_reset_unseen"));
    if (!exec(run, q))
        return false;
    run.resetPending = false;
    run.resetFinished = true;
    return true;
}

// One page: the changes, the parked records they complete, the reset bookkeeping and the cursor,
// all in one transaction.
bool applyPage(CycleRun &run, const QJsonArray &changes, qint64 seq, const QString &tag, bool more)
{
    storage::WriteTransaction tx(run.db);
    if (!tx.isActive())
        return run.fail(QString::fromLatin1(engineError::store), tx.error().text());
    SyncLink next = run.link;
    next.cursorSeq = seq;
    next.cursorTag = tag;
    if (!more)
        next.firstDownloadDone = true;
    {
        ApplyGuard guard(run.db);
        ChangeApplier applier(run);
        QSqlQuery seen(run.db);
        for (const QJsonValue &value : changes) {
            const QJsonObject change = value.toObject();
            if (!applier.apply(change))
                return false;
            if (run.resetPending) {
                seen.prepare(
                    QStringLiteral("DELETE FROM sync_reset_unseen WHERE entity = ? AND uuid = ?"));
                seen.addBindValue(change.value(QStringLiteral("entity")).toString());
                seen.addBindValue(change.value(QStringLiteral("uuid")).toString());
                if (!exec(run, seen))
                    return false;
            }
        }
        if (!applier.finish())
            return false;
        if (!more && run.resetPending && !finishReset(run))
            return false;
        run.report.pulled += applier.applied();
    }
    if (!SyncStateStore(run.db).save(next))
        return run.fail(QString::fromLatin1(engineError::store), QStringLiteral("save cursor"));
    if (!tx.commit())
        return run.fail(QString::fromLatin1(engineError::store), tx.error().text());
    run.link = next;
    return true;
}

} // namespace

bool resetInProgress(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                                 "'sync_reset_unseen'")) &&
           q.next() && q.exec(QStringLiteral("SELECT 1 FROM sync_reset_unseen LIMIT 1")) &&
           q.next();
}

bool beginReset(CycleRun &run, qint64 epoch)
{
    storage::WriteTransaction tx(run.db);
    if (!tx.isActive())
        return run.fail(QString::fromLatin1(engineError::store), tx.error().text());
    // Outbox and dirty records stay as they are: they are exactly what the restored server has
    // not seen. Only the cursor goes back, and we note what to check after the re-download.
    QSqlQuery q(run.db);
    q.prepare(QString::fromLatin1(kCreateUnseen));
    if (!exec(run, q))
        return false;
    q.prepare(QStringLiteral("DELETE FROM sync_reset_unseen"));
    if (!exec(run, q))
        return false;
    // Conflicts are the server's own records: one the restore lost is not ours to re-create.
    q.prepare(QStringLiteral("INSERT INTO sync_reset_unseen (entity, uuid) SELECT entity, uuid "
                             "FROM sync_records WHERE entity <> 'sync_conflict'"));
    if (!exec(run, q))
        return false;
    SyncLink next = run.link;
    next.epoch = epoch;
    next.cursorSeq = 0;
    next.cursorTag.clear();
    next.firstDownloadDone = false;
    if (!SyncStateStore(run.db).save(next) || !tx.commit())
        return run.fail(QString::fromLatin1(engineError::store), QStringLiteral("reset"));
    run.link = next;
    run.report.reset = true;
    run.resetPending = true;
    return true;
}

bool pullFeed(CycleRun &run)
{
    // A first download rewrites most of the store: with SQLCipher every page that falls out of
    // the cache is decrypted and verified again, so the cache grows while pulling (64 MiB) and
    // shrinks back to the store's usual 8 MiB afterwards.
    QSqlQuery(run.db).exec(QStringLiteral("PRAGMA cache_size = -65536"));
    const auto restoreCache = qScopeGuard(
        [&run] { QSqlQuery(run.db).exec(QStringLiteral("PRAGMA cache_size = -8192")); });
    bool resetDone = false;
    const int limit = qBound(1, run.pullPage, protocol::kMaxPullLimit);
    while (!run.stopRequested()) {
        const TransportReply reply = run.transport.postJson(
            QStringLiteral("/v1/pull"),
            {{QStringLiteral("cursor"), QJsonObject{{QStringLiteral("seq"), run.link.cursorSeq},
                                                    {QStringLiteral("tag"), run.link.cursorTag}}},
             {QStringLiteral("limit"), limit}});
        if (reply.errorCode == QLatin1String(protocol::error::resetRequired) && !resetDone) {
            resetDone = true;
            if (!beginReset(run, run.link.epoch))
                return false;
            continue;
        }
        if (!reply.ok())
            return run.failReply(reply, QStringLiteral("pull"));
        const QJsonObject cursor = reply.json.value(QStringLiteral("cursor")).toObject();
        const bool more = reply.json.value(QStringLiteral("more")).toBool();
        const QJsonArray changes = reply.json.value(QStringLiteral("changes")).toArray();
        const qint64 seq = cursor.value(QStringLiteral("seq")).toInteger(run.link.cursorSeq);
        // A page that moves nothing but says "more" would loop for ever.
        if (more && changes.isEmpty() && seq <= run.link.cursorSeq)
            return run.fail(QString::fromLatin1(transportError::badAnswer),
                            QStringLiteral("pull page without progress"));
        if (!applyPage(run, changes, seq, cursor.value(QStringLiteral("tag")).toString(), more))
            return false;
        run.tell("pull", run.link.cursorSeq,
                 reply.json.value(QStringLiteral("high_seq")).toInteger(run.link.cursorSeq));
        if (!more)
            return true;
    }
    return false;
}

} // namespace pluslife::sync::detail
