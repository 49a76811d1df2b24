#include "transport.h"

#include "protocol/messages.h"
#include "protocol/protocol.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace pluslife::sync {
namespace {

// Bodies below this go as they are: gzip's header and dictionary cost more than they save.
constexpr qsizetype kGzipThreshold = 1024;

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") ||
           host == QLatin1String("::1");
}

TransportReply failure(const char *code, const QString &message)
{
    TransportReply reply;
    reply.errorCode = QString::fromLatin1(code);
    reply.errorMessage = message;
    return reply;
}

bool isOfflineError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

} // namespace

struct Transport::Impl {
    TransportConfig config;
    std::function<void(qint64, qint64)> progress;
    const std::atomic_bool *cancel = nullptr;
    // Made on first use, so it belongs to the thread that sends (a QNetworkAccessManager must
    // be used from the thread it lives in).
    std::unique_ptr<QNetworkAccessManager> nam;
    QThread *namThread = nullptr;
    bool sslLoaded = false;
    QSslConfiguration ssl;
    QString sslProblem;

    QNetworkAccessManager &manager();
    bool prepareSsl();
    TransportReply send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                        const QByteArray &contentType, qint64 rangeFrom, bool expectJson);
};

QNetworkAccessManager &Transport::Impl::manager()
{
    if (!nam || namThread != QThread::currentThread()) {
        nam = std::make_unique<QNetworkAccessManager>();
        namThread = QThread::currentThread();
        nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        // The central window is on the LAN or the loopback: a desktop proxy setting would only
        // send center data through a third machine.
        nam->setProxy(QNetworkProxy::NoProxy);
    }
    return *nam;
}

bool Transport::Impl::prepareSsl()
{
    if (sslLoaded)
        return sslProblem.isEmpty();
    sslLoaded = true;
    ssl = QSslConfiguration::defaultConfiguration();
    if (!config.caFile.isEmpty()) {
        // The private CA only: a certificate some public CA signed for the same name must not
        // be trusted in its place.
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(config.caFile);
        if (cas.isEmpty()) {
            sslProblem = QStringLiteral("the CA file holds no PEM certificate");
            return false;
        }
        ssl.setCaCertificates(cas);
    }
    return true;
}

TransportReply Transport::Impl::send(const QByteArray &verb, const QString &pathAndQuery,
                                     const QByteArray &body, const QByteArray &contentType,
                                     qint64 rangeFrom, bool expectJson)
{
    if (cancel && cancel->load())
        return failure(transportError::cancelled, QStringLiteral("cancelled"));
    const QUrl url(config.serverUrl + pathAndQuery);
    if (!url.isValid() || url.host().isEmpty())
        return failure(transportError::offline, QStringLiteral("invalid server address"));
    const QString scheme = url.scheme().toLower();
    const bool https = scheme == QLatin1String("https");
    if (!https && !(scheme == QLatin1String("http") && isLoopbackHost(url.host())))
        return failure(transportError::tls,
                       QStringLiteral("plain http is allowed only to the loopback address"));
    if (https && !prepareSsl())
        return failure(transportError::tls, sslProblem);

    QNetworkRequest request(url);
    request.setRawHeader(protocol::kProtocolHeader, QByteArray::number(protocol::kVersion));
    if (!config.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + config.token);
    if (rangeFrom > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(rangeFrom) + '-');
    if (https)
        request.setSslConfiguration(ssl);
    QByteArray wire = body;
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (body.size() > kGzipThreshold && contentType == "application/json") {
        wire = protocol::gzipCompress(body);
        request.setRawHeader("Content-Encoding", "gzip");
    }

    // Deleted here, not with deleteLater(): pluslife-admin runs no event loop that would ever
    // get round to it.
    const std::unique_ptr<QNetworkReply> owned(
        verb == "GET" ? manager().get(request) : manager().sendCustomRequest(request, verb, wire));
    QNetworkReply *reply = owned.get();
    bool timedOut = false;
    bool cancelled = false;
    QString tlsProblem;
    const QString pin = config.pinnedSha256.toLower();
    const auto pinMatches = [&] {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        return !peer.isNull() &&
               QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex()) == pin;
    };

    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(config.timeoutMs);
    // The timeout counts silence, not the whole transfer: a large first download on a slow line
    // keeps going as long as bytes move.
    QObject::connect(&idle, &QTimer::timeout, reply, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &errors) {
        if (!pin.isEmpty() && pinMatches()) {
            reply->ignoreSslErrors();
            return;
        }
        tlsProblem = errors.isEmpty() ? QStringLiteral("TLS error")
                                      : QStringLiteral("TLS: ") + errors.first().errorString();
    });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [&] {
        // A pin beats a chain the CA store accepts: only that one certificate will do.
        if (!pin.isEmpty() && !pinMatches()) {
            tlsProblem = QStringLiteral("the server certificate does not match the pin");
            reply->abort();
        }
    });
    const auto onProgress = [&](qint64 done, qint64 total) {
        idle.start();
        if (progress)
            progress(done, total);
    };
    QObject::connect(reply, &QNetworkReply::uploadProgress, reply, onProgress);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, onProgress);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    if (cancel) {
        cancelPoll.setInterval(100);
        QObject::connect(&cancelPoll, &QTimer::timeout, reply, [&] {
            if (cancel->load()) {
                cancelled = true;
                reply->abort();
            }
        });
        cancelPoll.start();
    }
    idle.start();
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    idle.stop();
    cancelPoll.stop();

    TransportReply result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (result.httpStatus == 0 || timedOut || cancelled || !tlsProblem.isEmpty()) {
        result.httpStatus = 0;
        if (cancelled) {
            result.errorCode = QString::fromLatin1(transportError::cancelled);
            result.errorMessage = QStringLiteral("cancelled");
        } else if (!tlsProblem.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
            result.errorCode = QString::fromLatin1(transportError::tls);
            result.errorMessage = tlsProblem.isEmpty() ? reply->errorString() : tlsProblem;
        } else if (timedOut || error == QNetworkReply::TimeoutError) {
            result.errorCode = QString::fromLatin1(transportError::timeout);
            result.errorMessage = QStringLiteral("no answer within %1 ms").arg(config.timeoutMs);
        } else {
            result.errorCode = QString::fromLatin1(
                isOfflineError(error) ? transportError::offline : transportError::badAnswer);
            result.errorMessage = reply->errorString();
        }
        return result;
    }
    result.body = reply->readAll();
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();

    const bool json = type.startsWith(QLatin1String("application/json"));
    if (json || (expectJson && result.ok())) {
        QString problem;
        if (!protocol::parseObject(result.body, &result.json, &problem)) {
            if (result.ok()) {
                result.httpStatus = 0;
                result.errorCode = QString::fromLatin1(transportError::badAnswer);
                result.errorMessage = problem;
                return result;
            }
        }
    }
    if (!result.ok()) {
        result.errorCode = protocol::errorCode(result.json);
        result.errorMessage = result.json.value(QStringLiteral("error"))
                                  .toObject()
                                  .value(QStringLiteral("message"))
                                  .toString();
        if (result.errorCode.isEmpty())
            result.errorCode = QStringLiteral("http:%1").arg(result.httpStatus);
    }
    return result;
}

Transport::Transport(TransportConfig config)
    : d(std::make_unique<Impl>())
{
    d->config = std::move(config);
    while (d->config.serverUrl.endsWith(QLatin1Char('/')))
        d->config.serverUrl.chop(1);
}

Transport::~Transport() = default;

void Transport::setToken(const QByteArray &token)
{
    d->config.token = token;
}

const TransportConfig &Transport::config() const
{
    return d->config;
}

TransportReply Transport::getJson(const QString &path)
{
    return d->send("GET", path, {}, {}, 0, true);
}

TransportReply Transport::postJson(const QString &path, const QJsonObject &body)
{
    return d->send("POST", path, protocol::toCompactJson(body), "application/json", 0, true);
}

TransportReply Transport::putBytes(const QString &pathAndQuery, const QByteArray &bytes)
{
    return d->send("PUT", pathAndQuery, bytes, "application/octet-stream", 0, true);
}

TransportReply Transport::getBytes(const QString &path, qint64 fromOffset)
{
    return d->send("GET", path, {}, {}, fromOffset, false);
}

void Transport::setCancelFlag(const std::atomic_bool *flag)
{
    d->cancel = flag;
}

void Transport::setProgressCallback(std::function<void(qint64, qint64)> callback)
{
    d->progress = std::move(callback);
}

} // namespace pluslife::sync
