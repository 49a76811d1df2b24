#include "householdtaskspanel.h"

#include "common/tablerows.h"

#include "common/errorlabel.h"
#include "domain/accesspolicy.h"
#include "locale/jalali.h"
#include "referrals/reasondialog.h"
#include "services/session.h"
#include "services/taskservice.h"
#include "widgets/jalalidateedit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

namespace tasks {

QString statusText(const domain::FollowUpTask &task, const QDate &today)
{
    if (task.isOverdue(today))
        return QCoreApplication::translate("Tasks", "Overdue");
    return domain::followUpTaskStatusName(task.status);
}

void askDone(services::Session &session, qint64 taskId, QWidget *parent,
             const std::function<void()> &done)
{
    auto *dialog = new ReasonDialog(
        QCoreApplication::translate("Tasks", "Task done"),
        QCoreApplication::translate("Tasks", "What was done? The note stays in the file."),
        QCoreApplication::translate("Tasks", "&Done"),
        [&session, taskId](const QString &note) {
            return services::TaskService(session).complete(taskId, note);
        },
        parent);
    dialog->setObjectName(u"taskDoneDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, parent, done);
    dialog->open();
}

} // namespace tasks

namespace {

enum Column { DueColumn, TitleColumn, StatusColumn, OriginColumn, NoteColumn, ColumnCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

HouseholdTasksPanel::HouseholdTasksPanel(services::Session &session, qint64 householdId,
                                         QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_householdId(householdId)
    , m_title(new QLineEdit(this))
    , m_due(new JalaliDateEdit(session.clock().nowUtc().date(), this))
    , m_add(new QPushButton(tr("&Add task"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_done(new QPushButton(tr("&Done…"), this))
    , m_cancel(new QPushButton(tr("&Cancel task…"), this))
    , m_message(new ErrorLabel(this))
{
    setObjectName(u"householdTasksPanel"_s);
    m_title->setObjectName(u"newTaskTitleEdit"_s);
    m_title->setPlaceholderText(tr("What has to be done"));
    m_title->setMaxLength(200);
    m_due->setObjectName(u"newTaskDueEdit"_s);
    m_add->setObjectName(u"addTaskButton"_s);
    m_done->setObjectName(u"taskDoneButton"_s);
    m_cancel->setObjectName(u"taskCancelButton"_s);
    m_message->setObjectName(u"householdTasksMessage"_s);
    m_table->setObjectName(u"householdTasksTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Due"), tr("Task"), tr("Status"), tr("Made by"), tr("Note or reason")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    const bool mayWrite = domain::allows(session.worker().role, domain::Capability::EditMembers);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("New &task:"), this);
    label->setBuddy(m_title);
    bar->addWidget(label);
    bar->addWidget(m_title, 1);
    bar->addWidget(new QLabel(tr("due"), this));
    bar->addWidget(m_due);
    bar->addWidget(m_add);
    auto *barWidget = new QWidget(this);
    barWidget->setLayout(bar);
    barWidget->setVisible(mayWrite);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_done);
    actions->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(barWidget);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &HouseholdTasksPanel::addTask);
    connect(m_title, &QLineEdit::returnPressed, this, &HouseholdTasksPanel::addTask);
    connect(m_done, &QPushButton::clicked, this, &HouseholdTasksPanel::completeSelected);
    connect(m_cancel, &QPushButton::clicked, this, &HouseholdTasksPanel::cancelSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &HouseholdTasksPanel::updateActions);
    refresh();
}

void HouseholdTasksPanel::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void HouseholdTasksPanel::hideEvent(QHideEvent *event)
{
    m_table->setRowCount(0);
    m_tasks.clear();
    QWidget::hideEvent(event);
}

domain::FollowUpTask HouseholdTasksPanel::selected() const
{
    return selectedRecord(m_table, m_tasks);
}

void HouseholdTasksPanel::selectTask(qint64 taskId)
{
    selectRecord(m_table, m_tasks, taskId);
}

void HouseholdTasksPanel::updateActions()
{
    const domain::FollowUpTask t = selected();
    const bool mayWrite = domain::allows(m_session.worker().role, domain::Capability::EditMembers);
    m_done->setEnabled(mayWrite && t.id && t.isOpen());
    m_cancel->setEnabled(mayWrite && t.id && t.isOpen());
}

void HouseholdTasksPanel::refresh()
{
    m_tasks = m_session.isLocked() ? QList<domain::FollowUpTask>()
                                   : services::TaskService(m_session).ofHousehold(m_householdId);
    const QLocale locale;
    const QDate today = m_session.clock().nowUtc().date();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_tasks.size()));
    for (int row = 0; row < m_tasks.size(); ++row) {
        const domain::FollowUpTask &t = m_tasks.at(row);
        m_table->setItem(row, DueColumn, cell(locale::formatJalaliDate(t.dueDate, locale)));
        m_table->setItem(row, TitleColumn, cell(t.title));
        m_table->setItem(row, StatusColumn, cell(tasks::statusText(t, today)));
        m_table->setItem(row, OriginColumn, cell(domain::followUpTaskOriginName(t.origin)));
        m_table->setItem(row, NoteColumn, cell(t.doneNote.simplified()));
        if (t.isOverdue(today))
            m_table->item(row, StatusColumn)->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    updateActions();
}

void HouseholdTasksPanel::addTask()
{
    domain::FollowUpTask t;
    t.householdId = m_householdId;
    t.title = m_title->text();
    t.dueDate = m_due->date();
    const storage::StoreError error = services::TaskService(m_session).create(&t);
    if (!error.ok())
        return m_message->showError(error.message);
    m_title->clear();
    refresh();
    selectTask(t.id);
    m_message->showNotice(tr("The task was added."));
    emit changed();
}

void HouseholdTasksPanel::completeSelected()
{
    const domain::FollowUpTask t = selected();
    if (!t.id)
        return;
    m_message->clearMessage();
    tasks::askDone(m_session, t.id, this, [this] {
        refresh();
        m_message->showNotice(tr("The task is done."));
        emit changed();
    });
}

void HouseholdTasksPanel::cancelSelected()
{
    const domain::FollowUpTask t = selected();
    if (!t.id)
        return;
    m_message->clearMessage();
    const qint64 id = t.id;
    auto *dialog = new ReasonDialog(
        tr("Cancel the task"), tr("Why is the task no longer needed?"), tr("Cancel the &task"),
        [this, id](const QString &reason) {
            return services::TaskService(m_session).cancel(id, reason);
        },
        this);
    dialog->setObjectName(u"taskCancelDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        m_message->showNotice(tr("The task was cancelled."));
        emit changed();
    });
    dialog->open();
}

} // namespace pluslife::ui
