#include "feed.h"

#include "db.h"
#include "devices.h"
#include "records.h"

#include "protocol/messages.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace pluslife::central {

namespace proto = pluslife::sync::protocol;

namespace {

Rec readChange(QSqlQuery &query)
{
    Rec r;
    r.entity = query.value(0).toString();
    r.uuid = query.value(1).toString();
    r.version = query.value(2).toLongLong();
    r.seq = query.value(3).toLongLong();
    r.deleted = query.value(4).toBool();
    r.data = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    return r;
}

} // namespace

PullOutcome pull(Db &db, const Device &device, qint64 cursorSeq, const QString &cursorTag,
                 int limit, QJsonObject *answer)
{
    // One snapshot for the checks and the page, so high_seq and the page agree.
    db.begin();
    try {
        db.execScript(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        const qint64 high = highSeq(db, device.centerId);
        bool reset = cursorSeq > high;
        if (!reset && !cursorTag.isEmpty()) {
            const QStringList parts = cursorTag.split(QLatin1Char('/'));
            bool ok = parts.size() == 3 && proto::isUuid(parts.at(1));
            const qint64 tagVersion = ok ? parts.at(2).toLongLong(&ok) : 0;
            if (!ok) {
                reset = true;
            } else {
                QSqlQuery &query =
                    db.exec(QStringLiteral("SELECT version FROM records WHERE entity = ? AND "
                                           "uuid = ?::uuid AND center_id = ?"),
                            {parts.at(0), parts.at(1), device.centerId});
                reset = !query.next() || query.value(0).toLongLong() < tagVersion;
                query.finish();
            }
        }
        if (reset) {
            db.rollback();
            return PullOutcome::ResetRequired;
        }
        QSqlQuery &query = db.exec(
            QStringLiteral("SELECT entity, uuid::text, version, seq, deleted, data::text FROM "
                           "records WHERE center_id = ? AND seq > ? ORDER BY seq LIMIT ?"),
            {device.centerId, cursorSeq, limit + 1});
        QJsonArray changes;
        Rec last;
        bool more = false;
        while (query.next()) {
            if (changes.size() == limit) {
                more = true;
                break;
            }
            last = readChange(query);
            changes.append(last.change());
        }
        query.finish();
        db.commit();
        QJsonObject cursor{{QStringLiteral("seq"), cursorSeq}, {QStringLiteral("tag"), cursorTag}};
        if (!changes.isEmpty())
            cursor = QJsonObject{
                {QStringLiteral("seq"), last.seq},
                {QStringLiteral("tag"), proto::cursorTag(last.entity, last.uuid, last.version)}};
        *answer = QJsonObject{{QStringLiteral("changes"), changes},
                              {QStringLiteral("cursor"), cursor},
                              {QStringLiteral("more"), more},
                              {QStringLiteral("high_seq"), high}};
        return PullOutcome::Ok;
    } catch (...) {
        db.rollback();
        throw;
    }
}

QJsonArray fetch(Db &db, const Device &device, const QJsonArray &refs)
{
    QJsonArray keys;
    for (const QJsonValue &ref : refs) {
        const QJsonObject o = ref.toObject();
        if (proto::isUuid(o.value(QStringLiteral("uuid")).toString()))
            keys.append(QJsonObject{{QStringLiteral("entity"), o.value(QStringLiteral("entity"))},
                                    {QStringLiteral("uuid"), o.value(QStringLiteral("uuid"))}});
    }
    QJsonArray records;
    if (keys.isEmpty())
        return records;
    QSqlQuery &query = db.exec(
        QStringLiteral("SELECT r.entity, r.uuid::text, r.version, r.seq, r.deleted, r.data::text "
                       "FROM records r JOIN (SELECT DISTINCT entity, uuid FROM "
                       "jsonb_to_recordset(?::jsonb) AS k(entity text, uuid uuid)) k "
                       "ON r.entity = k.entity AND r.uuid = k.uuid WHERE r.center_id = ? "
                       "ORDER BY r.seq"),
        {QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact)), device.centerId});
    while (query.next())
        records.append(readChange(query).change());
    query.finish();
    return records;
}

QJsonArray resourceList(Db &db)
{
    QSqlQuery &query = db.exec(
        QStringLiteral("SELECT DISTINCT ON (kind, id) kind, id, version, sha256 FROM resources "
                       "ORDER BY kind, id, published_at DESC"));
    QJsonArray list;
    while (query.next()) {
        list.append(QJsonObject{{QStringLiteral("kind"), query.value(0).toString()},
                                {QStringLiteral("id"), query.value(1).toString()},
                                {QStringLiteral("version"), query.value(2).toString()},
                                {QStringLiteral("sha256"), query.value(3).toString()}});
    }
    query.finish();
    return list;
}

ServerState serverState(Db &db)
{
    ServerState state;
    QSqlQuery &query = db.exec(QStringLiteral("SELECT server_id::text, epoch FROM server_state"));
    if (query.next()) {
        state.serverId = query.value(0).toString();
        state.epoch = query.value(1).toInt();
    }
    query.finish();
    return state;
}

} // namespace pluslife::central
