#include "temporarypassworddialog.h"

#include "common/errorlabel.h"
#include "common/wrappedlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

TemporaryPasswordDialog::TemporaryPasswordDialog(const QString &title, const QString &explanation,
                                                 QString username, ApplyFunction apply,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_username(std::move(username))
    , m_apply(std::move(apply))
    , m_password(this, u"temporary"_s)
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"temporaryPasswordDialog"_s);
    setWindowTitle(title);
    auto *text = new QLabel(explanation, this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    alignToReadingSide(text);
    m_error->setObjectName(u"temporaryPasswordError"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Temporary password:"), m_password.password);
    form->addRow(tr("Temporary password &again:"), m_password.confirm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(title);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"confirmTemporaryPasswordButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(buttons, &QDialogButtonBox::accepted, this, &TemporaryPasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void TemporaryPasswordDialog::save()
{
    const QString problem = m_password.problem(m_username);
    if (!problem.isEmpty()) {
        m_error->showError(problem);
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const storage::StoreError error = m_apply(m_password.text());
    QGuiApplication::restoreOverrideCursor();
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    m_password.clear();
    accept();
}

} // namespace pluslife::ui
