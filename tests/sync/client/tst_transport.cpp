// Transport against a real HTTPS server on the loopback (cpp-httplib with OpenSSL), with a test
// CA and server certificate made by the openssl tool: trust by CA and by pin, refusal of the
// wrong CA and the wrong pin, gzip request bodies, protocol errors, offline and timeout.
#include "client/transport.h"
#include "protocol/messages.h"
#include "protocol/protocol.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace pluslife::sync;

namespace {

bool runOpenssl(const QString &dir, const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                 process.readAll().constData());
        return false;
    }
    return true;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// A CA (name.pem / name.key) that signs one server certificate for 127.0.0.1 (server.pem).
bool makeCa(const QString &dir, const QString &name)
{
    return runOpenssl(
        dir, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
              QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
              name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("30"),
              QStringLiteral("-subj"), QStringLiteral("/CN=PlusLife test ") + name});
}

bool makeServerCertificate(const QString &dir)
{
    return writeText(dir + QStringLiteral("/ext.cnf"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                                                       "basicConstraints=CA:FALSE\n"
                                                       "extendedKeyUsage=serverAuth\n") &&
           runOpenssl(dir, {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                            QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                            QStringLiteral("server.key"), QStringLiteral("-out"),
                            QStringLiteral("server.csr"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=127.0.0.1")}) &&
           runOpenssl(dir,
                      {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                       QStringLiteral("server.csr"), QStringLiteral("-CA"),
                       QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                       QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                       QStringLiteral("server.pem"), QStringLiteral("-days"), QStringLiteral("30"),
                       QStringLiteral("-extfile"), QStringLiteral("ext.cnf")});
}

std::string jsonText(const QJsonObject &object)
{
    return pluslife::sync::protocol::toCompactJson(object).toStdString();
}

} // namespace

class TestTransport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void trustsThePrivateCa();
    void refusesAnotherCa();
    void acceptsThePinnedCertificate();
    void refusesAnotherPin();
    void pinBeatsATrustedChain();
    void gzipsLargeBodies();
    void sendsTokenAndProtocol();
    void mapsProtocolErrors();
    void movesBytesWithProgress();
    void offlineWhenNothingListens();
    void timesOut();
    void plainHttpOnlyForLoopback();

private:
    TransportConfig config() const;
    QTemporaryDir m_dir;
    std::unique_ptr<httplib::SSLServer> m_server;
    std::thread m_thread;
    int m_port = 0;
    QString m_pin;
    std::atomic_bool m_release{false};
};

void TestTransport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString dir = m_dir.path();
    QVERIFY(makeCa(dir, QStringLiteral("ca")));
    QVERIFY(makeCa(dir, QStringLiteral("other-ca")));
    QVERIFY(makeServerCertificate(dir));
    const QList<QSslCertificate> certs =
        QSslCertificate::fromPath(dir + QStringLiteral("/server.pem"));
    QCOMPARE(certs.size(), 1);
    m_pin = QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex());

    m_server = std::make_unique<httplib::SSLServer>(
        (dir + QStringLiteral("/server.pem")).toUtf8().constData(),
        (dir + QStringLiteral("/server.key")).toUtf8().constData());
    QVERIFY(m_server->is_valid());
    m_server->Post("/v1/echo", [](const httplib::Request &req, httplib::Response &res) {
        QByteArray body = QByteArray::fromStdString(req.body);
        // cpp-httplib inflates gzip request bodies itself; inflate here when this build does not.
        if (body.startsWith("\x1f\x8b")) {
            QByteArray plain;
            bool truncated = false;
            bool tooLarge = false;
            pluslife::sync::protocol::gzipInflate(body, 1 << 26, &plain, &truncated, &tooLarge);
            body = plain;
        }
        QJsonObject echoed;
        pluslife::sync::protocol::parseObject(body, &echoed);
        res.set_content(
            jsonText({{QStringLiteral("encoding"),
                       QString::fromStdString(req.get_header_value("Content-Encoding"))},
                      {QStringLiteral("authorization"),
                       QString::fromStdString(req.get_header_value("Authorization"))},
                      {QStringLiteral("protocol"),
                       QString::fromStdString(req.get_header_value("X-PlusLife-Protocol"))},
                      {QStringLiteral("echo"), echoed}}),
            "application/json");
    });
    m_server->Post("/v1/revoked", [](const httplib::Request &, httplib::Response &res) {
        res.status = 403;
        res.set_content(jsonText(pluslife::sync::protocol::errorBody(
                            QString::fromLatin1(pluslife::sync::protocol::error::deviceRevoked),
                            QStringLiteral("revoked"))),
                        "application/json");
    });
    m_server->Get("/v1/plain-error", [](const httplib::Request &, httplib::Response &res) {
        res.status = 502;
        res.set_content("bad gateway", "text/plain");
    });
    m_server->Put("/v1/bytes", [](const httplib::Request &req, httplib::Response &res) {
        res.set_content(
            jsonText({{QStringLiteral("received"), static_cast<qint64>(req.body.size())},
                      {QStringLiteral("offset"),
                       QString::fromStdString(req.get_param_value("offset"))}}),
            "application/json");
    });
    // cpp-httplib answers a Range header itself (206 with the slice).
    m_server->Get("/v1/bytes", [](const httplib::Request &, httplib::Response &res) {
        std::string all(300 * 1024, 'x');
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = static_cast<char>('a' + i % 26);
        res.set_content(all, "application/octet-stream");
    });
    m_server->Get("/v1/slow", [this](const httplib::Request &, httplib::Response &res) {
        for (int i = 0; i < 200 && !m_release; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        res.set_content("{}", "application/json");
    });
    m_port = m_server->bind_to_any_port("127.0.0.1");
    QVERIFY(m_port > 0);
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
}

void TestTransport::cleanupTestCase()
{
    m_release = true;
    if (m_server)
        m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
}

TransportConfig TestTransport::config() const
{
    TransportConfig c;
    c.serverUrl = QStringLiteral("https://127.0.0.1:%1").arg(m_port);
    c.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    c.timeoutMs = 20000;
    return c;
}

void TestTransport::trustsThePrivateCa()
{
    Transport transport(config());
    const TransportReply reply =
        transport.postJson(QStringLiteral("/v1/echo"), {{QStringLiteral("a"), 1}});
    QVERIFY2(reply.ok(), qPrintable(reply.errorCode + QLatin1Char(' ') + reply.errorMessage));
    QCOMPARE(reply.json.value(QStringLiteral("echo")).toObject().value(QStringLiteral("a")).toInt(),
             1);
}

void TestTransport::refusesAnotherCa()
{
    TransportConfig c = config();
    c.caFile = m_dir.filePath(QStringLiteral("other-ca.pem"));
    Transport transport(c);
    const TransportReply reply = transport.postJson(QStringLiteral("/v1/echo"), {});
    QCOMPARE(reply.httpStatus, 0);
    QCOMPARE(reply.errorCode, QString::fromLatin1(transportError::tls));
}

void TestTransport::acceptsThePinnedCertificate()
{
    TransportConfig c = config();
    c.caFile.clear(); // the system store does not know the test CA: only the pin lets it in
    c.pinnedSha256 = m_pin.toUpper();
    Transport transport(c);
    const TransportReply reply = transport.postJson(QStringLiteral("/v1/echo"), {});
    QVERIFY2(reply.ok(), qPrintable(reply.errorCode + QLatin1Char(' ') + reply.errorMessage));
}

void TestTransport::refusesAnotherPin()
{
    TransportConfig c = config();
    c.caFile.clear();
    c.pinnedSha256 = QString(64, QLatin1Char('0'));
    Transport transport(c);
    const TransportReply reply = transport.postJson(QStringLiteral("/v1/echo"), {});
    QCOMPARE(reply.httpStatus, 0);
    QCOMPARE(reply.errorCode, QString::fromLatin1(transportError::tls));
}

void TestTransport::pinBeatsATrustedChain()
{
    TransportConfig c = config(); // the CA trusts the server, but the pin names another cert
    c.pinnedSha256 = QString(64, QLatin1Char('a'));
    Transport transport(c);
    const TransportReply reply = transport.postJson(QStringLiteral("/v1/echo"), {});
    QCOMPARE(reply.errorCode, QString::fromLatin1(transportError::tls));
}

void TestTransport::gzipsLargeBodies()
{
    Transport transport(config());
    QJsonArray items;
    for (int i = 0; i < 500; ++i)
        items.append(QStringLiteral("item %1 with some text").arg(i));
    const QJsonObject big{{QStringLiteral("items"), items}};
    TransportReply reply = transport.postJson(QStringLiteral("/v1/echo"), big);
    QVERIFY2(reply.ok(), qPrintable(reply.errorCode));
    QCOMPARE(reply.json.value(QStringLiteral("encoding")).toString(), QStringLiteral("gzip"));
    QCOMPARE(reply.json.value(QStringLiteral("echo")).toObject(), big);

    reply = transport.postJson(QStringLiteral("/v1/echo"), {{QStringLiteral("small"), true}});
    QVERIFY(reply.ok());
    QCOMPARE(reply.json.value(QStringLiteral("encoding")).toString(), QString());
}

void TestTransport::sendsTokenAndProtocol()
{
    TransportConfig c = config();
    Transport transport(c);
    TransportReply reply = transport.postJson(QStringLiteral("/v1/echo"), {});
    QCOMPARE(reply.json.value(QStringLiteral("authorization")).toString(), QString());
    QCOMPARE(reply.json.value(QStringLiteral("protocol")).toString(), QStringLiteral("1"));
    transport.setToken("abc123");
    reply = transport.postJson(QStringLiteral("/v1/echo"), {});
    QCOMPARE(reply.json.value(QStringLiteral("authorization")).toString(),
             QStringLiteral("Bearer abc123"));
}

void TestTransport::mapsProtocolErrors()
{
    Transport transport(config());
    TransportReply reply = transport.postJson(QStringLiteral("/v1/revoked"), {});
    QCOMPARE(reply.httpStatus, 403);
    QCOMPARE(reply.errorCode, QString::fromLatin1(protocol::error::deviceRevoked));
    QCOMPARE(reply.errorMessage, QStringLiteral("revoked"));
    QVERIFY(!reply.ok());

    reply = transport.getJson(QStringLiteral("/v1/plain-error"));
    QCOMPARE(reply.httpStatus, 502);
    QCOMPARE(reply.errorCode, QStringLiteral("http:502"));

    reply = transport.getJson(QStringLiteral("/v1/no-such-path"));
    QCOMPARE(reply.httpStatus, 404);
}

void TestTransport::movesBytesWithProgress()
{
    Transport transport(config());
    qint64 lastDone = -1;
    transport.setProgressCallback([&](qint64 done, qint64) { lastDone = qMax(lastDone, done); });
    const QByteArray chunk(200 * 1024, 'z');
    TransportReply reply = transport.putBytes(QStringLiteral("/v1/bytes?offset=7"), chunk);
    QVERIFY2(reply.ok(), qPrintable(reply.errorCode));
    QCOMPARE(reply.json.value(QStringLiteral("received")).toInteger(), chunk.size());
    QCOMPARE(reply.json.value(QStringLiteral("offset")).toString(), QStringLiteral("7"));
    QVERIFY(lastDone > 0);

    reply = transport.getBytes(QStringLiteral("/v1/bytes"));
    QVERIFY(reply.ok());
    QCOMPARE(reply.body.size(), 300 * 1024);
    const QByteArray whole = reply.body;
    reply = transport.getBytes(QStringLiteral("/v1/bytes"), 1000);
    QVERIFY(reply.ok());
    QCOMPARE(reply.body, whole.mid(1000));
}

void TestTransport::offlineWhenNothingListens()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    TransportConfig c = config();
    c.serverUrl = QStringLiteral("https://127.0.0.1:%1").arg(port);
    Transport transport(c);
    const TransportReply reply = transport.getJson(QStringLiteral("/v1/health"));
    QCOMPARE(reply.httpStatus, 0);
    QCOMPARE(reply.errorCode, QString::fromLatin1(transportError::offline));
}

void TestTransport::timesOut()
{
    TransportConfig c = config();
    c.timeoutMs = 200;
    Transport transport(c);
    const TransportReply reply = transport.getJson(QStringLiteral("/v1/slow"));
    QCOMPARE(reply.httpStatus, 0);
    QCOMPARE(reply.errorCode, QString::fromLatin1(transportError::timeout));
}

void TestTransport::plainHttpOnlyForLoopback()
{
    TransportConfig c = config();
    c.serverUrl = QStringLiteral("http://192.0.2.1:8080");
    Transport transport(c);
    const TransportReply reply = transport.getJson(QStringLiteral("/v1/health"));
    QCOMPARE(reply.errorCode, QString::fromLatin1(transportError::tls));
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
