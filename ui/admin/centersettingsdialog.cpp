#include "centersettingsdialog.h"

#include "common/errorlabel.h"
#include "services/session.h"
#include "setup/centerfields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

CenterSettingsDialog::CenterSettingsDialog(services::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_fields(new CenterFields(this))
    , m_idleMinutes(new QSpinBox(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"centerSettingsDialog"_s);
    setWindowTitle(tr("Center settings"));
    m_fields->setCenter(session.center());
    m_idleMinutes->setObjectName(u"idleLockSpin"_s);
    m_idleMinutes->setRange(1, 120);
    m_idleMinutes->setValue(session.idleLockMinutes());
    m_idleMinutes->setSuffix(tr(" min"));
    m_error->setObjectName(u"centerSettingsError"_s);

    auto *centerBox = new QGroupBox(tr("The center"), this);
    auto *centerLayout = new QVBoxLayout(centerBox);
    centerLayout->addWidget(m_fields);
    auto *lockBox = new QGroupBox(tr("Security"), this);
    auto *lockForm = new QFormLayout(lockBox);
    lockForm->addRow(tr("&Lock the desk after this much time without use:"), m_idleMinutes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveCenterSettingsButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(centerBox);
    layout->addWidget(lockBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(buttons, &QDialogButtonBox::accepted, this, &CenterSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CenterSettingsDialog::save()
{
    const domain::CenterInfo center = m_fields->center();
    QString problem = domain::validateCenter(center);
    if (!problem.isEmpty()) {
        m_error->showError(problem);
        return;
    }
    storage::StoreError error = m_session.updateCenter(center);
    if (error.ok() && m_idleMinutes->value() != m_session.idleLockMinutes())
        error = m_session.setIdleLockMinutes(m_idleMinutes->value());
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    accept();
}

} // namespace pluslife::ui
