#pragma once

#include "common/passwordfields.h"

#include <QDialog>

class QLineEdit;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// The signed-in worker's own password. `forced` after a reset by the manager: the worker
// cannot go on without choosing one (Cancel then means sign out, handled by the caller).
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(services::Session &session, bool forced, QWidget *parent = nullptr);

private:
    void save();

    services::Session &m_session;
    QLineEdit *m_current;
    NewPasswordFields m_next;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
