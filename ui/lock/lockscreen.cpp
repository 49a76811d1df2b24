#include "lockscreen.h"

#include "common/busycursor.h"
#include "common/errorlabel.h"
#include "common/lockoutcountdown.h"
#include "common/passwordfields.h"
#include "domain/worker.h"
#include "services/session.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using pluslife::storage::StoreErrorCode;

namespace pluslife::ui {

LockScreen::LockScreen(services::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_who(new QLabel(this))
    , m_password(makePasswordEdit(this, u"unlockPasswordEdit"_s))
    , m_error(new ErrorLabel(this))
    , m_lockout(new QLabel(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_other(new QPushButton(tr("Sign in as &someone else"), this))
    , m_countdown(new LockoutCountdown(m_lockout, m_unlock, this))
{
    setObjectName(u"lockScreen"_s);
    auto *title = new QLabel(tr("PlusLife Desk is locked"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(48));
    icon->setAlignment(Qt::AlignCenter);
    m_who->setObjectName(u"lockedWorkerLabel"_s);
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setWordWrap(true);
    m_who->setTextFormat(Qt::PlainText);
    m_password->setMinimumWidth(260);
    m_error->setObjectName(u"unlockError"_s);
    m_error->setAlignment(Qt::AlignCenter);
    m_lockout->setObjectName(u"unlockLockout"_s);
    m_lockout->setAlignment(Qt::AlignCenter);
    m_unlock->setObjectName(u"unlockButton"_s);
    m_unlock->setDefault(true);
    m_other->setObjectName(u"otherUserButton"_s);
    m_other->setFlat(true);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_password);
    row->addWidget(m_unlock);
    row->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(m_who);
    layout->addSpacing(12);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_lockout);
    layout->addSpacing(12);
    layout->addWidget(m_other, 0, Qt::AlignCenter);
    layout->addStretch(3);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::attempt);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::attempt);
    connect(m_other, &QPushButton::clicked, this, &LockScreen::signInAsSomeoneElse);
}

void LockScreen::prepare()
{
    const domain::Worker &worker = m_session.worker();
    m_who->setText(tr("%1 (%2) was working here. Enter the password to go on.")
                       .arg(worker.displayName, domain::roleDisplayName(worker.role)));
    m_password->clear();
    m_error->clearMessage();
    m_password->setFocus();
}

void LockScreen::attempt()
{
    if (m_countdown->isRunning() || m_password->text().isEmpty())
        return;
    const storage::StoreError error = [&] {
        BusyCursor busy;
        return m_session.unlock(m_password->text());
    }();
    m_password->clear();
    if (!error.ok()) {
        m_error->showError(error.message);
        if (error.code == StoreErrorCode::LockedOut)
            m_countdown->start(error.retryAfterSeconds);
        m_password->setFocus();
        return;
    }
    m_error->clearMessage();
    emit unlocked();
}

} // namespace pluslife::ui
