#include "changepassworddialog.h"

#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "services/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

ChangePasswordDialog::ChangePasswordDialog(services::Session &session, bool forced, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_current(makePasswordEdit(this, u"currentPasswordEdit"_s))
    , m_next(this, u"new"_s)
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"changePasswordDialog"_s);
    setWindowTitle(tr("Change password"));
    auto *intro = new QLabel(forced ? tr("The manager set a temporary password for you. Choose "
                                         "your own password before you go on.")
                                    : tr("Choose a new password of at least 10 characters."),
                             this);
    intro->setWordWrap(true);
    alignToReadingSide(intro);
    m_error->setObjectName(u"changePasswordError"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(forced ? tr("&Temporary password:") : tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_next.password);
    form->addRow(tr("New password &again:"), m_next.confirm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change password"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"changePasswordButton"_s);
    if (forced)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Sign out"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ChangePasswordDialog::save()
{
    const QString problem = m_next.problem(m_session.worker().username);
    if (!problem.isEmpty()) {
        m_error->showError(problem);
        m_next.password->setFocus();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const storage::StoreError error = m_session.changePassword(m_current->text(), m_next.text());
    QGuiApplication::restoreOverrideCursor();
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    m_current->clear();
    m_next.clear();
    accept();
}

} // namespace pluslife::ui
