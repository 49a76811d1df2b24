#pragma once

#include "domain/worker.h"
#include "storage/storeerror.h"

#include <QDialog>
#include <QList>

#include <functional>

class QPushButton;
class QTableWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// The manager's list of the center's accounts, with add, disable, enable and password reset.
// Every change asks for confirmation first; confirmations are asynchronous so that a lock can
// close this dialog at any moment.
class WorkersDialog : public QDialog {
    Q_OBJECT
public:
    explicit WorkersDialog(services::Session &session, QWidget *parent = nullptr);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void reload();
    void updateButtons();
    const domain::Worker *selected() const;
    void addWorker();
    void disableWorker();
    void enableWorker();
    void resetPassword();
    void askTemporaryPassword(const QString &title, const QString &text, const QString &done,
                              const std::function<storage::StoreError(const QString &)> &action);
    void report(const storage::StoreError &error, const QString &success);

    services::Session &m_session;
    QList<domain::Worker> m_workers;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_disable;
    QPushButton *m_enable;
    QPushButton *m_reset;
    ErrorLabel *m_message;
};

} // namespace pluslife::ui
