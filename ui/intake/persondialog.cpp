#include "persondialog.h"

#include "common/errorlabel.h"
#include "personfields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

PersonDialog::PersonDialog(Mode mode, Save save, QWidget *parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_fields(new PersonFields(u"person"_s,
                                PersonFields::WithNationalCode | PersonFields::WithDetails, this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"personDialog"_s);
    setWindowTitle(mode == AddMember ? tr("Add a member") : tr("Edit a person"));
    auto *layout = new QVBoxLayout(this);
    if (mode == AddMember) {
        m_relation = new QComboBox(this);
        m_relation->setObjectName(u"personRelationCombo"_s);
        for (const QString &key : domain::relationKeys()) {
            if (key != QLatin1String("head"))
                m_relation->addItem(domain::relationDisplayName(key), key);
        }
        auto *form = new QFormLayout;
        form->addRow(tr("&Relation to the head:"), m_relation);
        layout->addLayout(form);
    }
    layout->addWidget(m_fields);
    m_error->setObjectName(u"personError"_s);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"savePersonButton"_s);
    ok->setText(mode == AddMember ? tr("&Add member") : tr("&Save"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_fields->nationalCodeEdit()->setFocus();
}

void PersonDialog::setMember(const domain::Member &member)
{
    m_member = member;
    m_fields->setPerson(member.person);
    if (m_relation)
        m_relation->setCurrentIndex(qMax(0, m_relation->findData(member.relation)));
}

void PersonDialog::accept()
{
    if (const QString problem = m_fields->problem(); !problem.isEmpty()) {
        m_error->showError(problem);
        return;
    }
    domain::Member member = m_member;
    member.person = m_fields->person();
    if (m_relation)
        member.relation = m_relation->currentData().toString();
    const storage::StoreError error = m_save(member);
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    QDialog::accept();
}

} // namespace pluslife::ui
