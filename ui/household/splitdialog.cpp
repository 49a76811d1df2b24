#include "splitdialog.h"

#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "services/householdservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

SplitDialog::SplitDialog(services::Session &session, const domain::Household &household,
                         const QList<domain::Member> &members, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_householdId(household.id)
    , m_members(new QListWidget(this))
    , m_head(new QComboBox(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"splitDialog"_s);
    setWindowTitle(tr("Split the household"));
    m_members->setObjectName(u"splitMembersList"_s);
    m_head->setObjectName(u"splitHeadCombo"_s);
    for (const domain::Member &member : members) {
        if (member.person.id == household.headPersonId)
            continue; // the head stays; change the head first to move them
        auto *item = new QListWidgetItem(member.person.fullName() + u" — "_s +
                                             domain::relationDisplayName(member.relation),
                                         m_members);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, member.person.id);
        item->setData(Qt::UserRole + 1, member.person.fullName());
    }
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Head of the new household:"), m_head);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open the new file"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"confirmSplitButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeWrappedLabel(tr("Tick the members who leave this household:"), this));
    layout->addWidget(m_members);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(m_members, &QListWidget::itemChanged, this, &SplitDialog::updateHeads);
    connect(buttons, &QDialogButtonBox::accepted, this, &SplitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SplitDialog::updateHeads()
{
    const QVariant keep = m_head->currentData();
    m_head->clear();
    for (int row = 0; row < m_members->count(); ++row) {
        const QListWidgetItem *item = m_members->item(row);
        if (item->checkState() == Qt::Checked)
            m_head->addItem(item->data(Qt::UserRole + 1).toString(), item->data(Qt::UserRole));
    }
    m_head->setCurrentIndex(qMax(0, m_head->findData(keep)));
}

void SplitDialog::accept()
{
    QList<qint64> leaving;
    for (int row = 0; row < m_members->count(); ++row) {
        if (m_members->item(row)->checkState() == Qt::Checked)
            leaving << m_members->item(row)->data(Qt::UserRole).toLongLong();
    }
    if (leaving.isEmpty()) {
        m_error->showError(tr("Tick at least one member who leaves."));
        return;
    }
    const storage::StoreError error = services::HouseholdService(m_session).split(
        m_householdId, leaving, m_head->currentData().toLongLong(), &m_created);
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    QDialog::accept();
}

} // namespace pluslife::ui
