#pragma once

#include <QDialog>

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// The center's non-disclosure agreement (پیمان عدم افشای اطلاعات). Every worker accepts the
// current version before seeing any data; accepting is recorded, declining signs out (the
// caller does that on reject).
class NdaDialog : public QDialog {
    Q_OBJECT
public:
    explicit NdaDialog(services::Session &session, QWidget *parent = nullptr);

private:
    void acceptAgreement();

    services::Session &m_session;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
