#pragma once

#include <QDialog>

class QSpinBox;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class CenterFields;
class ErrorLabel;

// The manager's settings: the center's licence data and the idle time before the desk locks.
class CenterSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit CenterSettingsDialog(services::Session &session, QWidget *parent = nullptr);

private:
    void save();

    services::Session &m_session;
    CenterFields *m_fields;
    QSpinBox *m_idleMinutes;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
