#include "handlers.h"

#include "attachments.h"
#include "feed.h"
#include "push.h"

#include "protocol/messages.h"
#include "protocol/protocol.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace pluslife::central::handlers {

namespace proto = pluslife::sync::protocol;

namespace {

// 426 unless `protocol` is a supported version; false when an answer has been set.
bool checkProtocol(const QJsonObject &body, httplib::Response &res)
{
    const QJsonValue value = body.value(QStringLiteral("protocol"));
    if (!value.isDouble()) {
        sendError(res, 400, proto::error::invalidRequest,
                  QStringLiteral("protocol: must be an integer"));
        return false;
    }
    const qint64 version = value.toInteger();
    if (version < proto::kMinVersion || version > proto::kMaxVersion) {
        sendError(res, 426, proto::error::protocolUnsupported,
                  QStringLiteral("protocol %1 is not supported (%2 to %3)")
                      .arg(version)
                      .arg(proto::kMinVersion)
                      .arg(proto::kMaxVersion));
        return false;
    }
    return true;
}

bool requireString(const QJsonObject &body, const char *field, httplib::Response &res,
                   QString *value, int maxLength = 200)
{
    const QJsonValue v = body.value(QLatin1String(field));
    if (!v.isString() || v.toString().trimmed().isEmpty() || v.toString().size() > maxLength) {
        sendError(res, 400, proto::error::invalidRequest,
                  QLatin1String(field) + QStringLiteral(": must be a non-empty string"));
        return false;
    }
    *value = v.toString();
    return true;
}

QJsonObject protocolRange()
{
    return QJsonObject{{QStringLiteral("min"), proto::kMinVersion},
                       {QStringLiteral("max"), proto::kMaxVersion}};
}

} // namespace

void health(const ServerContext &c, const httplib::Request &, httplib::Response &res)
{
    bool up = false;
    try {
        up = threadDb(c.db).scalar(QStringLiteral("SELECT 1")).toInt() == 1;
    } catch (const DbError &) {
        dropThreadDb();
    }
    QJsonObject body{
        {QStringLiteral("status"), up ? QStringLiteral("ok") : QStringLiteral("unavailable")},
        {QStringLiteral("database"), up ? QStringLiteral("ok") : QStringLiteral("down")},
        {QStringLiteral("server_version"), QStringLiteral(PLUSLIFE_VERSION)},
        {QStringLiteral("protocol"), protocolRange()}};
    if (!up) {
        // Every 5xx carries the protocol's error object as well.
        body.insert(QStringLiteral("error"),
                    proto::errorBody(QLatin1String(proto::error::unavailable),
                                     QStringLiteral("database down"), true)
                        .value(QStringLiteral("error")));
    }
    sendJson(res, up ? 200 : 503, body);
}

void enroll(const ServerContext &c, const httplib::Request &req, httplib::Response &res)
{
    QJsonObject body;
    QString code;
    QString name;
    if (!readJson(req, res, &body) || !checkProtocol(body, res) ||
        !requireString(body, "code", res, &code, 40) ||
        !requireString(body, "device_name", res, &name))
        return;
    guarded(c, res, [&](Db &db) {
        Enrolment enrolment;
        if (!central::enroll(db, code, name, c.now(), &enrolment)) {
            sendError(res, 422, proto::error::enrolmentCodeInvalid,
                      QStringLiteral("unknown, used or expired enrolment code"));
            return;
        }
        requestLog().device = enrolment.deviceId;
        sendJson(res, 200,
                 QJsonObject{{QStringLiteral("device_id"), enrolment.deviceId},
                             {QStringLiteral("token"), enrolment.token},
                             {QStringLiteral("server_id"), serverState(db).serverId},
                             {QStringLiteral("center"), enrolment.center.json()}});
    });
}

void hello(const ServerContext &c, const httplib::Request &req, httplib::Response &res)
{
    guarded(c, res, [&](Db &db) {
        Device device;
        QJsonObject body;
        if (!authenticateRequest(db, req, res, &device) || !readJson(req, res, &body) ||
            !checkProtocol(body, res))
            return;
        const QDateTime now = c.now();
        db.exec(QStringLiteral("UPDATE devices SET last_seen_at = ?, client_version = "
                               "coalesce(?, '') WHERE id = ?::uuid"),
                {now.toUTC(), body.value(QStringLiteral("client_version")).toString().left(40),
                 device.id})
            .finish();
        Center center;
        loadCenter(db, device.centerId, &center);
        const ServerState state = serverState(db);
        sendJson(res, 200,
                 QJsonObject{{QStringLiteral("protocol"), proto::kVersion},
                             {QStringLiteral("server_id"), state.serverId},
                             {QStringLiteral("epoch"), state.epoch},
                             {QStringLiteral("server_time"), isoUtc(now)},
                             {QStringLiteral("high_seq"), highSeq(db, device.centerId)},
                             {QStringLiteral("center"), center.json()},
                             {QStringLiteral("resources"), resourceList(db)}});
    });
}

void push(const ServerContext &c, const httplib::Request &req, httplib::Response &res)
{
    guarded(c, res, [&](Db &db) {
        Device device;
        QJsonObject body;
        if (!authenticateRequest(db, req, res, &device) || !readJson(req, res, &body))
            return;
        QList<Op> ops;
        QString problem;
        if (body.value(QStringLiteral("ops")).toArray().size() > proto::kMaxOpsPerPush) {
            sendError(res, 413, proto::error::payloadTooLarge,
                      QStringLiteral("ops: at most %1 operations").arg(proto::kMaxOpsPerPush));
            return;
        }
        if (!parsePush(body, &ops, &problem)) {
            sendError(res, 400, proto::error::invalidRequest, problem);
            return;
        }
        PushCounts counts;
        const QJsonObject answer = central::push(db, device, ops, c.now(), &counts);
        RequestLog &log = requestLog();
        log.ops = static_cast<int>(ops.size());
        log.applied = counts.applied;
        log.held = counts.held;
        log.rejected = counts.rejected;
        log.repeats = counts.repeats;
        sendJson(res, 200, answer);
    });
}

void pull(const ServerContext &c, const httplib::Request &req, httplib::Response &res)
{
    guarded(c, res, [&](Db &db) {
        Device device;
        QJsonObject body;
        if (!authenticateRequest(db, req, res, &device) || !readJson(req, res, &body))
            return;
        const QJsonValue cursor = body.value(QStringLiteral("cursor"));
        const QJsonValue seq = cursor.toObject().value(QStringLiteral("seq"));
        const QJsonValue tag = cursor.toObject().value(QStringLiteral("tag"));
        if (!cursor.isObject() || !seq.isDouble() || seq.toInteger() < 0) {
            sendError(res, 400, proto::error::invalidRequest,
                      QStringLiteral("cursor.seq: must be a non-negative integer"));
            return;
        }
        if (!tag.isString() && !tag.isUndefined()) {
            sendError(res, 400, proto::error::invalidRequest,
                      QStringLiteral("cursor.tag: must be a string"));
            return;
        }
        const QJsonValue limitValue = body.value(QStringLiteral("limit"));
        if (!limitValue.isUndefined() && (!limitValue.isDouble() || limitValue.toInteger() < 1)) {
            sendError(res, 400, proto::error::invalidRequest,
                      QStringLiteral("limit: must be a positive integer"));
            return;
        }
        const int limit =
            static_cast<int>(std::min<qint64>(limitValue.toInteger(1000), proto::kMaxPullLimit));
        QJsonObject answer;
        if (central::pull(db, device, seq.toInteger(), tag.toString(), limit, &answer) ==
            PullOutcome::ResetRequired) {
            sendError(res, 409, proto::error::resetRequired,
                      QStringLiteral("the cursor does not match the server's history"));
            return;
        }
        db.exec(QStringLiteral("UPDATE devices SET last_sync_at = ?, last_seen_at = ? "
                               "WHERE id = ?::uuid"),
                {c.now().toUTC(), c.now().toUTC(), device.id})
            .finish();
        requestLog().changes =
            static_cast<int>(answer.value(QStringLiteral("changes")).toArray().size());
        sendJson(res, 200, answer);
    });
}

void fetch(const ServerContext &c, const httplib::Request &req, httplib::Response &res)
{
    guarded(c, res, [&](Db &db) {
        Device device;
        QJsonObject body;
        if (!authenticateRequest(db, req, res, &device) || !readJson(req, res, &body))
            return;
        const QJsonValue refs = body.value(QStringLiteral("refs"));
        if (!refs.isArray()) {
            sendError(res, 400, proto::error::invalidRequest,
                      QStringLiteral("refs: must be an array"));
            return;
        }
        if (refs.toArray().size() > proto::kMaxPullLimit) {
            sendError(res, 413, proto::error::payloadTooLarge,
                      QStringLiteral("refs: at most %1").arg(proto::kMaxPullLimit));
            return;
        }
        sendJson(
            res, 200,
            QJsonObject{{QStringLiteral("records"), central::fetch(db, device, refs.toArray())}});
    });
}

void attachmentStatus(const ServerContext &c, const httplib::Request &req, httplib::Response &res)
{
    guarded(c, res, [&](Db &db) {
        Device device;
        if (!authenticateRequest(db, req, res, &device))
            return;
        AttachmentState state;
        const QString sha = QString::fromStdString(req.matches[1].str());
        if (!attachmentState(db, device.centerId, sha, &state)) {
            sendError(res, 404, proto::error::notFound, QStringLiteral("unknown attachment"));
            return;
        }
        sendJson(res, 200,
                 QJsonObject{{QStringLiteral("size"), state.size},
                             {QStringLiteral("received"), state.received},
                             {QStringLiteral("complete"), state.complete}});
    });
}

void attachmentPut(const ServerContext &c, const httplib::Request &req, httplib::Response &res)
{
    guarded(c, res, [&](Db &db) {
        Device device;
        if (!authenticateRequest(db, req, res, &device))
            return;
        QByteArray bytes;
        if (!readBody(req, res, proto::kMaxAttachmentChunk, &bytes))
            return;
        bool offsetOk = false;
        bool sizeOk = false;
        const qint64 offset =
            QString::fromStdString(req.get_param_value("offset")).toLongLong(&offsetOk);
        const qint64 size = QString::fromStdString(req.get_param_value("size")).toLongLong(&sizeOk);
        if (!offsetOk || offset < 0 || !sizeOk || size < 0 || size > kMaxAttachmentSize) {
            sendError(res, 400, proto::error::invalidRequest,
                      QStringLiteral("offset and size: non-negative integers, size at most %1")
                          .arg(kMaxAttachmentSize));
            return;
        }
        const QString sha = QString::fromStdString(req.matches[1].str());
        AttachmentState state;
        switch (putChunk(db, device.centerId, sha, offset, size, bytes, &state)) {
        case ChunkOutcome::Ok:
            sendJson(res, 200,
                     QJsonObject{{QStringLiteral("received"), state.received},
                                 {QStringLiteral("complete"), state.complete}});
            return;
        case ChunkOutcome::OffsetMismatch: {
            QJsonObject body =
                proto::errorBody(QStringLiteral("offset-mismatch"),
                                 QStringLiteral("offset is not what the server holds"));
            body.insert(QStringLiteral("received"), state.received);
            body.insert(QStringLiteral("complete"), state.complete);
            sendJson(res, 409, body);
            return;
        }
        case ChunkOutcome::SizeMismatch:
            sendError(res, 400, proto::error::invalidRequest,
                      QStringLiteral("size: differs from the upload's or the chunk runs past it"));
            return;
        case ChunkOutcome::ChecksumMismatch:
            sendError(res, 422, proto::error::checksumMismatch,
                      QStringLiteral("the bytes do not hash to the attachment's SHA-256"));
            return;
        }
    });
}

void attachmentContent(const ServerContext &c, const httplib::Request &req, httplib::Response &res)
{
    guarded(c, res, [&](Db &db) {
        Device device;
        if (!authenticateRequest(db, req, res, &device))
            return;
        QByteArray bytes;
        qint64 size = 0;
        const QString sha = QString::fromStdString(req.matches[1].str());
        if (!central::attachmentContent(db, device.centerId, sha, 0, &bytes, &size)) {
            sendError(res, 404, proto::error::notFound,
                      QStringLiteral("unknown or incomplete attachment"));
            return;
        }
        // The whole body: httplib answers a Range header itself (206 + Content-Range).
        res.set_content(bytes.toStdString(), "application/octet-stream");
    });
}

void resource(const ServerContext &c, const httplib::Request &req, httplib::Response &res)
{
    guarded(c, res, [&](Db &db) {
        Device device;
        if (!authenticateRequest(db, req, res, &device))
            return;
        QSqlQuery &query = db.exec(
            QStringLiteral("SELECT sha256, content FROM resources WHERE kind = ? AND id = ? AND "
                           "version = ?"),
            {QString::fromStdString(req.matches[1].str()),
             QString::fromStdString(req.matches[2].str()),
             QString::fromStdString(req.matches[3].str())});
        if (!query.next()) {
            query.finish();
            sendError(res, 404, proto::error::notFound, QStringLiteral("unknown resource"));
            return;
        }
        const std::string sha = query.value(0).toString().toStdString();
        const QByteArray content = query.value(1).toByteArray();
        query.finish();
        res.status = 200;
        res.set_header("X-Content-SHA256", sha);
        const bool form = req.matches[1].str() == "form";
        res.set_content(content.toStdString(), form ? "application/xml" : "application/json");
    });
}

} // namespace pluslife::central::handlers
