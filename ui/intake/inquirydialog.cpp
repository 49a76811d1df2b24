#include "inquirydialog.h"

#include "choicekeys.h"
#include "common/errorlabel.h"
#include "services/householdservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

InquiryDialog::InquiryDialog(services::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_channel(new QComboBox(this))
    , m_who(new QLineEdit(this))
    , m_asked(new QPlainTextEdit(this))
    , m_answered(new QPlainTextEdit(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"inquiryDialog"_s);
    setWindowTitle(tr("A question from a walk-in"));
    m_channel->setObjectName(u"inquiryChannelCombo"_s);
    fillChoiceCombo(m_channel, Choice::Channel, false);
    m_who->setObjectName(u"inquiryWhoEdit"_s);
    m_who->setPlaceholderText(tr("A name, or how the person described themselves"));
    m_asked->setObjectName(u"inquiryAskedEdit"_s);
    m_answered->setObjectName(u"inquiryAnsweredEdit"_s);
    for (QPlainTextEdit *edit : {m_asked, m_answered}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5);
    }
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("The question came &by:"), m_channel);
    form->addRow(tr("W&ho asked:"), m_who);
    form->addRow(tr("&What was asked:"), m_asked);
    form->addRow(tr("What was a&nswered:"), m_answered);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log the question"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"logInquiryButton"_s);
    m_error->setObjectName(u"inquiryError"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(buttons, &QDialogButtonBox::accepted, this, &InquiryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_who->setFocus();
}

void InquiryDialog::accept()
{
    const storage::StoreError error = services::HouseholdService(m_session).logInquiry(
        chosenKey(m_channel), m_who->text(), m_asked->toPlainText(), m_answered->toPlainText());
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    QDialog::accept();
}

} // namespace pluslife::ui
