#pragma once

#include "kdfparams.h"
#include "secretbytes.h"

#include <QByteArray>
#include <QString>

namespace pluslife::storage::crypto {

constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kSaltBytes = 16;

// Argon2id (libsodium crypto_pwhash) of a password or recovery code into a 32-byte key.
// Returns an empty SecretBytes when the parameters are refused or memory ran out.
SecretBytes deriveKey(const QString &secret, const QByteArray &salt, const KdfParams &params);

// Mixes the device secret into a password-derived key: a copied data folder cannot be attacked
// without this computer's keychain.
SecretBytes bindToDevice(const SecretBytes &passwordKey, const SecretBytes &deviceSecret);

// XChaCha20-Poly1305 with associated data naming where the blob belongs (vault id, slot id),
// so a blob moved to another slot or vault does not open.
struct SealedBox {
    QByteArray nonce;
    QByteArray ciphertext;
};
SealedBox seal(const SecretBytes &key, const SecretBytes &plaintext, const QByteArray &context);
// Empty result when the key is wrong or the box was changed.
SecretBytes open(const SecretBytes &key, const SealedBox &box, const QByteArray &context);

QByteArray randomBytes(std::size_t size);
QByteArray sha256(const QByteArray &data);
// Keyed BLAKE2b, hex: stable slot ids from user names without writing the names in clear.
QString slotIdFor(const QString &vaultId, const QString &username);

// 25 characters of Crockford base32 (125 bits) in five groups: "7K2QD-…". Typed back in any
// case, with or without dashes or spaces, and with Persian digits.
QString generateRecoveryCode();
QString normalizeRecoveryCode(const QString &typed);

} // namespace pluslife::storage::crypto
