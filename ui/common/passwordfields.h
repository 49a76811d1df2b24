#pragma once

#include <QCoreApplication>
#include <QString>

class QLineEdit;
class QWidget;

namespace pluslife::ui {

// A password field: masked, no prediction, flagged sensitive for input methods.
QLineEdit *makePasswordEdit(QWidget *parent, const QString &objectName);

// A new password typed twice.
struct NewPasswordFields {
    Q_DECLARE_TR_FUNCTIONS(NewPasswordFields)
public:
    NewPasswordFields(QWidget *parent, const QString &namePrefix);

    QLineEdit *password = nullptr;
    QLineEdit *confirm = nullptr;

    // Empty when acceptable for `username` (isAcceptablePassword's rules) and both match;
    // otherwise the translated reason.
    QString problem(const QString &username) const;
    QString text() const;
    void clear();
};

} // namespace pluslife::ui
