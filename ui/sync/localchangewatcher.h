#pragma once

#include <QObject>
#include <QTimer>

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

// Notices local edits for sync without a "data changed" signal from every service: the capture
// triggers of migration 0008 mark each changed record in sync_dirty, so a cheap look at that
// table (count and newest change, on the GUI thread's connection, every 10 s) tells when there
// is something new to send.
class LocalChangeWatcher : public QObject {
    Q_OBJECT
public:
    explicit LocalChangeWatcher(services::Session &session, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Takes the current state as seen, then looks again at every interval.
    void start();
    void stop();
    // Looks now; emits changed() and returns true when there are changes not seen before.
    bool poll();

signals:
    void changed();

private:
    QString signature() const; // empty while the store is closed

    services::Session &m_session;
    QTimer m_timer;
    QString m_seen;
};

} // namespace pluslife::ui
