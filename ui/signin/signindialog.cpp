#include "signindialog.h"

#include "common/busycursor.h"
#include "common/errorlabel.h"
#include "common/lockoutcountdown.h"
#include "common/passwordfields.h"
#include "common/wrappedlabel.h"
#include "recoverycodedialog.h"
#include "services/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using pluslife::storage::StoreErrorCode;

namespace pluslife::ui {

SignInDialog::SignInDialog(services::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_note(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_password(makePasswordEdit(this, u"signInPasswordEdit"_s))
    , m_error(new ErrorLabel(this))
    , m_lockout(new QLabel(this))
    , m_signIn(new QPushButton(tr("&Sign in"), this))
    , m_recover(new QPushButton(tr("Use the &recovery code…"), this))
    , m_countdown(new LockoutCountdown(m_lockout, m_signIn, this))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign in to PlusLife Desk"));

    auto *heading = new QLabel(tr("Sign in with your user name and password."), this);
    heading->setWordWrap(true);
    alignToReadingSide(heading);
    m_note->setObjectName(u"signInNote"_s);
    m_note->setWordWrap(true);
    alignToReadingSide(m_note);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setFrameShape(QFrame::StyledPanel);
    m_note->setMargin(8);
    m_note->hide();
    m_username->setObjectName(u"signInUserEdit"_s);
    m_username->setMaxLength(32);
    m_username->setLayoutDirection(Qt::LeftToRight);
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText |
                                    Qt::ImhPreferLatin);
    m_error->setObjectName(u"signInError"_s);
    m_lockout->setObjectName(u"signInLockout"_s);
    m_lockout->setWordWrap(true);
    alignToReadingSide(m_lockout);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);
    m_recover->setObjectName(u"useRecoveryCodeButton"_s);
    m_recover->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    QPushButton *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(u"quitButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_lockout);
    layout->addWidget(m_recover, 0, Qt::AlignLeading);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recover, &QPushButton::clicked, this, &SignInDialog::recover);
    connect(m_username, &QLineEdit::textEdited, m_error, &ErrorLabel::clearMessage);
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

void SignInDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void SignInDialog::attempt()
{
    if (m_countdown->isRunning())
        return;
    const QString username = m_username->text().trimmed();
    if (username.isEmpty() || m_password->text().isEmpty()) {
        m_error->showError(tr("Enter your user name and your password."));
        (username.isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    m_signIn->setEnabled(false);
    const storage::StoreError error = [&] {
        BusyCursor busy;
        return m_session.signIn(username, m_password->text());
    }();
    m_signIn->setEnabled(true);
    m_password->clear();
    if (!error.ok()) {
        showError(error);
        return;
    }
    m_error->clearMessage();
    accept();
    emit signedIn();
}

void SignInDialog::showError(const storage::StoreError &error)
{
    m_error->showError(error.message);
    const bool keychainProblem = error.code == StoreErrorCode::DeviceSecretMissing ||
                                 error.code == StoreErrorCode::KeychainUnavailable ||
                                 error.code == StoreErrorCode::KeychainDenied;
    m_recover->setVisible(keychainProblem);
    if (error.code == StoreErrorCode::LockedOut)
        m_countdown->start(error.retryAfterSeconds);
    m_password->setFocus();
}

void SignInDialog::recover()
{
    auto *dialog = new RecoveryCodeDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_recover->hide();
        m_error->showNotice(tr("This computer can open the center's files again. Sign in with "
                               "your password."));
        m_password->setFocus();
    });
    dialog->open();
}

} // namespace pluslife::ui
