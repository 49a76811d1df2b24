#include "httpserver.h"

#include "handlers.h"

#include "protocol/protocol.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>

#include <sys/socket.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace pluslife::central {

namespace proto = pluslife::sync::protocol;

namespace {

// httplib listens with a backlog of 5 (CPPHTTPLIB_LISTEN_BACKLOG, fixed in Debian's build): ten
// devices connecting at once lose SYNs and retry a second later. listen() again widens it.
template <typename Base> class WideBacklog : public Base {
public:
    using Base::Base;
    void widenBacklog() { ::listen(this->svr_sock_, SOMAXCONN); }
};

bool isBodyMethod(const std::string &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

void writeLogLine(const httplib::Request &req, const httplib::Response &res)
{
    RequestLog &log = requestLog();
    QJsonObject line{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), QString::fromStdString(req.method)},
        {QStringLiteral("path"), pathTemplate(req.path)},
        {QStringLiteral("status"), res.status},
        {QStringLiteral("ms"), log.timer.isValid() ? log.timer.elapsed() : 0}};
    if (!log.device.isEmpty())
        line.insert(QStringLiteral("device"), log.device);
    if (log.ops > 0) {
        line.insert(QStringLiteral("ops"), log.ops);
        line.insert(QStringLiteral("applied"), log.applied);
        line.insert(QStringLiteral("held"), log.held);
        line.insert(QStringLiteral("rejected"), log.rejected);
        line.insert(QStringLiteral("repeats"), log.repeats);
    }
    if (log.changes >= 0)
        line.insert(QStringLiteral("changes"), log.changes);
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    static std::mutex mutex;
    std::lock_guard<std::mutex> lock(mutex);
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
    std::fflush(stderr);
    // A request that fails before routing (a bad request line) must not inherit these fields.
    log = RequestLog{};
}

} // namespace

CentralServer::CentralServer(ServerOptions options, ServerContext context)
    : m_options(std::move(options))
    , m_context(std::move(context))
{
    if (!m_context.now)
        m_context.now = [] { return QDateTime::currentDateTimeUtc(); };
}

CentralServer::~CentralServer() = default;

bool CentralServer::bind(QString *problem)
{
    if (m_options.insecureLoopback) {
        if (m_options.host != QLatin1String("127.0.0.1")) {
            *problem = QStringLiteral("--insecure-loopback is allowed only on 127.0.0.1");
            return false;
        }
        auto plain = std::make_unique<WideBacklog<httplib::Server>>();
        m_widenBacklog = [server = plain.get()] { server->widenBacklog(); };
        m_server = std::move(plain);
    } else {
        if (!QFileInfo::exists(m_options.certFile) || !QFileInfo::exists(m_options.keyFile)) {
            *problem = QStringLiteral("--cert and --key must name existing PEM files");
            return false;
        }
        auto tls = std::make_unique<WideBacklog<httplib::SSLServer>>(
            m_options.certFile.toLocal8Bit().constData(),
            m_options.keyFile.toLocal8Bit().constData());
        m_widenBacklog = [server = tls.get()] { server->widenBacklog(); };
        m_server = std::move(tls);
        if (!m_server->is_valid()) {
            *problem = QStringLiteral("cannot load the TLS certificate or key");
            return false;
        }
    }
    setup();
    const std::string host = m_options.host.toStdString();
    if (m_options.port == 0) {
        m_port = m_server->bind_to_any_port(host);
    } else {
        m_port = m_server->bind_to_port(host, m_options.port) ? m_options.port : -1;
    }
    if (m_port <= 0) {
        *problem = QStringLiteral("cannot listen on %1:%2").arg(m_options.host).arg(m_options.port);
        return false;
    }
    m_widenBacklog();
    return true;
}

void CentralServer::setup()
{
    httplib::Server &s = *m_server;
    const int threads = std::max(2, m_options.threads);
    s.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    s.set_payload_max_length(static_cast<size_t>(proto::kMaxWireBody));
    s.set_read_timeout(m_options.readTimeoutSeconds, 0);
    s.set_write_timeout(60, 0);
    s.set_keep_alive_timeout(5);
    s.set_tcp_nodelay(true);

    s.set_pre_routing_handler([](const httplib::Request &req, httplib::Response &res) {
        requestLog().reset();
        // httplib prefers brotli whenever a client offers it (Qt does), at quality 11: a
        // 2,000-record pull page then costs the server seconds of CPU. gzip only.
        if (req.has_header("Accept-Encoding")) {
            auto &headers = const_cast<httplib::Request &>(req).headers;
            const bool gzip =
                req.get_header_value("Accept-Encoding").find("gzip") != std::string::npos;
            headers.erase("Accept-Encoding");
            if (gzip)
                headers.emplace("Accept-Encoding", "gzip");
        }
        if (req.has_header(proto::kProtocolHeader) && req.path != "/v1/health") {
            const int version = std::atoi(req.get_header_value(proto::kProtocolHeader).c_str());
            if (version < proto::kMinVersion || version > proto::kMaxVersion) {
                const_cast<httplib::Request &>(req).set_header("Connection", "close");
                sendError(res, 426, proto::error::protocolUnsupported,
                          QStringLiteral("protocol %1 is not supported").arg(version));
                return httplib::Server::HandlerResponse::Handled;
            }
        }
        if (!isBodyMethod(req.method))
            return httplib::Server::HandlerResponse::Unhandled;
        // httplib would inflate gzip itself, without the 32 MiB limit or a truncation check;
        // the header moves aside so the protocol's inflate runs instead. The Request object is
        // httplib's own non-const one, handed to us as const.
        auto &mutableReq = const_cast<httplib::Request &>(req);
        const bool chunked =
            req.get_header_value("Transfer-Encoding").find("chunked") != std::string::npos;
        if (!req.has_header("Content-Length") || chunked) {
            // The body's end cannot be found: answer and close.
            mutableReq.set_header("Connection", "close");
            sendError(res, 411, proto::error::lengthRequired,
                      QStringLiteral("a body needs Content-Length"));
            return httplib::Server::HandlerResponse::Handled;
        }
        if (req.has_header("Content-Encoding")) {
            const std::string encoding = req.get_header_value("Content-Encoding");
            mutableReq.headers.erase("Content-Encoding"); // the map compares without case
            mutableReq.set_header(kOriginalEncodingHeader, encoding);
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });

    s.set_error_handler(httplib::Server::HandlerWithResponse(
        [](const httplib::Request &req, httplib::Response &res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            switch (res.status) {
            case 413:
                sendError(res, 413, proto::error::payloadTooLarge,
                          QStringLiteral("body over %1 bytes").arg(proto::kMaxWireBody));
                break;
            case 400:
                if (isBodyMethod(req.method) && req.has_header("Content-Length"))
                    sendError(res, 400, proto::error::truncatedBody,
                              QStringLiteral("body shorter than Content-Length"));
                else
                    sendError(res, 400, proto::error::invalidRequest,
                              QStringLiteral("malformed HTTP request"));
                break;
            case 404:
            case 405:
                sendError(res, 404, proto::error::notFound, QStringLiteral("unknown path"));
                break;
            case 416:
                sendError(res, 416, proto::error::invalidRequest, QStringLiteral("bad Range"));
                break;
            default:
                sendError(res, res.status >= 500 ? res.status : 400,
                          res.status >= 500 ? proto::error::internal : proto::error::invalidRequest,
                          QStringLiteral("request failed"), res.status >= 500);
                break;
            }
            return httplib::Server::HandlerResponse::Handled;
        }));

    s.set_exception_handler(
        [](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
            sendError(res, 500, proto::error::internal, QStringLiteral("server fault"), true);
        });

    if (m_options.logRequests)
        s.set_logger(writeLogLine);

    const ServerContext *c = &m_context;
    const auto route = [c](void (*fn)(const ServerContext &, const httplib::Request &,
                                      httplib::Response &)) {
        return [c, fn](const httplib::Request &req, httplib::Response &res) { fn(*c, req, res); };
    };
    s.Get("/v1/health", route(handlers::health));
    s.Post("/v1/enroll", route(handlers::enroll));
    s.Post("/v1/hello", route(handlers::hello));
    s.Post("/v1/push", route(handlers::push));
    s.Post("/v1/pull", route(handlers::pull));
    s.Post("/v1/fetch", route(handlers::fetch));
    s.Get("/v1/attachments/([0-9a-f]{64})", route(handlers::attachmentStatus));
    s.Put("/v1/attachments/([0-9a-f]{64})", route(handlers::attachmentPut));
    s.Get("/v1/attachments/([0-9a-f]{64})/content", route(handlers::attachmentContent));
    s.Get("/v1/resources/(form|needs-rules|holidays)/([^/]+)/([^/]+)", route(handlers::resource));
}

bool CentralServer::run()
{
    return m_server && m_server->listen_after_bind();
}

void CentralServer::stop()
{
    if (m_server)
        m_server->stop();
}

bool CentralServer::isRunning() const
{
    return m_server && m_server->is_running();
}

} // namespace pluslife::central
