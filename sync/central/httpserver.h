#pragma once

#include "httputil.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

// The HTTP(S) side of pluslife-central: cpp-httplib's server with the protocol's limits,
// body handling, error bodies and one JSON log line per request.
namespace pluslife::central {

struct ServerOptions {
    QString host = QStringLiteral("127.0.0.1");
    int port = 8443; // 0: any free port (see CentralServer::port())
    QString certFile;
    QString keyFile;
    bool insecureLoopback = false; // plain HTTP, 127.0.0.1 only
    int threads = 16;
    int readTimeoutSeconds = 30;
    bool logRequests = true;
};

class CentralServer {
public:
    CentralServer(ServerOptions options, ServerContext context);
    ~CentralServer();
    CentralServer(const CentralServer &) = delete;
    CentralServer &operator=(const CentralServer &) = delete;

    // Loads TLS material and binds; false with *problem (English, one line) when it cannot.
    bool bind(QString *problem);
    int port() const { return m_port; }
    // Serves until stop(); in-flight requests finish before it returns.
    bool run();
    void stop();
    bool isRunning() const;

private:
    void setup();

    ServerOptions m_options;
    ServerContext m_context;
    std::unique_ptr<httplib::Server> m_server;
    std::function<void()> m_widenBacklog; // see WideBacklog in httpserver.cpp
    int m_port = 0;
};

} // namespace pluslife::central
