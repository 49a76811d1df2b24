#include "ndadialog.h"

#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "services/session.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

NdaDialog::NdaDialog(services::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"ndaDialog"_s);
    setWindowTitle(tr("Non-disclosure agreement"));
    auto *intro = new QLabel(tr("%1, before you open the center's files, read and accept the "
                                "agreement below.")
                                 .arg(session.worker().displayName),
                             this);
    intro->setWordWrap(true);
    alignToReadingSide(intro);
    intro->setTextFormat(Qt::PlainText);
    auto *text = new QTextBrowser(this);
    text->setObjectName(u"ndaText"_s);
    text->setPlainText(services::Session::ndaText());
    m_error->setObjectName(u"ndaError"_s);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *accept = buttons->addButton(tr("I &accept"), QDialogButtonBox::AcceptRole);
    accept->setObjectName(u"acceptNdaButton"_s);
    QPushButton *decline =
        buttons->addButton(tr("I &decline (sign out)"), QDialogButtonBox::RejectRole);
    decline->setObjectName(u"declineNdaButton"_s);
    decline->setAutoDefault(false);
    accept->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(text, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 480);

    connect(buttons, &QDialogButtonBox::accepted, this, &NdaDialog::acceptAgreement);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void NdaDialog::acceptAgreement()
{
    const storage::StoreError error = m_session.acceptNda();
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    accept();
}

} // namespace pluslife::ui
