#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// A walk-in (or a call) that only asks something: how it came, what was asked and what was
// answered, logged as a request without a household file (activity 2).
class InquiryDialog : public QDialog {
    Q_OBJECT
public:
    explicit InquiryDialog(services::Session &session, QWidget *parent = nullptr);

private:
    void accept() override;

    services::Session &m_session;
    QComboBox *m_channel;
    QLineEdit *m_who;
    QPlainTextEdit *m_asked;
    QPlainTextEdit *m_answered;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
