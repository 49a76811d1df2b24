#pragma once

#include "storage/storeerror.h"

#include <QDialog>

#include <functional>

class QPlainTextEdit;

namespace pluslife::ui {

class ErrorLabel;

// Asks for one mandatory text (a refusal reason, a cancellation reason, a done note) and hands
// it to `save`; stays open with the translated error when `save` refuses it, closes once saved.
// Open it with open() (non-modal for the rest of the app, deleted on close by the caller).
class ReasonDialog : public QDialog {
    Q_OBJECT
public:
    using Save = std::function<storage::StoreError(const QString &text)>;

    ReasonDialog(const QString &title, const QString &prompt, const QString &okText, Save save,
                 QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }

public slots:
    void accept() override;

private:
    Save m_save;
    QPlainTextEdit *m_text;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
