// Sync wired into the desk, offscreen in Persian on a real store and keychain: the main window's
// Sync menu and status-bar indicator by role and lock, and the app controller that makes the
// sync controller with the main window and lets it go with the sign-in.
#include "app/appcontroller.h"
#include "client/synccontroller.h"
#include "guidriver.h"
#include "localization.h"
#include "main/mainwindow.h"
#include "signin/signindialog.h"
#include "sync/syncstatusindicator.h"
#include "sync/syncui.h"
#include "syncuifixture.h"

#include <QAction>
#include <QApplication>

using namespace Qt::StringLiterals;
using namespace pluslife;

class TestSyncWiring : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindowSyncMenu();
    void appControllerOwnsSync();
};

void TestSyncWiring::initTestCase()
{
    ui::installLocalization(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                            QLocale(QLocale::Persian, QLocale::Iran));
}

void TestSyncWiring::mainWindowSyncMenu()
{
    test::SyncUiFixture center;
    QVERIFY(center.createWithHousehold());
    sync::SyncController controller(center.session->vault(), center.keychain, center.clock);
    {
        ui::MainWindow main(*center.session);
        main.setSync(&controller, center.keychain);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        QVERIFY(main.findChild<ui::SyncStatusIndicator *>(u"syncStatusIndicator"_s)->isVisible());
        for (const QString &name :
             {u"syncNowAction"_s, u"outboxAction"_s, u"conflictsAction"_s, u"enrolAction"_s}) {
            auto *action = main.findChild<QAction *>(name);
            QVERIFY2(action && action->isVisible() && action->isEnabled(), qPrintable(name));
        }
        test::snapshot(&main, u"sync-main-window"_s);
        QDialog *outbox = main.syncUi()->openOutbox();
        QVERIFY(outbox && outbox->isVisible());
        outbox->close();

        // Locked: nothing of sync opens.
        main.showLocked();
        QVERIFY(!main.findChild<QAction *>(u"outboxAction"_s)->isEnabled());
        QVERIFY(!main.syncUi()->openConflicts());
        main.showUnlocked();
        QVERIFY(main.findChild<QAction *>(u"outboxAction"_s)->isEnabled());
    }

    // Reception: no conflict inbox, no enrolment.
    QVERIFY(center.addWorker(u"reception1"_s, domain::WorkerRole::Reception));
    center.session->signOut();
    QVERIFY(center.session->signIn(u"reception1"_s, test::kWorkerPassword).ok());
    ui::MainWindow second(*center.session);
    second.setSync(&controller, center.keychain);
    QVERIFY(!second.findChild<QAction *>(u"enrolAction"_s)->isVisible());
    QVERIFY(!second.findChild<QAction *>(u"conflictsAction"_s)->isVisible());
    QVERIFY(!second.syncUi()->openEnrol());
    QVERIFY(!second.syncUi()->openConflicts());
    QVERIFY(!second.findChild<QWidget *>(u"syncConflictsButton"_s)->isEnabled());
}

// The app makes a controller with the main window, gives it to the window's Sync menu and
// indicator, and lets it go with the sign-in.
void TestSyncWiring::appControllerOwnsSync()
{
    test::SyncUiFixture center;
    QVERIFY(center.create());
    center.session->signOut(); // the app opens the store with a session of its own
    ui::AppController app({center.dir.path(), u"manager"_s, {}}, center.keychain);
    app.start();
    ui::SignInDialog *signIn = app.signInDialog();
    QVERIFY(signIn);
    QVERIFY(test::typeInto(signIn, u"signInPasswordEdit"_s, test::kManagerPassword));
    QVERIFY(test::clickOn(signIn, u"signInButton"_s));
    if (QWidget *nda = test::visibleTopLevel(u"ndaDialog"_s))
        QVERIFY(test::clickOn(nda, u"acceptNdaButton"_s));
    QTRY_VERIFY(app.mainWindow());
    QVERIFY(app.syncController());
    ui::MainWindow *main = app.mainWindow();
    QVERIFY(main->syncUi());
    QVERIFY(main->findChild<ui::SyncStatusIndicator *>(u"syncStatusIndicator"_s));
    QVERIFY(!app.syncController()->status().enrolled);

    app.lockNow(); // sync stops before the store closes; nothing of it opens behind the lock
    QVERIFY(app.session().isLocked());
    QVERIFY(!main->syncUi()->openOutbox());
    app.signOutNow();
    QVERIFY(!app.syncController());
}

QTEST_MAIN(TestSyncWiring)
#include "tst_syncwiring.moc"
