#include "filedialogs.h"

#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "domain/household.h"
#include "widgets/jalalidateedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText, const QString &okName)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(okName);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

MemberLeftDialog::MemberLeftDialog(const QString &personName, Save save, QWidget *parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_reason(new QComboBox(this))
    , m_date(new JalaliDateEdit(QDate::currentDate(), this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"memberLeftDialog"_s);
    setWindowTitle(tr("A member leaves the household"));
    m_reason->setObjectName(u"leftReasonCombo"_s);
    m_reason->addItem(tr("Left the household"), u"left"_s);
    m_reason->addItem(tr("Died"), u"died"_s);
    m_date->setObjectName(u"leftDateEdit"_s);
    m_date->setMaximumDate(QDate::currentDate());
    auto *form = new QFormLayout;
    form->addRow(makeWrappedLabel(personName, this));
    form->addRow(tr("&What happened:"), m_reason);
    form->addRow(tr("&On:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("&Record"), u"confirmMemberLeftButton"_s));
}

void MemberLeftDialog::accept()
{
    const storage::StoreError error = m_save(m_reason->currentData().toString(), m_date->date());
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    QDialog::accept();
}

StatusDialog::StatusDialog(const QString &current, Save save, QWidget *parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_status(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"statusDialog"_s);
    setWindowTitle(tr("Change the file status"));
    m_status->setObjectName(u"newStatusCombo"_s);
    for (const QString &key : domain::householdStatusKeys())
        m_status->addItem(domain::householdStatusDisplayName(key), key);
    m_status->setCurrentIndex(qMax(0, m_status->findData(current)));
    m_reason->setObjectName(u"statusReasonEdit"_s);
    m_reason->setMaxLength(300);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("New &status:"), m_status);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("&Change status"), u"confirmStatusButton"_s));
    setMinimumWidth(420);
}

void StatusDialog::accept()
{
    const storage::StoreError error = m_save(m_status->currentData().toString(), m_reason->text());
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    QDialog::accept();
}

} // namespace pluslife::ui
