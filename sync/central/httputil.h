#pragma once

#include "db.h"
#include "devices.h"
#include "records.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

#include <httplib.h>

// Pieces every request handler uses: error answers, reading (gzipped) bodies, bearer
// authentication, and the per-request log line's fields.
namespace pluslife::central {

// What the server knows for the length of one run.
struct ServerContext {
    DbSettings db;
    NowFn now;
    int readTimeoutSeconds = 30;
};

// The fields of the request's log line (one per request, to stderr, JSON; never personal data).
struct RequestLog {
    QElapsedTimer timer;
    QString device;
    int ops = 0;
    int applied = 0;
    int held = 0;
    int rejected = 0;
    int repeats = 0;
    int changes = -1;
    void reset()
    {
        *this = RequestLog{};
        timer.start();
    }
};
RequestLog &requestLog();

// The header the server moves Content-Encoding to before httplib reads a body, so that the
// protocol's own inflate (with its 32 MiB limit and truncation check) is the one that runs.
inline constexpr char kOriginalEncodingHeader[] = "X-PlusLife-Content-Encoding";

void sendJson(httplib::Response &res, int status, const QJsonObject &body);
void sendError(httplib::Response &res, int status, const char *code, const QString &message,
               bool retry = false);

// The request body, inflated when gzipped; false when an error answer has been set.
bool readBody(const httplib::Request &req, httplib::Response &res, qint64 maxInflated,
              QByteArray *body);
// The body as a JSON object; false when an error answer has been set.
bool readJson(const httplib::Request &req, httplib::Response &res, QJsonObject *object);

// Bearer token -> device; false when an error answer (401 / 403) has been set.
bool authenticateRequest(Db &db, const httplib::Request &req, httplib::Response &res,
                         Device *device);

// Runs a handler body with database errors turned into 503 (connection) or 500 answers.
template <typename Fn> void guarded(const ServerContext &context, httplib::Response &res, Fn &&fn);

void answerDbError(httplib::Response &res, const DbError &error);

template <typename Fn> void guarded(const ServerContext &context, httplib::Response &res, Fn &&fn)
{
    try {
        Db &db = threadDb(context.db);
        fn(db);
    } catch (const DbError &error) {
        answerDbError(res, error);
    }
}

// "/v1/attachments/{sha256}" for the log line (ids never logged).
QString pathTemplate(const std::string &path);

} // namespace pluslife::central
