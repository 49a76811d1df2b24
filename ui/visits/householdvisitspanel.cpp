#include "householdvisitspanel.h"

#include "common/errorlabel.h"
#include "domain/accesspolicy.h"
#include "locale/jalali.h"
#include "schedulevisitdialog.h"
#include "services/session.h"
#include "services/visitservice.h"
#include "visitchangedialogs.h"
#include "visittext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

enum Column { DateColumn, TimeColumn, StatusColumn, PurposeColumn, NoteColumn, ColumnCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

HouseholdVisitsPanel::HouseholdVisitsPanel(services::Session &session, qint64 householdId,
                                           QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_householdId(householdId)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_schedule(new QPushButton(tr("&Schedule…"), this))
    , m_message(new ErrorLabel(this))
{
    setObjectName(u"householdVisitsPanel"_s);
    m_table->setObjectName(u"householdVisitsTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Day"), tr("Time"), tr("Status"), tr("Purpose"), tr("Note or reason")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_schedule->setObjectName(u"scheduleHouseholdVisitButton"_s);
    m_schedule->setVisible(domain::allows(session.worker().role, domain::Capability::EditMembers));
    m_message->setObjectName(u"householdVisitsMessage"_s);

    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(m_schedule);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_schedule, &QPushButton::clicked, this, &HouseholdVisitsPanel::scheduleVisit);
    connect(m_table, &QTableWidget::itemActivated, this,
            [this](QTableWidgetItem *item) { openRow(item->row()); });
    refresh();
}

void HouseholdVisitsPanel::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void HouseholdVisitsPanel::hideEvent(QHideEvent *event)
{
    // Hidden (or hidden by a lock): nothing of the file stays in the table.
    m_table->setRowCount(0);
    m_visits.clear();
    QWidget::hideEvent(event);
}

void HouseholdVisitsPanel::refresh()
{
    m_visits = m_session.isLocked() ? QList<domain::Visit>()
                                    : services::VisitService(m_session).ofHousehold(m_householdId);
    const QLocale locale;
    const QDate today = visits::today(m_session);
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_visits.size()));
    for (int row = 0; row < m_visits.size(); ++row) {
        const domain::Visit &v = m_visits.at(row);
        QString status = visits::visitStatusText(v.status);
        if (v.isOverdue(today))
            status = tr("Overdue");
        QString note = v.rescheduleReason;
        if (v.status == u"done"_s)
            note = v.note.value(u"observations"_s).toString();
        m_table->setItem(row, DateColumn, cell(locale::formatJalaliLong(v.plannedDate, locale)));
        m_table->setItem(row, TimeColumn, cell(visits::visitTimeText(v.plannedTime, locale)));
        m_table->setItem(row, StatusColumn, cell(status));
        m_table->setItem(row, PurposeColumn, cell(v.purpose));
        m_table->setItem(row, NoteColumn, cell(note.simplified()));
        if (v.isOverdue(today))
            m_table->item(row, StatusColumn)->setForeground(QColor(0xb0, 0x00, 0x20));
    }
}

void HouseholdVisitsPanel::openRow(int row)
{
    if (row < 0 || row >= m_visits.size() || m_visits.at(row).status != u"planned"_s)
        return;
    openVisitActions(m_session, m_visits.at(row), this, [this] { refresh(); });
}

void HouseholdVisitsPanel::scheduleVisit()
{
    m_message->clearMessage();
    auto *dialog = new ScheduleVisitDialog(m_session, m_householdId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScheduleVisitDialog::scheduled, this, [this] {
        m_message->showNotice(tr("The visit was scheduled."));
        refresh();
    });
    dialog->open();
}

} // namespace pluslife::ui
