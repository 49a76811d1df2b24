#include "addworkerdialog.h"

#include "common/errorlabel.h"
#include "services/session.h"
#include "services/workeradmin.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

AddWorkerDialog::AddWorkerDialog(services::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(this, u"newWorker"_s)
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"addWorkerDialog"_s);
    setWindowTitle(tr("Add a worker"));
    m_username->setObjectName(u"newWorkerUserEdit"_s);
    m_username->setMaxLength(32);
    m_username->setLayoutDirection(Qt::LeftToRight);
    m_displayName->setObjectName(u"newWorkerNameEdit"_s);
    m_displayName->setMaxLength(100);
    m_role->setObjectName(u"newWorkerRoleCombo"_s);
    for (domain::WorkerRole role : domain::allRoles())
        m_role->addItem(domain::roleDisplayName(role), domain::roleKey(role));
    m_role->setCurrentIndex(m_role->findData(domain::roleKey(domain::WorkerRole::SocialWorker)));
    m_error->setObjectName(u"addWorkerError"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("Full &name:"), m_displayName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Temporary password:"), m_password.password);
    form->addRow(tr("Temporary password &again:"), m_password.confirm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add worker"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"confirmAddWorkerButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    connect(buttons, &QDialogButtonBox::accepted, this, &AddWorkerDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AddWorkerDialog::save()
{
    QString problem;
    const QString username = domain::normalizeUsername(m_username->text(), &problem);
    if (username.isEmpty()) {
        m_error->showError(problem);
        return;
    }
    const QString name = m_displayName->text().simplified();
    if (name.isEmpty()) {
        m_error->showError(tr("Enter the worker's full name."));
        return;
    }
    problem = m_password.problem(username);
    if (!problem.isEmpty()) {
        m_error->showError(problem);
        return;
    }
    const auto role = domain::roleFromKey(m_role->currentData().toString());
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const storage::StoreError error = services::WorkerAdmin(m_session).addWorker(
        username, name, role.value_or(domain::WorkerRole::SocialWorker), m_password.text());
    QGuiApplication::restoreOverrideCursor();
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    m_password.clear();
    emit added(name);
    accept();
}

} // namespace pluslife::ui
