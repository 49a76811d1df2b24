#include "mergedialog.h"

#include "caseload/displaytext.h"
#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "locale/digits.h"
#include "services/householdservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

MergeDialog::MergeDialog(services::Session &session, const domain::Household &keep, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_keep(keep)
    , m_fileNumber(new QLineEdit(this))
    , m_found(makeWrappedLabel(QString(), this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"mergeDialog"_s);
    setWindowTitle(tr("Merge a duplicate file"));
    m_fileNumber->setObjectName(u"duplicateFileNumberEdit"_s);
    m_found->setObjectName(u"duplicateFoundLabel"_s);
    auto *intro = makeWrappedLabel(tr("The duplicate file is closed and its members join file %1.")
                                       .arg(fileNumberText(keep.fileNumber, locale())),
                                   this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&File number of the duplicate:"), m_fileNumber);
    form->addRow(QString(), m_found);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"confirmMergeButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(m_fileNumber, &QLineEdit::textChanged, this, &MergeDialog::findDuplicate);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void MergeDialog::findDuplicate()
{
    m_duplicateId = 0;
    m_found->clear();
    const QString typed = locale::normalizeDigits(m_fileNumber->text()).trimmed();
    if (typed.isEmpty())
        return;
    const auto matches = services::HouseholdService(m_session).search(typed, {}, 20);
    for (const domain::HouseholdSummary &file : matches) {
        if (file.fileNumber.compare(typed, Qt::CaseInsensitive) == 0 && file.id != m_keep.id) {
            m_duplicateId = file.id;
            m_found->setText(tr("%1, %Ln member(s)", nullptr, file.memberCount).arg(file.headName));
            return;
        }
    }
    m_found->setText(tr("No other file has this number."));
}

void MergeDialog::accept()
{
    if (m_duplicateId == 0) {
        m_error->showError(tr("Type the file number of the duplicate file."));
        return;
    }
    const storage::StoreError error =
        services::HouseholdService(m_session).merge(m_keep.id, m_duplicateId);
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    QDialog::accept();
}

} // namespace pluslife::ui
