#pragma once

#include "storeerror.h"

#include <QDateTime>
#include <QString>

namespace pluslife::storage {

class Vault;

// A backup is one file: a manifest line, then the key file and an encrypted snapshot of the
// database, each with its SHA-256, then the SHA-256 of everything before it. Nothing in it is in
// clear: the snapshot is SQLCipher-encrypted and the key file holds only wrapped keys. Restoring
// on another computer needs the recovery code (the device secret stays in the old keychain).
class BackupArchive {
public:
    struct Manifest {
        int format = 1;
        QString vaultId;
        QString appVersion;
        int schemaVersion = 0;
        QDateTime createdUtc;
        qint64 databaseBytes = 0;
    };

    static StoreError write(Vault &vault, const QString &archivePath, const QDateTime &nowUtc,
                            Manifest *written = nullptr);
    // Reads and checks every checksum; nothing is written.
    static StoreError verify(const QString &archivePath, Manifest *manifest = nullptr);
    // Puts the archive's store into `dataDir`. Refuses when a store is there unless `force`;
    // with `force` the old files are moved to a "replaced-<time>" folder beside them, not deleted.
    static StoreError restore(const QString &archivePath, const QString &dataDir, bool force,
                              const QDateTime &nowUtc, QString *movedAsideTo = nullptr);
};

} // namespace pluslife::storage
