#include "client/syncstate.h"
#include "syncscenario.h"

#include <QtTest>

using namespace pluslife;
using namespace pluslife::test;

// The central goes away mid-sync, comes back from an older backup, revokes a device; a server
// with the wrong certificate is refused. Nothing unsynced is ever lost.
class TestSyncRecovery : public QObject {
    Q_OBJECT

private:
    CentralFixture m_central;
    ClientFixture m_one;
    ClientFixture m_two;
    int m_serial = 5000;

    void enrol(ClientFixture &client, const QString &center = QStringLiteral("230101"))
    {
        QString err;
        QVERIFY2(client.enroll(m_central.url(), m_central.issueCode(center), m_central.pki().caCert,
                               &err),
                 qPrintable(err));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_central.setUp(), qPrintable(m_central.error()));
        QVERIFY2(m_central.start(), qPrintable(m_central.error()));
        QVERIFY(m_one.create());
        QVERIFY(m_two.create());
        enrol(m_one);
        enrol(m_two);
    }

    void serverKilledAndRestartedMidSync()
    {
        for (int i = 0; i < 60; ++i)
            QVERIFY(m_one.openHousehold(m_serial++));
        QProcess push;
        QProcessEnvironment small;
        small.insert(QStringLiteral("PLUSLIFE_SYNC_PUSH_BATCH"), QStringLiteral("3"));
        m_one.startSync(&push, small);
        QVERIFY(push.waitForStarted());
        QTest::qWait(400);
        m_central.kill();
        QVERIFY(push.waitForFinished(120000));
        QVERIFY2(m_central.start(), qPrintable(m_central.error()));
        QVERIFY(synced(m_one));
        QVERIFY(synced(m_two));
        const QStringList central =
            m_central.recordUuids(QStringLiteral("230101"), QStringLiteral("household"));
        QCOMPARE(central.size(), 60);
        QCOMPARE(m_one.householdUuids(), central);
        QCOMPARE(m_two.householdUuids(), central);
    }

    void restoredFromAnOlderBackupKeepsEveryUnsyncedChange()
    {
        m_central.stop();
        QVERIFY2(m_central.snapshotDatabase(
                     QStringLiteral("e2e_backup_%1").arg(QCoreApplication::applicationPid())),
                 qPrintable(m_central.error()));
        QVERIFY2(m_central.start(), qPrintable(m_central.error()));
        // After the backup: device one syncs 5 more files, device two pulls them.
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_one.openHousehold(m_serial++));
        QVERIFY(synced(m_one));
        QVERIFY(synced(m_two));
        QCOMPARE(m_two.householdUuids().size(), 65);
        // The central is restored from the backup: it has lost those 5.
        m_central.stop();
        QVERIFY2(m_central.restoreDatabase(
                     QStringLiteral("e2e_backup_%1").arg(QCoreApplication::applicationPid())),
                 qPrintable(m_central.error()));
        QVERIFY(m_central.admin({QStringLiteral("epoch-bump")}));
        QVERIFY2(m_central.start(), qPrintable(m_central.error()));
        QCOMPARE(m_central.countRecords(QStringLiteral("230101"), QStringLiteral("household")), 60);
        // Device two works offline meanwhile: 2 unsynced files.
        for (int i = 0; i < 2; ++i)
            QVERIFY(m_two.openHousehold(m_serial++));
        const QJsonObject report = m_two.sync();
        QCOMPARE(report.value(QStringLiteral("exit")).toInt(), 0);
        QVERIFY(report.value(QStringLiteral("reset")).toBool());
        QVERIFY(synced(m_one));
        QVERIFY(synced(m_two));
        const QStringList central =
            m_central.recordUuids(QStringLiteral("230101"), QStringLiteral("household"));
        QCOMPARE(central.size(), 67);
        QCOMPARE(m_one.householdUuids(), central);
        QCOMPARE(m_two.householdUuids(), central);
    }

    void revokedDeviceStopsAndKeepsItsWork()
    {
        ClientFixture revoked;
        QVERIFY(revoked.create());
        enrol(revoked);
        QVERIFY(synced(revoked));
        QVERIFY(revoked.openHousehold(m_serial++));
        const QString device =
            sync::SyncStateStore(revoked.session().vault().database()).load().deviceId;
        QVERIFY(!device.isEmpty());
        QVERIFY(
            m_central.admin({QStringLiteral("device-revoke"), QStringLiteral("--device"), device}));
        const QJsonObject report = revoked.sync();
        QCOMPARE(report.value(QStringLiteral("exit")).toInt(), 1);
        QVERIFY(report.value(QStringLiteral("revoked")).toBool());
        QCOMPARE(report.value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("device-revoked"));
        // The unsynced file is still in the store and still queued.
        QVERIFY(revoked.count(QStringLiteral("sync_dirty")) +
                    revoked.count(QStringLiteral("sync_outbox")) >
                0);
        QCOMPARE(revoked.householdUuids().size(), 68);
    }

    void serverWithTheWrongCertificateIsRefused()
    {
        ClientFixture wary;
        QVERIFY(wary.create());
        QString err;
        QVERIFY(!wary.enroll(m_central.url(), m_central.issueCode(QStringLiteral("230101")),
                             m_central.pki().otherCaCert, &err));
        QCOMPARE(sync::SyncStateStore(wary.session().vault().database()).load().deviceId,
                 QString());
        // Pinning the right certificate instead of a CA works.
        QCOMPARE(
            wary.runAdmin({QStringLiteral("enroll"), QStringLiteral("--server"), m_central.url(),
                           QStringLiteral("--code"), m_central.issueCode(QStringLiteral("230101")),
                           QStringLiteral("--pin"), m_central.pki().serverSha256}),
            0);
        QVERIFY(synced(wary));
    }

    void cleanupTestCase() { m_central.stop(); }
};

QTEST_GUILESS_MAIN(TestSyncRecovery)
#include "tst_syncrecovery.moc"
