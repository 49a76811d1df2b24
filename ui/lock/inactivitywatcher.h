#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace pluslife::ui {

// Emits `idle` when the user has not touched mouse, keyboard, wheel or screen for the
// interval. An application-wide event filter restarts the countdown on every input event.
class InactivityWatcher : public QObject {
    Q_OBJECT
public:
    explicit InactivityWatcher(QObject *parent = nullptr);
    ~InactivityWatcher() override;

    void setIdleMinutes(int minutes);
    void setIdleInterval(std::chrono::milliseconds interval); // tests use short intervals
    std::chrono::milliseconds idleInterval() const { return m_timer.intervalAsDuration(); }

    void start(); // installs the filter and starts counting
    void stop();
    bool isWatching() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_installed = false;
};

} // namespace pluslife::ui
