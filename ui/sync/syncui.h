#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QMainWindow;
class QMenu;

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

class SyncStatusIndicator;

// Sync in the main window: the indicator in the status bar and the Sync menu (Sync now,
// Outbox…, Conflicts…, Connect to the central window…), which opens the sync dialogs. Nothing
// opens while the desk is locked.
class SyncUi : public QObject {
    Q_OBJECT
public:
    SyncUi(services::Session &session, storage::SecretStore &secrets,
           sync::SyncController *controller, QMainWindow *window);

    SyncStatusIndicator *indicator() const { return m_indicator; }
    QMenu *menu() const { return m_menu; }

    // The desk was locked (false) or unlocked (true).
    void setUnlocked(bool unlocked);
    // Shows what the signed-in worker's role may use.
    void refreshRoles();

    void syncNow();
    QDialog *openOutbox();
    QDialog *openConflicts();
    QDialog *openEnrol();

private:
    bool mayOpen() const;
    bool mayResolveConflicts() const;
    QDialog *show(QPointer<QDialog> &slot, QDialog *dialog);

    services::Session &m_session;
    storage::SecretStore &m_secrets;
    QPointer<sync::SyncController> m_controller;
    QMainWindow *m_window;
    SyncStatusIndicator *m_indicator;
    QMenu *m_menu;
    QAction *m_syncNow;
    QAction *m_outbox;
    QAction *m_conflicts;
    QAction *m_enrol;
    QPointer<QDialog> m_outboxDialog;
    QPointer<QDialog> m_conflictDialog;
    QPointer<QDialog> m_enrolDialog;
    bool m_unlocked = true;
};

} // namespace pluslife::ui
