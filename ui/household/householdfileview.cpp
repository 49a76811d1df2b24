#include "householdfileview.h"

#include "documents/documentspanel.h"
#include "forms/householdformspanel.h"
#include "needs/needspanel.h"
#include "print/householdsummarydocument.h"
#include "referrals/householdreferralspanel.h"
#include "tasks/householdtaskspanel.h"
#include "visits/householdvisitspanel.h"

#include "addresspanel.h"
#include "caseload/displaytext.h"
#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "domain/accesspolicy.h"
#include "domain/choices.h"
#include "filedialogs.h"
#include "memberstab.h"
#include "mergedialog.h"
#include "notestab.h"
#include "services/householdservice.h"
#include "services/session.h"
#include "services/workeradmin.h"
#include "splitdialog.h"
#include "timelinetab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

// The worker names this role may know: always one's own, every worker's for the manager.
QHash<qint64, QString> workerNames(services::Session &session)
{
    QHash<qint64, QString> names{{session.worker().id, session.worker().displayName}};
    if (session.worker().isManager()) {
        for (const domain::Worker &worker : services::WorkerAdmin(session).workers())
            names.insert(worker.id, worker.displayName);
    }
    return names;
}

} // namespace

HouseholdFileView::HouseholdFileView(services::Session &session, qint64 householdId,
                                     QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_householdId(householdId)
    , m_title(headerLabel(u"fileTitleLabel"_s))
    , m_worker(headerLabel(u"fileWorkerLabel"_s))
    , m_status(headerLabel(u"fileStatusLabel"_s))
    , m_priority(headerLabel(u"filePriorityLabel"_s))
    , m_notice(new ErrorLabel(this))
    , m_back(new QPushButton(tr("&Back to the caseload"), this))
    , m_statusButton(new QPushButton(tr("Change &status…"), this))
    , m_merge(new QPushButton(tr("&Merge a duplicate…"), this))
    , m_split(new QPushButton(tr("S&plit…"), this))
    , m_tabs(new QTabWidget(this))
    , m_members(new MembersTab(session, this))
    , m_timeline(new TimelineTab(this))
    , m_address(new AddressPanel(this))
{
    setObjectName(u"householdFileView"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    alignToReadingSide(m_title);
    m_notice->setObjectName(u"fileNotice"_s);
    m_back->setObjectName(u"backButton"_s);
    m_back->setShortcut(QKeySequence::Back);
    m_statusButton->setObjectName(u"changeStatusButton"_s);
    m_merge->setObjectName(u"mergeButton"_s);
    m_split->setObjectName(u"splitButton"_s);
    m_tabs->setObjectName(u"householdTabs"_s);
    m_tabs->addTab(m_members, tr("&Members"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(m_address, tr("&Address and housing"));
    if (domain::allows(session.worker().role, domain::Capability::ReadFileDetails))
        m_tabs->addTab(new HouseholdVisitsPanel(session, householdId, this), tr("&Visits"));
    m_tabs->addTab(new DocumentsPanel(session, householdId, this), tr("&Documents"));
    if (domain::allows(session.worker().role, domain::Capability::ReadFileDetails)) {
        m_tabs->addTab(new NotesTab(session, householdId, this), tr("&Notes"));
        auto *forms = new HouseholdFormsPanel(session, householdId, this);
        m_tabs->addTab(forms, tr("&Forms"));
        // Needs and the support plan (activity 6), referrals (7, 9) and follow-up tasks (8):
        // the file's social worker and the manager.
        const domain::WorkerRole caseRole = session.worker().role;
        if (caseRole == domain::WorkerRole::Manager ||
            caseRole == domain::WorkerRole::SocialWorker) {
            auto *needs = new NeedsPanel(session, householdId, this);
            m_tabs->addTab(needs, tr("N&eeds"));
            connect(needs, &NeedsPanel::householdChanged, this,
                    [this] { afterChange(tr("The needs assessment was updated.")); });
            auto *referrals = new HouseholdReferralsPanel(session, householdId, this);
            m_tabs->addTab(referrals, tr("Re&ferrals"));
            connect(referrals, &HouseholdReferralsPanel::changed, this,
                    [this] { afterChange(tr("The referral was updated.")); });
            auto *tasks = new HouseholdTasksPanel(session, householdId, this);
            m_tabs->addTab(tasks, tr("Follow-up &tasks"));
            connect(tasks, &HouseholdTasksPanel::changed, this,
                    [this] { afterChange(tr("The follow-up tasks were updated.")); });
        }
        connect(forms, &HouseholdFormsPanel::fileChanged, this,
                [this] { afterChange(tr("The form was submitted.")); });
    }

    const domain::WorkerRole role = session.worker().role;
    m_statusButton->setVisible(domain::allows(role, domain::Capability::ChangeFileStatus));
    m_merge->setVisible(domain::allows(role, domain::Capability::EditMembers));
    m_split->setVisible(domain::allows(role, domain::Capability::EditMembers));

    auto *facts = new QHBoxLayout;
    for (QLabel *label : {m_worker, m_status, m_priority}) {
        facts->addWidget(label);
        facts->addSpacing(24);
    }
    facts->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_back);
    actions->addStretch();
    for (QPushButton *button : {m_statusButton, m_merge, m_split})
        actions->addWidget(button);
    if (domain::allows(role, domain::Capability::ReadFileDetails)) {
        auto *print = new QPushButton(tr("P&rint…"), this);
        print->setObjectName(u"printSummaryButton"_s);
        auto *pdf = new QPushButton(tr("Save as P&DF…"), this);
        pdf->setObjectName(u"saveSummaryPdfButton"_s);
        actions->addWidget(print);
        actions->addWidget(pdf);
        connect(print, &QPushButton::clicked, this,
                [this] { HouseholdSummaryDocument::print(this, m_session, m_householdId); });
        connect(pdf, &QPushButton::clicked, this,
                [this] { HouseholdSummaryDocument::saveAsPdf(this, m_session, m_householdId); });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_title);
    layout->addLayout(facts);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);

    connect(m_back, &QPushButton::clicked, this, &HouseholdFileView::backRequested);
    connect(m_statusButton, &QPushButton::clicked, this, &HouseholdFileView::changeStatus);
    connect(m_merge, &QPushButton::clicked, this, &HouseholdFileView::mergeDuplicate);
    connect(m_split, &QPushButton::clicked, this, &HouseholdFileView::split);
    connect(m_members, &MembersTab::changed, this, &HouseholdFileView::afterChange);
    reload();
}

QLabel *HouseholdFileView::headerLabel(const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

bool HouseholdFileView::reload()
{
    services::HouseholdService service(m_session);
    domain::Household household;
    QList<domain::Member> members;
    if (const storage::StoreError error = service.open(m_householdId, &household, &members);
        !error.ok()) {
        m_household = {};
        m_notice->showError(error.message);
        m_tabs->setEnabled(false);
        for (QPushButton *button : {m_statusButton, m_merge, m_split})
            button->setEnabled(false);
        return false;
    }
    m_household = household;
    m_memberList = members;
    const QLocale loc = locale();
    QString head;
    TimelineNames names{service.memberNames(m_householdId), workerNames(m_session)};
    for (const domain::Member &member : std::as_const(members)) {
        names.people.insert(member.person.id, member.person.fullName());
        if (member.person.id == household.headPersonId)
            head = member.person.fullName();
    }
    m_title->setText(tr("File %1 — %2").arg(fileNumberText(household.fileNumber, loc), head));
    m_worker->setText(household.workerId == 0 ? tr("Social worker: unassigned")
                                              : tr("Social worker: %1")
                                                    .arg(names.workers.value(
                                                        household.workerId, tr("another worker"))));
    QString status = domain::householdStatusDisplayName(household.status);
    if (household.status != QLatin1String("active") && !household.statusReason.isEmpty())
        status = tr("%1 (%2)").arg(status, household.statusReason);
    m_status->setText(tr("Status: %1").arg(status));
    m_priority->setText(
        household.priority.isEmpty()
            ? tr("Priority: not assessed yet")
            : tr("Priority: %1")
                  .arg(domain::choiceDisplayName(domain::Choice::Priority, household.priority)));
    m_members->setMembers(household, members);
    m_timeline->setEvents(service.timeline(m_householdId), names);
    m_address->setHousehold(household);
    return true;
}

void HouseholdFileView::afterChange(const QString &notice)
{
    reload();
    m_notice->showNotice(notice);
    emit fileChanged();
}

void HouseholdFileView::changeStatus()
{
    const qint64 id = m_householdId;
    auto *dialog = new StatusDialog(
        m_household.status,
        [this, id](const QString &status, const QString &reason) {
            return services::HouseholdService(m_session).setStatus(id, status, reason);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { afterChange(tr("The file status was changed.")); });
    dialog->open();
}

void HouseholdFileView::mergeDuplicate()
{
    auto *dialog = new MergeDialog(m_session, m_household, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { afterChange(tr("The duplicate file was merged into this file.")); });
    dialog->open();
}

void HouseholdFileView::split()
{
    auto *dialog = new SplitDialog(m_session, m_household, m_memberList, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        afterChange(tr("A new household file was opened: %1.")
                        .arg(fileNumberText(dialog->created().fileNumber, locale())));
    });
    dialog->open();
}

} // namespace pluslife::ui
