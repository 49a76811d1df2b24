#pragma once

#include "syncengine.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class QThread;
class QTimer;

// Runs SyncEngine on its own thread for the desktop app: every few minutes when enrolled, soon
// after local changes, and on "sync now". Lives on the GUI thread; only signals cross.
namespace pluslife::sync {

struct SyncStatus {
    bool enrolled = false;
    bool online = false; // the last contact reached the server
    bool running = false;
    bool revoked = false;
    QDateTime lastSuccessUtc;
    int pending = 0; // outbox operations + unsealed changes
    int quarantined = 0;
    int openConflicts = 0;
    // Records from the central that clash with one made here (the same national code or user
    // name under another id): kept aside in sync_parked, not shown, until someone merges them.
    int clashes = 0;
    QString lastErrorCode; // empty when the last cycle succeeded
};

class SyncController : public QObject {
    Q_OBJECT
public:
    SyncController(storage::Vault &vault, storage::SecretStore &secrets, const Clock &clock,
                   QObject *parent = nullptr);
    ~SyncController() override;

    SyncStatus status() const { return m_status; }
    void setInterval(int seconds);         // background cycle period (default 300)
    void setChangeDelay(int milliseconds); // delay after a local change (default 5000)

public slots:
    void start(); // after sign-in
    void stop();  // before lock/sign-out: waits for the running cycle's safe point
    void syncNow();
    void noteLocalChange(); // services call this (through the app) after a write
    void refreshStatus();   // recount pending/conflicts from the store (GUI thread, cheap)

signals:
    void statusChanged(const pluslife::sync::SyncStatus &status);
    void progress(const QString &phase, qint64 done, qint64 total);
    void cycleFinished(const pluslife::sync::CycleReport &report);

private:
    void launchCycle();
    void cycleDone(const CycleReport &report, int generation);
    struct Worker;
    storage::Vault &m_vault;
    storage::SecretStore &m_secrets;
    const Clock &m_clock;
    SyncStatus m_status;
    QThread *m_thread = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_changeTimer = nullptr;
    bool m_cycleQueued = false;    // asked for while one ran: run again when it ends
    int m_generation = 0;          // one per start(): a late answer of a stopped thread is ignored
    bool m_emittingStatus = false; // inside refreshStatus()'s statusChanged
    std::unique_ptr<Worker> m_worker;
};

} // namespace pluslife::sync

Q_DECLARE_METATYPE(pluslife::sync::SyncStatus)
Q_DECLARE_METATYPE(pluslife::sync::CycleReport)
