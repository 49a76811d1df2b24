#include "syncui.h"

#include "client/synccontroller.h"
#include "conflictinboxdialog.h"
#include "enroldialog.h"
#include "outboxdialog.h"
#include "services/session.h"
#include "syncstatusindicator.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

SyncUi::SyncUi(services::Session &session, storage::SecretStore &secrets,
               sync::SyncController *controller, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_secrets(secrets)
    , m_controller(controller)
    , m_window(window)
    , m_indicator(new SyncStatusIndicator(controller, window))
    , m_menu(new QMenu(tr("S&ync"), window))
    , m_syncNow(new QAction(tr("Sync &now"), this))
    , m_outbox(new QAction(tr("&Outbox…"), this))
    , m_conflicts(new QAction(tr("&Conflicts…"), this))
    , m_enrol(new QAction(tr("Conn&ect to the central window…"), this))
{
    setObjectName(u"syncUi"_s);
    m_menu->setObjectName(u"syncMenu"_s);
    m_syncNow->setObjectName(u"syncNowAction"_s);
    m_outbox->setObjectName(u"outboxAction"_s);
    m_conflicts->setObjectName(u"conflictsAction"_s);
    m_enrol->setObjectName(u"enrolAction"_s);
    m_menu->addAction(m_syncNow);
    m_menu->addSeparator();
    m_menu->addAction(m_outbox);
    m_menu->addAction(m_conflicts);
    m_menu->addSeparator();
    m_menu->addAction(m_enrol);

    // Before Help, the last menu by convention.
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);
    if (auto *center = window->findChild<QMenu *>(u"centerMenu"_s)) {
        center->addSeparator();
        center->addAction(m_enrol);
    }
    window->statusBar()->addPermanentWidget(m_indicator);

    connect(m_syncNow, &QAction::triggered, this, &SyncUi::syncNow);
    connect(m_outbox, &QAction::triggered, this, &SyncUi::openOutbox);
    connect(m_conflicts, &QAction::triggered, this, &SyncUi::openConflicts);
    connect(m_enrol, &QAction::triggered, this, &SyncUi::openEnrol);
    connect(m_indicator, &SyncStatusIndicator::syncNowRequested, this, &SyncUi::syncNow);
    connect(m_indicator, &SyncStatusIndicator::outboxRequested, this, &SyncUi::openOutbox);
    connect(m_indicator, &SyncStatusIndicator::conflictsRequested, this, &SyncUi::openConflicts);
    refreshRoles();
}

void SyncUi::setUnlocked(bool unlocked)
{
    m_unlocked = unlocked;
    for (QAction *action : {m_syncNow, m_outbox, m_conflicts, m_enrol})
        action->setEnabled(unlocked);
    if (unlocked)
        refreshRoles();
}

bool SyncUi::mayOpen() const
{
    return m_unlocked && m_session.isSignedIn() && !m_session.isLocked();
}

bool SyncUi::mayResolveConflicts() const
{
    const auto role = m_session.worker().role;
    return role == domain::WorkerRole::Manager || role == domain::WorkerRole::SocialWorker;
}

void SyncUi::refreshRoles()
{
    m_conflicts->setVisible(mayResolveConflicts());
    m_indicator->setConflictsOpenable(mayResolveConflicts());
    m_enrol->setVisible(m_session.worker().isManager());
    m_syncNow->setEnabled(m_unlocked && m_controller);
}

void SyncUi::syncNow()
{
    if (mayOpen() && m_controller)
        m_controller->syncNow();
}

QDialog *SyncUi::show(QPointer<QDialog> &slot, QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    slot = dialog;
    dialog->open();
    return dialog;
}

QDialog *SyncUi::openOutbox()
{
    if (!mayOpen())
        return nullptr;
    if (m_outboxDialog) {
        m_outboxDialog->raise();
        return m_outboxDialog;
    }
    return show(m_outboxDialog, new OutboxDialog(m_session, m_controller, m_window));
}

QDialog *SyncUi::openConflicts()
{
    if (!mayOpen() || !mayResolveConflicts())
        return nullptr;
    if (m_conflictDialog) {
        m_conflictDialog->raise();
        return m_conflictDialog;
    }
    return show(m_conflictDialog, new ConflictInboxDialog(m_session, m_controller, m_window));
}

QDialog *SyncUi::openEnrol()
{
    if (!mayOpen() || !m_session.worker().isManager())
        return nullptr;
    if (m_enrolDialog) {
        m_enrolDialog->raise();
        return m_enrolDialog;
    }
    auto *dialog = new EnrolDialog(m_session, m_secrets, m_window);
    connect(dialog, &EnrolDialog::enrolled, this, [this] {
        if (m_controller) {
            m_controller->refreshStatus();
            m_controller->syncNow(); // the first download
        }
    });
    return show(m_enrolDialog, dialog);
}

} // namespace pluslife::ui
