// One server record written into the store (pull pages and fetch answers), inside the caller's
// transaction and ApplyGuard. A record with an unsynced local change is never overwritten.
#include "engineinternal.h"
#include "localrecords.h"
#include "protocol/entities.h"
#include "protocol/messages.h"
#include "protocol/protocol.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pluslife::sync::detail {
namespace {

bool storeError(CycleRun &run, const QString &message)
{
    return run.fail(QString::fromLatin1(engineError::store), message);
}

} // namespace

ChangeApplier::ChangeApplier(CycleRun &run)
    : m_run(run)
    , m_records(run.db)
{}

bool ChangeApplier::isUnsynced(const QString &entity, const QString &uuid)
{
    QSqlQuery q(m_run.db);
    q.prepare(QStringLiteral("SELECT 1 FROM sync_outbox WHERE entity = ? AND uuid = ? UNION ALL "
                             "SELECT 1 FROM sync_dirty WHERE entity = ? AND uuid = ? LIMIT 1"));
    q.addBindValue(entity);
    q.addBindValue(uuid);
    q.addBindValue(entity);
    q.addBindValue(uuid);
    return q.exec() && q.next();
}

// The server's values go into the fields this store has not changed; the fields it has changed
// stay, and so do the record's version and base: the pending operation still carries the old
// base version, so the server sees both sides and opens the conflicts it must.
bool ChangeApplier::mergeIntoUnsynced(const QString &entity, const QString &uuid,
                                      const QJsonObject &theirs)
{
    const QJsonObject local = m_records.read(entity, uuid);
    if (local.isEmpty())
        return true; // deleted here, the delete is on its way: nothing to merge into
    QJsonObject base;
    QSqlQuery q(m_run.db);
    q.prepare(QStringLiteral("SELECT base FROM sync_records WHERE entity = ? AND uuid = ?"));
    q.addBindValue(entity);
    q.addBindValue(uuid);
    if (!q.exec())
        return storeError(m_run, q.lastError().text());
    if (q.next())
        base = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    const QJsonObject merged = mergeFields(local, base, theirs);
    if (merged == local)
        return true;
    if (m_records.apply(entity, uuid, merged, false, -1) == ApplyResult::Failed)
        return storeError(m_run, m_records.lastError());
    return true;
}

// The server deleted (or stopped sending) a record this store changed and has not pushed yet:
// the local row stays and a tombstone-lost conflict tells the worker. The pending change will
// reach the server, which decides (README: a delete never beats a newer edit).
bool ChangeApplier::keepAgainstDelete(const QString &entity, const QString &uuid)
{
    const QJsonObject local = m_records.read(entity, uuid);
    if (local.isEmpty())
        return true;
    QSqlQuery q(m_run.db);
    q.prepare(QStringLiteral("SELECT 1 FROM sync_conflicts WHERE record_uuid = ? AND kind = ? AND "
                             "status = ?"));
    q.addBindValue(uuid);
    q.addBindValue(QString::fromLatin1(protocol::conflict::tombstoneLost));
    q.addBindValue(QString::fromLatin1(protocol::conflict::open));
    if (!q.exec())
        return storeError(m_run, q.lastError().text());
    if (q.next())
        return true;
    q.finish();
    q.prepare(QStringLiteral(
        "INSERT INTO sync_conflicts (uuid, entity, record_uuid, field, kind, mine, theirs, "
        "status, created_utc) VALUES (?, ?, ?, '', ?, ?, 'null', ?, ?)"));
    q.addBindValue(protocol::newUuid());
    q.addBindValue(entity);
    q.addBindValue(uuid);
    q.addBindValue(QString::fromLatin1(protocol::conflict::tombstoneLost));
    q.addBindValue(jsonText(local));
    q.addBindValue(QString::fromLatin1(protocol::conflict::open));
    q.addBindValue(m_run.clock.nowUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return storeError(m_run, q.lastError().text());
    ++m_run.report.conflicts;
    return true;
}

bool ChangeApplier::saveServerCopy(const QString &entity, const QString &uuid, qint64 version,
                                   const QJsonObject &data, bool deleted)
{
    QSqlQuery q(m_run.db);
    if (deleted) {
        q.prepare(QStringLiteral("DELETE FROM sync_records WHERE entity = ? AND uuid = ?"));
        q.addBindValue(entity);
        q.addBindValue(uuid);
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_records (entity, uuid, version, "
                                 "base) VALUES (?, ?, ?, ?)"));
        q.addBindValue(entity);
        q.addBindValue(uuid);
        q.addBindValue(version);
        q.addBindValue(jsonText(data));
    }
    return q.exec() || storeError(m_run, q.lastError().text());
}

bool ChangeApplier::apply(const QJsonObject &change)
{
    const QString entity = change.value(QStringLiteral("entity")).toString();
    const QString uuid = change.value(QStringLiteral("uuid")).toString();
    const qint64 version = change.value(QStringLiteral("version")).toInteger();
    const bool deleted = change.value(QStringLiteral("deleted")).toBool();
    const QJsonObject data = change.value(QStringLiteral("data")).toObject();
    if (!protocol::entityRule(entity) || !protocol::isUuid(uuid)) {
        // A newer server's entity: skipped, not fatal (the cursor moves past it).
        m_run.report.errors
            << QStringLiteral("skipped a record of unknown entity '%1'").arg(entity);
        return true;
    }
    const bool isConflict = entity == QLatin1String("sync_conflict");
    const bool wasHere = isConflict && m_records.exists(entity, uuid);

    if (isUnsynced(entity, uuid)) {
        if (!(deleted ? keepAgainstDelete(entity, uuid) : mergeIntoUnsynced(entity, uuid, data)))
            return false;
        ++m_applied;
        return true;
    }
    if (m_records.apply(entity, uuid, data, deleted, version) == ApplyResult::Failed)
        return storeError(m_run, m_records.lastError());
    if (!saveServerCopy(entity, uuid, version, data, deleted))
        return false;
    ++m_applied;
    if (isConflict && !wasHere && !deleted &&
        data.value(QStringLiteral("status")).toString() ==
            QLatin1String(protocol::conflict::open) &&
        data.value(QStringLiteral("kind")).toString() != QLatin1String(protocol::conflict::merged))
        ++m_run.report.conflicts;
    return true;
}

bool ChangeApplier::finish()
{
    LocalRecords records(m_run.db); // a fresh one: lastError() then speaks of this call only
    records.retryParked();
    if (!records.lastError().isEmpty())
        return storeError(m_run, records.lastError());
    return true;
}

} // namespace pluslife::sync::detail
