#include "recoverycodedialog.h"

#include "common/busycursor.h"
#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "services/session.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

RecoveryCodeDialog::RecoveryCodeDialog(services::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_code(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
    , m_ok(nullptr)
{
    setObjectName(u"recoveryCodeDialog"_s);
    setWindowTitle(tr("Recovery code"));
    auto *text = new QLabel(tr("This computer no longer holds the key of the center's files. "
                               "Type the recovery code written down when the center was set "
                               "up. Afterwards every worker signs in with their own password "
                               "as before."),
                            this);
    text->setWordWrap(true);
    alignToReadingSide(text);
    m_code->setObjectName(u"recoveryCodeEdit"_s);
    m_code->setLayoutDirection(Qt::LeftToRight);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_code->setMaxLength(200);
    m_error->setObjectName(u"recoveryCodeError"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Open with this code"));
    m_ok->setObjectName(u"recoverButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_code);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryCodeDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textEdited, m_error, &ErrorLabel::clearMessage);
}

void RecoveryCodeDialog::attempt()
{
    // Persian digits, spaces, dashes and letter case are the store's business.
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        m_error->showError(tr("Type the recovery code."));
        return;
    }
    m_ok->setEnabled(false);
    const storage::StoreError error = [&] {
        BusyCursor busy;
        return m_session.recoverDevice(code);
    }();
    m_ok->setEnabled(true);
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    m_code->clear();
    accept();
}

} // namespace pluslife::ui
