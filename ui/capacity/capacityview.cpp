#include "capacityview.h"

#include "capacitymodel.h"
#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "reassigndialog.h"
#include "services/session.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

CapacityView::CapacityView(services::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_centerLabel(new QLabel(this))
    , m_centerBar(new QProgressBar(this))
    , m_queueLabel(new QLabel(this))
    , m_overdueLabel(new QLabel(this))
    , m_model(new CapacityModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_reassign(new QPushButton(tr("&Reassign…"), this))
    , m_assignQueue(new QPushButton(tr("Assign &unassigned…"), this))
    , m_limit(new QPushButton(tr("Change &limit…"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_message(new ErrorLabel(this))
{
    setObjectName(u"capacityView"_s);
    setWindowTitle(tr("Capacity"));
    m_centerLabel->setObjectName(u"centerCapacityLabel"_s);
    m_centerBar->setObjectName(u"centerCapacityBar"_s);
    m_centerBar->setTextVisible(false);
    m_queueLabel->setObjectName(u"unassignedLabel"_s);
    m_overdueLabel->setObjectName(u"overdueLabel"_s);
    m_table->setObjectName(u"capacityTable"_s);
    m_reassign->setObjectName(u"reassignButton"_s);
    m_assignQueue->setObjectName(u"assignUnassignedButton"_s);
    m_limit->setObjectName(u"changeLimitButton"_s);
    m_refresh->setObjectName(u"refreshCapacityButton"_s);
    m_message->setObjectName(u"capacityMessage"_s);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CapacityModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CapacityModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CapacityModel::NameColumn,
                                                      QHeaderView::Stretch);

    auto *counts = new QHBoxLayout;
    counts->addWidget(m_queueLabel);
    counts->addSpacing(24);
    counts->addWidget(m_overdueLabel);
    counts->addStretch();
    auto *side = new QVBoxLayout;
    for (QPushButton *button : {m_reassign, m_assignQueue, m_limit, m_refresh}) {
        button->setAutoDefault(false);
        side->addWidget(button);
    }
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_centerLabel);
    layout->addWidget(m_centerBar);
    layout->addLayout(counts);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 460);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CapacityView::updateButtons);
    connect(m_reassign, &QPushButton::clicked, this, [this] { reassign(selectedWorkerId()); });
    connect(m_assignQueue, &QPushButton::clicked, this, [this] { reassign(0); });
    connect(m_limit, &QPushButton::clicked, this, &CapacityView::editLimit);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_message->clearMessage();
        reload();
    });
    reload();
}

void CapacityView::showEvent(QShowEvent *event)
{
    if (m_model->rowCount() == 0)
        reload(); // emptied by hideEvent (closed or locked) and shown again
    QDialog::showEvent(event);
}

void CapacityView::hideEvent(QHideEvent *event)
{
    // Closed (or closed by a lock): no names stay in the table.
    m_model->setWorkers({});
    QDialog::hideEvent(event);
}

void CapacityView::reload()
{
    const qint64 keep = selectedWorkerId();
    if (const storage::StoreError error = m_session.requireManager(); !error.ok()) {
        m_report = {};
        m_message->showError(tr("Only the center's manager sees the capacity of the center."));
    } else {
        m_report = services::CapacityService(m_session).report();
    }
    m_model->setWorkers(m_report.workers);
    showCenter();
    if (keep > 0)
        selectWorker(keep);
    updateButtons();
}

void CapacityView::showCenter()
{
    const QLocale locale;
    const services::CapacityService::Usage &center = m_report.center;
    const auto level = CapacityModel::levelOf(center);
    QString text = tr("Center: %1 of %2 licensed files in use (%3)")
                       .arg(locale.toString(center.used), locale.toString(center.limit),
                            locale.toString(CapacityModel::percentOf(center)) + locale.percent());
    if (level == CapacityModel::Full)
        text = tr("%1 — full: new files need the manager's reason.").arg(text);
    else if (level == CapacityModel::NearlyFull)
        text = tr("%1 — nearly full.").arg(text);
    m_centerLabel->setText(text);
    m_centerBar->setRange(0, qMax(1, center.limit));
    m_centerBar->setValue(qMin(center.used, qMax(1, center.limit)));
    m_centerBar->setProperty("level", int(level));
    QPalette palette = this->palette();
    if (level == CapacityModel::Full)
        palette.setColor(QPalette::Highlight, QColor(0xc6, 0x28, 0x28));
    else if (level == CapacityModel::NearlyFull)
        palette.setColor(QPalette::Highlight, QColor(0xe0, 0x8e, 0x0b));
    m_centerBar->setPalette(palette);
    m_queueLabel->setText(tr("Unassigned files: %1").arg(locale.toString(m_report.unassigned)));
    m_overdueLabel->setText(tr("Overdue visits: %1").arg(locale.toString(m_report.overdueVisits)));
}

qint64 CapacityView::selectedWorkerId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return rows.first().data(CapacityModel::WorkerIdRole).toLongLong();
}

void CapacityView::selectWorker(qint64 workerId)
{
    const int row = m_model->rowOf(workerId);
    if (row < 0)
        return;
    // Not QTableView::selectRow: in a right-to-left layout it may pick no column at all.
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
}

void CapacityView::updateButtons()
{
    const bool manager = m_session.worker().isManager();
    const qint64 selected = selectedWorkerId();
    const auto *load = m_model->workerAt(m_model->rowOf(selected));
    m_reassign->setEnabled(manager && load && load->files.used > 0);
    m_assignQueue->setEnabled(manager && m_report.unassigned > 0 && !m_report.workers.isEmpty());
    m_limit->setEnabled(manager && load);
    m_refresh->setEnabled(manager);
}

void CapacityView::reassign(qint64 fromWorkerId)
{
    if (fromWorkerId < 0)
        return;
    auto *dialog = new ReassignDialog(m_session, fromWorkerId, m_report.workers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReassignDialog::assigned, this,
            [this](int files, const QString &target, const QStringList &warnings) {
                QStringList lines{tr("%n file(s) moved to %1.", nullptr, files).arg(target)};
                lines << warnings;
                m_message->showNotice(lines.join(u'\n'));
                reload();
            });
    dialog->open();
}

void CapacityView::editLimit()
{
    const auto *load = m_model->workerAt(m_model->rowOf(selectedWorkerId()));
    if (!load)
        return;
    const qint64 workerId = load->workerId;
    const QString name = load->name;
    auto *input = new QInputDialog(this);
    input->setObjectName(u"workerLimitDialog"_s);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Caseload limit"));
    input->setLabelText(tr("Most active files %1 may carry:").arg(name));
    input->setInputMode(QInputDialog::IntInput);
    input->setIntRange(1, 1000);
    input->setIntValue(load->files.limit);
    connect(input, &QInputDialog::intValueSelected, this, [this, workerId, name](int limit) {
        const storage::StoreError error =
            services::CapacityService(m_session).setWorkerLimit(workerId, limit);
        if (error.ok())
            m_message->showNotice(
                tr("The limit of %1 is now %2 files.").arg(name, QLocale().toString(limit)));
        else
            m_message->showError(error.message);
        reload();
    });
    input->open();
}

} // namespace pluslife::ui
