#include "localrecords.h"

#include "applyguardstate.h"
#include "recordschema.h"

#include "domain/household.h"
#include "locale/textfolding.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pluslife::sync {

using detail::ColumnType;
using detail::quoted;
using detail::TableSchema;

namespace {

// SQLITE_CONSTRAINT and its extended codes (unique, not null, check, foreign key).
bool isConstraintError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == 19;
}

} // namespace

LocalRecords::LocalRecords(QSqlDatabase db)
    : m_db(std::move(db))
    , m_cache(std::make_shared<detail::RecordsCache>(m_db))
{}

bool LocalRecords::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

QJsonObject LocalRecords::read(const QString &entity, const QString &uuid) const
{
    const TableSchema *schema = m_cache->schema(entity);
    QSqlQuery *q = schema ? m_cache->statement(schema->readSql) : nullptr;
    if (!q) {
        fail(m_cache->lastError());
        return {};
    }
    q->bindValue(0, uuid);
    if (!q->exec()) {
        fail(q->lastError().text());
        return {};
    }
    QJsonObject record;
    if (q->next()) {
        int i = 0;
        for (const detail::Column &column : schema->columns) {
            const QVariant value = q->value(i++);
            if (column.reference >= 0)
                record.insert(column.name, value.isNull() ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(value.toString()));
            else
                record.insert(column.name, detail::toWire(column.type, value));
        }
        if (schema->isDocument) {
            record.insert(QStringLiteral("attachment_sha256"),
                          detail::toWire(ColumnType::Text, q->value(i)));
            record.insert(QStringLiteral("attachment_size"),
                          detail::toWire(ColumnType::Integer, q->value(i + 1)));
            record.insert(QStringLiteral("attachment_mime"),
                          detail::toWire(ColumnType::Text, q->value(i + 2)));
        }
    }
    q->finish();
    return record;
}

bool LocalRecords::exists(const QString &entity, const QString &uuid) const
{
    const TableSchema *schema = m_cache->schema(entity);
    QSqlQuery *q = schema ? m_cache->statement(schema->findSql) : nullptr;
    if (!q || (q->bindValue(0, uuid), !q->exec()))
        return fail(q ? q->lastError().text() : m_cache->lastError());
    const bool found = q->next();
    q->finish();
    return found;
}

ApplyResult LocalRecords::apply(const QString &entity, const QString &uuid,
                                const QJsonObject &fields, bool deleted)
{
    return apply(entity, uuid, fields, deleted, -1);
}

ApplyResult LocalRecords::apply(const QString &entity, const QString &uuid,
                                const QJsonObject &fields, bool deleted, qint64 version)
{
    const TableSchema *schema = m_cache->schema(entity);
    if (!schema) {
        fail(m_cache->lastError());
        return ApplyResult::Failed;
    }
    if (m_parked < 0)
        m_parked = parkedCount();
    return deleted ? applyDelete(*schema, uuid, version)
                   : applyUpsert(*schema, uuid, fields, version);
}

ApplyResult LocalRecords::applyUpsert(const TableSchema &schema, const QString &uuid,
                                      const QJsonObject &fields, qint64 version)
{
    const QString &table = schema.rule.table;
    QSqlQuery *find = m_cache->statement(schema.findSql);
    if (!find || (find->bindValue(0, uuid), !find->exec())) {
        fail(find ? find->lastError().text() : m_cache->lastError());
        return ApplyResult::Failed;
    }
    const qint64 rowid = find->next() ? find->value(0).toLongLong() : 0;
    find->finish();
    if (rowid > 0 && schema.rule.kind == protocol::EntityClass::AppendOnly)
        return unpark(schema.rule.name, uuid) ? ApplyResult::Applied : ApplyResult::Failed;

    QStringList names;
    QVariantList values;
    for (const detail::Column &column : schema.columns) {
        const auto field = fields.constFind(column.name);
        if (field == fields.constEnd())
            continue;
        QVariant value;
        if (column.reference >= 0 && !field->isNull()) {
            const detail::Reference &ref = schema.references.at(column.reference);
            QString discriminator = fields.value(ref.discriminator).toString();
            if (!ref.discriminator.isEmpty() && !fields.contains(ref.discriminator) && rowid > 0) {
                // A partial record: the row says which table the id points into.
                QSqlQuery q(m_db);
                q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?")
                              .arg(quoted(ref.discriminator), quoted(table)));
                q.addBindValue(rowid);
                if (q.exec() && q.next())
                    discriminator = q.value(0).toString();
            }
            const QString target = ref.targetFor(discriminator);
            if (!target.isEmpty()) {
                QSqlQuery *lookup = m_cache->statement(ref.lookupSql.value(target));
                if (!lookup || (lookup->bindValue(0, field->toString()), !lookup->exec())) {
                    fail(lookup ? lookup->lastError().text() : m_cache->lastError());
                    return ApplyResult::Failed;
                }
                const bool found = lookup->next();
                value = found ? lookup->value(0) : QVariant();
                lookup->finish();
                if (!found)
                    return park(schema, uuid, fields, false, version, QStringLiteral("reference"),
                                target, field->toString());
            }
        } else if (column.reference < 0 && !detail::fromWire(column.type, *field, &value)) {
            return park(schema, uuid, fields, false, version, QStringLiteral("invalid"));
        }
        names << column.name;
        values << value;
    }
    if (schema.isPerson && (fields.contains(QStringLiteral("first_name")) ||
                            fields.contains(QStringLiteral("last_name")))) {
        // name_key is what HouseholdRepository stores: the folded full name.
        domain::Person person;
        person.firstName = fields.value(QStringLiteral("first_name")).toString();
        person.lastName = fields.value(QStringLiteral("last_name")).toString();
        if (rowid > 0 && !(fields.contains(QStringLiteral("first_name")) &&
                           fields.contains(QStringLiteral("last_name")))) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT first_name, last_name FROM people WHERE rowid = ?"));
            q.addBindValue(rowid);
            if (q.exec() && q.next()) {
                if (!fields.contains(QStringLiteral("first_name")))
                    person.firstName = q.value(0).toString();
                if (!fields.contains(QStringLiteral("last_name")))
                    person.lastName = q.value(1).toString();
            }
        }
        names << QStringLiteral("name_key");
        values << locale::foldForSearch(person.fullName());
    }
    if (schema.isDocument && fields.contains(QStringLiteral("attachment_sha256"))) {
        QVariant address;
        if (!documentAttachment(uuid, fields, &address))
            return ApplyResult::Failed;
        names << QStringLiteral("attachment_address");
        values << address;
    }

    QString sql;
    if (rowid > 0) {
        if (names.isEmpty())
            return unpark(schema.rule.name, uuid) ? ApplyResult::Applied : ApplyResult::Failed;
        QStringList sets;
        for (const QString &name : std::as_const(names))
            sets << quoted(name) + QStringLiteral(" = ?");
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE rowid = ?")
                  .arg(quoted(table), sets.join(QStringLiteral(", ")));
        values << rowid;
    } else {
        QStringList columns{QStringLiteral("uuid")};
        for (const QString &name : std::as_const(names))
            columns << quoted(name);
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (?%3)")
                  .arg(quoted(table), columns.join(QStringLiteral(", ")),
                       QStringLiteral(", ?").repeated(names.size()));
        values.prepend(uuid);
    }
    QSqlQuery *write = m_cache->statement(sql);
    if (!write) {
        fail(m_cache->lastError());
        return ApplyResult::Failed;
    }
    for (int i = 0; i < values.size(); ++i)
        write->bindValue(i, values.at(i));
    if (!write->exec()) {
        if (isConstraintError(write->lastError()))
            return park(schema, uuid, fields, false, version, QStringLiteral("constraint"));
        fail(write->lastError().text());
        return ApplyResult::Failed;
    }
    const qint64 written = rowid > 0 ? rowid : write->lastInsertId().toLongLong();
    refreshSearchText(schema, written, fields);
    return unpark(schema.rule.name, uuid) ? ApplyResult::Applied : ApplyResult::Failed;
}

ApplyResult LocalRecords::applyDelete(const TableSchema &schema, const QString &uuid,
                                      qint64 version)
{
    // Append-only records are never removed (some tables refuse it outright).
    if (schema.rule.kind == protocol::EntityClass::AppendOnly)
        return unpark(schema.rule.name, uuid) ? ApplyResult::Applied : ApplyResult::Failed;
    const QString &table = schema.rule.table;
    QSqlQuery *find = m_cache->statement(schema.findSql);
    if (!find || (find->bindValue(0, uuid), !find->exec())) {
        fail(find ? find->lastError().text() : m_cache->lastError());
        return ApplyResult::Failed;
    }
    const qint64 rowid = find->next() ? find->value(0).toLongLong() : 0;
    find->finish();
    if (rowid == 0)
        return unpark(schema.rule.name, uuid) ? ApplyResult::Applied : ApplyResult::Failed;
    // The households whose search text names this record, before it goes.
    refreshSearchText(schema, rowid, {});
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(quoted(table)));
    q.addBindValue(rowid);
    if (!q.exec()) {
        if (isConstraintError(q.lastError()))
            return park(schema, uuid, {}, true, version, QStringLiteral("delete"));
        fail(q.lastError().text());
        return ApplyResult::Failed;
    }
    if (schema.isDocument) {
        q.prepare(QStringLiteral("DELETE FROM sync_downloads WHERE document_uuid = ?"));
        q.addBindValue(uuid);
        if (!q.exec()) {
            fail(q.lastError().text());
            return ApplyResult::Failed;
        }
    }
    return unpark(schema.rule.name, uuid) ? ApplyResult::Applied : ApplyResult::Failed;
}

ApplyResult LocalRecords::park(const TableSchema &schema, const QString &uuid,
                               const QJsonObject &fields, bool deleted, qint64 version,
                               const QString &reason, const QString &waitsTable,
                               const QString &waitsUuid)
{
    QSqlQuery q(m_db);
    if (version < 0) {
        q.prepare(QStringLiteral("SELECT version FROM sync_records WHERE entity = ? AND uuid = ?"));
        q.addBindValue(schema.rule.name);
        q.addBindValue(uuid);
        version = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_parked (entity, uuid, version, deleted, "
                             "data, reason, waits_table, waits_uuid) VALUES (?, ?, ?, ?, ?, ?, ?, "
                             "?)"));
    q.addBindValue(schema.rule.name);
    q.addBindValue(uuid);
    q.addBindValue(version);
    q.addBindValue(deleted ? 1 : 0);
    q.addBindValue(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    q.addBindValue(reason);
    q.addBindValue(waitsTable);
    q.addBindValue(waitsUuid);
    if (!q.exec()) {
        fail(q.lastError().text());
        return ApplyResult::Failed;
    }
    m_parked = 1;
    return ApplyResult::Parked;
}

bool LocalRecords::unpark(const QString &entity, const QString &uuid)
{
    if (m_parked == 0)
        return true;
    QSqlQuery *q =
        m_cache->statement(QStringLiteral("DELETE FROM sync_parked WHERE entity = ? AND uuid = ?"));
    if (!q)
        return fail(m_cache->lastError());
    q->bindValue(0, entity);
    q->bindValue(1, uuid);
    return q->exec() || fail(q->lastError().text());
}

int LocalRecords::parkedCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_parked")) || !q.next()) {
        fail(q.lastError().text());
        return 0;
    }
    return q.value(0).toInt();
}

int LocalRecords::retryParked()
{
    struct Parked {
        QString entity, uuid;
        qint64 version;
        bool deleted;
        QJsonObject data;
    };
    int applied = 0;
    for (int pass = 0; pass < 64; ++pass) {
        // Only records whose missing reference is here now (a first download can park thousands
        // for the whole download: a person edited late sits at the end of the feed), and the
        // few parked for other reasons.
        QStringList ready;
        {
            QSqlQuery waiting(m_db);
            waiting.setForwardOnly(true);
            if (!waiting.exec(QStringLiteral("SELECT rowid, waits_table, waits_uuid FROM "
                                             "sync_parked"))) {
                fail(waiting.lastError().text());
                return applied;
            }
            while (waiting.next()) {
                const QString table = waiting.value(1).toString();
                if (table.isEmpty() || referenceArrived(table, waiting.value(2).toString()))
                    ready << waiting.value(0).toString();
            }
        }
        if (ready.isEmpty())
            break;
        QList<Parked> parked;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT entity, uuid, version, deleted, data FROM sync_parked "
                                   "WHERE rowid IN (%1)")
                        .arg(ready.join(QLatin1Char(','))))) {
            fail(q.lastError().text());
            return applied;
        }
        while (q.next())
            parked.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                           q.value(3).toInt() != 0,
                           QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()});
        q.finish();
        // Referred entities first, so one pass settles a chain that arrived in one page.
        std::stable_sort(parked.begin(), parked.end(), [](const Parked &a, const Parked &b) {
            return protocol::entityOrder(a.entity) < protocol::entityOrder(b.entity);
        });
        m_parked = parked.isEmpty() ? 0 : 1;
        int progress = 0;
        for (const Parked &p : std::as_const(parked)) {
            const ApplyResult result = apply(p.entity, p.uuid, p.data, p.deleted, p.version);
            if (result == ApplyResult::Failed)
                return applied;
            progress += result == ApplyResult::Applied ? 1 : 0;
        }
        applied += progress;
        // What was applied may be what others wait for: look again until nothing moves.
        if (progress == 0)
            break;
    }
    return applied;
}

bool LocalRecords::referenceArrived(const QString &table, const QString &uuid)
{
    QSqlQuery *q = m_cache->statement(
        QStringLiteral("SELECT 1 FROM %1 WHERE uuid = ?").arg(detail::quoted(table)));
    if (!q)
        return true; // unknown table: let apply() decide and report
    q->bindValue(0, uuid);
    const bool found = q->exec() && q->next();
    q->finish();
    return found;
}

void LocalRecords::refreshSearchText(const TableSchema &schema, qint64 rowid,
                                     const QJsonObject &fields)
{
    QString sql;
    if (schema.isHousehold) {
        detail::refreshHouseholdSearch(m_db, {rowid});
        return;
    }
    if (schema.isMembership) {
        sql = QStringLiteral("SELECT household_id FROM memberships WHERE rowid = ?");
    } else if (schema.isPerson) {
        // Only what households.search_text holds: names, national code, mobile.
        static const QStringList searched = {
            QStringLiteral("first_name"), QStringLiteral("last_name"),
            QStringLiteral("national_code"), QStringLiteral("mobile")};
        const bool touched = fields.isEmpty() || std::any_of(searched.cbegin(), searched.cend(),
                                                             [&fields](const QString &f) {
                                                                 return fields.contains(f);
                                                             });
        if (!touched)
            return;
        sql = QStringLiteral(
            "SELECT household_id FROM memberships WHERE person_id = ? AND left_on IS NULL");
    } else {
        return;
    }
    QSqlQuery *q = m_cache->statement(sql);
    if (!q)
        return;
    q->bindValue(0, rowid);
    QList<qint64> households;
    if (q->exec()) {
        while (q->next())
            households << q->value(0).toLongLong();
    }
    q->finish();
    if (!households.isEmpty())
        detail::refreshHouseholdSearch(m_db, households);
}

} // namespace pluslife::sync
