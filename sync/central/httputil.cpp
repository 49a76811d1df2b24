#include "httputil.h"

#include "protocol/messages.h"
#include "protocol/protocol.h"

#include <QRegularExpression>

namespace pluslife::central {

namespace proto = pluslife::sync::protocol;

RequestLog &requestLog()
{
    // A request runs on one server thread from routing to the log line.
    thread_local RequestLog log;
    return log;
}

void sendJson(httplib::Response &res, int status, const QJsonObject &body)
{
    res.status = status;
    res.set_content(proto::toCompactJson(body).toStdString(), "application/json");
}

void sendError(httplib::Response &res, int status, const char *code, const QString &message,
               bool retry)
{
    sendJson(res, status, proto::errorBody(QLatin1String(code), message, retry));
}

bool readBody(const httplib::Request &req, httplib::Response &res, qint64 maxInflated,
              QByteArray *body)
{
    const QString encoding =
        QString::fromStdString(req.get_header_value(kOriginalEncodingHeader)).trimmed().toLower();
    if (!encoding.isEmpty() && encoding != QLatin1String("identity") &&
        encoding != QLatin1String("gzip")) {
        sendError(res, 415, proto::error::unsupportedEncoding,
                  QStringLiteral("Content-Encoding must be gzip or identity"));
        return false;
    }
    const QByteArray raw = QByteArray::fromStdString(req.body);
    if (encoding != QLatin1String("gzip")) {
        if (raw.size() > maxInflated) {
            sendError(res, 413, proto::error::payloadTooLarge, QStringLiteral("body too large"));
            return false;
        }
        *body = raw;
        return true;
    }
    bool truncated = false;
    bool tooLarge = false;
    if (!proto::gzipInflate(raw, maxInflated, body, &truncated, &tooLarge)) {
        if (tooLarge)
            sendError(res, 413, proto::error::payloadTooLarge,
                      QStringLiteral("body too large after gunzip"));
        else if (truncated)
            sendError(res, 400, proto::error::truncatedBody,
                      QStringLiteral("the gzip stream is cut short"));
        else
            sendError(res, 400, proto::error::invalidRequest,
                      QStringLiteral("body: not a valid gzip stream"));
        return false;
    }
    return true;
}

bool readJson(const httplib::Request &req, httplib::Response &res, QJsonObject *object)
{
    QByteArray body;
    if (!readBody(req, res, proto::kMaxInflatedBody, &body))
        return false;
    QString problem;
    if (!proto::parseObject(body, object, &problem)) {
        sendError(res, 400, proto::error::malformedJson, problem);
        return false;
    }
    return true;
}

bool authenticateRequest(Db &db, const httplib::Request &req, httplib::Response &res,
                         Device *device)
{
    const std::string header = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    QByteArray token;
    if (header.compare(0, prefix.size(), prefix) == 0)
        token = QByteArray::fromStdString(header.substr(prefix.size())).trimmed();
    switch (authenticate(db, token, device)) {
    case AuthOutcome::Ok:
        requestLog().device = device->id;
        return true;
    case AuthOutcome::Revoked:
        requestLog().device = device->id;
        sendError(res, 403, proto::error::deviceRevoked, QStringLiteral("device revoked"));
        return false;
    case AuthOutcome::Unknown:
        break;
    }
    sendError(res, 401, proto::error::unauthenticated, QStringLiteral("unknown or missing token"));
    return false;
}

void answerDbError(httplib::Response &res, const DbError &error)
{
    if (error.connectionLost()) {
        dropThreadDb();
        sendError(res, 503, proto::error::unavailable, QStringLiteral("database unavailable"),
                  true);
    } else {
        // The SQL state only: the message may quote values.
        sendError(res, 500, proto::error::internal,
                  QStringLiteral("database error %1").arg(error.sqlState()), true);
    }
}

QString pathTemplate(const std::string &path)
{
    static const QRegularExpression attachment(
        QStringLiteral("^/v1/attachments/[^/]+(/content)?$"));
    const QString p = QString::fromStdString(path);
    const QRegularExpressionMatch m = attachment.match(p);
    if (m.hasMatch())
        return QStringLiteral("/v1/attachments/{sha256}") + m.captured(1);
    if (p.startsWith(QLatin1String("/v1/resources/")))
        return QStringLiteral("/v1/resources/{kind}/{id}/{version}");
    static const QStringList known = {QStringLiteral("/v1/health"), QStringLiteral("/v1/enroll"),
                                      QStringLiteral("/v1/hello"),  QStringLiteral("/v1/push"),
                                      QStringLiteral("/v1/pull"),   QStringLiteral("/v1/fetch")};
    return known.contains(p) ? p : QStringLiteral("other");
}

} // namespace pluslife::central
