#include "setupwizard.h"

#include "centerpage.h"
#include "managerpage.h"
#include "recoverycodepage.h"
#include "services/centersetup.h"
#include "services/session.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

SetupWizard::SetupWizard(const services::Session &session, storage::SecretStore &secrets,
                         QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_secrets(secrets)
    , m_centerPage(new CenterPage(this))
    , m_managerPage(new ManagerPage(
          [this](const services::ManagerAccount &manager) {
              QString code;
              const domain::CenterInfo center = m_centerPage->center();
              storage::StoreError error = services::CenterSetup::validate(center, manager);
              if (error.ok())
                  error = services::CenterSetup::createCenter(m_session.dataDir(), m_secrets,
                                                              center, manager, &code);
              if (error.ok()) {
                  m_created = true;
                  m_recoveryPage->setRecoveryCode(code, center.name);
              }
              code.fill(u'0');
              return error;
          },
          [this] { return m_session.storeExists(); }, this))
    , m_recoveryPage(new RecoveryCodePage(this))
{
    setObjectName(u"setupWizard"_s);
    setWindowTitle(tr("Set up PlusLife Desk"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage |
               QWizard::NoBackButtonOnStartPage);
    setPage(CenterPageId, m_centerPage);
    setPage(ManagerPageId, m_managerPage);
    setPage(RecoveryPageId, m_recoveryPage);
    setStartId(CenterPageId);
    setMinimumWidth(640);
}

QString SetupWizard::managerUsername() const
{
    return m_managerPage->username();
}

void SetupWizard::reject()
{
    // The code is shown only here: leaving without confirming would lose it for good.
    if (m_created && !m_recoveryPage->isConfirmed()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Write the recovery code down and tick the box before you "
                                    "close this window. It is not shown again."));
        return;
    }
    QWizard::reject();
}

} // namespace pluslife::ui
