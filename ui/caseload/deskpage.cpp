#include "deskpage.h"

#include "caseloadpage.h"
#include "domain/accesspolicy.h"
#include "household/householdfileview.h"
#include "intake/inquirydialog.h"
#include "intake/intakedialog.h"
#include "main/homepage.h"
#include "services/session.h"

#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

DeskPage::DeskPage(services::Session &session, QWidget *parent)
    : QStackedWidget(parent)
    , m_session(session)
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_caseload(new CaseloadPage(session, m_split))
    , m_home(new HomePage(session, m_split))
{
    setObjectName(u"deskPage"_s);
    m_split->setObjectName(u"deskSplitter"_s);
    m_split->addWidget(m_caseload);
    m_split->addWidget(m_home);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    m_split->setSizes({620, 340});
    addWidget(m_split);
    connect(m_caseload, &CaseloadPage::openRequested, this, &DeskPage::openFile);
    connect(m_caseload, &CaseloadPage::newRequestRequested, this, &DeskPage::openNewRequest);
    connect(m_caseload, &CaseloadPage::inquiryRequested, this, &DeskPage::openInquiry);
    setFocusProxy(m_caseload->searchEdit());
}

HouseholdFileView *DeskPage::fileView() const
{
    return m_file;
}

void DeskPage::showCaseload()
{
    closeFile();
    m_caseload->focusSearch();
}

void DeskPage::setHomePanelVisible(bool visible)
{
    m_home->setVisible(visible);
}

void DeskPage::openFile(qint64 householdId)
{
    if (!domain::allows(m_session.worker().role, domain::Capability::ReadFileDetails))
        return; // the caseload already said why
    closeFile();
    m_file = new HouseholdFileView(m_session, householdId, this);
    connect(m_file, &HouseholdFileView::backRequested, this, &DeskPage::showCaseload);
    connect(m_file, &HouseholdFileView::fileChanged, m_caseload, &CaseloadPage::refresh);
    addWidget(m_file);
    setCurrentWidget(m_file);
    m_file->tabs()->setFocus();
}

void DeskPage::closeFile()
{
    if (m_file) {
        removeWidget(m_file);
        m_file->hide();
        m_file->deleteLater(); // may be called from one of its own buttons
        m_file = nullptr;
        m_home->refresh(); // drafts or capacity may have changed inside the file
    }
    setCurrentWidget(m_split);
}

void DeskPage::openNewRequest()
{
    if (!domain::allows(m_session.worker().role, domain::Capability::RegisterRequest))
        return;
    auto *dialog = new IntakeDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IntakeDialog::fileOpened, m_caseload, &CaseloadPage::refresh);
    connect(dialog, &IntakeDialog::openFileRequested, this, &DeskPage::openFile);
    dialog->open();
}

void DeskPage::openInquiry()
{
    if (!domain::allows(m_session.worker().role, domain::Capability::RegisterRequest))
        return;
    auto *dialog = new InquiryDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace pluslife::ui
