#pragma once

#include "lock/inactivitywatcher.h"
#include "lock/screenlocklistener.h"
#include "sync/localchangewatcher.h"

#include <QObject>
#include <QPointer>

#include <memory>

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

class MainWindow;
class SetupWizard;
class SignInDialog;

struct AppOptions {
    QString dataDir;
    QString prefillUsername; // the sign-in dialog starts with this user name
    QString signInNote;      // shown on the sign-in dialog (the demo's credentials)
};

// The composition root of the desktop app: the setup wizard on first start, then sign-in
// (agreement, forced password change), the main window, and the lock / unlock / sign-out
// cycles driven by the menu, the idle timer and the operating system's screen lock.
class AppController : public QObject {
    Q_OBJECT
public:
    AppController(AppOptions options, storage::SecretStore &secrets, QObject *parent = nullptr);
    ~AppController() override;

    void start();

    services::Session &session() { return *m_session; }
    InactivityWatcher &inactivityWatcher() { return m_idle; }
    SetupWizard *setupWizard() const;
    SignInDialog *signInDialog() const;
    MainWindow *mainWindow() const;
    // Sync with the central window while a worker is signed in and the desk unlocked.
    sync::SyncController *syncController() const { return m_sync.get(); }
    LocalChangeWatcher &localChanges() { return m_localChanges; }

    void lockNow();
    void signOutNow();

signals:
    void finished(); // the user quit: the app should exit

private:
    void showWizard();
    void showSignIn();
    void afterSignIn();
    void askNda();
    void askPasswordChange();
    void showMainWindow();
    void onLocked();
    void onUnlocked();
    void onSignedOut();
    void quit();
    void closeDialogs();
    void startIdleWatch();
    void startSync();
    void stopSync();

    AppOptions m_options;
    storage::SecretStore &m_secrets;
    std::unique_ptr<services::Session> m_session;
    std::unique_ptr<sync::SyncController> m_sync;
    LocalChangeWatcher m_localChanges;
    InactivityWatcher m_idle;
    ScreenLockListener m_screenLock;
    QPointer<SetupWizard> m_wizard;
    QPointer<SignInDialog> m_signIn;
    QPointer<MainWindow> m_main;
    bool m_quitting = false;
};

} // namespace pluslife::ui
