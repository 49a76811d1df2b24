#pragma once

#include <QDialog>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QStackedWidget;

namespace pluslife::services {
class Session;
}
namespace pluslife::storage {
class SecretStore;
}
namespace pluslife::sync {
class SyncController;
}

namespace pluslife::ui {

class CaseloadPage;
class DeskPage;
class HomePage;
class HouseholdFileView;
class LockScreen;
class SyncUi;

// The desk once a worker is signed in. While locked, the data pages are destroyed and the lock
// screen takes their place; the actions that reach data are disabled.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(services::Session &session, QWidget *parent = nullptr);

    bool isShowingLock() const { return m_desk.isNull(); }
    LockScreen *lockScreen() const { return m_lockScreen; }
    // The data pages; null while locked.
    DeskPage *desk() const;
    CaseloadPage *caseloadPage() const;
    HouseholdFileView *householdFileView() const;
    void showLocked();
    void showUnlocked();
    // Closes without announcing quitRequested (the app closes it on sign-out).
    void closeSilently();
    // Adds the sync indicator and the Sync menu (once); the controller stays the caller's.
    void setSync(sync::SyncController *controller, storage::SecretStore &secrets);
    SyncUi *syncUi() const { return m_sync; }

signals:
    void lockRequested();
    void signOutRequested();
    void quitRequested();
    void settingsChanged(); // center or idle-lock setting saved
    void unlockedByPassword();
    void signInAsSomeoneElse();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void refreshChrome();
    void setDataActionsEnabled(bool enabled);
    void openWorkers();
    void openVisitPlanner();
    void openRankedHouseholds();
    void openCasePage(QWidget *page, const QString &objectName, const QString &title);
    void openFromCasePage(qint64 householdId);
    void openCenterSettings();
    void openChangePassword();
    void showAbout();
    void refreshHome();

    services::Session &m_session;
    QStackedWidget *m_stack;
    LockScreen *m_lockScreen;
    QPointer<DeskPage> m_desk; // the caseload, the home panel and an open household file
    QLabel *m_workerStatus;
    QLabel *m_centerStatus;
    QAction *m_lock = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_changePassword = nullptr;
    QAction *m_workers = nullptr;
    QAction *m_centerSettings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_caseload = nullptr;
    QAction *m_newRequest = nullptr;
    QAction *m_inquiry = nullptr;
    QAction *m_import = nullptr;
    QAction *m_visits = nullptr;
    QAction *m_capacity = nullptr;
    QAction *m_homePanel = nullptr;
    QAction *m_screeningCampaign = nullptr;
    QAction *m_ranked = nullptr;
    QAction *m_referrals = nullptr;
    QAction *m_tasks = nullptr;
    QPointer<QDialog> m_casePage;
    SyncUi *m_sync = nullptr;
    bool m_closingByApp = false;
};

} // namespace pluslife::ui
