#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// Binds this computer to the store again with the recovery code written down at setup
// (Session::recoverDevice). Workers then sign in with their passwords as before.
class RecoveryCodeDialog : public QDialog {
    Q_OBJECT
public:
    explicit RecoveryCodeDialog(services::Session &session, QWidget *parent = nullptr);

private:
    void attempt();

    services::Session &m_session;
    QLineEdit *m_code;
    ErrorLabel *m_error;
    QPushButton *m_ok;
};

} // namespace pluslife::ui
