#include "mytaskspage.h"

#include "common/tablerows.h"

#include "common/errorlabel.h"
#include "householdtaskspanel.h"
#include "locale/jalali.h"
#include "services/session.h"
#include "services/taskservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

enum Column { DueColumn, FileColumn, TitleColumn, StatusColumn, ColumnCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

MyTasksPage::MyTasksPage(services::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_done(new QPushButton(tr("&Done…"), this))
    , m_message(new ErrorLabel(this))
{
    setObjectName(u"myTasksPage"_s);
    m_table->setObjectName(u"myTasksTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("File number"), tr("Task"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_done->setObjectName(u"myTaskDoneButton"_s);
    m_message->setObjectName(u"myTasksMessage"_s);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    connect(m_done, &QPushButton::clicked, this, &MyTasksPage::completeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_done->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        if (item->row() >= 0 && item->row() < m_tasks.size())
            emit householdRequested(m_tasks.at(item->row()).householdId);
    });
    refresh();
}

void MyTasksPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void MyTasksPage::hideEvent(QHideEvent *event)
{
    m_table->setRowCount(0);
    m_tasks.clear();
    QWidget::hideEvent(event);
}

void MyTasksPage::selectTask(qint64 taskId)
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).id == taskId) {
            // Not selectRow(): under right-to-left it may pick no column and select nothing.
            m_table->setCurrentCell(
                row, 0, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

void MyTasksPage::refresh()
{
    m_tasks.clear();
    if (!m_session.isLocked()) {
        const services::TaskService service(m_session);
        m_tasks = service.overdue() + service.dueToday();
    }
    const QLocale locale;
    const QDate today = m_session.clock().nowUtc().date();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_tasks.size()));
    for (int row = 0; row < m_tasks.size(); ++row) {
        const domain::FollowUpTask &t = m_tasks.at(row);
        m_table->setItem(row, DueColumn, cell(locale::formatJalaliDate(t.dueDate, locale)));
        m_table->setItem(row, FileColumn, cell(t.fileNumber));
        m_table->setItem(row, TitleColumn, cell(t.title));
        m_table->setItem(row, StatusColumn,
                         cell(t.isOverdue(today) ? tasks::statusText(t, today) : tr("Today")));
        if (t.isOverdue(today))
            m_table->item(row, StatusColumn)->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    m_done->setEnabled(false);
}

void MyTasksPage::completeSelected()
{
    const qint64 taskId = selectedRecord(m_table, m_tasks).id;
    if (taskId == 0)
        return;
    m_message->clearMessage();
    tasks::askDone(m_session, taskId, this, [this] {
        refresh();
        m_message->showNotice(tr("The task is done."));
    });
}

} // namespace pluslife::ui
