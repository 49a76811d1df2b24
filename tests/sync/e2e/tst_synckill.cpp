#include "syncscenario.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

using namespace pluslife;
using namespace pluslife::test;

// kill -9 of a device in the middle of push, pull and first download, at random moments, many
// times: afterwards every record is on the central and on the other device exactly once.
// PLUSLIFE_SYNC_KILL_RUNS sets the number of runs (50 in the test command; the soak script
// raises it), PLUSLIFE_SYNC_KILL_SEED replays a run.
class TestSyncKill : public QObject {
    Q_OBJECT

private:
    CentralFixture m_central;
    ClientFixture m_writer;
    ClientFixture m_reader;
    QRandomGenerator m_random;
    int m_serial = 1000;
    int m_created = 0;

    // Small batches and pages: a cycle has many commit points for a kill to fall between.
    static QProcessEnvironment smallSteps()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PLUSLIFE_SYNC_PUSH_BATCH"), QStringLiteral("4"));
        env.insert(QStringLiteral("PLUSLIFE_SYNC_PULL_PAGE"), QStringLiteral("7"));
        return env;
    }

    void killAfter(QProcess &process, int ms)
    {
        process.waitForFinished(ms);
        if (process.state() != QProcess::NotRunning) {
            process.kill(); // SIGKILL
            process.waitForFinished(10000);
        }
    }

    void verifyEveryoneHasEverything(ClientFixture &other)
    {
        QVERIFY(synced(m_writer));
        QVERIFY(synced(other));
        const QStringList central =
            m_central.recordUuids(QStringLiteral("230101"), QStringLiteral("household"));
        QCOMPARE(central.size(), m_created);
        QCOMPARE(m_writer.householdUuids(), central);
        QCOMPARE(other.householdUuids(), central);
        QCOMPARE(other.count(QStringLiteral("people")), m_created);
        QCOMPARE(m_central.countRecords(QStringLiteral("230101"), QStringLiteral("person")),
                 m_created);
        QCOMPARE(m_writer.count(QStringLiteral("sync_outbox")), 0);
        QCOMPARE(m_writer.count(QStringLiteral("sync_dirty")), 0);
        QCOMPARE(other.count(QStringLiteral("sync_parked")), 0);
        for (ClientFixture *client : {&m_writer, &other}) {
            QSqlQuery check(client->session().vault().database());
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        }
    }

private slots:
    void initTestCase()
    {
        const quint32 seed = qEnvironmentVariableIsSet("PLUSLIFE_SYNC_KILL_SEED")
                                 ? qEnvironmentVariableIntValue("PLUSLIFE_SYNC_KILL_SEED")
                                 : QRandomGenerator::global()->generate();
        qInfo("kill seed %u (PLUSLIFE_SYNC_KILL_SEED replays it)", seed);
        m_random.seed(seed);
        QVERIFY2(m_central.setUp(), qPrintable(m_central.error()));
        QVERIFY2(m_central.start(), qPrintable(m_central.error()));
        QVERIFY(m_writer.create());
        QVERIFY(m_reader.create());
        QString err;
        QVERIFY2(m_writer.enroll(m_central.url(), m_central.issueCode(QStringLiteral("230101")),
                                 m_central.pki().caCert, &err),
                 qPrintable(err));
        QVERIFY2(m_reader.enroll(m_central.url(), m_central.issueCode(QStringLiteral("230101")),
                                 m_central.pki().caCert, &err),
                 qPrintable(err));
    }

    void killedDuringPushAndPull()
    {
        const int runs = qEnvironmentVariableIsSet("PLUSLIFE_SYNC_KILL_RUNS")
                             ? qEnvironmentVariableIntValue("PLUSLIFE_SYNC_KILL_RUNS")
                             : 50;
        int interrupted = 0;
        for (int run = 0; run < runs; ++run) {
            for (int k = 0; k < 3; ++k) {
                QVERIFY(m_writer.openHousehold(m_serial++));
                ++m_created;
            }
            QProcess push;
            QProcess pull;
            m_writer.startSync(&push, smallSteps());
            m_reader.startSync(&pull, smallSteps());
            QVERIFY(push.waitForStarted() && pull.waitForStarted());
            killAfter(push, m_random.bounded(30, 600));
            killAfter(pull, m_random.bounded(0, 300));
            interrupted += push.exitStatus() == QProcess::CrashExit;
            interrupted += pull.exitStatus() == QProcess::CrashExit;
        }
        qInfo("%d runs, %d syncs killed mid-cycle", runs, interrupted);
        QVERIFY(interrupted > 0);
        verifyEveryoneHasEverything(m_reader);
    }

    void killedDuringFirstDownload()
    {
        ClientFixture fresh;
        QVERIFY(fresh.create());
        QString err;
        QVERIFY2(fresh.enroll(m_central.url(), m_central.issueCode(QStringLiteral("230101")),
                              m_central.pki().caCert, &err),
                 qPrintable(err));
        for (int run = 0; run < 10; ++run) {
            QProcess download;
            fresh.startSync(&download, smallSteps());
            QVERIFY(download.waitForStarted());
            killAfter(download, m_random.bounded(50, 700));
        }
        verifyEveryoneHasEverything(fresh);
    }

    void cleanupTestCase() { m_central.stop(); }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
