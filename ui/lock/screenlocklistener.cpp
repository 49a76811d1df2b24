#include "screenlocklistener.h"

#include <QCoreApplication>
#include <QWidget>

#if defined(Q_OS_WIN)
#include <QAbstractNativeEventFilter>
#include <qt_windows.h>
#include <wtsapi32.h>
#else
#include <QDBusConnection>
#endif

using namespace Qt::StringLiterals;

namespace pluslife::ui {

#if defined(Q_OS_WIN)
struct ScreenLockListener::NativeFilter : QAbstractNativeEventFilter {
    explicit NativeFilter(ScreenLockListener *owner)
        : listener(owner)
    {}
    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *) override
    {
        if (eventType != "windows_generic_MSG")
            return false;
        const auto *msg = static_cast<const MSG *>(message);
        const bool sessionLocked =
            msg->message == WM_WTSSESSION_CHANGE &&
            (msg->wParam == WTS_SESSION_LOCK || msg->wParam == WTS_CONSOLE_DISCONNECT ||
             msg->wParam == WTS_REMOTE_DISCONNECT);
        const bool suspending = msg->message == WM_POWERBROADCAST && msg->wParam == PBT_APMSUSPEND;
        if (sessionLocked || suspending)
            QMetaObject::invokeMethod(listener, &ScreenLockListener::lockRequested,
                                      Qt::QueuedConnection);
        return false;
    }
    ScreenLockListener *listener;
};
#else
struct ScreenLockListener::NativeFilter {};
#endif

ScreenLockListener::ScreenLockListener(QObject *parent)
    : QObject(parent)
{
#if defined(Q_OS_WIN)
    m_native = std::make_unique<NativeFilter>(this);
    QCoreApplication::instance()->installNativeEventFilter(m_native.get());
#else
    connectBuses();
#endif
}

ScreenLockListener::~ScreenLockListener()
{
#if defined(Q_OS_WIN)
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(m_native.get());
#endif
}

void ScreenLockListener::watchWindow(QWidget *window)
{
#if defined(Q_OS_WIN)
    if (window)
        WTSRegisterSessionNotification(reinterpret_cast<HWND>(window->winId()),
                                       NOTIFY_FOR_THIS_SESSION);
#else
    Q_UNUSED(window);
#endif
}

void ScreenLockListener::connectBuses()
{
#if !defined(Q_OS_WIN)
    // Empty service and path: accept the signal from whichever process owns the name now or
    // later (KDE, GNOME and others publish the screen saver under different paths).
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected())
        system.connect(QString(), u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s,
                       u"PrepareForSleep"_s, this, SLOT(onPrepareForSleep(bool)));
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        for (const QString &iface : {u"org.freedesktop.ScreenSaver"_s, u"org.gnome.ScreenSaver"_s})
            session.connect(QString(), QString(), iface, u"ActiveChanged"_s, this,
                            SLOT(onScreenSaverActiveChanged(bool)));
    }
#endif
}

void ScreenLockListener::onPrepareForSleep(bool starting)
{
    if (starting)
        emit lockRequested();
}

void ScreenLockListener::onScreenSaverActiveChanged(bool active)
{
    if (active)
        emit lockRequested();
}

} // namespace pluslife::ui
