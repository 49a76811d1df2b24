#include "reassigndialog.h"

#include "caseload/displaytext.h"
#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "services/householdservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kActiveRole = Qt::UserRole + 2;
constexpr int kNameRole = Qt::UserRole + 3;
constexpr int kMaxListed = 2000;

} // namespace

ReassignDialog::ReassignDialog(services::Session &session, qint64 fromWorkerId,
                               const QList<services::CapacityService::WorkerLoad> &workers,
                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_files(new QListWidget(this))
    , m_target(new QComboBox(this))
    , m_all(new QPushButton(tr("Select &all"), this))
    , m_none(new QPushButton(tr("Select &none"), this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"reassignDialog"_s);
    m_files->setObjectName(u"reassignFiles"_s);
    m_target->setObjectName(u"reassignTarget"_s);
    m_error->setObjectName(u"reassignMessage"_s);
    const QLocale locale;
    QString fromName = tr("the unassigned queue");
    for (const auto &w : workers) {
        if (w.workerId == fromWorkerId)
            fromName = w.name;
        else {
            m_target->addItem(
                tr("%1 (%2 of %3 files)")
                    .arg(w.name, locale.toString(w.files.used), locale.toString(w.files.limit)),
                w.workerId);
            m_target->setItemData(m_target->count() - 1, w.name, kNameRole);
        }
    }
    if (fromWorkerId != 0) {
        m_target->addItem(tr("The unassigned queue"), qint64(0));
        m_target->setItemData(m_target->count() - 1, tr("the unassigned queue"), kNameRole);
    }
    setWindowTitle(fromWorkerId == 0 ? tr("Assign files") : tr("Reassign files"));

    services::HouseholdService::SearchFilter filter;
    filter.workerId = fromWorkerId;
    const auto files = services::HouseholdService(session).search({}, filter, kMaxListed);
    for (const domain::HouseholdSummary &file : files) {
        QString text = tr("%1 — %2").arg(fileNumberText(file.fileNumber, locale), file.headName);
        const bool active = file.status == "active"_L1;
        if (!active)
            text = tr("%1 (%2)").arg(text, domain::householdStatusDisplayName(file.status));
        auto *item = new QListWidgetItem(text, m_files);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(kIdRole, file.id);
        item->setData(kActiveRole, active);
    }

    auto *checks = new QHBoxLayout;
    checks->addWidget(m_all);
    checks->addWidget(m_none);
    checks->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Move &to:"), m_target);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Assign"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"reassignOkButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeWrappedLabel(files.isEmpty()
                                           ? tr("There are no files in %1.").arg(fromName)
                                           : tr("Files of %1 (%2). Check the files to move.")
                                                 .arg(fromName, locale.toString(files.size())),
                                       this));
    layout->addWidget(m_files, 1);
    layout->addLayout(checks);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 480);

    for (QPushButton *button : {m_all, m_none})
        button->setAutoDefault(false);
    connect(m_all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ReassignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<qint64> ReassignDialog::checkedFiles() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_files->count(); ++row) {
        const QListWidgetItem *item = m_files->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(kIdRole).toLongLong();
    }
    return ids;
}

void ReassignDialog::setAllChecked(bool checked)
{
    for (int row = 0; row < m_files->count(); ++row)
        m_files->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ReassignDialog::accept()
{
    if (checkedFiles().isEmpty()) {
        m_error->showError(tr("Check at least one file to move."));
        return;
    }
    if (m_target->currentIndex() < 0) {
        m_error->showError(tr("There is no other social worker to move the files to."));
        return;
    }
    assignWith({});
}

bool ReassignDialog::blockedByLimit(qint64 targetId) const
{
    if (targetId <= 0)
        return false;
    int adding = 0;
    for (int row = 0; row < m_files->count(); ++row) {
        const QListWidgetItem *item = m_files->item(row);
        if (item->checkState() == Qt::Checked && item->data(kActiveRole).toBool())
            ++adding;
    }
    const auto usage = services::CapacityService(m_session).workerUsage(targetId);
    return usage.limit > 0 && usage.used + adding > usage.limit;
}

void ReassignDialog::assignWith(const QString &overrideReason)
{
    const QList<qint64> ids = checkedFiles();
    const qint64 target = m_target->currentData().toLongLong();
    QStringList warnings;
    const storage::StoreError error =
        services::CapacityService(m_session).assign(ids, target, overrideReason, &warnings);
    if (error.ok()) {
        emit assigned(int(ids.size()), m_target->currentData(kNameRole).toString(), warnings);
        QDialog::accept();
        return;
    }
    if (overrideReason.isEmpty() && blockedByLimit(target)) {
        askOverrideReason(error.message);
        return;
    }
    m_error->showError(error.message);
}

void ReassignDialog::askOverrideReason(const QString &why)
{
    auto *input = new QInputDialog(this);
    input->setObjectName(u"overrideReasonDialog"_s);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Beyond the limit"));
    input->setLabelText(
        tr("%1\n\nTo assign the files anyway, give the reason (it is recorded):").arg(why));
    input->setInputMode(QInputDialog::TextInput);
    connect(input, &QInputDialog::textValueSelected, this, [this](const QString &reason) {
        if (reason.trimmed().isEmpty()) {
            m_error->showError(tr("A reason is needed to go beyond the limit."));
            return;
        }
        assignWith(reason.trimmed());
    });
    input->open();
}

} // namespace pluslife::ui
