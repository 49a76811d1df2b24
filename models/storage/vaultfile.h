#pragma once

#include "keyslotcrypto.h"
#include "storeerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pluslife::storage {

// keyslots.json: everything needed to open the store and nothing that opens it alone.
// Slots wrap the vault key (a password slot also needs this device's keychain secret; the
// recovery slot holds the vault key and the device secret, to bind a new keychain); the vault
// key wraps the data key that SQLCipher uses. `pendingDataKey` exists only during a rekey.
struct KeySlot {
    enum class Kind { Password, Recovery };
    QString id;
    Kind kind = Kind::Password;
    KdfParams kdf;
    QByteArray salt;
    crypto::SealedBox box;
    QDateTime createdUtc;
};

struct VaultFile {
    static constexpr int kFormat = 1;

    int format = kFormat;
    QString vaultId;
    QDateTime createdUtc;
    int dataKeyGeneration = 1;
    crypto::SealedBox dataKey;
    std::optional<crypto::SealedBox> pendingDataKey;
    QList<KeySlot> keySlots;

    const KeySlot *slot(const QString &id) const;
    const KeySlot *recoverySlot() const;
    void putSlot(const KeySlot &slot); // replaces a slot with the same id
    bool removeSlot(const QString &id);

    QByteArray dataKeyContext(int generation) const;
    QByteArray slotContext(const QString &slotId) const;

    QByteArray toJson() const;
    static std::optional<VaultFile> fromJson(const QByteArray &json, StoreError *error);
};

// Reads keyslots.json; NoStore when absent, Corrupt or NewerSchema with a translated message.
StoreError readVaultFile(const QString &path, VaultFile *file);
// Writes through a temporary file and an atomic rename, synced to disk: a kill leaves the old
// or the new file, never half of one.
StoreError writeVaultFile(const QString &path, const VaultFile &file);

} // namespace pluslife::storage
