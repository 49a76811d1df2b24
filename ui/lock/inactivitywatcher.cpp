#include "inactivitywatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace pluslife::ui {

InactivityWatcher::InactivityWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::minutes(5));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        stop();
        emit idle();
    });
}

InactivityWatcher::~InactivityWatcher()
{
    stop();
}

void InactivityWatcher::setIdleMinutes(int minutes)
{
    setIdleInterval(std::chrono::minutes(qBound(1, minutes, 24 * 60)));
}

void InactivityWatcher::setIdleInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    if (m_timer.isActive())
        m_timer.start();
}

void InactivityWatcher::start()
{
    if (!m_installed && QCoreApplication::instance()) {
        QCoreApplication::instance()->installEventFilter(this);
        m_installed = true;
    }
    m_timer.start();
}

void InactivityWatcher::stop()
{
    m_timer.stop();
    if (m_installed && QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
        m_installed = false;
    }
}

bool InactivityWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pluslife::ui
