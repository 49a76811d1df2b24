#include "push.h"

#include "db.h"
#include "devices.h"

#include "protocol/messages.h"
#include "protocol/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace pluslife::central {

namespace proto = pluslife::sync::protocol;

namespace {

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

struct Attempt {
    QList<QJsonObject> results;
    PushCounts counts;
};

Registry loadRegistry(Db &db, const QList<Op> &ops)
{
    QJsonArray codes;
    for (const Op &op : ops) {
        if (op.entity == QLatin1String("inquiry"))
            codes.append(op.fields.value(QStringLiteral("national_code")).toString());
    }
    Registry registry;
    if (codes.isEmpty())
        return registry;
    QSqlQuery &query = db.exec(
        QStringLiteral("SELECT national_code, first_name, last_name, birth_date, alive FROM "
                       "registry_people WHERE national_code IN "
                       "(SELECT jsonb_array_elements_text(?::jsonb))"),
        {compact(codes)});
    while (query.next()) {
        registry.insert(query.value(0).toString(),
                        QJsonObject{{QStringLiteral("first_name"), query.value(1).toString()},
                                    {QStringLiteral("last_name"), query.value(2).toString()},
                                    {QStringLiteral("birth_date"), query.value(3).toString()},
                                    {QStringLiteral("alive"), query.value(4).toBool()}});
    }
    query.finish();
    return registry;
}

void countResult(const QString &status, PushCounts *counts)
{
    if (status == QLatin1String(proto::status::held))
        ++counts->held;
    else if (status == QLatin1String(proto::status::rejected))
        ++counts->rejected;
    else
        ++counts->applied;
}

Attempt pushOnce(Db &db, const Device &device, const QList<Op> &ops, const QDateTime &now)
{
    Attempt attempt;
    attempt.results.resize(ops.size());

    // 1. Claim the op ids. A repeat (seen before, or racing in another transaction: the primary
    //    key waits for it) is answered from the stored first result.
    QJsonArray opIds;
    for (const Op &op : ops)
        opIds.append(op.opId);
    QSet<QString> claimed;
    {
        QSqlQuery &query = db.exec(
            QStringLiteral("INSERT INTO ops (op_id, device_id, center_id, received_at) "
                           "SELECT DISTINCT x::uuid, ?::uuid, ?::bigint, ?::timestamptz FROM "
                           "jsonb_array_elements_text(?::jsonb) AS x "
                           "ON CONFLICT (op_id) DO NOTHING RETURNING op_id::text"),
            {device.id, device.centerId, now.toUTC(), compact(opIds)});
        while (query.next())
            claimed.insert(query.value(0).toString());
        query.finish();
    }
    QHash<QString, QJsonObject> stored;
    if (claimed.size() < ops.size()) {
        QJsonArray others;
        for (const Op &op : ops) {
            if (!claimed.contains(op.opId))
                others.append(op.opId);
        }
        QSqlQuery &query = db.exec(
            QStringLiteral("SELECT op_id::text, center_id, result::text FROM ops WHERE op_id IN "
                           "(SELECT x::uuid FROM jsonb_array_elements_text(?::jsonb) AS x)"),
            {compact(others)});
        while (query.next()) {
            QJsonObject result =
                QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
            if (query.value(1).toLongLong() != device.centerId || result.isEmpty())
                result = OpResult::rejected(QLatin1String(proto::error::invalidRequest),
                                            QStringLiteral("op_id already used"))
                             .toJson(query.value(0).toString(), false);
            stored.insert(query.value(0).toString(), result);
        }
        query.finish();
    }

    // 2. Load and lock every record the claimed ops touch, then the records the conflicts
    //    being resolved point at.
    QList<QPair<QString, QString>> keys;
    QList<Op> fresh;
    for (const Op &op : ops) {
        if (claimed.contains(op.opId)) {
            keys.append({op.entity, op.uuid});
            fresh << op;
        }
    }
    QHash<QString, Rec> records = loadRecords(db, keys, true);
    QList<QPair<QString, QString>> targets;
    for (const Rec &r : std::as_const(records)) {
        if (r.entity == QLatin1String("sync_conflict") && r.centerId == device.centerId) {
            const QString entity = r.data.value(QStringLiteral("entity")).toString();
            const QString uuid = r.data.value(QStringLiteral("record_uuid")).toString();
            if (!records.contains(recordKey(entity, uuid)))
                targets.append({entity, uuid});
        }
    }
    if (!targets.isEmpty())
        records.insert(loadRecords(db, targets, true));
    const Registry registry = loadRegistry(db, fresh);

    // 3. Apply in order.
    MergeEngine engine(device.centerId, device.id, isoUtc(now), &records, &registry);
    QHash<QString, QJsonObject> firstResults; // an op id twice in one batch: the second repeats
    QJsonArray toStore;
    for (int i = 0; i < ops.size(); ++i) {
        const Op &op = ops.at(i);
        QJsonObject json;
        if (!claimed.contains(op.opId) || firstResults.contains(op.opId)) {
            json = firstResults.contains(op.opId) ? firstResults.value(op.opId)
                                                  : stored.value(op.opId);
            if (json.isEmpty())
                json = OpResult::rejected(QLatin1String(proto::error::internal),
                                          QStringLiteral("no stored result"))
                           .toJson(op.opId, false);
            json.insert(QStringLiteral("repeat"), true);
            ++attempt.counts.repeats;
        } else {
            const OpResult result = engine.apply(op);
            json = result.toJson(op.opId, false);
            firstResults.insert(op.opId, json);
            countResult(result.status, &attempt.counts);
            toStore.append(QJsonObject{{QStringLiteral("op_id"), op.opId},
                                       {QStringLiteral("status"), result.status},
                                       {QStringLiteral("result"), json}});
        }
        attempt.results[i] = json;
    }

    // 4. Write: op results, SMS, then the records under the center's lock, last.
    if (!toStore.isEmpty()) {
        db.exec(QStringLiteral("UPDATE ops o SET status = x.status, result = x.result FROM "
                               "jsonb_to_recordset(?::jsonb) AS x(op_id uuid, status text, "
                               "result jsonb) WHERE o.op_id = x.op_id"),
                {compact(toStore)})
            .finish();
    }
    if (!engine.sms().isEmpty()) {
        QJsonArray sms;
        for (const SmsRow &row : engine.sms()) {
            sms.append(QJsonObject{{QStringLiteral("uuid"), row.requestUuid},
                                   {QStringLiteral("template"), row.templateName},
                                   {QStringLiteral("mobile"), row.mobile},
                                   {QStringLiteral("params"), row.params}});
        }
        db.exec(QStringLiteral("INSERT INTO sms_outbox (center_id, request_uuid, template, "
                               "mobile, params) SELECT ?::bigint, x.uuid, x.template, x.mobile, "
                               "coalesce(x.params, '{}'::jsonb) FROM jsonb_to_recordset(?::jsonb) "
                               "AS x(uuid uuid, template text, mobile text, params jsonb) "
                               "ON CONFLICT (request_uuid) DO NOTHING"),
                {device.centerId, compact(sms)})
            .finish();
    }
    db.exec(QStringLiteral("UPDATE devices SET last_sync_at = ?, last_seen_at = ? "
                           "WHERE id = ?::uuid"),
            {now.toUTC(), now.toUTC(), device.id})
        .finish();
    writeRecords(db, device.centerId, engine.dirty(), device.id);
    return attempt;
}

} // namespace

bool parsePush(const QJsonObject &body, QList<Op> *ops, QString *problem)
{
    const QJsonValue list = body.value(QStringLiteral("ops"));
    if (!list.isArray()) {
        *problem = QStringLiteral("ops: must be an array");
        return false;
    }
    const QJsonArray array = list.toArray();
    if (array.isEmpty() || array.size() > proto::kMaxOpsPerPush) {
        *problem = QStringLiteral("ops: 1 to %1 operations").arg(proto::kMaxOpsPerPush);
        return false;
    }
    ops->clear();
    ops->reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("ops[%1].").arg(i);
        if (!array.at(i).isObject()) {
            *problem = QStringLiteral("ops[%1]: must be an object").arg(i);
            return false;
        }
        const QJsonObject o = array.at(i).toObject();
        Op op;
        op.opId = o.value(QStringLiteral("op_id")).toString();
        if (!proto::isUuid(op.opId)) {
            *problem = where + QStringLiteral("op_id: must be a lowercase UUID");
            return false;
        }
        const char *stringFields[] = {"entity", "uuid", "action"};
        for (const char *name : stringFields) {
            if (!o.value(QLatin1String(name)).isString()) {
                *problem = where + QLatin1String(name) + QStringLiteral(": must be a string");
                return false;
            }
        }
        op.entity = o.value(QStringLiteral("entity")).toString();
        op.uuid = o.value(QStringLiteral("uuid")).toString();
        op.action = o.value(QStringLiteral("action")).toString();
        const QJsonValue base = o.value(QStringLiteral("base_version"));
        if (!base.isDouble() || base.toDouble() < 0 ||
            base.toDouble() != static_cast<double>(base.toInteger())) {
            *problem = where + QStringLiteral("base_version: must be a non-negative integer");
            return false;
        }
        op.baseVersion = base.toInteger();
        const QJsonValue fields = o.value(QStringLiteral("fields"));
        if (fields.isUndefined() || fields.isNull()) {
            if (op.action != QLatin1String(proto::action::remove)) {
                *problem = where + QStringLiteral("fields: must be an object");
                return false;
            }
        } else if (!fields.isObject()) {
            *problem = where + QStringLiteral("fields: must be an object");
            return false;
        }
        op.fields = fields.toObject();
        ops->append(op);
    }
    return true;
}

QJsonObject push(Db &db, const Device &device, const QList<Op> &ops, const QDateTime &now,
                 PushCounts *counts)
{
    for (int attempt = 1;; ++attempt) {
        db.begin();
        try {
            Attempt done = pushOnce(db, device, ops, now);
            db.commit();
            *counts = done.counts;
            QJsonArray results;
            for (const QJsonObject &r : std::as_const(done.results))
                results.append(r);
            return QJsonObject{{QStringLiteral("results"), results}};
        } catch (const ConcurrentInsert &) {
            db.rollback();
            if (attempt >= 5)
                throw DbError(QStringLiteral("concurrent inserts kept colliding"),
                              QStringLiteral("40001"), false);
        } catch (const DbError &e) {
            db.rollback();
            if (!e.retryable() || attempt >= 5)
                throw;
        }
    }
}

} // namespace pluslife::central
