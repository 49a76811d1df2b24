#include "outboxdialog.h"

#include "client/outbox.h"
#include "client/synccontroller.h"
#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "outboxmodel.h"
#include "services/session.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

namespace {

// Throwing a change away loses work: only the roles that own case files may do it.
bool mayDiscard(const services::Session &session)
{
    const auto role = session.worker().role;
    return role == domain::WorkerRole::Manager || role == domain::WorkerRole::SocialWorker;
}

} // namespace

OutboxDialog::OutboxDialog(services::Session &session, sync::SyncController *controller,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_controller(controller)
    , m_model(new OutboxModel(this))
    , m_view(new QTableView(this))
    , m_empty(makeWrappedLabel(tr("Nothing waits to be sent."), this))
    , m_error(new ErrorLabel(this))
    , m_retry(new QPushButton(tr("&Send again"), this))
    , m_discard(new QPushButton(tr("&Discard my change…"), this))
{
    setObjectName(u"outboxDialog"_s);
    setWindowTitle(tr("Changes to send"));
    m_view->setObjectName(u"outboxView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_empty->setObjectName(u"outboxEmptyLabel"_s);
    m_error->setObjectName(u"outboxError"_s);
    m_retry->setObjectName(u"outboxRetryButton"_s);
    m_discard->setObjectName(u"outboxDiscardButton"_s);
    m_retry->setToolTip(tr("Send the refused change again at the next sync"));
    m_discard->setToolTip(
        tr("Throw this change away; the central window's copy of the record replaces it"));
    m_discard->setVisible(mayDiscard(session));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &OutboxDialog::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &OutboxDialog::askDiscard);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 480);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxDialog::updateButtons);
    if (controller)
        connect(controller, &sync::SyncController::cycleFinished, this, &OutboxDialog::reload);
    reload();
}

void OutboxDialog::reload()
{
    if (!m_session.isSignedIn() || m_session.isLocked())
        return;
    // By seq: a retried operation gets a new op_id (the server remembers the refused one).
    const qint64 keep = selectedSeq();
    if (!m_model->reload(m_session.database()))
        m_error->showError(tr("The outbox could not be read."));
    m_view->resizeColumnsToContents();
    selectSeq(keep);
    m_empty->setVisible(m_model->rowCount() == 0);
}

QString OutboxDialog::selectedOpId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(OutboxModel::OpIdRole).toString();
}

bool OutboxDialog::selectedIsQuarantined() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return !rows.isEmpty() &&
           rows.first().data(OutboxModel::StateRole).toString() == u"quarantined";
}

qint64 OutboxDialog::selectedSeq() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(OutboxModel::SeqRole).toLongLong();
}

void OutboxDialog::selectSeq(qint64 seq)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (seq != 0 && m_model->op(row).seq == seq) {
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
            return;
        }
    }
}

void OutboxDialog::updateButtons()
{
    // Only refused changes wait for a person; pending ones go with the next sync by themselves.
    const bool refused = selectedIsQuarantined();
    m_retry->setEnabled(refused);
    m_discard->setEnabled(refused);
}

void OutboxDialog::retrySelected()
{
    const QString opId = selectedOpId();
    if (opId.isEmpty() || !selectedIsQuarantined())
        return;
    sync::Outbox outbox(m_session.database());
    if (!outbox.retry(opId)) {
        m_error->showError(tr("The change could not be queued again."));
        return;
    }
    m_error->clearMessage();
    afterChange();
}

void OutboxDialog::askDiscard()
{
    const QString opId = selectedOpId();
    if (opId.isEmpty() || !selectedIsQuarantined() || !mayDiscard(m_session))
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Discard my change"),
        tr("Throw this change away? It was made on this computer and the central window refused "
           "it. The record goes back to the central window's copy at the next sync; what was "
           "changed here is lost."),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmDiscardBox"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, opId](int result) {
        if (result == QMessageBox::Discard)
            discard(opId);
    });
    box->open();
}

void OutboxDialog::discard(const QString &opId)
{
    if (!m_session.isSignedIn() || m_session.isLocked())
        return;
    sync::Outbox outbox(m_session.database());
    if (!outbox.discard(opId)) {
        m_error->showError(tr("The change could not be discarded."));
        return;
    }
    m_error->clearMessage();
    afterChange();
}

void OutboxDialog::afterChange()
{
    reload();
    if (m_controller) {
        m_controller->refreshStatus();
        m_controller->noteLocalChange(); // a retried op or a refetch waits for the next cycle
    }
}

} // namespace pluslife::ui
