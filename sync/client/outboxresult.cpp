// The server's answer to one pushed operation, recorded in one local transaction.
#include "localrecords.h"
#include "outbox.h"
#include "protocol/messages.h"
#include "protocol/protocol.h"

#include "storage/sqlvalues.h"
#include "storage/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pluslife::sync {
namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonValueText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

} // namespace

OpResult OpResult::fromWire(const QJsonObject &object)
{
    OpResult result;
    result.opId = object.value(QStringLiteral("op_id")).toString();
    result.status = object.value(QStringLiteral("status")).toString();
    result.version = object.value(QStringLiteral("version")).toInteger();
    result.record = object.value(QStringLiteral("record")).toObject();
    for (const QJsonValue &conflict : object.value(QStringLiteral("conflicts")).toArray())
        result.conflicts.append(conflict.toObject());
    const QJsonObject error = object.value(QStringLiteral("error")).toObject();
    result.errorCode = error.value(QStringLiteral("code")).toString();
    result.errorMessage = error.value(QStringLiteral("message")).toString();
    return result;
}

bool Outbox::recordResult(const OutboxOp &sent, const OpResult &result)
{
    storage::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return fail(tx.error().text());
    // The stored op (its snapshot), not the caller's copy.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT entity, uuid, action, base_version, fields, snapshot FROM "
                             "sync_outbox WHERE op_id = ?"));
    q.addBindValue(sent.opId);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!q.next())
        return tx.commit(); // answered before (a resent batch): nothing left to record
    OutboxOp op = sent;
    op.entity = q.value(0).toString();
    op.uuid = q.value(1).toString();
    op.action = q.value(2).toString();
    op.baseVersion = q.value(3).toLongLong();
    op.fields = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    const QJsonObject snapshot = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    q.finish();

    if (result.status == QLatin1String(protocol::status::rejected)) {
        q.prepare(QStringLiteral("UPDATE sync_outbox SET state = 'quarantined', attempts = "
                                 "attempts + 1, error_code = ?, error_message = ?, updated_utc = ? "
                                 "WHERE op_id = ?"));
        q.addBindValue(storage::textValue(result.errorCode));
        q.addBindValue(storage::textValue(result.errorMessage));
        q.addBindValue(now());
        q.addBindValue(op.opId);
        if (!q.exec())
            return fail(q.lastError().text());
        return tx.commit() || fail(tx.error().text());
    }
    q.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE op_id = ?"));
    q.addBindValue(op.opId);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!answerRecord(op, snapshot, result) || !storeConflicts(op, result))
        return false;
    return tx.commit() || fail(tx.error().text());
}

// The record's new version and base, and the server's values merged into the local row.
bool Outbox::answerRecord(const OutboxOp &op, const QJsonObject &snapshot, const OpResult &result)
{
    const QJsonObject &fields = op.fields;
    const bool resolve = op.action == QLatin1String(protocol::action::resolve);
    const QString entity =
        resolve ? QString::fromLatin1("sync_conflict") : op.entity; // the conflict record
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT version, base FROM sync_records WHERE entity = ? AND uuid = ?"));
    q.addBindValue(entity);
    q.addBindValue(op.uuid);
    if (!q.exec())
        return fail(q.lastError().text());
    const bool known = q.next();
    const qint64 oldVersion = known ? q.value(0).toLongLong() : 0;
    QJsonObject base =
        known ? QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object() : QJsonObject();
    q.finish();

    const bool removed = op.action == QLatin1String(protocol::action::remove);
    // A resolve answer may carry the conflict record; anything else is not ours to store here.
    const QJsonObject record = resolve && !result.record.contains(QStringLiteral("record_uuid"))
                                   ? QJsonObject()
                                   : result.record;
    if (removed && record.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM sync_records WHERE entity = ? AND uuid = ?"));
        q.addBindValue(entity);
        q.addBindValue(op.uuid);
        return q.exec() || fail(q.lastError().text());
    }
    if (!record.isEmpty()) {
        base = record;
    } else if (!resolve) {
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            base.insert(it.key(), it.value());
    }
    if (resolve && record.isEmpty() && !known)
        return true; // the conflict comes back in the feed
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_records (entity, uuid, version, base) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(entity);
    q.addBindValue(op.uuid);
    q.addBindValue(result.version > 0 ? result.version : oldVersion);
    q.addBindValue(jsonText(base));
    if (!q.exec())
        return fail(q.lastError().text());
    if (record.isEmpty())
        return true;

    // Fields still as sealed take the server's value; fields edited since stay (and are dirty).
    // A removal the server refused (tombstone lost) brings the record back whole.
    LocalRecords records(m_db);
    const QJsonObject local = records.read(entity, op.uuid);
    if (local.isEmpty() && !removed)
        return true; // removed here since: that removal is dirty and goes next
    const QJsonObject merged =
        removed ? record : mergeFields(local, resolve ? local : snapshot, record);
    QJsonObject changed;
    for (auto it = merged.constBegin(); it != merged.constEnd(); ++it) {
        if (local.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return true;
    ApplyGuard guard(m_db);
    const ApplyResult applied =
        records.apply(entity, op.uuid, changed, false, result.version > 0 ? result.version : 0);
    return applied != ApplyResult::Failed || fail(records.lastError());
}

// Conflicts the answer reports, kept for the inbox until the feed brings them as records.
bool Outbox::storeConflicts(const OutboxOp &op, const OpResult &result)
{
    if (result.conflicts.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO sync_conflicts (uuid, entity, record_uuid, field, kind, mine, "
        "theirs, status, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?)"));
    for (const QJsonObject &conflict : result.conflicts) {
        QString uuid = conflict.value(QStringLiteral("uuid")).toString();
        if (!protocol::isUuid(uuid) || uuid == op.uuid)
            uuid = protocol::newUuid();
        q.bindValue(0, uuid);
        q.bindValue(1, op.entity);
        q.bindValue(2, op.uuid);
        q.bindValue(3, storage::textValue(conflict.value(QStringLiteral("field")).toString()));
        q.bindValue(4, storage::textValue(conflict.value(QStringLiteral("kind")).toString()));
        q.bindValue(5, jsonValueText(conflict.value(QStringLiteral("mine"))));
        q.bindValue(6, jsonValueText(conflict.value(QStringLiteral("theirs"))));
        q.bindValue(7, now());
        if (!q.exec())
            return fail(q.lastError().text());
    }
    return true;
}

} // namespace pluslife::sync
