// The sync thread of the desktop app. The worker lives on its own QThread with its own engine
// (and, through it, its own network manager and store connection); the controller stays on the
// GUI thread and talks to it with queued calls only, so the GUI never waits on the network.
#include "synccontroller.h"

#include "conflictstore.h"
#include "outbox.h"
#include "syncstate.h"

#include "storage/secretstore.h"
#include "storage/vault.h"

#include <QMutex>
#include <QPointer>
#include <QScopedValueRollback>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace pluslife::sync {

namespace {

void registerMetaTypes()
{
    static const bool done = [] {
        qRegisterMetaType<pluslife::sync::SyncStatus>("pluslife::sync::SyncStatus");
        qRegisterMetaType<pluslife::sync::CycleReport>("pluslife::sync::CycleReport");
        return true;
    }();
    Q_UNUSED(done);
}

// Page sizes for the app: a page is one write transaction, and while it runs the GUI thread's
// own writes wait for the store's write lock. Smaller pages keep that wait short.
constexpr int kAppPullPage = 200; // ~35 ms per page on a debug build (bench_apply)
constexpr int kAppPushBatch = 200;

// QtKeychain must be used from the GUI thread (its jobs call back into objects of the thread
// that made them; from the sync thread this crashed in a test). The controller reads the token
// there before each cycle and the sync thread's engine gets it from here.
class TokenHandOver final : public storage::SecretStore {
public:
    void set(const QString &key, const QByteArray &token)
    {
        const QMutexLocker lock(&m_mutex);
        m_key = key;
        m_token = token;
    }
    storage::StoreError read(const QString &key, QByteArray *value) override
    {
        const QMutexLocker lock(&m_mutex);
        if (key != m_key || m_token.isEmpty())
            return storage::StoreError::make(storage::StoreErrorCode::DeviceSecretMissing,
                                             QStringLiteral("no sync token"));
        *value = m_token;
        return storage::StoreError::success();
    }
    storage::StoreError write(const QString &, const QByteArray &) override { return refused(); }
    storage::StoreError remove(const QString &) override { return refused(); }
    QString backendName() const override { return QStringLiteral("sync-thread-handover"); }

private:
    static storage::StoreError refused()
    {
        return storage::StoreError::make(storage::StoreErrorCode::KeychainUnavailable,
                                         QStringLiteral("not on the sync thread"));
    }
    QMutex m_mutex;
    QString m_key;
    QByteArray m_token;
};

} // namespace

// Lives on the sync thread (moveToThread); every method below runs there.
struct SyncController::Worker : QObject {
    Worker(storage::Vault &vault, const Clock &clock)
        : m_vault(vault)
        , engine(vault, token, clock)
    {
        engine.setPullPageSize(kAppPullPage);
        engine.setPushBatchSize(kAppPushBatch);
    }

    CycleReport run(const ProgressFn &progress)
    {
        if (m_busy) { // only a stale request can arrive while a cycle waits on the network
            CycleReport busy;
            busy.errorCode = QStringLiteral("busy");
            return busy;
        }
        m_busy = true;
        // Remember this thread's connection: it must be closed here, on this thread.
        if (m_vault.isUnlocked())
            m_connection = m_vault.database().connectionName();
        CycleReport report = engine.runCycle(progress);
        m_busy = false;
        return report;
    }

    // Closes this thread's connection to the store before the vault is locked (a connection can
    // only be closed by its own thread), then ends the thread's event loop. Queued calls also
    // arrive inside the event loops a cycle runs while it waits for the network: then the cycle
    // finishes first.
    void shutdown()
    {
        if (m_busy) {
            m_shutdownPending = true;
            return;
        }
        if (!m_connection.isEmpty()) {
            m_vault.releaseThreadConnection();
            m_connection.clear();
        }
        QThread::currentThread()->quit();
    }

    bool shutdownPending() const { return m_shutdownPending; }

    storage::Vault &m_vault;
    TokenHandOver token;
    bool tokenKnown = false; // GUI thread only
    SyncEngine engine;
    QString m_connection;
    bool m_busy = false;
    bool m_shutdownPending = false;
};

SyncController::SyncController(storage::Vault &vault, storage::SecretStore &secrets,
                               const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_timer(new QTimer(this))
    , m_changeTimer(new QTimer(this))
{
    registerMetaTypes();
    m_timer->setInterval(300 * 1000);
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_status.enrolled && !m_status.revoked)
            launchCycle();
    });
    connect(m_changeTimer, &QTimer::timeout, this, [this] {
        if (m_status.enrolled && !m_status.revoked)
            launchCycle();
    });
}

SyncController::~SyncController()
{
    stop();
}

void SyncController::setInterval(int seconds)
{
    m_timer->setInterval(qMax(1, seconds) * 1000);
}

void SyncController::setChangeDelay(int milliseconds)
{
    m_changeTimer->setInterval(qMax(0, milliseconds));
}

void SyncController::start()
{
    if (m_thread)
        return;
    ++m_generation;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("pluslife-sync"));
    m_worker = std::make_unique<Worker>(m_vault, m_clock);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    m_timer->start();
    m_cycleQueued = false;
    refreshStatus();
    if (m_status.enrolled && !m_status.revoked)
        launchCycle();
}

void SyncController::stop()
{
    m_timer->stop();
    m_changeTimer->stop();
    m_cycleQueued = false;
    if (!m_thread)
        return;
    m_worker->engine.requestStop(); // also cuts a request in flight (Transport cancel flag)
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker] { worker->shutdown(); }, Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker.reset();
    if (m_status.running) {
        m_status.running = false;
        emit statusChanged(m_status);
    }
}

void SyncController::syncNow()
{
    launchCycle();
}

void SyncController::noteLocalChange()
{
    refreshStatus();
    if (m_thread && m_status.enrolled && !m_status.revoked)
        m_changeTimer->start(); // restarts: many quick edits give one cycle
}

void SyncController::refreshStatus()
{
    // A statusChanged receiver that asks for a refresh already holds the fresh status; going
    // on would recurse until the stack runs out (bench_sync did exactly that).
    if (m_emittingStatus || !m_vault.isUnlocked())
        return;
    QSqlDatabase db = m_vault.database();
    if (!db.isOpen())
        return;
    const SyncLink link = SyncStateStore(db).load();
    m_status.enrolled = link.isEnrolled();
    m_status.revoked = link.revoked;
    m_status.lastSuccessUtc = link.lastSuccessUtc;
    m_status.lastErrorCode = link.lastErrorCode;
    m_status.pending = Outbox(db, m_clock).pendingCount();
    m_status.quarantined = Outbox(db, m_clock).quarantinedCount();
    m_status.openConflicts = ConflictStore(db).openCount();
    QSqlQuery clashes(db);
    m_status.clashes = clashes.exec(QStringLiteral("SELECT count(*) FROM sync_parked WHERE reason "
                                                   "= 'constraint'")) &&
                               clashes.next()
                           ? clashes.value(0).toInt()
                           : 0;
    const QScopedValueRollback<bool> emitting(m_emittingStatus, true);
    emit statusChanged(m_status);
}

void SyncController::launchCycle()
{
    if (!m_thread)
        return;
    if (m_status.running) {
        m_cycleQueued = true; // changes made during this cycle get the next one
        return;
    }
    m_status.running = true;
    emit statusChanged(m_status);
    Worker *worker = m_worker.get();
    // Read once per start (and again after a cycle that could not use it): a keychain call can
    // wait for the user to unlock the keyring, which should not happen every five minutes.
    if (!worker->tokenKnown && m_vault.isUnlocked()) {
        const QString key = SyncStateStore::tokenKey(m_vault.vaultId());
        QByteArray token;
        worker->tokenKnown = m_secrets.read(key, &token).ok() && !token.isEmpty();
        worker->token.set(key, token);
    }
    // The controller outlives the thread (stop() waits for it), and an event posted to it is
    // dropped if it goes first: posting to `self` from the sync thread is always safe.
    SyncController *self = this;
    const int generation = m_generation;
    QMetaObject::invokeMethod(
        worker,
        [worker, self, generation] {
            const ProgressFn progress = [self, generation](const QString &phase, qint64 done,
                                                           qint64 total) {
                QMetaObject::invokeMethod(
                    self,
                    [self, phase, done, total, generation] {
                        if (generation == self->m_generation && self->m_thread)
                            emit self->progress(phase, done, total);
                    },
                    Qt::QueuedConnection);
            };
            const CycleReport report = worker->run(progress);
            QMetaObject::invokeMethod(
                self, [self, report, generation] { self->cycleDone(report, generation); },
                Qt::QueuedConnection);
            if (worker->shutdownPending())
                worker->shutdown();
        },
        Qt::QueuedConnection);
}

void SyncController::cycleDone(const CycleReport &report, int generation)
{
    if (generation != m_generation || !m_thread)
        return; // the thread that ran it was stopped since
    m_status.running = false;
    // Enrolled again meanwhile (new token), or the keychain was locked: read it next time.
    if ((report.errorCode == QLatin1String("keychain") ||
         report.errorCode == QLatin1String("unauthenticated") || report.revoked))
        m_worker->tokenKnown = false;
    // Reached the server (even to hear an error) unless the failure is the network's own.
    const bool stopped = report.errorCode == QLatin1String("stopped");
    if (!stopped)
        m_status.online = report.ok || !report.errorCode.startsWith(QLatin1String("transport:"));
    // Receivers may stop the controller or even delete it (AppController drops it on sign-out).
    const QPointer<SyncController> alive(this);
    if (m_vault.isUnlocked())
        refreshStatus(); // emits statusChanged
    else
        emit statusChanged(m_status);
    if (!alive)
        return;
    emit cycleFinished(report);
    if (!alive)
        return;
    if (m_cycleQueued) {
        m_cycleQueued = false;
        launchCycle();
    }
}

} // namespace pluslife::sync
