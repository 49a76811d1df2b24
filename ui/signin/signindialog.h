#pragma once

#include "storage/storeerror.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;
class LockoutCountdown;

// User name and password. On success the session is signed in and `signedIn` is emitted;
// the caller goes on with the agreement and the password change. When this computer's keychain
// cannot give the store's key, offers to bind it again with the recovery code.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(services::Session &session, QWidget *parent = nullptr);

    void setUsername(const QString &username);
    // A visible note under the form (the demo's credentials and warnings).
    void setNote(const QString &note);

signals:
    void signedIn();

private:
    void attempt();
    void showError(const storage::StoreError &error);
    void recover();

    services::Session &m_session;
    QLabel *m_note;
    QLineEdit *m_username;
    QLineEdit *m_password;
    ErrorLabel *m_error;
    QLabel *m_lockout;
    QPushButton *m_signIn;
    QPushButton *m_recover;
    LockoutCountdown *m_countdown;
};

} // namespace pluslife::ui
