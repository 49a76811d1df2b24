#include "householdreferralspanel.h"

#include "common/tablerows.h"

#include "common/errorlabel.h"
#include "domain/accesspolicy.h"
#include "household/timelinetext.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "reasondialog.h"
#include "referraldialog.h"
#include "referralletter.h"
#include "services/referralservice.h"
#include "services/session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

namespace referrals {

QString destinationText(const domain::Referral &referral)
{
    const QLocale locale;
    const domain::ReferralDestination to = referral.currentDestination();
    return QCoreApplication::translate("Referrals", "%1 — %2 (%3 of %4)")
        .arg(domain::referralAgencyKindName(to.agencyKind), to.name,
             locale.toString(referral.currentPriority),
             locale.toString(referral.destinations.size()));
}

QString stateText(const domain::Referral &referral, const QDate &today)
{
    const QString state = domain::referralStateName(referral.state);
    return referral.isOverdue(today)
               ? QCoreApplication::translate("Referrals", "%1, overdue").arg(state)
               : state;
}

} // namespace referrals

namespace {

enum Column {
    TrackingColumn,
    KindColumn,
    ServiceColumn,
    DestinationColumn,
    StateColumn,
    DueColumn,
    ColumnCount
};

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

HouseholdReferralsPanel::HouseholdReferralsPanel(services::Session &session, qint64 householdId,
                                                 QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_householdId(householdId)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_history(new QListWidget(this))
    , m_new(new QPushButton(tr("&New referral…"), this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_accept(new QPushButton(tr("&Accepted"), this))
    , m_reject(new QPushButton(tr("&Refused…"), this))
    , m_complete(new QPushButton(tr("C&ompleted…"), this))
    , m_cancel(new QPushButton(tr("&Cancel referral…"), this))
    , m_print(new QPushButton(tr("&Print letter…"), this))
    , m_pdf(new QPushButton(tr("Letter as P&DF…"), this))
    , m_message(new ErrorLabel(this))
{
    setObjectName(u"householdReferralsPanel"_s);
    m_table->setObjectName(u"householdReferralsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Tracking number"), tr("Kind"), tr("Requested service"),
                                        tr("Destination"), tr("State"), tr("Due")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_history->setObjectName(u"referralHistoryList"_s);
    m_message->setObjectName(u"householdReferralsMessage"_s);
    const std::pair<QPushButton *, const char16_t *> names[] = {
        {m_new, u"newReferralButton"},           {m_send, u"sendReferralButton"},
        {m_accept, u"acceptReferralButton"},     {m_reject, u"rejectReferralButton"},
        {m_complete, u"completeReferralButton"}, {m_cancel, u"cancelReferralButton"},
        {m_print, u"printReferralLetterButton"}, {m_pdf, u"pdfReferralLetterButton"}};
    for (const auto &[button, name] : names)
        button->setObjectName(QString::fromUtf16(name));
    m_new->setVisible(domain::allows(session.worker().role, domain::Capability::EditMembers));

    auto *top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(m_new);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_send, m_accept, m_reject, m_complete, m_cancel})
        actions->addWidget(button);
    actions->addStretch();
    actions->addWidget(m_print);
    actions->addWidget(m_pdf);
    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("History of the selected referral:"), historyBox));
    historyLayout->addWidget(m_history);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    connect(m_new, &QPushButton::clicked, this, &HouseholdReferralsPanel::newReferral);
    connect(m_send, &QPushButton::clicked, this, &HouseholdReferralsPanel::sendSelected);
    connect(m_accept, &QPushButton::clicked, this, &HouseholdReferralsPanel::acceptSelected);
    connect(m_reject, &QPushButton::clicked, this, &HouseholdReferralsPanel::rejectSelected);
    connect(m_complete, &QPushButton::clicked, this, &HouseholdReferralsPanel::completeSelected);
    connect(m_cancel, &QPushButton::clicked, this, &HouseholdReferralsPanel::cancelSelected);
    connect(m_print, &QPushButton::clicked, this, &HouseholdReferralsPanel::printLetter);
    connect(m_pdf, &QPushButton::clicked, this, &HouseholdReferralsPanel::saveLetterAsPdf);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateActions();
        showHistory();
    });
    refresh();
}

void HouseholdReferralsPanel::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void HouseholdReferralsPanel::hideEvent(QHideEvent *event)
{
    // Hidden (or hidden by a lock): nothing of the file stays on screen.
    m_table->setRowCount(0);
    m_history->clear();
    m_referrals.clear();
    QWidget::hideEvent(event);
}

domain::Referral HouseholdReferralsPanel::selected() const
{
    return selectedRecord(m_table, m_referrals);
}

void HouseholdReferralsPanel::selectReferral(qint64 referralId)
{
    selectRecord(m_table, m_referrals, referralId);
}

void HouseholdReferralsPanel::refresh()
{
    const qint64 keep = selected().id;
    m_referrals = m_session.isLocked()
                      ? QList<domain::Referral>()
                      : services::ReferralService(m_session).ofHousehold(m_householdId);
    const QLocale locale;
    const QDate today = m_session.clock().nowUtc().date();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_referrals.size()));
    for (int row = 0; row < m_referrals.size(); ++row) {
        const domain::Referral &r = m_referrals.at(row);
        m_table->setItem(row, TrackingColumn, cell(r.trackingNumber));
        m_table->setItem(row, KindColumn, cell(domain::referralKindName(r.kind)));
        m_table->setItem(row, ServiceColumn, cell(r.requestedService));
        m_table->setItem(row, DestinationColumn, cell(referrals::destinationText(r)));
        m_table->setItem(row, StateColumn, cell(referrals::stateText(r, today)));
        m_table->setItem(row, DueColumn, cell(locale::formatJalaliDate(r.dueDate, locale)));
        if (r.isOverdue(today))
            m_table->item(row, StateColumn)->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    if (keep)
        selectReferral(keep);
    updateActions();
    showHistory();
}

void HouseholdReferralsPanel::updateActions()
{
    const domain::Referral r = selected();
    const bool mayWrite = domain::allows(m_session.worker().role, domain::Capability::EditMembers);
    using services::ReferralService;
    m_send->setEnabled(mayWrite && r.id && ReferralService::isAllowed(r.state, u"send"_s));
    m_accept->setEnabled(mayWrite && r.id && ReferralService::isAllowed(r.state, u"accept"_s));
    m_reject->setEnabled(mayWrite && r.id && ReferralService::isAllowed(r.state, u"reject"_s));
    m_complete->setEnabled(mayWrite && r.id && ReferralService::isAllowed(r.state, u"complete"_s));
    m_cancel->setEnabled(mayWrite && r.id && ReferralService::isAllowed(r.state, u"cancel"_s));
    const bool hasLetter = r.id && r.state != u"cancelled"_s && r.state != u"exhausted"_s;
    m_print->setEnabled(hasLetter);
    m_pdf->setEnabled(hasLetter);
}

void HouseholdReferralsPanel::showHistory()
{
    m_history->clear();
    const domain::Referral r = selected();
    if (!r.id)
        return;
    const QLocale locale;
    for (const domain::ReferralEvent &e : services::ReferralService(m_session).history(r.id)) {
        QString line = tr("%1: %2 (priority %3)")
                           .arg(jalaliDateTime(e.atUtc, locale),
                                domain::referralStateName(e.toState), locale.toString(e.priority));
        if (!e.reason.isEmpty())
            line += tr(" — reason: %1").arg(e.reason);
        m_history->addItem(line);
    }
}

void HouseholdReferralsPanel::afterChange(qint64 referralId, const QString &notice)
{
    refresh();
    selectReferral(referralId);
    m_message->showNotice(notice);
    emit changed();
}

void HouseholdReferralsPanel::newReferral()
{
    m_message->clearMessage();
    auto *dialog = new ReferralDialog(m_session, m_householdId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReferralDialog::created, this, [this](qint64 id) {
        afterChange(id, tr("The referral was saved as a draft, with a follow-up task."));
    });
    dialog->open();
}

void HouseholdReferralsPanel::sendSelected()
{
    const domain::Referral r = selected();
    if (!r.id)
        return;
    const storage::StoreError error = services::ReferralService(m_session).send(r.id);
    if (!error.ok())
        return m_message->showError(error.message);
    afterChange(r.id, tr("The referral was sent."));
}

void HouseholdReferralsPanel::acceptSelected()
{
    const domain::Referral r = selected();
    if (!r.id)
        return;
    const storage::StoreError error = services::ReferralService(m_session).accept(r.id);
    if (!error.ok())
        return m_message->showError(error.message);
    afterChange(r.id, tr("The referral was accepted."));
}

void HouseholdReferralsPanel::rejectSelected()
{
    const domain::Referral r = selected();
    if (!r.id)
        return;
    m_message->clearMessage();
    const qint64 id = r.id;
    auto *dialog = new ReasonDialog(
        tr("Referral refused"),
        tr("Why did %1 refuse the referral? The next priority, if any, receives it.")
            .arg(r.currentDestination().name),
        tr("&Record the refusal"),
        [this, id](const QString &reason) {
            return services::ReferralService(m_session).reject(id, reason);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, id] { afterChange(id, tr("The refusal was recorded.")); });
    dialog->open();
}

void HouseholdReferralsPanel::completeSelected()
{
    const domain::Referral r = selected();
    if (!r.id)
        return;
    m_message->clearMessage();
    const qint64 id = r.id;
    auto *dialog = new ReferralOutcomeDialog(m_session, r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, id] { afterChange(id, tr("The referral was completed.")); });
    dialog->open();
}

void HouseholdReferralsPanel::cancelSelected()
{
    const domain::Referral r = selected();
    if (!r.id)
        return;
    m_message->clearMessage();
    const qint64 id = r.id;
    auto *dialog = new ReasonDialog(
        tr("Cancel the referral"), tr("Why is the referral cancelled?"), tr("Cancel the &referral"),
        [this, id](const QString &reason) {
            return services::ReferralService(m_session).cancel(id, reason);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, id] { afterChange(id, tr("The referral was cancelled.")); });
    dialog->open();
}

void HouseholdReferralsPanel::printLetter()
{
    if (const qint64 id = selected().id)
        ReferralLetter::print(this, m_session, id);
}

void HouseholdReferralsPanel::saveLetterAsPdf()
{
    if (const qint64 id = selected().id)
        ReferralLetter::saveAsPdf(this, m_session, id);
}

} // namespace pluslife::ui
