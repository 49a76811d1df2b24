#include "conflictinboxdialog.h"

#include "caseload/displaytext.h"
#include "client/synccontroller.h"
#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "conflictvaluedialog.h"
#include "services/session.h"
#include "synctext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

ConflictInboxDialog::ConflictInboxDialog(services::Session &session,
                                         sync::SyncController *controller, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_controller(controller)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_help(makeWrappedLabel({}, this))
    , m_empty(makeWrappedLabel(tr("No conflicts wait for you."), this))
    , m_message(new ErrorLabel(this))
    , m_keepMine(new QPushButton(tr("Keep &mine"), this))
    , m_keepTheirs(new QPushButton(tr("Keep &theirs"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_acknowledge(new QPushButton(tr("&Acknowledge"), this))
{
    setObjectName(u"conflictInboxDialog"_s);
    setWindowTitle(tr("Conflicts"));
    m_table->setObjectName(u"conflictTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("File"), tr("Record"), tr("Field"),
                                        tr("This computer"), tr("Central window")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_help->setObjectName(u"conflictHelpLabel"_s);
    m_empty->setObjectName(u"conflictEmptyLabel"_s);
    m_message->setObjectName(u"conflictMessage"_s);
    m_keepMine->setObjectName(u"keepMineButton"_s);
    m_keepTheirs->setObjectName(u"keepTheirsButton"_s);
    m_edit->setObjectName(u"editConflictButton"_s);
    m_acknowledge->setObjectName(u"acknowledgeConflictButton"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton *button : {m_keepMine, m_keepTheirs, m_edit, m_acknowledge})
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { keep(true); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { keep(false); });
    connect(m_edit, &QPushButton::clicked, this, &ConflictInboxDialog::editValue);
    connect(m_acknowledge, &QPushButton::clicked, this, &ConflictInboxDialog::acknowledge);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ConflictInboxDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_help);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1000, 520);

    if (controller)
        connect(controller, &sync::SyncController::cycleFinished, this,
                &ConflictInboxDialog::reload);
    reload();
}

bool ConflictInboxDialog::mayResolve(const sync::SyncConflict &conflict) const
{
    const domain::Worker &me = m_session.worker();
    if (me.isManager())
        return true;
    if (me.role != domain::WorkerRole::SocialWorker || conflict.householdFileNumber.isEmpty())
        return false;
    QSqlQuery query(m_session.database());
    query.prepare(u"SELECT worker_id FROM households WHERE file_number = ?"_s);
    query.addBindValue(conflict.householdFileNumber);
    return query.exec() && query.next() && query.value(0).toLongLong() == me.id;
}

// Which member a person's conflict is about: the kind of record and, for a person, the name as
// this computer has it (only shown to who may decide, never logged).
QString ConflictInboxDialog::recordText(const sync::SyncConflict &conflict) const
{
    const QString kind = synctext::entityText(conflict.entity);
    if (conflict.entity != u"person")
        return kind;
    QSqlQuery query(m_session.database());
    query.prepare(u"SELECT first_name || ' ' || last_name FROM people WHERE uuid = ?"_s);
    query.addBindValue(conflict.recordUuid);
    if (!query.exec() || !query.next())
        return kind;
    return tr("%1: %2").arg(kind, query.value(0).toString());
}

void ConflictInboxDialog::reload()
{
    if (!m_session.isSignedIn() || m_session.isLocked())
        return;
    const QString keep = selected() ? selected()->uuid : QString();
    m_conflicts.clear();
    const QList<sync::SyncConflict> open = sync::ConflictStore(m_session.database()).open();
    for (const sync::SyncConflict &conflict : open) {
        if (mayResolve(conflict))
            m_conflicts.append(conflict);
    }
    const QLocale locale;
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_conflicts.size()));
    int current = -1;
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const sync::SyncConflict &c = m_conflicts.at(row);
        m_table->setItem(row, Kind, cell(synctext::conflictKindText(c.kind)));
        m_table->setItem(row, File, cell(fileNumberText(c.householdFileNumber, locale)));
        m_table->setItem(row, What, cell(recordText(c)));
        m_table->setItem(row, Field, cell(synctext::fieldText(c.field)));
        m_table->setItem(row, Mine, cell(synctext::valueText(c.field, c.mine, locale)));
        m_table->setItem(row, Theirs, cell(synctext::valueText(c.field, c.theirs, locale)));
        if (c.uuid == keep)
            current = row;
    }
    m_table->resizeColumnsToContents();
    if (current < 0 && !m_conflicts.isEmpty())
        current = 0;
    if (current >= 0)
        m_table->setCurrentCell(current, 0,
                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_empty->setVisible(m_conflicts.isEmpty());
    m_table->setVisible(!m_conflicts.isEmpty());
    updateButtons();
}

const sync::SyncConflict *ConflictInboxDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_conflicts.size() || !m_table->selectionModel()->isRowSelected(row, {}))
        return nullptr;
    return &m_conflicts.at(row);
}

void ConflictInboxDialog::updateButtons()
{
    const sync::SyncConflict *c = selected();
    const bool merged = c && c->kind == u"merged";
    const bool decide = c && !merged;
    m_keepMine->setEnabled(decide);
    m_keepTheirs->setEnabled(decide);
    m_edit->setEnabled(decide && c->kind != u"tombstone-lost");
    m_acknowledge->setVisible(merged);
    m_acknowledge->setEnabled(merged);
    m_help->setText(c ? synctext::conflictKindHelp(c->kind) : QString());
}

void ConflictInboxDialog::keep(bool mine)
{
    const sync::SyncConflict *c = selected();
    if (!c || c->kind == u"merged")
        return;
    resolve(c->uuid, mine ? c->mine : c->theirs);
}

void ConflictInboxDialog::editValue()
{
    const sync::SyncConflict *c = selected();
    if (!c || c->kind == u"merged" || c->kind == u"tombstone-lost")
        return;
    const QString uuid = c->uuid;
    auto *dialog = new ConflictValueDialog(c->field, c->mine, c->theirs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, uuid] { resolve(uuid, dialog->value()); });
    dialog->open();
}

void ConflictInboxDialog::acknowledge()
{
    const sync::SyncConflict *c = selected();
    if (!c || c->kind != u"merged" || !m_session.isSignedIn() || m_session.isLocked())
        return;
    if (!sync::ConflictStore(m_session.database()).acknowledge(c->uuid, m_session.worker().id)) {
        m_message->showError(tr("The conflict could not be marked as seen."));
        return;
    }
    afterChange(tr("Marked as seen."));
}

void ConflictInboxDialog::resolve(const QString &uuid, const QJsonValue &value)
{
    if (!m_session.isSignedIn() || m_session.isLocked())
        return;
    // The list may be stale (another cycle ran): check again before writing.
    sync::ConflictStore store(m_session.database());
    sync::SyncConflict current;
    if (!store.load(uuid, &current) || current.status != u"open" || !mayResolve(current)) {
        m_message->showError(tr("This conflict is no longer open for you."));
        reload();
        return;
    }
    if (!store.resolve(uuid, value, m_session.worker().id)) {
        m_message->showError(tr("The decision could not be saved."));
        return;
    }
    afterChange(tr("Saved; the central window gets the decision at the next sync."));
}

void ConflictInboxDialog::afterChange(const QString &done)
{
    reload();
    m_message->showNotice(done);
    if (m_controller) {
        m_controller->refreshStatus();
        m_controller->noteLocalChange();
    }
}

} // namespace pluslife::ui
