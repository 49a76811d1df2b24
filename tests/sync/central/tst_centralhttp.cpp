// pluslife-central over real HTTPS on the loopback (a test CA made with openssl): bad requests
// of every kind get the protocol's error answers and the server keeps serving; push, pull,
// attachments and resources work end to end.
#include "centraltest.h"

#include "admin.h"
#include "attachments.h"
#include "httpserver.h"
#include "testpki.h"

#include "protocol/messages.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>

using namespace pluslife::central;
using namespace pluslife::central::test;
namespace proto = pluslife::sync::protocol;

namespace {

struct Answer {
    int status = 0;
    QJsonObject json;
    std::string body;
    httplib::Headers headers;
    QString code() const { return proto::errorCode(json); }
};

} // namespace

class TstCentralHttp : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_pkiDir;
    pluslife::test::TestPki m_pki;
    std::unique_ptr<CentralServer> m_server;
    std::thread m_serverThread;
    TestCenter m_center;
    QString m_token;
    QString m_deviceId;

    std::unique_ptr<httplib::SSLClient> client()
    {
        auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", m_server->port());
        c->set_ca_cert_path(m_pki.caCert.toLocal8Bit().constData());
        c->enable_server_certificate_verification(true);
        c->set_read_timeout(30, 0);
        return c;
    }

    httplib::Headers headers(const QString &token = {}) const
    {
        httplib::Headers h{{"X-PlusLife-Protocol", "1"}};
        if (!token.isEmpty())
            h.emplace("Authorization", "Bearer " + token.toStdString());
        return h;
    }

    static Answer answer(const httplib::Result &result)
    {
        Answer a;
        if (!result)
            return a;
        a.status = result->status;
        a.body = result->body;
        a.headers = result->headers;
        proto::parseObject(QByteArray::fromStdString(result->body), &a.json);
        return a;
    }

    Answer post(const char *path, const QByteArray &body, httplib::Headers h)
    {
        return answer(client()->Post(path, h, body.toStdString(), "application/json"));
    }
    Answer postJson(const char *path, const QJsonObject &body, const QString &token)
    {
        return post(path, proto::toCompactJson(body), headers(token));
    }

    void expectHealthy()
    {
        const Answer a = answer(client()->Get("/v1/health"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
    }

    // Sends raw bytes over TLS and returns what came back before the server closed or
    // answered (a whole response when it has a body of Content-Length bytes).
    QByteArray raw(const QByteArray &request)
    {
        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(m_pki.caCert));
        socket.setSslConfiguration(config);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"),
                                      static_cast<quint16>(m_server->port()));
        if (!socket.waitForEncrypted(10000))
            return "no TLS: " + socket.errorString().toUtf8();
        socket.write(request);
        socket.flush();
        QByteArray got;
        while (socket.waitForReadyRead(20000)) {
            got += socket.readAll();
            const qsizetype end = got.indexOf("\r\n\r\n");
            if (end > 0) {
                const qsizetype at = got.toLower().indexOf("content-length:");
                if (at > 0) {
                    const qsizetype eol = got.indexOf("\r\n", at);
                    const int length = got.mid(at + 15, eol - at - 15).trimmed().toInt();
                    if (got.size() >= end + 4 + length)
                        break;
                }
            }
        }
        return got;
    }

private slots:
    void initTestCase()
    {
        const QString problem = postgresProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY(m_pkiDir.isValid());
        m_pki = pluslife::test::makeTestPki(m_pkiDir.path());
        QVERIFY2(m_pki.ok(), qPrintable(m_pki.error));
        m_db = std::make_unique<TestDatabase>();
        QString error;
        QVERIFY2(m_db->create(&error), qPrintable(error));
        m_center = makeCenter(m_db->db(), QStringLiteral("C1"));

        ServerOptions options;
        options.port = 0;
        options.certFile = m_pki.serverCert;
        options.keyFile = m_pki.serverKey;
        options.threads = 4;
        options.readTimeoutSeconds = 2; // the truncated-body case waits this long
        options.logRequests = qEnvironmentVariableIsSet("PLUSLIFE_CENTRAL_TEST_LOG");
        ServerContext context;
        context.db = m_db->settings();
        m_server = std::make_unique<CentralServer>(options, context);
        QVERIFY2(m_server->bind(&error), qPrintable(error));
        m_serverThread = std::thread([this] { m_server->run(); });
        QTRY_VERIFY_WITH_TIMEOUT(m_server->isRunning(), 20000);

        const QString code =
            issueCode(m_db->db(), m_center.code, 7, QDateTime::currentDateTimeUtc());
        const Answer enrolled =
            postJson("/v1/enroll",
                     QJsonObject{{QStringLiteral("protocol"), 1},
                                 {QStringLiteral("code"), code},
                                 {QStringLiteral("device_name"), QStringLiteral("pc-1")}},
                     {});
        QCOMPARE(enrolled.status, 200);
        m_token = enrolled.json.value(QStringLiteral("token")).toString();
        m_deviceId = enrolled.json.value(QStringLiteral("device_id")).toString();
        QCOMPARE(enrolled.json[QStringLiteral("center")][QStringLiteral("uuid")].toString(),
                 m_center.uuid);
        QVERIFY(proto::isUuid(enrolled.json.value(QStringLiteral("server_id")).toString()));
        // The code was single use.
        const Answer again =
            postJson("/v1/enroll",
                     QJsonObject{{QStringLiteral("protocol"), 1},
                                 {QStringLiteral("code"), code},
                                 {QStringLiteral("device_name"), QStringLiteral("pc-2")}},
                     {});
        QCOMPARE(again.status, 422);
        QCOMPARE(again.code(), QStringLiteral("enrolment-code-invalid"));
    }

    void cleanupTestCase()
    {
        if (m_server) {
            m_server->stop();
            if (m_serverThread.joinable())
                m_serverThread.join();
            m_server.reset();
        }
        m_db.reset();
    }

    void helloReportsTheCenter()
    {
        const Answer a =
            postJson("/v1/hello",
                     QJsonObject{{QStringLiteral("protocol"), 1},
                                 {QStringLiteral("client_version"), QStringLiteral("0.1.0")}},
                     m_token);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json[QStringLiteral("center")][QStringLiteral("code")].toString(),
                 QStringLiteral("C1"));
        QVERIFY(a.json.contains(QStringLiteral("high_seq")));
        QVERIFY(a.json.value(QStringLiteral("resources")).isArray());
    }

    void pushAndPullGzipped()
    {
        const QString uuid = proto::newUuid();
        const QJsonObject body{
            {QStringLiteral("batch_id"), proto::newUuid()},
            {QStringLiteral("ops"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("op_id"), proto::newUuid()},
                             {QStringLiteral("entity"), QStringLiteral("person")},
                             {QStringLiteral("uuid"), uuid},
                             {QStringLiteral("action"), QStringLiteral("upsert")},
                             {QStringLiteral("base_version"), 0},
                             {QStringLiteral("fields"),
                              QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Z")}}}}}}};
        httplib::Headers h = headers(m_token);
        h.emplace("Content-Encoding", "gzip");
        const Answer pushed = post("/v1/push", proto::gzipCompress(proto::toCompactJson(body)), h);
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pushed.json[QStringLiteral("results")][0][QStringLiteral("status")].toString(),
                 QStringLiteral("applied"));

        auto c = client();
        httplib::Headers ph = headers(m_token);
        ph.emplace("Accept-Encoding", "gzip");
        const Answer pulled =
            answer(c->Post("/v1/pull", ph, R"({"cursor": {"seq": 0, "tag": ""}, "limit": 100})",
                           "application/json"));
        QCOMPARE(pulled.status, 200);
        bool found = false;
        for (const QJsonValue &change : pulled.json.value(QStringLiteral("changes")).toArray())
            found = found || change[QStringLiteral("uuid")].toString() == uuid;
        QVERIFY(found);

        const Answer fetched = postJson(
            "/v1/fetch",
            QJsonObject{
                {QStringLiteral("refs"),
                 QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("person")},
                                        {QStringLiteral("uuid"), uuid}}}}},
            m_token);
        QCOMPARE(fetched.json.value(QStringLiteral("records")).toArray().size(), 1);
        const Answer reset = post(
            "/v1/pull", R"({"cursor": {"seq": 999999, "tag": ""}, "limit": 10})", headers(m_token));
        QCOMPARE(reset.status, 409);
        QCOMPARE(reset.code(), QStringLiteral("reset-required"));
    }

    void badRequestsGetProtocolErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray pull = R"({"cursor": {"seq": 0, "tag": ""}, "limit": 10})";
        QTest::newRow("malformed json") << QByteArray("{\"cursor\": ") << QByteArray() << 400
                                        << QStringLiteral("malformed-json");
        QTest::newRow("not an object")
            << QByteArray("[1, 2]") << QByteArray() << 400 << QStringLiteral("malformed-json");
        QTest::newRow("missing field") << QByteArray(R"({"limit": 10})") << QByteArray() << 400
                                       << QStringLiteral("invalid-request");
        QTest::newRow("bad gzip") << QByteArray("this is not gzip at all") << QByteArray("gzip")
                                  << 400 << QStringLiteral("invalid-request");
        const QByteArray gz = proto::gzipCompress(pull);
        QTest::newRow("truncated gzip") << gz.left(gz.size() / 2) << QByteArray("gzip") << 400
                                        << QStringLiteral("truncated-body");
        QTest::newRow("gzip bomb")
            << proto::gzipCompress(QByteArray(33 * 1024 * 1024, ' ')) << QByteArray("gzip") << 413
            << QStringLiteral("payload-too-large");
        QTest::newRow("over 8 MiB") << QByteArray(9 * 1024 * 1024, ' ') << QByteArray() << 413
                                    << QStringLiteral("payload-too-large");
        QTest::newRow("compress") << pull << QByteArray("compress") << 415
                                  << QStringLiteral("unsupported-encoding");
    }

    void badRequestsGetProtocolErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, encoding);
        QFETCH(int, status);
        QFETCH(QString, code);
        httplib::Headers h = headers(m_token);
        if (!encoding.isEmpty())
            h.emplace("Content-Encoding", encoding.toStdString());
        const Answer a = post("/v1/pull", body, h);
        QCOMPARE(a.status, status);
        QCOMPARE(a.code(), code);
        QVERIFY(!a.json[QStringLiteral("error")][QStringLiteral("message")].toString().isEmpty());
        expectHealthy();
    }

    void pushRequestsAreChecked()
    {
        QJsonArray tooMany;
        for (int i = 0; i < 501; ++i)
            tooMany.append(QJsonObject{{QStringLiteral("op_id"), proto::newUuid()}});
        Answer a = postJson("/v1/push", QJsonObject{{QStringLiteral("ops"), tooMany}}, m_token);
        QCOMPARE(a.status, 413);
        QCOMPARE(a.code(), QStringLiteral("payload-too-large"));
        a = postJson("/v1/push",
                     QJsonObject{{QStringLiteral("ops"),
                                  QJsonArray{QJsonObject{
                                      {QStringLiteral("op_id"), proto::newUuid()},
                                      {QStringLiteral("entity"), QStringLiteral("person")},
                                      {QStringLiteral("uuid"), proto::newUuid()},
                                      {QStringLiteral("action"), QStringLiteral("upsert")},
                                      {QStringLiteral("base_version"), QStringLiteral("0")},
                                      {QStringLiteral("fields"), QJsonObject{}}}}}},
                     m_token);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), QStringLiteral("invalid-request"));
        QVERIFY2(a.json[QStringLiteral("error")][QStringLiteral("message")].toString().startsWith(
                     QLatin1String("ops[0].base_version")),
                 a.body.c_str());
        expectHealthy();
    }

    void truncatedBodyAndMissingLength()
    {
        const QByteArray head =
            "POST /v1/pull HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
            m_token.toLatin1() + "\r\nContent-Type: application/json\r\n";
        // Shorter than Content-Length: the read times out (2 s here, 30 s in service).
        const QByteArray cut = raw(head + "Content-Length: 100\r\n\r\n{\"cursor\":");
        QVERIFY2(cut.startsWith("HTTP/1.1 400"), cut.constData());
        QVERIFY2(cut.contains("truncated-body"), cut.constData());
        expectHealthy();
        const QByteArray noLength = raw(head + "\r\n{}");
        QVERIFY2(noLength.startsWith("HTTP/1.1 411"), noLength.constData());
        QVERIFY2(noLength.contains("length-required"), noLength.constData());
        expectHealthy();
    }

    void tokensAndProtocolVersions()
    {
        const QByteArray hello = R"({"protocol": 1, "client_version": "0.1.0"})";
        Answer a = post("/v1/hello", hello, headers());
        QCOMPARE(a.status, 401);
        QCOMPARE(a.code(), QStringLiteral("unauthenticated"));
        a = post("/v1/hello", hello, headers(QString(64, QLatin1Char('f'))));
        QCOMPARE(a.status, 401);
        expectHealthy();
        a = post("/v1/hello", R"({"protocol": 0, "client_version": "0.0.1"})", headers(m_token));
        QCOMPARE(a.status, 426);
        QCOMPARE(a.code(), QStringLiteral("protocol-unsupported"));
        httplib::Headers future = headers(m_token);
        future.erase("X-PlusLife-Protocol");
        future.emplace("X-PlusLife-Protocol", "2");
        a = post("/v1/hello", hello, future);
        QCOMPARE(a.status, 426);
        expectHealthy();
        a = answer(client()->Get("/v1/nowhere"));
        QCOMPARE(a.status, 404);
        QCOMPARE(a.code(), QStringLiteral("not-found"));
        expectHealthy();
    }

    void revokedDeviceIsRefused()
    {
        QString token;
        const Device device = enrolDevice(m_db->db(), m_center, &token);
        QCOMPARE(post("/v1/pull", R"({"cursor": {"seq": 0, "tag": ""}})", headers(token)).status,
                 200);
        revokeDevice(m_db->db(), device.id, QDateTime::currentDateTimeUtc());
        const Answer a = post("/v1/pull", R"({"cursor": {"seq": 0, "tag": ""}})", headers(token));
        QCOMPARE(a.status, 403);
        QCOMPARE(a.code(), QStringLiteral("device-revoked"));
        expectHealthy();
    }

    void attachmentsUploadInResumableChunks()
    {
        QByteArray bytes;
        for (int i = 0; i < 300000; ++i)
            bytes.append(static_cast<char>(i * 7));
        const std::string sha =
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
        const std::string base = "/v1/attachments/" + sha;
        auto c = client();
        QCOMPARE(answer(c->Get(base.c_str(), headers(m_token))).status, 404);
        const std::string size = std::to_string(bytes.size());
        const auto put = [&](qsizetype from, qsizetype length) {
            return answer(
                c->Put((base + "?offset=" + std::to_string(from) + "&size=" + size).c_str(),
                       headers(m_token), bytes.mid(from, length).toStdString(),
                       "application/octet-stream"));
        };
        Answer a = put(0, 100000);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("received")).toInteger(), 100000);
        QCOMPARE(a.json.value(QStringLiteral("complete")).toBool(), false);
        a = put(50000, 1000); // not where the server is: told where to resume
        QCOMPARE(a.status, 409);
        QCOMPARE(a.json.value(QStringLiteral("received")).toInteger(), 100000);
        a = answer(c->Get(base.c_str(), headers(m_token)));
        QCOMPARE(a.json.value(QStringLiteral("received")).toInteger(), 100000);
        a = put(100000, 200000);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("complete")).toBool(), true);
        a = answer(c->Get((base + "/content").c_str(), headers(m_token)));
        QCOMPARE(a.status, 200);
        QVERIFY(QByteArray::fromStdString(a.body) == bytes);
        httplib::Headers ranged = headers(m_token);
        ranged.emplace("Range", "bytes=299990-");
        a = answer(c->Get((base + "/content").c_str(), ranged));
        QCOMPARE(a.status, 206);
        QVERIFY(QByteArray::fromStdString(a.body) == bytes.mid(299990));

        // Bytes that do not hash to the name: dropped, 422.
        const std::string wrong = "/v1/attachments/" + std::string(64, 'a');
        a = answer(c->Put((wrong + "?offset=0&size=5").c_str(), headers(m_token), "hello",
                          "application/octet-stream"));
        QCOMPARE(a.status, 422);
        QCOMPARE(a.code(), QStringLiteral("checksum-mismatch"));
        QCOMPARE(answer(c->Get(wrong.c_str(), headers(m_token))).status, 404);
        expectHealthy();
    }

    void healthReportsTheDatabaseDown()
    {
        DbSettings nowhere = m_db->settings();
        nowhere.host = QStringLiteral("127.0.0.1");
        nowhere.port = 1; // nothing listens there
        ServerOptions options;
        options.port = 0;
        options.insecureLoopback = true;
        options.threads = 2;
        options.logRequests = false;
        ServerContext context;
        context.db = nowhere;
        CentralServer down(options, context);
        QString error;
        QVERIFY2(down.bind(&error), qPrintable(error));
        std::thread serving([&] { down.run(); });
        QTRY_VERIFY_WITH_TIMEOUT(down.isRunning(), 20000);
        httplib::Client c("127.0.0.1", down.port());
        Answer a = answer(c.Get("/v1/health"));
        QCOMPARE(a.status, 503);
        QCOMPARE(a.json.value(QStringLiteral("database")).toString(), QStringLiteral("down"));
        QCOMPARE(a.code(), QStringLiteral("unavailable"));
        a = answer(c.Post("/v1/pull", headers(m_token), R"({"cursor": {"seq": 0, "tag": ""}})",
                          "application/json"));
        QCOMPARE(a.status, 503);
        QCOMPARE(a.json[QStringLiteral("error")][QStringLiteral("retry")].toBool(), true);
        down.stop();
        serving.join();
        expectHealthy();
    }

    void resourcesAreDistributed()
    {
        const QByteArray holidays = R"({"holidays": [{"date": "2026-03-21", "name": "Nowruz"}]})";
        publishResource(m_db->db(), QStringLiteral("holidays"), QStringLiteral("iran"),
                        QStringLiteral("2026"), holidays);
        const Answer hello =
            postJson("/v1/hello", QJsonObject{{QStringLiteral("protocol"), 1}}, m_token);
        const QJsonArray resources = hello.json.value(QStringLiteral("resources")).toArray();
        QCOMPARE(resources.size(), 1);
        QCOMPARE(resources.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("holidays"));
        const Answer got =
            answer(client()->Get("/v1/resources/holidays/iran/2026", headers(m_token)));
        QCOMPARE(got.status, 200);
        QVERIFY(QByteArray::fromStdString(got.body) == holidays);
        QCOMPARE(QString::fromStdString(got.headers.find("X-Content-SHA256")->second),
                 resources.at(0)[QStringLiteral("sha256")].toString());
        QCOMPARE(answer(client()->Get("/v1/resources/holidays/iran/2025", headers(m_token))).status,
                 404);
    }
};

QTEST_GUILESS_MAIN(TstCentralHttp)
#include "tst_centralhttp.moc"
