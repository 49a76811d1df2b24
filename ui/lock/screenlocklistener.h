#pragma once

#include <QObject>

#include <memory>

class QWidget;

namespace pluslife::ui {

// Tells when the desk should lock because the computer's own session is being locked or put to
// sleep: on Linux the D-Bus signals of logind (PrepareForSleep) and of the freedesktop/GNOME
// screen savers (ActiveChanged); on Windows the session-change and power messages. Where none
// of these exist, nothing is ever emitted.
class ScreenLockListener : public QObject {
    Q_OBJECT
public:
    explicit ScreenLockListener(QObject *parent = nullptr);
    ~ScreenLockListener() override;

    // Windows delivers session changes to a registered window only; elsewhere a no-op.
    void watchWindow(QWidget *window);

signals:
    void lockRequested();

private slots:
    void onPrepareForSleep(bool starting);
    void onScreenSaverActiveChanged(bool active);

private:
    void connectBuses();

    struct NativeFilter;
    std::unique_ptr<NativeFilter> m_native;
};

} // namespace pluslife::ui
