#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

// One HTTPS request at a time to the central window, blocking the calling thread (the sync
// thread or pluslife-admin; never the GUI thread). Trusts the configured private CA or pinned
// certificate; gzips request bodies; reads protocol errors.
namespace pluslife::sync {

struct TransportConfig {
    QString serverUrl;    // https://host:port (http:// only for 127.0.0.1 benchmarks)
    QString caFile;       // PEM; empty = system store
    QString pinnedSha256; // hex SHA-256 of the server certificate's DER; empty = no pin
    QByteArray token;     // device token; empty before enrolment
    int timeoutMs = 60000;
};

struct TransportReply {
    int httpStatus = 0;   // 0 when no answer came (network, TLS)
    QString errorCode;    // protocol error code, or transport:<kind> (see transport.cpp)
    QString errorMessage; // English, for logs; never personal data
    QJsonObject json;     // the answer's JSON object (success or error body)
    QByteArray body;      // raw bytes (attachments, resources)
    bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
};

// Transport-level error codes (no HTTP answer).
namespace transportError {
inline constexpr char offline[] = "transport:offline"; // refused, unreachable, DNS
inline constexpr char timeout[] = "transport:timeout";
inline constexpr char tls[] = "transport:tls";              // certificate not trusted / pin
inline constexpr char badAnswer[] = "transport:bad-answer"; // not JSON where JSON was due
inline constexpr char cancelled[] = "transport:cancelled";  // the cancel flag was set
} // namespace transportError

class Transport {
public:
    explicit Transport(TransportConfig config);
    ~Transport();
    Transport(const Transport &) = delete;
    Transport &operator=(const Transport &) = delete;

    void setToken(const QByteArray &token);
    const TransportConfig &config() const;

    TransportReply getJson(const QString &path);
    TransportReply postJson(const QString &path, const QJsonObject &body);
    TransportReply putBytes(const QString &pathAndQuery, const QByteArray &bytes);
    TransportReply getBytes(const QString &path, qint64 fromOffset = 0);

    // Called with (bytesDone, bytesTotal) while a body moves (the progress bar).
    void setProgressCallback(std::function<void(qint64, qint64)> callback);
    // While a request waits, this flag (set from any thread) aborts it within ~100 ms: stopping
    // the sync thread does not wait out a slow answer. Resending later is always safe.
    void setCancelFlag(const std::atomic_bool *flag);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pluslife::sync
