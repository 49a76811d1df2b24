#pragma once

#include "common/passwordfields.h"
#include "storage/storeerror.h"

#include <QDialog>

#include <functional>

namespace pluslife::ui {

class ErrorLabel;

// Asks for a temporary password (twice) for another worker and applies it through `apply`
// (enable or reset). The OK button is the confirmation; errors stay in the dialog.
class TemporaryPasswordDialog : public QDialog {
    Q_OBJECT
public:
    using ApplyFunction = std::function<storage::StoreError(const QString &password)>;

    TemporaryPasswordDialog(const QString &title, const QString &explanation, QString username,
                            ApplyFunction apply, QWidget *parent = nullptr);

private:
    void save();

    QString m_username;
    ApplyFunction m_apply;
    NewPasswordFields m_password;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
