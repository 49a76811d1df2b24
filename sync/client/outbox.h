#pragma once

#include "domain/clock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The durable outbox (DESIGN.md §3). Triggers of migration 0008 mark every local change of a
// synced table in sync_dirty in the same transaction as the change; seal() turns dirty records
// into operations with an op_id, base_version and the fields changed against the last server
// copy (sync_records.base). Operations leave the outbox only when the server has answered them.
namespace pluslife::sync {

struct OutboxOp {
    qint64 seq = 0;
    QString opId;
    QString entity;
    QString uuid;
    QString action; // protocol::action
    qint64 baseVersion = 0;
    QJsonObject fields;
    QString state; // pending | quarantined
    int attempts = 0;
    QString errorCode;
    QString errorMessage; // English from the server, for the outbox view's detail
    QDateTime createdUtc;
    QDateTime updatedUtc;

    QJsonObject toWire() const;
};

// The server's answer to one operation (README.md push results).
struct OpResult {
    QString opId;
    QString status;
    qint64 version = 0;
    QJsonObject record;
    QList<QJsonObject> conflicts;
    QString errorCode;
    QString errorMessage;
    static OpResult fromWire(const QJsonObject &object);
};

class Outbox {
public:
    explicit Outbox(QSqlDatabase db, const Clock &clock = SystemClock::instance());

    // Seals dirty records into pending operations, one transaction. A record that already has a
    // pending operation waits until that one is answered. Returns how many were sealed, -1 on
    // error.
    int seal();
    // Pending operations in order, at most `limit` (quarantined ones are skipped).
    QList<OutboxOp> pending(int limit) const;
    // Every operation (pending and quarantined), for the outbox view.
    QList<OutboxOp> all() const;
    int pendingCount() const; // pending ops + dirty records not sealed yet
    int quarantinedCount() const;

    // Records the server's answer in one transaction: removes the op, stores the new version and
    // base, merges the server's record into the local row (mergeFields), keeps conflicts for the
    // inbox; a rejected op is quarantined with its reason.
    bool recordResult(const OutboxOp &op, const OpResult &result);
    // A transport failure: the op stays pending, attempts + 1.
    bool recordAttempt(const QString &opId, const QString &errorCode);

    // Outbox view actions.
    // quarantined → pending, under a new op_id (the server answers a known op_id with its first
    // result, so the old one would only be rejected again).
    bool retry(const QString &opId);
    // Throws the local change away: the op goes and the record is marked for refetch
    // (sync_refetch) so the next cycle brings the server's copy back.
    bool discard(const QString &opId);

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString &message) const;
    QString now() const;
    QList<OutboxOp> select(const QString &where, int limit) const;
    bool storeConflicts(const OutboxOp &op, const OpResult &result);
    bool answerRecord(const OutboxOp &op, const QJsonObject &snapshot, const OpResult &result);

    QSqlDatabase m_db;
    const Clock &m_clock;
    mutable QString m_lastError;
};

} // namespace pluslife::sync
