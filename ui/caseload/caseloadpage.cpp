#include "caseloadpage.h"

#include "domain/choices.h"

#include "caseloadmodel.h"
#include "caseloadsortproxy.h"
#include "common/errorlabel.h"
#include "domain/accesspolicy.h"
#include "services/householdservice.h"
#include "services/session.h"
#include "services/workeradmin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

constexpr int kSearchLimit = 500;
constexpr int kDebounceMs = 150;

} // namespace

CaseloadPage::CaseloadPage(services::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_visitDue(new QCheckBox(tr("&Visit due"), this))
    , m_count(new QLabel(this))
    , m_newRequest(new QPushButton(tr("&New request…"), this))
    , m_inquiry(new QPushButton(tr("&Walk-in question…"), this))
    , m_table(new QTableView(this))
    , m_note(new ErrorLabel(this))
    , m_model(new CaseloadModel(this))
    , m_proxy(new CaseloadSortProxy(this))
{
    setObjectName(u"caseloadPage"_s);
    m_search->setObjectName(u"caseloadSearchEdit"_s);
    m_search->setPlaceholderText(tr("Search by name, national code, file number or mobile"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_scope->setObjectName(u"caseloadScopeCombo"_s);
    m_status->setObjectName(u"caseloadStatusCombo"_s);
    m_priority->setObjectName(u"caseloadPriorityCombo"_s);
    m_priority->addItem(tr("Any priority"), QString());
    for (const auto &[key, name] : domain::choiceItems(domain::Choice::Priority))
        m_priority->addItem(name, key);
    m_visitDue->setObjectName(u"caseloadVisitDueCheck"_s);
    m_visitDue->setToolTip(tr("Only files with a home visit due this week or overdue"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString &key : domain::householdStatusKeys())
        m_status->addItem(domain::householdStatusDisplayName(key), key);
    m_count->setObjectName(u"caseloadCountLabel"_s);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_newRequest->setObjectName(u"newRequestButton"_s);
    m_inquiry->setObjectName(u"walkInQuestionButton"_s);
    m_note->setObjectName(u"caseloadNote"_s);

    m_model->setLocale(locale());
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"caseloadTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CaseloadModel::Head, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true); // column -1 first: search's own ranking
    m_table->installEventFilter(this);

    const domain::WorkerRole role = m_session.worker().role;
    const bool searchOnly =
        domain::householdScope(role) != domain::HouseholdScope::All &&
        domain::householdScope(role) != domain::HouseholdScope::OwnAndUnassigned;
    fillScopes();
    m_scope->setVisible(!searchOnly);
    m_status->setVisible(!searchOnly);
    m_visitDue->setVisible(!searchOnly);
    m_priority->setVisible(!searchOnly);
    const bool registers = domain::allows(role, domain::Capability::RegisterRequest);
    m_newRequest->setVisible(registers);
    m_inquiry->setVisible(registers);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_scope, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_priority, 1);
    filters->addWidget(m_visitDue);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch();
    footer->addWidget(m_newRequest);
    footer->addWidget(m_inquiry);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &CaseloadPage::refresh);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CaseloadPage::refresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseloadPage::refresh);
    connect(m_visitDue, &QCheckBox::toggled, this, &CaseloadPage::refresh);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &CaseloadPage::refresh);
    connect(m_table, &QAbstractItemView::activated, this, &CaseloadPage::openIndex);
    connect(m_newRequest, &QPushButton::clicked, this, &CaseloadPage::newRequestRequested);
    connect(m_inquiry, &QPushButton::clicked, this, &CaseloadPage::inquiryRequested);
    refresh();
}

void CaseloadPage::fillScopes()
{
    const domain::Worker &me = m_session.worker();
    switch (domain::householdScope(me.role)) {
    case domain::HouseholdScope::All:
        m_scope->addItem(tr("All files"), int(AllFiles));
        m_scope->addItem(tr("Unassigned files"), int(Unassigned));
        for (const domain::Worker &worker : services::WorkerAdmin(m_session).workers()) {
            if (worker.role == domain::WorkerRole::SocialWorker)
                m_scope->addItem(tr("Files of %1").arg(worker.displayName), worker.id);
        }
        break;
    case domain::HouseholdScope::OwnAndUnassigned:
        m_scope->addItem(tr("My files and unassigned"), int(MineAndUnassigned));
        m_scope->addItem(tr("My files"), int(MineOnly));
        m_scope->addItem(tr("Unassigned files"), int(Unassigned));
        break;
    default:
        break;
    }
}

void CaseloadPage::refresh()
{
    m_debounce.stop();
    const QString text = m_search->text();
    const domain::HouseholdScope scope = domain::householdScope(m_session.worker().role);
    QList<domain::HouseholdSummary> files;
    if (scope == domain::HouseholdScope::Referred) {
        m_note->showNotice(tr("Files referred to you will be listed here."));
    } else if (scope == domain::HouseholdScope::SearchOnly && text.trimmed().isEmpty()) {
        m_note->showNotice(tr("Type a name, national code, file number or mobile to find a file."));
    } else {
        m_note->clearMessage();
        services::HouseholdService::SearchFilter filter;
        filter.status = m_status->currentData().toString();
        filter.visitDue = m_visitDue->isChecked();
        filter.priority = m_priority->currentData().toString();
        const qint64 choice = m_scope->currentData().toLongLong();
        if (m_scope->count() > 0 && choice != MineAndUnassigned && choice != AllFiles) {
            if (choice == MineOnly)
                filter.onlyMine = true;
            else
                filter.workerId = choice; // 0: unassigned, or one worker
        }
        files = services::HouseholdService(m_session).search(text, filter, kSearchLimit);
    }
    const QModelIndex current = m_table->currentIndex();
    const qint64 keep =
        current.isValid() ? current.data(CaseloadModel::HouseholdIdRole).toLongLong() : 0;
    m_model->setFiles(files);
    for (int row = 0; keep && row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(CaseloadModel::HouseholdIdRole).toLongLong() == keep)
            m_table->setCurrentIndex(index);
    }
    updateCount(int(files.size()), files.size() >= kSearchLimit);
}

void CaseloadPage::updateCount(int shown, bool capped)
{
    m_count->setText(capped ? tr("First %Ln household file(s); type more to narrow", nullptr, shown)
                            : tr("%Ln household file(s)", nullptr, shown));
}

void CaseloadPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseloadPage::openIndex(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    if (!domain::allows(m_session.worker().role, domain::Capability::ReadFileDetails)) {
        m_note->showNotice(tr("Your role does not open household files. The file's social "
                              "worker or the center manager can open it."));
        return;
    }
    emit openRequested(proxyIndex.data(CaseloadModel::HouseholdIdRole).toLongLong());
}

bool CaseloadPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            if (m_debounce.isActive())
                refresh(); // what was just typed, not the list of a moment ago
            m_table->setFocus(Qt::TabFocusReason);
            // Not QTableView::selectRow(): under right-to-left it may pick no column at all.
            const QModelIndex current = m_table->currentIndex();
            m_table->selectionModel()->setCurrentIndex(
                current.isValid() ? current : m_proxy->index(0, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_debounce.isActive())
                refresh();
            const QModelIndex current = m_table->currentIndex();
            openIndex(current.isValid() ? current : m_proxy->index(0, 0));
            return true;
        }
    } else if (watched == m_table && key->key() == Qt::Key_Up &&
               m_table->currentIndex().row() <= 0) {
        focusSearch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CaseloadPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange)
        m_model->setLocale(locale());
    QWidget::changeEvent(event);
}

} // namespace pluslife::ui
