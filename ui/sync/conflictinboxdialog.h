#pragma once

#include "client/conflictstore.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pluslife::services {
class Session;
}
namespace pluslife::sync {
class SyncController;
}

namespace pluslife::ui {

class ErrorLabel;

// The conflict inbox: what the central window could not merge by itself, one row per field with
// this computer's value and the central's side by side. The worker keeps one, types another
// (Edit…), or acknowledges an automatic merge. Managers see every conflict; a social worker sees
// those of the files assigned to them; other roles see none.
class ConflictInboxDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Kind, File, What, Field, Mine, Theirs, ColumnCount };

    ConflictInboxDialog(services::Session &session, sync::SyncController *controller,
                        QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int conflictCount() const { return int(m_conflicts.size()); }

public slots:
    void reload();

private:
    bool mayResolve(const sync::SyncConflict &conflict) const;
    QString recordText(const sync::SyncConflict &conflict) const;
    const sync::SyncConflict *selected() const;
    void updateButtons();
    void keep(bool mine);
    void editValue();
    void acknowledge();
    void resolve(const QString &uuid, const QJsonValue &value);
    void afterChange(const QString &done);

    services::Session &m_session;
    QPointer<sync::SyncController> m_controller;
    QList<sync::SyncConflict> m_conflicts;
    QTableWidget *m_table;
    QLabel *m_help;
    QLabel *m_empty;
    ErrorLabel *m_message;
    QPushButton *m_keepMine;
    QPushButton *m_keepTheirs;
    QPushButton *m_edit;
    QPushButton *m_acknowledge;
};

} // namespace pluslife::ui
