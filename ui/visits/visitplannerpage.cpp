#include "visitplannerpage.h"

#include "domain/accesspolicy.h"
#include "locale/jalali.h"
#include "schedulevisitdialog.h"
#include "services/distributedresources.h"
#include "services/session.h"
#include "services/visitservice.h"
#include "services/workeradmin.h"
#include "storage/vault.h"
#include "visitchangedialogs.h"
#include "visittext.h"
#include "visitweekview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

VisitPlannerPage::VisitPlannerPage(services::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_calendar(services::currentWorkingCalendar(session.vault().database()))
    , m_title(new QLabel(this))
    , m_previous(new QPushButton(tr("&Previous week"), this))
    , m_thisWeek(new QPushButton(tr("T&his week"), this))
    , m_next(new QPushButton(tr("&Next week"), this))
    , m_schedule(new QPushButton(tr("&Schedule a visit…"), this))
    , m_week(new VisitWeekView(this))
    , m_due(new QListWidget(this))
{
    setObjectName(u"visitPlannerPage"_s);
    m_title->setObjectName(u"weekTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_previous->setObjectName(u"previousWeekButton"_s);
    m_thisWeek->setObjectName(u"thisWeekButton"_s);
    m_next->setObjectName(u"nextWeekButton"_s);
    m_schedule->setObjectName(u"scheduleVisitButton"_s);
    m_schedule->setEnabled(domain::allows(session.worker().role, domain::Capability::EditMembers));
    m_due->setObjectName(u"dueVisitsList"_s);
    m_due->setWordWrap(true);
    m_due->setTextElideMode(Qt::ElideNone);
    m_due->setResizeMode(QListView::Adjust);
    m_due->setSpacing(3);
    m_week->setWorkingCalendar(&m_calendar, session.center().province);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_thisWeek);
    bar->addWidget(m_next);
    bar->addWidget(m_title, 1);
    if (session.worker().isManager()) {
        m_worker = new QComboBox(this);
        m_worker->setObjectName(u"plannerWorkerCombo"_s);
        auto *label = new QLabel(tr("&Worker:"), this);
        label->setBuddy(m_worker);
        bar->addWidget(label);
        bar->addWidget(m_worker);
        fillWorkers();
        connect(m_worker, &QComboBox::currentIndexChanged, this, &VisitPlannerPage::refresh);
    }
    bar->addWidget(m_schedule);

    auto *duePanel = new QWidget(this);
    auto *dueLayout = new QVBoxLayout(duePanel);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    auto *dueLabel = new QLabel(tr("&Due and overdue visits"), duePanel);
    dueLabel->setBuddy(m_due);
    dueLayout->addWidget(dueLabel);
    dueLayout->addWidget(m_due, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_week);
    splitter->addWidget(duePanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    duePanel->setMinimumWidth(240);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_previous, &QPushButton::clicked, this,
            [this] { showWeekOf(m_saturday.addDays(-7)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showWeekOf(m_saturday.addDays(7)); });
    connect(m_thisWeek, &QPushButton::clicked, this,
            [this] { showWeekOf(visits::today(m_session)); });
    connect(m_schedule, &QPushButton::clicked, this, &VisitPlannerPage::scheduleVisit);
    connect(m_week, &VisitWeekView::visitActivated, this, &VisitPlannerPage::openVisit);
    connect(m_due, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openVisit(item->data(VisitWeekView::VisitIdRole).toLongLong());
    });
    connect(&session, &services::Session::locked, this, &VisitPlannerPage::clearAll);
    connect(&session, &services::Session::signedOut, this, &VisitPlannerPage::clearAll);
    connect(&session, &services::Session::unlocked, this, &VisitPlannerPage::refresh);
    showWeekOf(visits::today(session));
}

void VisitPlannerPage::fillWorkers()
{
    const auto workers = services::WorkerAdmin(m_session).workers();
    for (const domain::Worker &w : workers) {
        if (w.active && (w.role == domain::WorkerRole::SocialWorker || w.isManager()))
            m_worker->addItem(w.displayName, w.id);
    }
    m_worker->setCurrentIndex(std::max(0, m_worker->findData(m_session.worker().id)));
}

qint64 VisitPlannerPage::shownWorker() const
{
    return m_worker ? m_worker->currentData().toLongLong() : 0;
}

void VisitPlannerPage::showWeekOf(const QDate &date)
{
    m_saturday = locale::startOfJalaliWeek(date);
    refresh();
}

void VisitPlannerPage::clearAll()
{
    m_visits.clear();
    m_due->clear();
    for (int day = 0; day < VisitWeekView::kDays; ++day)
        m_week->dayList(day)->clear();
}

void VisitPlannerPage::refresh()
{
    if (m_session.isLocked()) {
        clearAll();
        return;
    }
    const QDate today = visits::today(m_session);
    const QLocale locale;
    m_title->setText(tr("Week of %1 to %2")
                         .arg(locale::formatJalaliLong(m_saturday, locale),
                              locale::formatJalaliLong(m_saturday.addDays(6), locale)));
    m_visits.clear();
    const auto week = services::VisitService(m_session).week(m_saturday, shownWorker());
    for (const domain::Visit &visit : week)
        m_visits.insert(visit.id, visit);
    m_week->showWeek(m_saturday, week, today);
    fillDueList(today);
}

void VisitPlannerPage::fillDueList(const QDate &today)
{
    auto due = services::VisitService(m_session).dueAndOverdue(shownWorker());
    std::stable_sort(due.begin(), due.end(), [&today](const auto &a, const auto &b) {
        if (a.isOverdue(today) != b.isOverdue(today))
            return a.isOverdue(today);
        return a.plannedDate < b.plannedDate;
    });
    const QLocale locale;
    m_due->clear();
    for (const domain::Visit &visit : due) {
        m_visits.insert(visit.id, visit);
        const bool overdue = visit.isOverdue(today);
        QStringList lines = visits::visitLines(visit, locale);
        lines.prepend(
            visits::inReadingDirection(locale::formatJalaliLong(visit.plannedDate, locale)));
        if (overdue)
            lines.prepend(visits::inReadingDirection(tr("Overdue")));
        const QString text = lines.join(u'\n');
        auto *item = new QListWidgetItem(text, m_due);
        item->setSizeHint(visits::itemSizeForLines(m_due, lines.size()));
        item->setData(VisitWeekView::VisitIdRole, visit.id);
        item->setData(Qt::UserRole + 2, overdue);
        if (overdue)
            item->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    if (due.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No visits due this week."), m_due);
        item->setFlags(Qt::NoItemFlags);
    }
}

void VisitPlannerPage::openVisit(qint64 visitId)
{
    const auto found = m_visits.constFind(visitId);
    if (found == m_visits.constEnd())
        return;
    openVisitActions(m_session, *found, this, [this] { refresh(); });
}

void VisitPlannerPage::scheduleVisit()
{
    auto *dialog = new ScheduleVisitDialog(m_session, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScheduleVisitDialog::scheduled, this, &VisitPlannerPage::refresh);
    dialog->open();
}

} // namespace pluslife::ui
