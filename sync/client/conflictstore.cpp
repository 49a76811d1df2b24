#include "conflictstore.h"

#include "localrecords.h"
#include "protocol/entities.h"
#include "protocol/messages.h"
#include "protocol/protocol.h"

#include "storage/auditlog.h"
#include "storage/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pluslife::sync {
namespace {

QJsonValue valueFromText(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text.toUtf8() + ']');
    return doc.isArray() && doc.array().size() == 1 ? doc.array().at(0) : QJsonValue();
}

QString valueText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

bool hasColumn(QSqlDatabase db, const QString &table, const QString &column)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)))
        return false;
    while (q.next()) {
        if (q.value(1).toString() == column)
            return true;
    }
    return false;
}

} // namespace

ConflictStore::ConflictStore(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

bool ConflictStore::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

QList<SyncConflict> ConflictStore::select(const QString &where, const QVariantList &binds) const
{
    QList<SyncConflict> conflicts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT c.uuid, c.entity, c.record_uuid, c.field, c.kind, c.mine, c.theirs, "
                  "c.status, c.resolution, coalesce(r.version, 0), c.created_utc FROM "
                  "sync_conflicts c LEFT JOIN sync_records r ON r.entity = 'sync_conflict' AND "
                  "r.uuid = c.uuid WHERE %1 ORDER BY c.created_utc DESC, c.id DESC")
                  .arg(where));
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (!q.exec()) {
        fail(q.lastError().text());
        return conflicts;
    }
    while (q.next()) {
        SyncConflict c;
        c.uuid = q.value(0).toString();
        c.entity = q.value(1).toString();
        c.recordUuid = q.value(2).toString();
        c.field = q.value(3).toString();
        c.kind = q.value(4).toString();
        c.mine = valueFromText(q.value(5).toString());
        c.theirs = valueFromText(q.value(6).toString());
        c.status = q.value(7).toString();
        c.resolution = q.value(8).toString();
        c.version = q.value(9).toLongLong();
        c.createdUtc = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        conflicts.append(c);
    }
    q.finish();
    for (SyncConflict &c : conflicts)
        c.householdFileNumber = householdFileNumber(c.entity, c.recordUuid);
    return conflicts;
}

QList<SyncConflict> ConflictStore::open() const
{
    return select(QStringLiteral("c.status = 'open' AND NOT (c.kind = 'merged' AND "
                                 "c.acknowledged = 1)"),
                  {});
}

int ConflictStore::openCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT count(*) FROM sync_conflicts WHERE status = 'open' AND kind <> 'merged'")) ||
        !q.next()) {
        fail(q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}

bool ConflictStore::load(const QString &uuid, SyncConflict *conflict) const
{
    const QList<SyncConflict> found = select(QStringLiteral("c.uuid = ?"), {uuid});
    if (found.isEmpty())
        return fail(QStringLiteral("no conflict %1").arg(uuid));
    *conflict = found.first();
    return true;
}

// The file a record belongs to: the household itself, a person's current household, the
// record's household_id, or that of the record it belongs to (a referral's events, a plan's
// items).
QString ConflictStore::householdFileNumber(const QString &entity, const QString &recordUuid) const
{
    const auto rule = protocol::entityRule(entity);
    if (!rule)
        return {};
    QString sql;
    if (entity == QLatin1String("household")) {
        sql = QStringLiteral("SELECT file_number FROM households WHERE uuid = ?");
    } else if (entity == QLatin1String("person")) {
        sql = QStringLiteral("SELECT h.file_number FROM people p JOIN memberships m ON "
                             "m.person_id = p.id AND m.left_on IS NULL JOIN households h ON "
                             "h.id = m.household_id WHERE p.uuid = ?");
    } else if (hasColumn(m_db, rule->table, QStringLiteral("household_id"))) {
        sql = QStringLiteral("SELECT h.file_number FROM \"%1\" t JOIN households h ON h.id = "
                             "t.household_id WHERE t.uuid = ?")
                  .arg(rule->table);
    } else {
        QSqlQuery fk(m_db);
        if (fk.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(rule->table))) {
            while (fk.next() && sql.isEmpty()) {
                const QString target = fk.value(2).toString();
                if (!hasColumn(m_db, target, QStringLiteral("household_id")))
                    continue;
                sql = QStringLiteral("SELECT h.file_number FROM \"%1\" t JOIN \"%2\" x ON "
                                     "x.id = t.\"%3\" JOIN households h ON h.id = x.household_id "
                                     "WHERE t.uuid = ?")
                          .arg(rule->table, target, fk.value(3).toString());
            }
        }
    }
    if (sql.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.prepare(sql);
    q.addBindValue(recordUuid);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// The chosen value into the local record and into its server base (so the next seal does not
// send it again as an edit); the resolve operation carries it to the server.
bool ConflictStore::writeChosenValue(const SyncConflict &conflict, const QJsonValue &value)
{
    LocalRecords records(m_db);
    if (conflict.field.isEmpty() || !records.exists(conflict.entity, conflict.recordUuid))
        return true;
    {
        ApplyGuard guard(m_db);
        const QJsonObject fields{{conflict.field, value}};
        if (records.apply(conflict.entity, conflict.recordUuid, fields, false) ==
            ApplyResult::Failed)
            return fail(records.lastError());
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT base FROM sync_records WHERE entity = ? AND uuid = ?"));
    q.addBindValue(conflict.entity);
    q.addBindValue(conflict.recordUuid);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!q.next())
        return true;
    QJsonObject base = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    base.insert(conflict.field, value);
    q.prepare(QStringLiteral("UPDATE sync_records SET base = ? WHERE entity = ? AND uuid = ?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(base).toJson(QJsonDocument::Compact)));
    q.addBindValue(conflict.entity);
    q.addBindValue(conflict.recordUuid);
    return q.exec() || fail(q.lastError().text());
}

bool ConflictStore::resolve(const QString &uuid, const QJsonValue &value, qint64 actorWorkerId)
{
    storage::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return fail(tx.error().text());
    SyncConflict conflict;
    if (!load(uuid, &conflict))
        return false;
    if (conflict.status != QLatin1String(protocol::conflict::open))
        return fail(QStringLiteral("conflict %1 is not open").arg(uuid));
    if (!writeChosenValue(conflict, value))
        return false;
    const QString now = m_clock.nowUtc().toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO sync_outbox (op_id, entity, uuid, action, base_version, fields, snapshot, "
        "created_utc, updated_utc) VALUES (?, 'sync_conflict', ?, 'resolve', ?, ?, '{}', ?, ?)"));
    q.addBindValue(protocol::newUuid());
    q.addBindValue(uuid);
    q.addBindValue(conflict.version);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("value"), value}})
                                         .toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return fail(q.lastError().text());
    q.prepare(QStringLiteral(
        "UPDATE sync_conflicts SET status = 'resolved', resolution = ? WHERE uuid = ?"));
    q.addBindValue(valueText(value));
    q.addBindValue(uuid);
    if (!q.exec())
        return fail(q.lastError().text());
    // Ids and names of fields only: the values may be personal.
    const auto audit = storage::AuditLog(m_db, m_clock)
                           .append(actorWorkerId, QStringLiteral("sync.conflict_resolve"),
                                   QStringLiteral("sync_conflict"), uuid,
                                   {{QStringLiteral("entity"), conflict.entity},
                                    {QStringLiteral("record"), conflict.recordUuid},
                                    {QStringLiteral("field"), conflict.field}});
    if (!audit.ok())
        return fail(audit.message);
    return tx.commit() || fail(tx.error().text());
}

bool ConflictStore::acknowledge(const QString &uuid, qint64 actorWorkerId)
{
    storage::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return fail(tx.error().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_conflicts SET acknowledged = 1 WHERE uuid = ? AND "
                             "kind = 'merged'"));
    q.addBindValue(uuid);
    if (!q.exec())
        return fail(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("no merged conflict %1").arg(uuid));
    const auto audit = storage::AuditLog(m_db, m_clock)
                           .append(actorWorkerId, QStringLiteral("sync.conflict_acknowledge"),
                                   QStringLiteral("sync_conflict"), uuid);
    if (!audit.ok())
        return fail(audit.message);
    return tx.commit() || fail(tx.error().text());
}

} // namespace pluslife::sync
