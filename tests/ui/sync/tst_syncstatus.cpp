// The sync indicator of the status bar in Persian, offscreen, on a real store and keychain with
// sync rows written straight into the tables: every state and error in words, counts and the
// last sync (Jalali) in Persian digits, the progress of long transfers; the local-change
// watcher.
#include "client/synccontroller.h"
#include "guidriver.h"
#include "household/timelinetext.h"
#include "localization.h"
#include "storage/vault.h"
#include "sync/localchangewatcher.h"
#include "sync/syncstatusindicator.h"
#include "syncuifixture.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace pluslife;

namespace {

QString syncText(const char *source)
{
    return QCoreApplication::translate("SyncText", source);
}

QString buttonText(QWidget *root, const QString &name)
{
    auto *button = root->findChild<QToolButton *>(name);
    return button && button->isVisible() ? button->text() : QString();
}

} // namespace

class TestSyncStatus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void indicatorStates();
    void indicatorErrorsInWords();
    void indicatorProgress();
    void indicatorFollowsTheStore();
    void localChangesAreNoticed();
};

void TestSyncStatus::initTestCase()
{
    ui::installLocalization(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                            QLocale(QLocale::Persian, QLocale::Iran));
}

void TestSyncStatus::indicatorStates()
{
    ui::SyncStatusIndicator indicator(nullptr);
    indicator.show();
    QVERIFY(QTest::qWaitForWindowExposed(&indicator));
    QCOMPARE(indicator.layoutDirection(), Qt::RightToLeft);
    auto *syncNow = indicator.findChild<QToolButton *>(u"syncNowButton"_s);

    // Not enrolled: said in words, nothing to sync now, no "last synced".
    QCOMPARE(indicator.stateText(),
             ui::SyncStatusIndicator::tr("Not connected to a central window"));
    QVERIFY(!syncNow->isEnabled());
    QVERIFY(!indicator.findChild<QLabel *>(u"syncLastLabel"_s)->isVisible());

    sync::SyncStatus status;
    status.enrolled = true;
    status.online = true;
    status.pending = 3;
    status.lastSuccessUtc = QDateTime::fromString(u"2026-11-23T12:00:00Z"_s, Qt::ISODate);
    indicator.showStatus(status);
    QCOMPARE(indicator.stateText(), ui::SyncStatusIndicator::tr("Online"));
    QVERIFY(syncNow->isEnabled());
    QVERIFY(!indicator.findChild<QLabel *>(u"syncStateIcon"_s)->pixmap().isNull());
    const QString last = indicator.findChild<QLabel *>(u"syncLastLabel"_s)->text();
    QVERIFY2(last.contains(ui::jalaliDateTime(status.lastSuccessUtc, QLocale())), qPrintable(last));
    QVERIFY2(last.contains(u"۱۴۰۵/۰۹/۰۲"_s), qPrintable(last)); // Jalali, Persian digits
    QVERIFY(buttonText(&indicator, u"syncPendingButton"_s).contains(u"۳"_s));
    // Refused and conflict counts only when there are some.
    QVERIFY(buttonText(&indicator, u"syncQuarantinedButton"_s).isEmpty());
    QVERIFY(buttonText(&indicator, u"syncConflictsButton"_s).isEmpty());
    QVERIFY(indicator.errorText().isEmpty() ||
            !indicator.findChild<QLabel *>(u"syncErrorLabel"_s)->isVisible());

    status.quarantined = 2;
    status.openConflicts = 12;
    indicator.showStatus(status);
    QVERIFY(buttonText(&indicator, u"syncQuarantinedButton"_s).contains(u"۲"_s));
    QVERIFY(buttonText(&indicator, u"syncConflictsButton"_s).contains(u"۱۲"_s));
    test::snapshot(&indicator, u"sync-indicator"_s);

    // Clicking the counts asks for their views.
    QSignalSpy outbox(&indicator, &ui::SyncStatusIndicator::outboxRequested);
    QSignalSpy conflicts(&indicator, &ui::SyncStatusIndicator::conflictsRequested);
    QSignalSpy now(&indicator, &ui::SyncStatusIndicator::syncNowRequested);
    QTest::mouseClick(indicator.findChild<QToolButton *>(u"syncPendingButton"_s), Qt::LeftButton);
    QTest::mouseClick(indicator.findChild<QToolButton *>(u"syncQuarantinedButton"_s),
                      Qt::LeftButton);
    QTest::mouseClick(indicator.findChild<QToolButton *>(u"syncConflictsButton"_s), Qt::LeftButton);
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QCOMPARE(outbox.count(), 2);
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(now.count(), 1);

    status.online = false;
    indicator.showStatus(status);
    QCOMPARE(indicator.stateText(), ui::SyncStatusIndicator::tr("Offline"));
    status.running = true;
    indicator.showStatus(status);
    QCOMPARE(indicator.stateText(), ui::SyncStatusIndicator::tr("Syncing…"));
    QVERIFY(!syncNow->isEnabled());

    // Revoked: said in words with the sentence of device-revoked; no more syncing.
    status = {};
    status.enrolled = true;
    status.revoked = true;
    indicator.showStatus(status);
    QCOMPARE(indicator.stateText(),
             ui::SyncStatusIndicator::tr("Disconnected from the central window"));
    QVERIFY(indicator.errorText().contains(syncText(
        "This computer was disconnected from the central window by its administrator; unsynced "
        "work is kept — ask your manager to export it.")));
    QVERIFY(!syncNow->isEnabled());
    QCOMPARE(indicator.findChild<QLabel *>(u"syncLastLabel"_s)->text(),
             ui::SyncStatusIndicator::tr("Never synced"));
}

void TestSyncStatus::indicatorErrorsInWords()
{
    ui::SyncStatusIndicator indicator(nullptr);
    const QList<std::pair<QString, const char *>> cases = {
        {u"transport:offline"_s,
         "The central window cannot be reached. Work is kept on this computer and sent when the "
         "connection is back."},
        {u"transport:timeout"_s,
         "The central window did not answer in time; sync tries again later."},
        {u"transport:tls"_s, "The central window's certificate is not trusted."},
        {u"device-revoked"_s,
         "This computer was disconnected from the central window by its administrator; unsynced "
         "work is kept — ask your manager to export it."},
        {u"protocol-unsupported"_s,
         "The central window speaks another version: please update PlusLife Desk."},
        {u"unauthenticated"_s,
         "The central window does not recognise this computer: enrol this computer again."},
        {u"reset-required"_s,
         "The central window was restored from a backup. This computer downloads the center's "
         "files again; unsynced work is kept."},
        {u"not-enrolled"_s, "This computer is not connected to a central window yet."},
    };
    QSet<QString> sentences;
    for (const auto &[code, sentence] : cases) {
        sync::SyncStatus status;
        status.enrolled = true;
        status.lastErrorCode = code;
        indicator.showStatus(status);
        QCOMPARE(indicator.errorText(), syncText(sentence));
        QVERIFY2(!indicator.errorText().contains(code), qPrintable(code));
        sentences.insert(indicator.errorText());
    }
    QCOMPARE(sentences.size(), cases.size());
    sync::SyncStatus status;
    status.enrolled = true;
    status.lastErrorCode = u"payload-too-large"_s;
    indicator.showStatus(status);
    QCOMPARE(indicator.errorText(), syncText("Sync failed: %1").arg(u"payload-too-large"_s));
    status.lastErrorCode = u"stopped"_s; // stopped for a lock: nothing went wrong
    indicator.showStatus(status);
    QVERIFY(indicator.errorText().isEmpty());
    status.lastErrorCode.clear();
    indicator.showStatus(status);
    QVERIFY(indicator.errorText().isEmpty());
}

void TestSyncStatus::indicatorProgress()
{
    ui::SyncStatusIndicator indicator(nullptr);
    indicator.show();
    QVERIFY(QTest::qWaitForWindowExposed(&indicator));
    auto *bar = indicator.findChild<QProgressBar *>(u"syncProgressBar"_s);
    sync::SyncStatus status;
    status.enrolled = true;
    status.running = true;
    indicator.showStatus(status);
    QVERIFY(!bar->isVisible());
    indicator.showProgress(u"push"_s, 5, 10); // a short push passes without a bar
    QVERIFY(!bar->isVisible());
    indicator.showProgress(u"push"_s, 120, 1000);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->format(),
             syncText("Sending changes %1/%2").arg(u"۱۲۰"_s, QLocale().toString(1000)));
    indicator.showProgress(u"download"_s, 3, 10);
    QCOMPARE(bar->format(), syncText("Receiving files %1/%2").arg(u"۳"_s, u"۱۰"_s));
    QCOMPARE(bar->value(), 300);
    indicator.showProgress(u"pull"_s, 2000, 5000);
    QCOMPARE(bar->format(), syncText("Receiving changes %1/%2")
                                .arg(QLocale().toString(2000), QLocale().toString(5000)));
    QVERIFY(bar->isVisible());
    indicator.showProgress(u"upload"_s, 512, 1024); // bytes of one file
    QCOMPARE(bar->format(), syncText("Sending a file: %1%").arg(u"۵۰"_s));
    status.running = false; // the cycle ended
    indicator.showStatus(status);
    QVERIFY(!bar->isVisible());

    // A pull that starts near the end of the center's feed is short: no bar.
    status.running = true;
    indicator.showStatus(status);
    indicator.showProgress(u"pull"_s, 40000, 40010);
    QVERIFY(!bar->isVisible());
}

void TestSyncStatus::indicatorFollowsTheStore()
{
    test::SyncUiFixture center;
    QVERIFY(center.createWithHousehold());
    sync::SyncController controller(center.session->vault(), center.keychain, center.clock);
    ui::SyncStatusIndicator indicator(&controller);
    indicator.show();
    QVERIFY(QTest::qWaitForWindowExposed(&indicator));

    controller.refreshStatus();
    QCOMPARE(indicator.stateText(),
             ui::SyncStatusIndicator::tr("Not connected to a central window"));

    const QDateTime synced = center.clock.nowUtc().addSecs(-3600);
    QVERIFY(center.enrol(u"transport:tls"_s, synced));
    center.addOp(u"household"_s, center.householdUuid(), u"quarantined"_s, u"out-of-scope"_s, 1);
    center.addConflict(u"person"_s, center.headUuid(), u"first_name"_s, u"held"_s, u"\"مریم\""_s,
                       u"\"مهری\""_s);
    controller.refreshStatus();
    const sync::SyncStatus status = controller.status();
    QVERIFY(status.enrolled);
    QCOMPARE(status.quarantined, 1);
    QCOMPARE(status.openConflicts, 1);
    QCOMPARE(indicator.errorText(), syncText("The central window's certificate is not trusted."));
    QVERIFY(buttonText(&indicator, u"syncQuarantinedButton"_s).contains(u"۱"_s));
    QVERIFY(buttonText(&indicator, u"syncConflictsButton"_s).contains(u"۱"_s));
    auto *clashes = indicator.findChild<QLabel *>(u"syncClashesLabel"_s);
    QVERIFY(!clashes->isVisible());
    // A pulled person whose national code is already used here by another record.
    QSqlQuery park(center.session->vault().database());
    QVERIFY(
        park.exec(u"INSERT INTO sync_parked (entity, uuid, version, data, reason) VALUES "
                  "('person', '0b7e9b1c-4a7e-4f3e-9f1e-2b1c3d4e5f60', 3, '{}', 'constraint')"_s));
    controller.refreshStatus();
    QCOMPARE(controller.status().clashes, 1);
    QVERIFY(clashes->isVisible());
    QVERIFY(clashes->text().contains(u"۱"_s));
    QVERIFY(buttonText(&indicator, u"syncPendingButton"_s)
                .contains(QLocale().toString(status.pending)));
    QVERIFY(indicator.findChild<QLabel *>(u"syncLastLabel"_s)
                ->text()
                .contains(ui::jalaliDateTime(synced, QLocale())));
}

void TestSyncStatus::localChangesAreNoticed()
{
    test::SyncUiFixture center;
    QVERIFY(center.createWithHousehold());
    ui::LocalChangeWatcher watcher(*center.session);
    QSignalSpy changed(&watcher, &ui::LocalChangeWatcher::changed);
    watcher.start(); // what is there now counts as seen
    QVERIFY(!watcher.poll());
    QVERIFY(center.openHousehold(2) != 0); // a write: the capture triggers mark it
    QVERIFY(watcher.poll());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!watcher.poll()); // nothing new since
    watcher.stop();
}

QTEST_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
