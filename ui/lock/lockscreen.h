#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;
class LockoutCountdown;

// Shown in place of everything else while the desk is locked: only the same worker's password
// opens it again; anyone else signs the locked worker out first.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(services::Session &session, QWidget *parent = nullptr);

    // Call each time the lock screen is shown: names the locked worker, empties the field.
    void prepare();

signals:
    void unlocked();
    void signInAsSomeoneElse();

private:
    void attempt();

    services::Session &m_session;
    QLabel *m_who;
    QLineEdit *m_password;
    ErrorLabel *m_error;
    QLabel *m_lockout;
    QPushButton *m_unlock;
    QPushButton *m_other;
    LockoutCountdown *m_countdown;
};

} // namespace pluslife::ui
