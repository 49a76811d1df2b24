#include "workersdialog.h"

#include "addworkerdialog.h"
#include "common/errorlabel.h"
#include "services/session.h"
#include "services/workeradmin.h"
#include "temporarypassworddialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

enum Column { NameColumn, UserColumn, RoleColumn, ActiveColumn, NdaColumn, ColumnCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

WorkersDialog::WorkersDialog(services::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_disable(new QPushButton(tr("&Disable"), this))
    , m_enable(new QPushButton(tr("&Enable…"), this))
    , m_reset(new QPushButton(tr("&Reset password…"), this))
    , m_message(new ErrorLabel(this))
{
    setObjectName(u"workersDialog"_s);
    setWindowTitle(tr("Workers"));
    m_table->setObjectName(u"workersTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("User name"), tr("Role"), tr("Active"), tr("Agreement accepted")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add->setObjectName(u"addWorkerButton"_s);
    m_disable->setObjectName(u"disableWorkerButton"_s);
    m_enable->setObjectName(u"enableWorkerButton"_s);
    m_reset->setObjectName(u"resetPasswordButton"_s);
    m_message->setObjectName(u"workersMessage"_s);

    auto *side = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_disable, m_enable, m_reset}) {
        button->setAutoDefault(false);
        side->addWidget(button);
    }
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &WorkersDialog::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &WorkersDialog::addWorker);
    connect(m_disable, &QPushButton::clicked, this, &WorkersDialog::disableWorker);
    connect(m_enable, &QPushButton::clicked, this, &WorkersDialog::enableWorker);
    connect(m_reset, &QPushButton::clicked, this, &WorkersDialog::resetPassword);
    reload();
}

void WorkersDialog::hideEvent(QHideEvent *event)
{
    // Closed (or closed by a lock): no names stay on screen or in the table.
    m_table->setRowCount(0);
    m_workers.clear();
    QDialog::hideEvent(event);
}

void WorkersDialog::reload()
{
    const qint64 keep = selected() ? selected()->id : 0;
    m_workers = services::WorkerAdmin(m_session).workers();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_workers.size()));
    const QLocale locale;
    for (int row = 0; row < m_workers.size(); ++row) {
        const domain::Worker &w = m_workers.at(row);
        m_table->setItem(row, NameColumn, cell(w.displayName));
        m_table->setItem(row, UserColumn, cell(w.username));
        m_table->setItem(row, RoleColumn, cell(domain::roleDisplayName(w.role)));
        m_table->setItem(row, ActiveColumn, cell(w.active ? tr("Yes") : tr("Disabled")));
        m_table->setItem(
            row, NdaColumn,
            cell(w.ndaAcceptedUtc.isValid()
                     ? locale.toString(w.ndaAcceptedUtc.toLocalTime().date(), QLocale::ShortFormat,
                                       QCalendar(QCalendar::System::Jalali))
                     : tr("Not yet")));
        if (w.id == keep)
            m_table->selectRow(row);
    }
    updateButtons();
}

const domain::Worker *WorkersDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_workers.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_workers.at(row);
}

void WorkersDialog::updateButtons()
{
    const domain::Worker *w = selected();
    const bool other = w && w->id != m_session.worker().id;
    m_disable->setEnabled(other && w->active);
    m_enable->setEnabled(other && !w->active);
    m_reset->setEnabled(other && w->active);
}

void WorkersDialog::report(const storage::StoreError &error, const QString &success)
{
    if (error.ok())
        m_message->showNotice(success);
    else
        m_message->showError(error.message);
    reload();
}

void WorkersDialog::addWorker()
{
    auto *dialog = new AddWorkerDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddWorkerDialog::added, this, [this](const QString &name) {
        report({}, tr("%1 was added and must choose a password at the first sign-in.").arg(name));
    });
    dialog->open();
}

void WorkersDialog::disableWorker()
{
    const domain::Worker *w = selected();
    if (!w)
        return;
    const qint64 id = w->id;
    const QString name = w->displayName;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Disable account"),
                                tr("Disable the account of %1? The password stops working at "
                                   "once; the worker's records stay.")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmDisableBox"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id, name](int result) {
        if (result != QMessageBox::Yes)
            return;
        report(services::WorkerAdmin(m_session).disableWorker(id),
               tr("The account of %1 is disabled.").arg(name));
    });
    box->open();
}

void WorkersDialog::enableWorker()
{
    const domain::Worker *w = selected();
    if (!w)
        return;
    const qint64 id = w->id;
    askTemporaryPassword(
        tr("Enable account"),
        tr("Enable the account of %1 again with a temporary password. Tell it to them in person; "
           "they choose their own at the next sign-in.")
            .arg(w->displayName),
        tr("The account of %1 is enabled.").arg(w->displayName),
        [this, id](const QString &password) {
            return services::WorkerAdmin(m_session).enableWorker(id, password);
        });
}

void WorkersDialog::resetPassword()
{
    const domain::Worker *w = selected();
    if (!w)
        return;
    const qint64 id = w->id;
    askTemporaryPassword(
        tr("Reset password"),
        tr("Give %1 a temporary password. Tell it to them in person; they must choose their own "
           "at the next sign-in.")
            .arg(w->displayName),
        tr("The password of %1 was reset.").arg(w->displayName),
        [this, id](const QString &password) {
            return services::WorkerAdmin(m_session).resetPassword(id, password);
        });
}

// Enabling and resetting both hand the worker a temporary password they must change.
void WorkersDialog::askTemporaryPassword(
    const QString &title, const QString &text, const QString &done,
    const std::function<storage::StoreError(const QString &)> &action)
{
    const domain::Worker *w = selected();
    auto *dialog = new TemporaryPasswordDialog(title, text, w->username, action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, done] { report({}, done); });
    dialog->open();
}

} // namespace pluslife::ui
