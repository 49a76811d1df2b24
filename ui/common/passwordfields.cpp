#include "passwordfields.h"

#include "domain/worker.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

QLineEdit *makePasswordEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                              Qt::ImhNoAutoUppercase);
    edit->setMaxLength(256);
    return edit;
}

NewPasswordFields::NewPasswordFields(QWidget *parent, const QString &namePrefix)
    : password(makePasswordEdit(parent, namePrefix + u"PasswordEdit"_s))
    , confirm(makePasswordEdit(parent, namePrefix + u"ConfirmEdit"_s))
{
    password->setToolTip(tr("At least 10 characters, not all the same, not the user name."));
}

QString NewPasswordFields::problem(const QString &username) const
{
    QString error;
    if (!domain::isAcceptablePassword(password->text(), username, &error))
        return error.isEmpty() ? tr("This password is not accepted.") : error;
    if (password->text() != confirm->text())
        return tr("The two passwords are not the same.");
    return {};
}

QString NewPasswordFields::text() const
{
    return password->text();
}

void NewPasswordFields::clear()
{
    password->clear();
    confirm->clear();
}

} // namespace pluslife::ui
