// Push: the outbox in batches, each answer recorded op by op; and refetch of records whose local
// change a worker threw away.
#include "engineinternal.h"
#include "localrecords.h"
#include "outbox.h"
#include "protocol/messages.h"
#include "protocol/protocol.h"

#include "storage/writetransaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace pluslife::sync::detail {
namespace {

bool isCountedConflict(const QJsonObject &conflict)
{
    // "merged" conflicts only tell; the others wait for a worker.
    return conflict.value(QStringLiteral("kind")).toString() !=
           QLatin1String(protocol::conflict::merged);
}

} // namespace

bool pushOutbox(CycleRun &run)
{
    Outbox outbox(run.db, run.clock);
    if (outbox.seal() < 0)
        return run.fail(QString::fromLatin1(engineError::store),
                        QStringLiteral("seal: ") + outbox.lastError());
    const qint64 total = outbox.pendingCount();
    qint64 done = 0;
    int batchSize = qBound(1, run.pushBatch, protocol::kMaxOpsPerPush);
    QSet<QString> sent;
    run.tell("push", 0, total);
    while (!run.stopRequested()) {
        const QList<OutboxOp> ops = outbox.pending(batchSize);
        if (ops.isEmpty())
            return true;
        QJsonArray wire;
        QHash<QString, const OutboxOp *> byId;
        for (const OutboxOp &op : ops) {
            // An op this cycle already sent and still pending: the server's answer left it
            // (should not happen); going round again would never end.
            if (sent.contains(op.opId))
                return true;
            sent.insert(op.opId);
            wire.append(op.toWire());
            byId.insert(op.opId, &op);
        }
        // A fresh batch id for every send: the op_ids make a resent batch safe, not the batch id.
        const TransportReply reply = run.transport.postJson(
            QStringLiteral("/v1/push"),
            {{QStringLiteral("batch_id"), protocol::newUuid()}, {QStringLiteral("ops"), wire}});
        if (!reply.ok()) {
            if (reply.errorCode == QLatin1String(protocol::error::payloadTooLarge) &&
                batchSize > 1) {
                batchSize = qMax(1, batchSize / 2);
                for (const OutboxOp &op : ops)
                    sent.remove(op.opId);
                continue;
            }
            // Nothing lost: the ops stay pending and go again next cycle (same op_ids).
            for (const OutboxOp &op : ops)
                outbox.recordAttempt(op.opId, reply.errorCode);
            return run.failReply(reply, QStringLiteral("push"));
        }
        const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
        for (const QJsonValue &value : results) {
            const OpResult result = OpResult::fromWire(value.toObject());
            const OutboxOp *op = byId.value(result.opId);
            if (!op)
                continue;
            if (!outbox.recordResult(*op, result))
                return run.fail(QString::fromLatin1(engineError::store),
                                QStringLiteral("record result: ") + outbox.lastError());
            ++run.report.pushed;
            if (result.status == QLatin1String(protocol::status::rejected))
                ++run.report.rejected;
            for (const QJsonObject &conflict : result.conflicts)
                run.report.conflicts += isCountedConflict(conflict) ? 1 : 0;
        }
        if (results.size() != ops.size())
            return run.fail(QString::fromLatin1(transportError::badAnswer),
                            QStringLiteral("push answered %1 of %2 operations")
                                .arg(results.size())
                                .arg(ops.size()));
        done += ops.size();
        run.tell("push", done, qMax(total, done));
    }
    return false;
}

bool refetchRecords(CycleRun &run)
{
    struct Ref {
        QString entity, uuid;
    };
    QList<Ref> refs;
    {
        QSqlQuery q(run.db);
        if (!q.exec(QStringLiteral("SELECT entity, uuid FROM sync_refetch ORDER BY entity, uuid")))
            return run.fail(QString::fromLatin1(engineError::store), q.lastError().text());
        while (q.next())
            refs.append({q.value(0).toString(), q.value(1).toString()});
    }
    for (qsizetype start = 0; start < refs.size(); start += protocol::kMaxOpsPerPush) {
        if (run.stopRequested())
            return false;
        const QList<Ref> chunk = refs.mid(start, protocol::kMaxOpsPerPush);
        QJsonArray wire;
        for (const Ref &ref : chunk)
            wire.append(QJsonObject{{QStringLiteral("entity"), ref.entity},
                                    {QStringLiteral("uuid"), ref.uuid}});
        const TransportReply reply =
            run.transport.postJson(QStringLiteral("/v1/fetch"), {{QStringLiteral("refs"), wire}});
        if (!reply.ok())
            return run.failReply(reply, QStringLiteral("fetch"));
        QSet<QString> answered;
        storage::WriteTransaction tx(run.db);
        if (!tx.isActive())
            return run.fail(QString::fromLatin1(engineError::store), tx.error().text());
        {
            ApplyGuard guard(run.db);
            ChangeApplier applier(run);
            for (const QJsonValue &value : reply.json.value(QStringLiteral("records")).toArray()) {
                const QJsonObject change = value.toObject();
                answered.insert(change.value(QStringLiteral("entity")).toString() +
                                QLatin1Char('/') + change.value(QStringLiteral("uuid")).toString());
                if (!applier.apply(change))
                    return false;
            }
            LocalRecords records(run.db);
            QSqlQuery q(run.db);
            for (const Ref &ref : chunk) {
                // The server never had it: the thrown-away change was the record's creation.
                if (!answered.contains(ref.entity + QLatin1Char('/') + ref.uuid)) {
                    q.prepare(
                        QStringLiteral("SELECT 1 FROM sync_records WHERE entity = ? AND uuid = ?"));
                    q.addBindValue(ref.entity);
                    q.addBindValue(ref.uuid);
                    if (!q.exec())
                        return run.fail(QString::fromLatin1(engineError::store),
                                        q.lastError().text());
                    const bool known = q.next();
                    q.finish();
                    if (!known &&
                        records.apply(ref.entity, ref.uuid, {}, true, 0) == ApplyResult::Failed)
                        return run.fail(QString::fromLatin1(engineError::store),
                                        records.lastError());
                }
                q.prepare(QStringLiteral("DELETE FROM sync_refetch WHERE entity = ? AND uuid = ?"));
                q.addBindValue(ref.entity);
                q.addBindValue(ref.uuid);
                if (!q.exec())
                    return run.fail(QString::fromLatin1(engineError::store), q.lastError().text());
            }
            if (!applier.finish())
                return false;
        }
        if (!tx.commit())
            return run.fail(QString::fromLatin1(engineError::store), tx.error().text());
    }
    return true;
}

} // namespace pluslife::sync::detail
