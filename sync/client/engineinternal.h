#pragma once

#include "localrecords.h"
#include "syncengine.h"
#include "syncstate.h"
#include "transport.h"

#include "domain/clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

#include <atomic>

namespace pluslife::storage {
class Vault;
}

// What one sync cycle shares between its steps (syncengine.cpp runs them in order; each step
// lives in its own file: enginepush.cpp, enginepull.cpp, engineattachments.cpp,
// engineresources.cpp). Not part of the library's interface.
namespace pluslife::sync::detail {

// Error codes of the engine itself (beside the protocol's and transport:*).
namespace engineError {
inline constexpr char notEnrolled[] = "not-enrolled";
inline constexpr char store[] = "store";                  // the local store failed (SQL, locked)
inline constexpr char keychain[] = "keychain";            // the device token cannot be read/written
inline constexpr char serverChanged[] = "server-changed"; // another central answers the address
inline constexpr char centerChanged[] = "center-changed";
inline constexpr char otherCenter[] = "enrolled-elsewhere"; // enrol refused (README: enroll)
inline constexpr char stopped[] = "stopped";
inline constexpr char checksum[] = "checksum-mismatch"; // a download did not hash to its name
} // namespace engineError

struct CycleRun {
    storage::Vault &vault;
    const Clock &clock;
    QSqlDatabase db;
    Transport &transport;
    SyncLink &link;
    CycleReport &report;
    const ProgressFn &progress;
    const std::atomic_bool &stopFlag;
    int pushBatch = 200;
    int pullPage = 2000;
    bool resetPending = false;  // sync_reset_unseen holds records to check after the re-download
    bool resetFinished = false; // this cycle put what the restored server lost back in the outbox

    // Sets the report's error (first one wins as errorCode) and returns false.
    bool fail(const QString &code, const QString &message);
    // A failed request: records revocation (403 device-revoked) on the link, then fail().
    bool failReply(const TransportReply &reply, const QString &step);
    // At a safe point: true (and the report says "stopped") when a stop was requested.
    bool stopRequested();
    void tell(const char *phase, qint64 done, qint64 total) const;
};

// hello: the server's identity, epoch and feed head; detects a restored server.
bool hello(CycleRun &run, QJsonObject *answer);
// The server lost history (restored from a backup): re-download from 0, keep every unsynced
// change, and afterwards re-send what the restored server no longer has.
bool beginReset(CycleRun &run, qint64 epoch);
bool resetInProgress(QSqlDatabase db);

bool pushOutbox(CycleRun &run);
bool refetchRecords(CycleRun &run);
bool pullFeed(CycleRun &run);

bool hashAttachments(CycleRun &run);
bool uploadAttachments(CycleRun &run);
bool downloadAttachments(CycleRun &run);

bool fetchResources(CycleRun &run, const QJsonArray &resources);

// Applies server records (pull pages, fetch answers) inside the caller's transaction and
// ApplyGuard; counts conflicts opened. False on a store error (the caller rolls back).
class ChangeApplier {
public:
    ChangeApplier(CycleRun &run);
    bool apply(const QJsonObject &change);
    bool finish(); // parked records whose references came meanwhile
    int applied() const { return m_applied; }

private:
    bool isUnsynced(const QString &entity, const QString &uuid);
    bool mergeIntoUnsynced(const QString &entity, const QString &uuid, const QJsonObject &theirs);
    bool keepAgainstDelete(const QString &entity, const QString &uuid);
    bool saveServerCopy(const QString &entity, const QString &uuid, qint64 version,
                        const QJsonObject &data, bool deleted);
    CycleRun &m_run;
    LocalRecords m_records; // one per page: it caches the schema and its statements
    int m_applied = 0;
};

QString jsonText(const QJsonObject &object);
QString jsonValueText(const QJsonValue &value);

} // namespace pluslife::sync::detail
