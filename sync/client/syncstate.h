#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// What this store knows about its link to the central window, kept in the encrypted store
// (table sync_state, migration 0008). The device token is not here: it lives in the keychain.
namespace pluslife::sync {

struct SyncLink {
    QString serverUrl;    // https://central.example:8443
    QString caFile;       // a private CA to trust (PEM), or empty
    QString pinnedSha256; // hex SHA-256 of the server certificate's DER, or empty
    QString deviceId;     // uuid from enrolment
    QString serverId;     // the central's id (a different one means another server)
    QString centerUuid;
    qint64 epoch = 0;
    qint64 cursorSeq = 0;
    QString cursorTag;
    bool firstDownloadDone = false;
    bool revoked = false;
    QDateTime lastSuccessUtc;
    QString lastErrorCode; // protocol or transport error code of the last failed cycle
    bool isEnrolled() const { return !deviceId.isEmpty(); }
};

class SyncStateStore {
public:
    explicit SyncStateStore(QSqlDatabase db);
    SyncLink load() const;
    // Joins the caller's transaction when one is open (WriteTransaction).
    bool save(const SyncLink &link);
    bool saveCursor(qint64 seq, const QString &tag);

    // Keychain entry of the device token for a store (the store's vault id keeps two stores on
    // one computer apart).
    static QString tokenKey(const QString &vaultId);

private:
    QSqlDatabase m_db;
};

} // namespace pluslife::sync
