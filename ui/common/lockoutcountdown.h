#pragma once

#include <QObject>
#include <QTimer>

class QAbstractButton;
class QLabel;

namespace pluslife::ui {

// After too many failed attempts: disables the button and counts the wait down in the label,
// second by second, then enables the button again.
class LockoutCountdown : public QObject {
    Q_OBJECT
public:
    LockoutCountdown(QLabel *label, QAbstractButton *button, QObject *parent = nullptr);

    void start(int seconds);
    void stop();
    bool isRunning() const { return m_remaining > 0; }

private:
    void tick();
    void render();

    QLabel *m_label;
    QAbstractButton *m_button;
    QTimer m_timer;
    int m_remaining = 0;
};

} // namespace pluslife::ui
