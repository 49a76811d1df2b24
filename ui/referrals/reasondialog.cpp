#include "reasondialog.h"

#include "common/errorlabel.h"
#include "common/wrappedlabel.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, const QString &okText,
                           Save save, QWidget *parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_text(new QPlainTextEdit(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"reasonDialog"_s);
    setWindowTitle(title);
    m_text->setObjectName(u"reasonEdit"_s);
    m_text->setTabChangesFocus(true);
    m_error->setObjectName(u"reasonError"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"reasonOkButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeWrappedLabel(prompt, this));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ReasonDialog::accept()
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_error->showError(tr("This cannot be left empty."));
        m_text->setFocus();
        return;
    }
    const storage::StoreError error = m_save(text);
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    QDialog::accept();
}

} // namespace pluslife::ui
