#include "appcontroller.h"

#include "services/formservice.h"

#include "client/synccontroller.h"
#include "main/mainwindow.h"
#include "services/session.h"
#include "setup/setupwizard.h"
#include "signin/changepassworddialog.h"
#include "signin/ndadialog.h"
#include "signin/signindialog.h"

#include <QApplication>
#include <QDialog>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

AppController::AppController(AppOptions options, storage::SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_secrets(secrets)
    , m_session(std::make_unique<services::Session>(m_options.dataDir, secrets))
    , m_localChanges(*m_session)
{
    // Windows come and go between the steps; the app ends when the user quits, not when the
    // last window of a step closes.
    QApplication::setQuitOnLastWindowClosed(false);
    connect(m_session.get(), &services::Session::locked, this, &AppController::onLocked);
    connect(m_session.get(), &services::Session::unlocked, this, &AppController::onUnlocked);
    connect(m_session.get(), &services::Session::signedOut, this, &AppController::onSignedOut);
    connect(&m_idle, &InactivityWatcher::idle, this, &AppController::lockNow);
    connect(&m_screenLock, &ScreenLockListener::lockRequested, this, &AppController::lockNow);
    connect(&m_localChanges, &LocalChangeWatcher::changed, this, [this] {
        if (m_sync)
            m_sync->noteLocalChange();
    });
}

AppController::~AppController()
{
    m_idle.stop();
    delete m_main;
    delete m_signIn;
    delete m_wizard;
    stopSync();
    m_sync.reset();
    if (m_session->isSignedIn())
        m_session->signOut();
}

SetupWizard *AppController::setupWizard() const
{
    return m_wizard;
}

SignInDialog *AppController::signInDialog() const
{
    return m_signIn;
}

MainWindow *AppController::mainWindow() const
{
    return m_main;
}

void AppController::start()
{
    if (m_session->storeExists())
        showSignIn();
    else
        showWizard();
}

void AppController::showWizard()
{
    m_wizard = new SetupWizard(*m_session, m_secrets);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QDialog::finished, this, [this](int result) {
        const QString manager = m_wizard ? m_wizard->managerUsername() : QString();
        if (result == QDialog::Accepted || m_session->storeExists()) {
            if (m_options.prefillUsername.isEmpty())
                m_options.prefillUsername = manager;
            showSignIn();
        } else {
            quit();
        }
    });
    m_wizard->show();
}

void AppController::showSignIn()
{
    if (m_signIn)
        m_signIn->deleteLater();
    m_signIn = new SignInDialog(*m_session);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn->setUsername(m_options.prefillUsername);
    m_signIn->setNote(m_options.signInNote);
    connect(m_signIn, &SignInDialog::signedIn, this, &AppController::afterSignIn);
    connect(m_signIn, &QDialog::rejected, this, &AppController::quit);
    m_signIn->show();
}

void AppController::afterSignIn()
{
    m_options.prefillUsername = m_session->worker().username;
    if (m_session->needsNdaAcceptance())
        askNda();
    else
        askPasswordChange();
}

void AppController::askNda()
{
    auto *dialog = new NdaDialog(*m_session);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AppController::askPasswordChange);
    connect(dialog, &QDialog::rejected, this, &AppController::signOutNow);
    dialog->show();
}

void AppController::askPasswordChange()
{
    if (!m_session->worker().mustChangePassword) {
        showMainWindow();
        return;
    }
    auto *dialog = new ChangePasswordDialog(*m_session, true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AppController::showMainWindow);
    connect(dialog, &QDialog::rejected, this, &AppController::signOutNow);
    dialog->show();
}

void AppController::showMainWindow()
{
    if (!m_session->isSignedIn())
        return;
    // The forms this release ships (activity library) are installed or updated in the store;
    // a failure leaves the forms already installed in place and is not worth stopping for.
    forms::FormService(*m_session).installLibrary();
    m_main = new MainWindow(*m_session);
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_main, &MainWindow::lockRequested, this, &AppController::lockNow);
    connect(m_main, &MainWindow::signOutRequested, this, &AppController::signOutNow);
    connect(m_main, &MainWindow::signInAsSomeoneElse, this, &AppController::signOutNow);
    connect(m_main, &MainWindow::unlockedByPassword, this, &AppController::onUnlocked);
    connect(m_main, &MainWindow::quitRequested, this, &AppController::quit);
    connect(m_main, &MainWindow::settingsChanged, this, &AppController::startIdleWatch);
    // Sync lives as long as this sign-in: created with the window, started once it shows.
    if (!m_sync) {
        m_sync = std::make_unique<sync::SyncController>(m_session->vault(), m_secrets,
                                                        m_session->clock());
        // Forms the central distributed arrive with a cycle; installing needs the session, so
        // it happens here on the GUI thread (cheap when nothing is new).
        connect(m_sync.get(), &sync::SyncController::cycleFinished, this,
                [this](const sync::CycleReport &report) {
                    if (report.ok && m_session->isSignedIn() && !m_session->isLocked())
                        forms::FormService(*m_session).installDistributed();
                });
    }
    m_main->setSync(m_sync.get(), m_secrets);
    m_main->show();
    m_screenLock.watchWindow(m_main);
    startIdleWatch();
    startSync();
}

void AppController::startSync()
{
    if (!m_sync || !m_session->isSignedIn() || m_session->isLocked())
        return;
    m_sync->start();
    m_localChanges.start();
}

// Before the store closes (lock, sign-out, quit): the sync thread must be at a safe point and
// done with its connection.
void AppController::stopSync()
{
    m_localChanges.stop();
    if (m_sync)
        m_sync->stop();
}

void AppController::startIdleWatch()
{
    if (!m_session->isSignedIn() || m_session->isLocked())
        return;
    m_idle.setIdleMinutes(m_session->idleLockMinutes());
    m_idle.start();
}

void AppController::lockNow()
{
    if (!m_main || !m_session->isSignedIn())
        return;
    stopSync();
    if (!m_session->isLocked())
        m_session->lock();
    onLocked(); // whether or not the session announced it
}

void AppController::onLocked()
{
    m_idle.stop();
    stopSync();
    closeDialogs();
    if (m_main && !m_main->isShowingLock())
        m_main->showLocked();
}

void AppController::onUnlocked()
{
    if (!m_main || m_session->isLocked() || !m_session->isSignedIn())
        return;
    if (m_main->isShowingLock())
        m_main->showUnlocked();
    startIdleWatch();
    startSync();
}

void AppController::signOutNow()
{
    stopSync();
    if (m_session->isSignedIn())
        m_session->signOut();
    onSignedOut();
}

void AppController::onSignedOut()
{
    m_idle.stop();
    stopSync();
    closeDialogs();
    if (m_main) {
        m_main->closeSilently();
        m_main = nullptr;
    }
    m_sync.reset(); // the next worker's sign-in gets its own
    if (!m_quitting && (!m_signIn || !m_signIn->isVisible()))
        showSignIn();
}

void AppController::quit()
{
    m_quitting = true;
    m_idle.stop();
    stopSync();
    closeDialogs();
    if (m_session->isSignedIn())
        m_session->signOut();
    if (m_main) {
        m_main->closeSilently();
    }
    emit finished();
}

void AppController::closeDialogs()
{
    // Whatever shows data goes: popups first, then every dialog but the steps of signing in.
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        auto *dialog = qobject_cast<QDialog *>(window);
        if (dialog && dialog->isVisible() && dialog != m_signIn && dialog != m_wizard)
            dialog->reject();
    }
}

} // namespace pluslife::ui
