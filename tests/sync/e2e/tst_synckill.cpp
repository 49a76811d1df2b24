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

    // SIGKILL `ms` after `timer` started, unless the process ended first; true when killed.
    static bool killAt(QProcess &process, const QElapsedTimer &timer, qint64 ms)
    {
        const qint64 left = ms - timer.elapsed();
        if (left > 0)
            process.waitForFinished(static_cast<int>(left));
        if (process.state() == QProcess::NotRunning) {
            process.waitForFinished(10000);
            return false;
        }
        process.kill();
        process.waitForFinished(10000);
        return true;
    }

    void killAfter(QProcess &process, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        killAt(process, timer, ms);
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

    void killedDuringPushPullAndUpload()
    {
        const int runs = qEnvironmentVariableIsSet("PLUSLIFE_SYNC_KILL_RUNS")
                             ? qEnvironmentVariableIntValue("PLUSLIFE_SYNC_KILL_RUNS")
                             : 50;
        int interrupted = 0;
        int documents = 0;
        qint64 pushMs = 400; // how long an uninterrupted cycle took last time
        qint64 pullMs = 400;
        for (int run = 0; run < runs; ++run) {
            qint64 household = 0;
            for (int k = 0; k < 3; ++k) {
                household = m_writer.openHousehold(m_serial++);
                QVERIFY(household);
                ++m_created;
            }
            // Every fifth run a scan of 2.5 MB: uploaded in three chunks, then downloaded.
            if (run % 5 == 0) {
                QVERIFY(m_writer.attachDocument(household, 2500 * 1024, run));
                ++documents;
            }
            QProcess push;
            QProcess pull;
            QElapsedTimer timer;
            timer.start();
            m_writer.startSync(&push, smallSteps());
            m_reader.startSync(&pull, smallSteps());
            QVERIFY(push.waitForStarted() && pull.waitForStarted());
            // Kill somewhere inside the cycle: a random point of the last whole cycle's length.
            const bool killPush = killAt(push, timer, m_random.bounded(pushMs * 9 / 10) + 5);
            const bool killPull = killAt(pull, timer, m_random.bounded(pullMs * 9 / 10) + 5);
            // A cycle that ended sets the window to its length; a killed one widens it, so a
            // slow build (ASan) still lets cycles get past sign-in and make progress.
            pushMs = killPush ? std::min<qint64>(pushMs * 5 / 4, 30000)
                              : std::max<qint64>(timer.elapsed(), 50);
            pullMs = killPull ? std::min<qint64>(pullMs * 5 / 4, 30000)
                              : std::max<qint64>(timer.elapsed(), 50);
            interrupted += killPush + killPull;
        }
        const int reachedCentral =
            m_central.countRecords(QStringLiteral("230101"), QStringLiteral("household"));
        const int reachedReader = static_cast<int>(m_reader.householdUuids().size());
        qInfo("%d runs, %d syncs killed mid-cycle, %d documents; before the final cycles the "
              "central had %d and the other device %d of %d households",
              runs, interrupted, documents, reachedCentral, reachedReader, m_created);
        // The killed cycles made progress (committed steps), not just died at sign-in.
        QVERIFY(reachedCentral > 0);
        QVERIFY(interrupted >= runs / 2);
        verifyEveryoneHasEverything(m_reader);
        const QString withBytes = QStringLiteral("attachment_address IS NOT NULL");
        QCOMPARE(m_writer.count(QStringLiteral("documents"), withBytes), documents);
        QCOMPARE(m_reader.count(QStringLiteral("documents"), withBytes), documents);
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
