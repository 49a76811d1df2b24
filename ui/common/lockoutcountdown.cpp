#include "lockoutcountdown.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLocale>
#include <QTime>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

LockoutCountdown::LockoutCountdown(QLabel *label, QAbstractButton *button, QObject *parent)
    : QObject(parent)
    , m_label(label)
    , m_button(button)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &LockoutCountdown::tick);
    m_label->hide();
}

void LockoutCountdown::start(int seconds)
{
    m_remaining = qMax(1, seconds);
    m_button->setEnabled(false);
    m_timer.start();
    render();
}

void LockoutCountdown::stop()
{
    m_remaining = 0;
    m_timer.stop();
    m_label->hide();
    m_button->setEnabled(true);
}

void LockoutCountdown::tick()
{
    if (--m_remaining <= 0) {
        stop();
        return;
    }
    render();
}

void LockoutCountdown::render()
{
    const QTime left = QTime(0, 0).addSecs(m_remaining);
    const QString clock = QLocale().toString(left, m_remaining >= 3600 ? u"h:mm:ss"_s : u"m:ss"_s);
    m_label->setText(tr("Too many failed attempts. You can try again in %1.").arg(clock));
    m_label->show();
}

} // namespace pluslife::ui
