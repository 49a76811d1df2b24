#pragma once

#include "syncstate.h"

#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <functional>

namespace pluslife {
class Clock;
namespace storage {
class SecretStore;
class Vault;
} // namespace storage
} // namespace pluslife

// One sync cycle with the central window: hello, push the outbox in batches, pull pages until
// the center's feed is exhausted (first download included), upload and fetch attachments,
// fetch distributed resources. Runs on the calling thread with that thread's connection to the
// store (Vault::database()); safe to kill at any point (every step commits with its cursor or
// its op results).
namespace pluslife::sync {

struct EnrolmentRequest {
    QString serverUrl;
    QString code;
    QString caFile;
    QString pinnedSha256;
    QString deviceName;
};

struct CycleReport {
    bool ok = false;
    int pushed = 0;    // operations the server answered
    int pulled = 0;    // records applied from the feed
    int conflicts = 0; // conflicts opened in this cycle (pushed or pulled)
    int rejected = 0;  // operations quarantined in this cycle
    int attachmentsUp = 0;
    int attachmentsDown = 0;
    bool reset = false; // the server was restored from a backup; the store was re-based
    bool revoked = false;
    QString errorCode;  // protocol / transport code when !ok
    QStringList errors; // English, for logs and `pluslife-admin sync --json`
};

// What is moving, for the progress bar: phase is "push", "pull", "upload", "download".
using ProgressFn = std::function<void(const QString &phase, qint64 done, qint64 total)>;

class SyncEngine {
public:
    SyncEngine(storage::Vault &vault, storage::SecretStore &secrets, const Clock &clock);

    // Registers this store with the central window; stores the link, keeps the token in the
    // keychain. Refuses when the store already syncs with another center.
    bool enroll(const EnrolmentRequest &request, QString *errorCode, QString *errorMessage);

    CycleReport runCycle(const ProgressFn &progress = {});

    // Set from another thread to make a running cycle stop at the next safe point.
    void requestStop() { m_stop = true; }

    // Tuning (benchmarks, tests).
    void setPushBatchSize(int ops) { m_pushBatch = ops; }
    void setPullPageSize(int records) { m_pullPage = records; }

private:
    storage::Vault &m_vault;
    storage::SecretStore &m_secrets;
    const Clock &m_clock;
    std::atomic_bool m_stop{false};
    int m_pushBatch = 200;
    int m_pullPage = 2000;
};

} // namespace pluslife::sync
