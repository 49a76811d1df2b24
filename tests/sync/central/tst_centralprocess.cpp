// The pluslife-central executable: admin commands (exit codes, one-line errors), and `serve`
// with TLS finishing an in-flight request after SIGTERM before it exits 0.
#include "centraltest.h"

#include "testpki.h"

#include "admin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

using namespace pluslife::central::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TstCentralProcess : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_exe;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PLUSLIFE_CENTRAL_DB"), m_db->connectionString());
        return env;
    }

    Run run(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(m_exe, arguments);
        Run r;
        if (!process.waitForFinished(60000))
            return r;
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        r.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return r;
    }

    Run admin(const QStringList &arguments)
    {
        return run(QStringList{QStringLiteral("admin")} + arguments);
    }

private slots:
    void initTestCase()
    {
        const QString problem = postgresProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        m_exe = qEnvironmentVariable("PLUSLIFE_CENTRAL_EXE");
        QVERIFY2(QFile::exists(m_exe),
                 "PLUSLIFE_CENTRAL_EXE does not name the built pluslife-central");
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QString error;
        QVERIFY2(m_db->create(&error), qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    void adminCommandsAnswerOnStdoutAndFailOnStderr()
    {
        QCOMPARE(run({QStringLiteral("migrate")}).exitCode, 0);
        QCOMPARE(admin({QStringLiteral("province-add"), QStringLiteral("--code"),
                        QStringLiteral("23"), QStringLiteral("--name"), QStringLiteral("Tehran")})
                     .exitCode,
                 0);
        Run r = admin({QStringLiteral("province-add"), QStringLiteral("--code"),
                       QStringLiteral("23"), QStringLiteral("--name"), QStringLiteral("Again")});
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 0);
        QVERIFY(r.err.contains(QLatin1String("already exists")));
        QCOMPARE(admin({QStringLiteral("county-add"), QStringLiteral("--province"),
                        QStringLiteral("23"), QStringLiteral("--code"), QStringLiteral("2301"),
                        QStringLiteral("--name"), QStringLiteral("Shemiranat")})
                     .exitCode,
                 0);
        r = admin({QStringLiteral("center-add"), QStringLiteral("--county"), QStringLiteral("2301"),
                   QStringLiteral("--code"), QStringLiteral("C7"), QStringLiteral("--name"),
                   QStringLiteral("Center 7")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(r.out).hasMatch());
        r = admin({QStringLiteral("center-add"), QStringLiteral("--county"), QStringLiteral("9999"),
                   QStringLiteral("--code"), QStringLiteral("C8"), QStringLiteral("--name"),
                   QStringLiteral("X")});
        QVERIFY(r.exitCode != 0);
        r = admin({QStringLiteral("worker-add"), QStringLiteral("--center"), QStringLiteral("C7"),
                   QStringLiteral("--username"), QStringLiteral("reza"), QStringLiteral("--name"),
                   QStringLiteral("Reza"), QStringLiteral("--role"), QStringLiteral("reception")});
        QCOMPARE(r.exitCode, 0);
        r = admin({QStringLiteral("code-issue"), QStringLiteral("--center"), QStringLiteral("C7")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$"))
                     .match(r.out)
                     .hasMatch(),
                 qPrintable(r.out));
        r = admin({QStringLiteral("devices"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isArray());
        r = admin({QStringLiteral("health"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("database"))
                     .toString(),
                 QStringLiteral("ok"));
        QTemporaryFile csv;
        QVERIFY(csv.open());
        csv.write(
            "0012345678,Ali,Rahimi,1990-01-01,true\n0087654321,Mina,Saberi,1985-05-05,false\n");
        csv.close();
        r = admin({QStringLiteral("registry-load"), csv.fileName()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("2 ")));
        QTemporaryFile form;
        QVERIFY(form.open());
        form.write("<h:html/>");
        form.close();
        QCOMPARE(admin({QStringLiteral("publish"), QStringLiteral("--kind"), QStringLiteral("form"),
                        QStringLiteral("--id"), QStringLiteral("intake"),
                        QStringLiteral("--version"), QStringLiteral("3"), form.fileName()})
                     .exitCode,
                 0);
        QVERIFY(admin({QStringLiteral("publish"), QStringLiteral("--kind"),
                       QStringLiteral("holidays"), QStringLiteral("--id"), QStringLiteral("x"),
                       QStringLiteral("--version"), QStringLiteral("1"), form.fileName()})
                    .exitCode != 0); // not JSON
        r = admin({QStringLiteral("sms-outbox"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
        r = admin({QStringLiteral("epoch-bump")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("epoch 2"));
        QVERIFY(admin({QStringLiteral("referral-reply"), QStringLiteral("--referral"),
                       QStringLiteral("00000000-0000-0000-0000-000000000000"),
                       QStringLiteral("--accept")})
                    .exitCode != 0);
        QVERIFY(admin({QStringLiteral("device-revoke"), QStringLiteral("--device"),
                       QStringLiteral("00000000-0000-0000-0000-000000000000")})
                    .exitCode != 0);
        QVERIFY(admin({QStringLiteral("no-such-command")}).exitCode != 0);
        QVERIFY(run({QStringLiteral("serve"), QStringLiteral("--listen"),
                     QStringLiteral("0.0.0.0:0"), QStringLiteral("--insecure-loopback")})
                    .exitCode != 0);
    }

    void serveFinishesInFlightRequestsOnSigterm()
    {
        QTemporaryDir dir;
        const pluslife::test::TestPki pki = pluslife::test::makeTestPki(dir.path());
        QVERIFY2(pki.ok(), qPrintable(pki.error));
        QProcess server;
        server.setProcessEnvironment(environment());
        server.start(m_exe, {QStringLiteral("serve"), QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--cert"),
                             pki.serverCert, QStringLiteral("--key"), pki.serverKey});
        QVERIFY(server.waitForStarted());
        QByteArray line;
        while (!line.contains('\n') && server.waitForReadyRead(30000))
            line += server.readAllStandardOutput();
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^listening on 127\\.0\\.0\\.1:(\\d+)"))
                .match(QString::fromUtf8(line));
        QVERIFY2(m.hasMatch(), line.constData());
        const quint16 port = static_cast<quint16>(m.captured(1).toUInt());

        // A request in flight: an enrolment that waits on a row lock this test holds.
        const TestCenter center = makeCenter(m_db->db(), QStringLiteral("C9"));
        const QString code = pluslife::central::issueCode(m_db->db(), center.code, 7,
                                                          QDateTime::currentDateTimeUtc());
        const QString lockName = QStringLiteral("row-locker");
        QString problem;
        QSqlDatabase locker =
            pluslife::central::openConnection(m_db->settings(), lockName, &problem);
        QVERIFY2(locker.isOpen(), qPrintable(problem));
        QVERIFY(locker.transaction());
        QSqlQuery lockRows(locker);
        QVERIFY(lockRows.exec(QStringLiteral("SELECT 1 FROM enrolment_codes FOR UPDATE")));

        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(pki.caCert));
        socket.setSslConfiguration(config);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        const QByteArray body = "{\"protocol\": 1, \"code\": \"" + code.toLatin1() +
                                "\", \"device_name\": \"in-flight\"}";
        socket.write("POST /v1/enroll HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                     "application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(socket.waitForBytesWritten(10000));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_db->db()
                    .scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                           "current_database() AND wait_event_type = 'Lock'"))
                    .toInt() == 1,
            30000);

        server.terminate(); // SIGTERM
        // The server stops accepting...
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QTcpSocket probe;
                probe.connectToHost(QStringLiteral("127.0.0.1"), port);
                return !probe.waitForConnected(2000);
            }(),
            30000);
        QCOMPARE(server.state(), QProcess::Running);
        // ...but finishes the request in flight once the lock goes.
        QVERIFY(locker.commit());
        QByteArray answer;
        while (!answer.contains("\"token\"") && socket.waitForReadyRead(30000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        socket.close();
        QVERIFY(server.waitForFinished(60000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        // One JSON log line per request, with no personal data.
        const QList<QByteArray> logs = server.readAllStandardError().split('\n');
        bool logged = false;
        for (const QByteArray &l : logs) {
            const QJsonObject o = QJsonDocument::fromJson(l).object();
            if (o.value(QStringLiteral("path")).toString() == QLatin1String("/v1/enroll")) {
                logged = true;
                QCOMPARE(o.value(QStringLiteral("status")).toInt(), 200);
                QVERIFY(!l.contains(code.toLatin1()));
                QVERIFY(!l.contains("token"));
            }
        }
        QVERIFY(logged);
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase(lockName);
    }
};

QTEST_GUILESS_MAIN(TstCentralProcess)
#include "tst_centralprocess.moc"
