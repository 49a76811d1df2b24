#include "records.h"

#include "db.h"

#include "protocol/messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace pluslife::central {

namespace {

// Separates the advisory locks of this server from any other user of the database.
constexpr int kFeedLockClass = 7001;

QJsonObject parseJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject Rec::change() const
{
    return QJsonObject{{QStringLiteral("entity"), entity},   {QStringLiteral("uuid"), uuid},
                       {QStringLiteral("version"), version}, {QStringLiteral("seq"), seq},
                       {QStringLiteral("deleted"), deleted}, {QStringLiteral("data"), data}};
}

QHash<QString, Rec> loadRecords(Db &db, const QList<QPair<QString, QString>> &keys, bool lock)
{
    QHash<QString, Rec> out;
    if (keys.isEmpty())
        return out;
    QJsonArray list;
    for (const auto &key : keys) {
        if (sync::protocol::isUuid(key.second))
            list.append(QJsonObject{{QStringLiteral("entity"), key.first},
                                    {QStringLiteral("uuid"), key.second}});
    }
    if (list.isEmpty())
        return out;
    // Locks are taken in key order so two batches touching the same records do not deadlock.
    const QString sql =
        lock ? QStringLiteral(
                   "SELECT r.entity, r.uuid::text, r.center_id, r.version, r.seq, r.deleted, "
                   "r.data::text, "
                   "r.field_versions::text FROM records r JOIN (SELECT DISTINCT entity, uuid FROM "
                   "jsonb_to_recordset(?::jsonb) AS k(entity text, uuid uuid)) k "
                   "ON r.entity = k.entity AND r.uuid = k.uuid ORDER BY r.entity, r.uuid FOR "
                   "UPDATE OF r")
             : QStringLiteral(
                   "SELECT r.entity, r.uuid::text, r.center_id, r.version, r.seq, r.deleted, "
                   "r.data::text, "
                   "r.field_versions::text FROM records r JOIN (SELECT DISTINCT entity, uuid FROM "
                   "jsonb_to_recordset(?::jsonb) AS k(entity text, uuid uuid)) k "
                   "ON r.entity = k.entity AND r.uuid = k.uuid");
    QSqlQuery &query =
        db.exec(sql, {QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))});
    while (query.next()) {
        Rec r;
        r.entity = query.value(0).toString();
        r.uuid = query.value(1).toString();
        r.centerId = query.value(2).toLongLong();
        r.version = query.value(3).toLongLong();
        r.storedVersion = r.version;
        r.seq = query.value(4).toLongLong();
        r.deleted = query.value(5).toBool();
        r.data = parseJson(query.value(6).toString());
        r.fieldVersions = parseJson(query.value(7).toString());
        out.insert(r.key(), r);
    }
    query.finish();
    return out;
}

void writeRecords(Db &db, qint64 centerId, const QList<Rec *> &dirty, const QString &deviceId)
{
    if (dirty.isEmpty())
        return;
    QJsonArray inserts;
    QJsonArray updates;
    for (const Rec *r : dirty) {
        QJsonObject row{{QStringLiteral("entity"), r->entity},
                        {QStringLiteral("uuid"), r->uuid},
                        {QStringLiteral("version"), r->version},
                        {QStringLiteral("deleted"), r->deleted},
                        {QStringLiteral("data"), r->data},
                        {QStringLiteral("field_versions"), r->fieldVersions}};
        (r->storedVersion == 0 ? inserts : updates).append(row);
    }
    const QVariant device =
        deviceId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(deviceId);
    // From here to commit the center's sequence numbers are ours alone.
    db.scalar(QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"),
              {kFeedLockClass, static_cast<int>(centerId)});
    if (!inserts.isEmpty()) {
        const QVariant inserted = db.scalar(
            QStringLiteral(
                "WITH ins AS (INSERT INTO records (entity, uuid, center_id, version, seq, deleted, "
                "data, field_versions, updated_at, updated_by_device) "
                "SELECT x.entity, x.uuid, ?::bigint, x.version, nextval('change_seq'), x.deleted, "
                "x.data, "
                "x.field_versions, now(), ?::uuid FROM jsonb_to_recordset(?::jsonb) AS x(entity "
                "text, uuid uuid, version bigint, deleted boolean, data jsonb, field_versions "
                "jsonb) ON CONFLICT (entity, uuid) DO NOTHING RETURNING 1) "
                "SELECT count(*) FROM ins"),
            {centerId, device,
             QString::fromUtf8(QJsonDocument(inserts).toJson(QJsonDocument::Compact))});
        if (inserted.toLongLong() != inserts.size())
            throw ConcurrentInsert{};
    }
    if (!updates.isEmpty()) {
        db.exec(QStringLiteral(
                    "UPDATE records r SET version = x.version, seq = nextval('change_seq'), "
                    "deleted = x.deleted, data = x.data, field_versions = x.field_versions, "
                    "updated_at = now(), updated_by_device = ?::uuid "
                    "FROM jsonb_to_recordset(?::jsonb) AS x(entity text, uuid uuid, version "
                    "bigint, deleted boolean, data jsonb, field_versions jsonb) "
                    "WHERE r.entity = x.entity AND r.uuid = x.uuid AND r.center_id = ?"),
                {device, QString::fromUtf8(QJsonDocument(updates).toJson(QJsonDocument::Compact)),
                 centerId})
            .finish();
    }
}

qint64 highSeq(Db &db, qint64 centerId)
{
    return db
        .scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM records WHERE center_id = ?"),
                {centerId})
        .toLongLong();
}

} // namespace pluslife::central
