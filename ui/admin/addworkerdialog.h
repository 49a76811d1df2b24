#pragma once

#include "common/passwordfields.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// A new account: user name, full name, role and a temporary password the worker replaces at
// the first sign-in. The "Add" button is the confirmation; errors stay in the dialog.
class AddWorkerDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddWorkerDialog(services::Session &session, QWidget *parent = nullptr);

signals:
    void added(const QString &displayName);

private:
    void save();

    services::Session &m_session;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    NewPasswordFields m_password;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
