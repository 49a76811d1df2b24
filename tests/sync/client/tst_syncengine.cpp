// SyncEngine and SyncController in this process against the real pluslife-central (a separate
// process on a throwaway PostgreSQL, TLS from a test CA: tests/sync/e2e/centralfixture.h):
// enrolment and the center identity, refusals, resumable paging, stop, revocation, resources,
// attachments, and the controller's thread and store connection.
#include "../e2e/centralfixture.h"
#include "../e2e/clientfixture.h"
#include "client/engineinternal.h"
#include "client/synccontroller.h"
#include "client/syncengine.h"
#include "client/syncstate.h"
#include "protocol/messages.h"

#include "services/documentservice.h"
#include "services/householdservice.h"
#include "storage/attachmentstore.h"
#include "storage/vault.h"
#include "storage/writetransaction.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace pluslife;
using namespace pluslife::test;

namespace {

QVariant scalarOf(ClientFixture &client, const QString &sql)
{
    QSqlQuery q(client.session().vault().database());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

// Changes the head of household `householdUuid` on `client` through HouseholdService.
bool editHead(ClientFixture &client, const QString &householdUuid,
              const std::function<void(domain::Person &)> &change)
{
    const qint64 householdId =
        scalarOf(client,
                 QStringLiteral("SELECT id FROM households WHERE uuid = '%1'").arg(householdUuid))
            .toLongLong();
    services::HouseholdService service(client.session());
    domain::Household household;
    QList<domain::Member> members;
    if (!householdId || !service.open(householdId, &household, &members).ok())
        return false;
    for (domain::Member &member : members) {
        if (member.person.id == household.headPersonId) {
            change(member.person);
            return service.updatePerson(householdId, member.person).ok();
        }
    }
    return false;
}

QString headField(ClientFixture &client, const QString &householdUuid, const QString &column)
{
    return scalarOf(client, QStringLiteral("SELECT p.%1 FROM households h JOIN people p ON p.id = "
                                           "h.head_person_id WHERE h.uuid = '%2'")
                                .arg(column, householdUuid))
        .toString();
}

const QByteArray kPdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";

} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT

private:
    CentralFixture m_central;
    ClientFixture m_one;
    ClientFixture m_two;
    int m_serial = 500;

    std::unique_ptr<sync::SyncEngine> engineFor(ClientFixture &client)
    {
        return std::make_unique<sync::SyncEngine>(client.session().vault(), client.keychain(),
                                                  SystemClock::instance());
    }

    bool enrol(ClientFixture &client, const QString &center, QString *code = nullptr)
    {
        sync::EnrolmentRequest request;
        request.serverUrl = m_central.url();
        request.code = m_central.issueCode(center);
        request.caFile = m_central.pki().caCert;
        request.deviceName = QStringLiteral("test-device");
        QString message;
        QString ignored;
        return engineFor(client)->enroll(request, code ? code : &ignored, &message);
    }

    sync::CycleReport cycle(ClientFixture &client, int pullPage = 2000)
    {
        auto engine = engineFor(client);
        engine->setPullPageSize(pullPage);
        const sync::CycleReport report = engine->runCycle();
        if (!report.ok)
            qWarning().noquote() << "cycle:" << report.errorCode
                                 << report.errors.join(QStringLiteral("; "));
        return report;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PLUSLIFE_TEST_PGHOST"))
            QSKIP("needs installer/with-postgres.sh");
        QVERIFY2(m_central.setUp(), qPrintable(m_central.error()));
        QVERIFY2(m_central.start(), qPrintable(m_central.error()));
        QVERIFY(m_one.create());
        QVERIFY(m_two.create());
    }

    void notEnrolledStoreDoesNotSync()
    {
        const sync::CycleReport report = cycle(m_one);
        QVERIFY(!report.ok);
        QCOMPARE(report.errorCode, QStringLiteral("not-enrolled"));
    }

    void enrolmentAdoptsTheCentersIdentity()
    {
        const QString before =
            scalarOf(m_one, QStringLiteral("SELECT uuid FROM center")).toString();
        QString code;
        QVERIFY2(enrol(m_one, QStringLiteral("230101"), &code), qPrintable(code));
        const sync::SyncLink link = sync::SyncStateStore(m_one.session().vault().database()).load();
        QVERIFY(sync::protocol::isUuid(link.deviceId));
        QVERIFY(sync::protocol::isUuid(link.serverId));
        QVERIFY(link.centerUuid != before);
        QCOMPARE(scalarOf(m_one, QStringLiteral("SELECT uuid FROM center")).toString(),
                 link.centerUuid);
        QCOMPARE(scalarOf(m_one, QStringLiteral("SELECT code FROM center")).toString(),
                 QStringLiteral("230101"));
        QByteArray token;
        QVERIFY(m_one.keychain()
                    .read(sync::SyncStateStore::tokenKey(m_one.session().vault().vaultId()), &token)
                    .ok());
        QCOMPARE(token.size(), 64);
        QVERIFY2(enrol(m_two, QStringLiteral("230101"), &code), qPrintable(code));
    }

    void enrolmentWithAnotherCenterIsRefused()
    {
        const sync::SyncLink before =
            sync::SyncStateStore(m_one.session().vault().database()).load();
        QString code;
        QVERIFY(!enrol(m_one, QStringLiteral("230102"), &code));
        QCOMPARE(code, QStringLiteral("enrolled-elsewhere"));
        const sync::SyncLink after =
            sync::SyncStateStore(m_one.session().vault().database()).load();
        QCOMPARE(after.deviceId, before.deviceId);
        QCOMPARE(after.centerUuid, before.centerUuid);
        // A used or unknown code is the server's refusal.
        sync::EnrolmentRequest request;
        request.serverUrl = m_central.url();
        request.code = QStringLiteral("AAAA-BBBB-CCCC");
        request.caFile = m_central.pki().caCert;
        QString message;
        QVERIFY(!engineFor(m_two)->enroll(request, &code, &message));
        QCOMPARE(code, QStringLiteral("enrolment-code-invalid"));
    }

    void firstDownloadIsPagedAndResumesAfterAStop()
    {
        for (int i = 0; i < 6; ++i)
            QVERIFY(m_one.openHousehold(m_serial++));
        sync::CycleReport report = cycle(m_one);
        QVERIFY(report.ok);
        QVERIFY(report.pushed >= 6);
        QCOMPARE(m_one.count(QStringLiteral("sync_outbox")), 0);

        // Device two stops after its first applied page: the page and its cursor are kept.
        auto engine = engineFor(m_two);
        engine->setPullPageSize(3);
        sync::SyncEngine *raw = engine.get();
        report = engine->runCycle([raw](const QString &phase, qint64, qint64) {
            if (phase == QLatin1String("pull"))
                raw->requestStop();
        });
        QVERIFY(!report.ok);
        QCOMPARE(report.errorCode, QStringLiteral("stopped"));
        sync::SyncLink link = sync::SyncStateStore(m_two.session().vault().database()).load();
        QVERIFY(link.cursorSeq > 0);
        QVERIFY(!link.firstDownloadDone);
        QCOMPARE(report.pulled, 3);

        report = cycle(m_two, 3);
        QVERIFY(report.ok);
        link = sync::SyncStateStore(m_two.session().vault().database()).load();
        QVERIFY(link.firstDownloadDone);
        QVERIFY(link.lastSuccessUtc.isValid());
        QCOMPARE(m_two.householdUuids(), m_one.householdUuids());
        QCOMPARE(m_two.count(QStringLiteral("people")), m_one.count(QStringLiteral("people")));
        // Nothing pulled became a local change.
        QCOMPARE(m_two.count(QStringLiteral("sync_dirty")), 0);
        QCOMPARE(m_two.count(QStringLiteral("sync_outbox")), 0);
        report = cycle(m_two);
        QVERIFY(report.ok);
        QCOMPARE(report.pushed, 0);
        QCOMPARE(report.pulled, 0);
    }

    // A change made here while a cycle runs is not sealed by that cycle; the pull then finds an
    // unsynced record: the server's fields go in around the local change, which goes next time
    // with its old base version (the server merges it).
    void pulledChangeMergesAroundAnUnsyncedOne()
    {
        const QString shared = m_one.householdUuids().first();
        QVERIFY(editHead(m_one, shared,
                         [](domain::Person &p) { p.mobile = QStringLiteral("09121234567"); }));
        QVERIFY(cycle(m_one).ok);
        const qint64 baseVersion =
            scalarOf(m_two, QStringLiteral("SELECT r.version FROM sync_records r JOIN people p ON "
                                           "p.uuid = r.uuid JOIN households h ON h.head_person_id "
                                           "= p.id WHERE r.entity = 'person' AND h.uuid = '%1'")
                                .arg(shared))
                .toLongLong();
        bool edited = false;
        auto engine = engineFor(m_two);
        sync::CycleReport report = engine->runCycle([&](const QString &phase, qint64, qint64) {
            if (phase == QLatin1String("push") && !edited) {
                edited = editHead(m_two, shared, [](domain::Person &p) {
                    p.occupation = QStringLiteral("نانوا");
                });
            }
        });
        QVERIFY(edited);
        QVERIFY(report.ok);
        QCOMPARE(headField(m_two, shared, QStringLiteral("mobile")), QStringLiteral("09121234567"));
        QCOMPARE(headField(m_two, shared, QStringLiteral("occupation")), QStringLiteral("نانوا"));
        // The server copy (version, base) stays what the local change was made against.
        QCOMPARE(scalarOf(m_two, QStringLiteral("SELECT r.version FROM sync_records r JOIN people "
                                                "p ON p.uuid = r.uuid JOIN households h ON "
                                                "h.head_person_id = p.id WHERE r.entity = 'person' "
                                                "AND h.uuid = '%1'")
                                     .arg(shared))
                     .toLongLong(),
                 baseVersion);
        QVERIFY(m_two.count(QStringLiteral("sync_dirty")) > 0);
        QVERIFY(cycle(m_two).ok);
        QVERIFY(cycle(m_one).ok);
        for (ClientFixture *client : {&m_one, &m_two}) {
            QCOMPARE(headField(*client, shared, QStringLiteral("mobile")),
                     QStringLiteral("09121234567"));
            QCOMPARE(headField(*client, shared, QStringLiteral("occupation")),
                     QStringLiteral("نانوا"));
        }
        QCOMPARE(m_two.count(QStringLiteral("sync_dirty")), 0);
        QCOMPARE(m_two.count(QStringLiteral("sync_outbox")), 0);
    }

    // The server's delete (or a record leaving this center's scope) does not take a record this
    // store changed and has not pushed: the row stays and a tombstone-lost conflict says why.
    void deleteOfAnUnsyncedRecordBecomesAConflict()
    {
        const QString shared = m_one.householdUuids().first();
        QVERIFY(editHead(m_two, shared,
                         [](domain::Person &p) { p.landline = QStringLiteral("02155501234"); }));
        const QString person =
            scalarOf(m_two, QStringLiteral("SELECT p.uuid FROM households h JOIN people p ON "
                                           "p.id = h.head_person_id WHERE h.uuid = '%1'")
                                .arg(shared))
                .toString();
        QSqlDatabase db = m_two.session().vault().database();
        sync::SyncLink link = sync::SyncStateStore(db).load();
        sync::CycleReport report;
        sync::Transport transport(sync::TransportConfig{});
        const std::atomic_bool stop{false};
        const sync::ProgressFn progress;
        sync::detail::CycleRun run{m_two.session().vault(),
                                   SystemClock::instance(),
                                   db,
                                   transport,
                                   link,
                                   report,
                                   progress,
                                   stop};
        storage::WriteTransaction tx(db);
        {
            sync::ApplyGuard guard(db);
            sync::detail::ChangeApplier applier(run);
            QVERIFY(applier.apply({{QStringLiteral("entity"), QStringLiteral("person")},
                                   {QStringLiteral("uuid"), person},
                                   {QStringLiteral("version"), 99},
                                   {QStringLiteral("deleted"), true},
                                   {QStringLiteral("data"), QJsonObject()}}));
        }
        QVERIFY(tx.commit());
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(
            scalarOf(m_two,
                     QStringLiteral("SELECT count(*) FROM people WHERE uuid = '%1'").arg(person))
                .toInt(),
            1);
        QCOMPARE(scalarOf(m_two, QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE "
                                                "record_uuid = '%1' AND kind = 'tombstone-lost'")
                                     .arg(person))
                     .toInt(),
                 1);
        // The conflict is this store's own note, not a change to push.
        QCOMPARE(
            m_two.count(QStringLiteral("sync_dirty"), QStringLiteral("entity = 'sync_conflict'")),
            0);
        QVERIFY(cycle(m_two).ok); // the edit goes; the server still has the person
        QCOMPARE(headField(m_one, shared, QStringLiteral("landline")), QString());
        QVERIFY(cycle(m_one).ok);
        QCOMPARE(headField(m_one, shared, QStringLiteral("landline")),
                 QStringLiteral("02155501234"));
    }

    void attachmentsGoUpAndComeDown()
    {
        const qint64 household = m_one.openHousehold(m_serial++);
        QVERIFY(household);
        QBuffer content;
        content.setData(kPdf);
        content.open(QIODevice::ReadOnly);
        domain::Document document;
        QVERIFY(services::DocumentService(m_one.session())
                    .attach(household, 0, QStringLiteral("lease"), content,
                            QStringLiteral("lease.pdf"), &document)
                    .ok());
        sync::CycleReport report = cycle(m_one);
        QVERIFY(report.ok);
        QCOMPARE(report.attachmentsUp, 1);
        QCOMPARE(scalarOf(m_one, QStringLiteral("SELECT count(*) FROM sync_attachments WHERE "
                                                "uploaded = 1"))
                     .toInt(),
                 1);
        report = cycle(m_two);
        QVERIFY(report.ok);
        QCOMPARE(report.attachmentsDown, 1);
        const QString address =
            scalarOf(m_two, QStringLiteral("SELECT attachment_address FROM documents WHERE uuid = "
                                           "(SELECT uuid FROM documents ORDER BY id DESC LIMIT 1)"))
                .toString();
        QVERIFY(!address.isEmpty());
        QByteArray plain;
        QVERIFY(storage::AttachmentStore(m_two.session().vault()).read(address, &plain).ok());
        QCOMPARE(plain, kPdf);
        QCOMPARE(m_two.count(QStringLiteral("sync_downloads")), 0);
    }

    void publishedResourcesAreFetchedOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("holidays.json"));
        const QByteArray json = R"({"holidays": [{"date": "2027-03-21", "name": "Nowruz"}]})";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(json);
        }
        QVERIFY2(m_central.admin({QStringLiteral("publish"), QStringLiteral("--kind"),
                                  QStringLiteral("holidays"), QStringLiteral("--id"),
                                  QStringLiteral("ir"), QStringLiteral("--version"),
                                  QStringLiteral("2"), path}),
                 qPrintable(m_central.error()));
        QVERIFY(cycle(m_two).ok);
        const QJsonObject stored =
            QJsonDocument::fromJson(
                scalarOf(m_two, QStringLiteral("SELECT value FROM settings WHERE key = "
                                               "'sync.resource.holidays.ir'"))
                    .toString()
                    .toUtf8())
                .object();
        QCOMPARE(stored.value(QStringLiteral("content")).toString().toUtf8(), json);
        QCOMPARE(stored.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()));
    }

    void controllerSyncsOnItsOwnThreadAndLetsTheVaultLock()
    {
        QVERIFY(m_two.openHousehold(m_serial++));
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        sync::SyncController controller(m_two.session().vault(), m_two.keychain(),
                                        SystemClock::instance());
        QSignalSpy finished(&controller, &sync::SyncController::cycleFinished);
        QSignalSpy status(&controller, &sync::SyncController::statusChanged);
        controller.start(); // enrolled: starts a cycle at once
        QVERIFY(controller.status().running);
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<sync::CycleReport>();
        QVERIFY2(report.ok, qPrintable(report.errors.join(QStringLiteral("; "))));
        QVERIFY(report.pushed > 0);
        QVERIFY(!controller.status().running);
        QVERIFY(controller.status().online);
        QVERIFY(controller.status().enrolled);
        QCOMPARE(controller.status().pending, 0);
        QVERIFY(controller.status().lastSuccessUtc.isValid());

        // A local change is synced after the (short) change delay.
        controller.setChangeDelay(10);
        QVERIFY(m_two.openHousehold(m_serial++));
        controller.noteLocalChange();
        QVERIFY(controller.status().pending > 0);
        QVERIFY(finished.wait(60000));
        QCOMPARE(controller.status().pending, 0);

        controller.stop();
        // The sync thread closed its own connection: only this thread's remain, and locking
        // the vault closes them.
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
        QVERIFY(cycle(m_one).ok);
        QCOMPARE(m_one.householdUuids(), m_two.householdUuids());
    }

    void restoredServerGetsBackWhatItLost()
    {
        QVERIFY(cycle(m_one).ok);
        QVERIFY(cycle(m_two).ok);
        const QString backup =
            QStringLiteral("engine_backup_%1").arg(QCoreApplication::applicationPid());
        m_central.stop();
        QVERIFY2(m_central.snapshotDatabase(backup), qPrintable(m_central.error()));
        QVERIFY2(m_central.start(), qPrintable(m_central.error()));
        // Work that reaches the central and device two after the backup was taken...
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_one.openHousehold(m_serial++));
        QVERIFY(cycle(m_one).ok);
        QVERIFY(cycle(m_two).ok);
        const QStringList beforeRestore = m_two.householdUuids();
        QCOMPARE(beforeRestore, m_one.householdUuids());
        // ...is lost by the restore; device two also has a change nobody has seen.
        m_central.stop();
        QVERIFY2(m_central.restoreDatabase(backup), qPrintable(m_central.error()));
        QVERIFY2(m_central.admin({QStringLiteral("epoch-bump")}), qPrintable(m_central.error()));
        QVERIFY2(m_central.start(), qPrintable(m_central.error()));
        QVERIFY(m_two.openHousehold(m_serial++));

        sync::CycleReport report = cycle(m_two);
        QVERIFY(report.ok);
        QVERIFY(report.reset);
        QCOMPARE(m_two.householdUuids().size(), beforeRestore.size() + 1);
        QCOMPARE(m_two.count(QStringLiteral("sync_outbox")), 0);
        // Device one resets too and finds everything: what the restore lost came back from two.
        report = cycle(m_one);
        QVERIFY(report.ok);
        QVERIFY(report.reset);
        QCOMPARE(m_one.householdUuids(), m_two.householdUuids());
        QCOMPARE(m_one.count(QStringLiteral("sync_outbox")), 0);
        QCOMPARE(m_one.count(QStringLiteral("sync_dirty")), 0);
        // Settled: a further exchange moves nothing.
        QVERIFY(cycle(m_two).ok);
        report = cycle(m_one);
        QVERIFY(report.ok);
        QCOMPARE(report.pushed, 0);
        QCOMPARE(report.pulled, 0);
    }

    void revokedDeviceStopsAndKeepsItsWork()
    {
        const QString device =
            sync::SyncStateStore(m_two.session().vault().database()).load().deviceId;
        QVERIFY2(
            m_central.admin({QStringLiteral("device-revoke"), QStringLiteral("--device"), device}),
            qPrintable(m_central.error()));
        QVERIFY(m_two.openHousehold(m_serial++));
        sync::CycleReport report = cycle(m_two);
        QVERIFY(!report.ok);
        QVERIFY(report.revoked);
        QCOMPARE(report.errorCode, QStringLiteral("device-revoked"));
        QVERIFY(sync::SyncStateStore(m_two.session().vault().database()).load().revoked);
        QVERIFY(m_two.count(QStringLiteral("sync_outbox")) +
                    m_two.count(QStringLiteral("sync_dirty")) >
                0);
        // No more contact until enrolled again.
        report = cycle(m_two);
        QVERIFY(report.revoked);
        QVERIFY(report.errors.join(u' ').contains(QLatin1String("enrol again")));
        // Enrolling again with the same center keeps the store's cursor and resumes.
        const qint64 cursor =
            sync::SyncStateStore(m_two.session().vault().database()).load().cursorSeq;
        QString code;
        QVERIFY2(enrol(m_two, QStringLiteral("230101"), &code), qPrintable(code));
        const sync::SyncLink link = sync::SyncStateStore(m_two.session().vault().database()).load();
        QVERIFY(!link.revoked);
        QCOMPARE(link.cursorSeq, cursor);
        QVERIFY(cycle(m_two).ok);
        QCOMPARE(m_two.count(QStringLiteral("sync_outbox")), 0);
    }

    // bench_sync and the app: statusChanged receivers that recount, a cycle queued behind the
    // running one (syncNow), and the controller stopped and destroyed as soon as a cycle ends.
    void controllerStopsAndGoesRightAfterACycle()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_one.openHousehold(m_serial++));
        QVERIFY(cycle(m_one).ok);
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        auto controller = std::make_unique<sync::SyncController>(
            m_two.session().vault(), m_two.keychain(), SystemClock::instance());
        int refreshes = 0;
        QObject::connect(controller.get(), &sync::SyncController::statusChanged, controller.get(),
                         [&] {
                             ++refreshes;
                             controller->refreshStatus(); // no recursion
                         });
        QSignalSpy finished(controller.get(), &sync::SyncController::cycleFinished);
        controller->start();
        controller->syncNow(); // queued behind the running cycle
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<sync::CycleReport>();
        QVERIFY2(report.ok, qPrintable(report.errors.join(QStringLiteral("; "))));
        QVERIFY(report.pulled > 0);
        QVERIFY(controller->status().running); // the queued cycle started
        QVERIFY(refreshes < 20);
        controller->stop();
        controller.reset();
        QCoreApplication::sendPostedEvents(); // whatever the sync thread posted last
        QCOMPARE(finished.size(), 1);
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
        QVERIFY(cycle(m_two).ok);
        QCOMPARE(m_one.householdUuids(), m_two.householdUuids());
    }

    // A cycleFinished receiver may delete the controller (AppController drops it on sign-out);
    // the controller must not touch itself after the signal, nor start the queued cycle.
    void controllerDeletedByItsCycleFinishedReceiver()
    {
        QVERIFY(m_one.openHousehold(m_serial++));
        QVERIFY(cycle(m_one).ok);
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        auto *controller = new sync::SyncController(m_two.session().vault(), m_two.keychain(),
                                                    SystemClock::instance());
        QSignalSpy destroyed(controller, &QObject::destroyed);
        bool reportOk = false;
        QObject::connect(controller, &sync::SyncController::cycleFinished, controller,
                         [&](const sync::CycleReport &report) {
                             reportOk = report.ok;
                             delete controller;
                         });
        controller->start();
        controller->syncNow(); // a cycle queued: the controller would start it after the signal
        QVERIFY(destroyed.wait(60000));
        QVERIFY(reportOk);
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
        QVERIFY(cycle(m_two).ok);
        QCOMPARE(m_one.householdUuids(), m_two.householdUuids());
    }

    void cleanupTestCase()
    {
        if (!qEnvironmentVariableIsEmpty("PLUSLIFE_TEST_PGHOST"))
            m_central.stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
