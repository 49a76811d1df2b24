#pragma once

#include "domain/clock.h"
#include "secretbytes.h"
#include "storeerror.h"

#include <QIODevice>
#include <QString>

#include <functional>

namespace pluslife::storage {

class Vault;

// Scanned documents and photos, kept encrypted beside the database (DESIGN.md §2, issue 3
// "Documents"). Nothing decrypted is ever written to disk except by exportTo().
//
// Where the files are
//   <dataDir>/attachments/<2 hex>/<62 hex>   the encrypted file of one document
//   <dataDir>/attachments/tmp/<random>.part  a put in progress (encrypted too)
// The 64-hex name is the document's content address: keyed BLAKE2b-256 of the plaintext. The
// key ('attachment-naming-key' in `store_secrets`, 32 random bytes made on first use) lives only
// inside the encrypted database, so equal documents dedupe to one file, but the name says
// nothing about the content to someone holding the folder without the store: it cannot be
// compared with the SHA-256 (or any hash) of a document they suspect is there.
//
// Keys
// Every file has its own random 32-byte key, kept in its `attachments` row (the database is
// encrypted with the data key, which is what "wrapped by the data key" means here). Rekeying the
// database therefore re-encrypts no attachment, and a file copied away without the store is
// noise.
//
// Cipher: libsodium's crypto_secretstream_xchacha20poly1305, plaintext in 64 KiB chunks.
// DESIGN.md §2 says AES-256-GCM. libsodium's AES-256-GCM works only on CPUs with AES-NI and
// PCLMUL (crypto_aead_aes256gcm_is_available() is false on some of the older office PCs a center
// has, and there is no software fallback) and is a one-shot AEAD: a 50 MB scan would have to be
// held in memory, or be split into chunks with our own nonce, ordering and end-of-stream scheme.
// secretstream is that scheme, done and reviewed: each chunk is authenticated and chained to the
// one before (reordering, dropping or duplicating chunks fails), the last chunk carries TAG_FINAL
// (so truncation at a chunk boundary is detected), nonces are derived internally (random 192-bit
// start, no reuse) and it runs in software at the same speed everywhere.
//
// File format (version 1), all integers little-endian:
//   0  6 bytes  magic "PLSATT"
//   6  1 byte   format version (1)
//   7  1 byte   algorithm id (1 = xchacha20poly1305-secretstream)
//   8  4 bytes  plaintext chunk size (65536)
//  12  8 bytes  plaintext size
//  20 24 bytes  secretstream header
//  44  chunks:  ceil(size / 65536) of them, each its plaintext + 17 bytes; the last one has
//               TAG_FINAL, every other one TAG_MESSAGE.
// The 20-byte header is the additional data of the final chunk. Because secretstream chains
// every chunk into the next, a good final chunk authenticates the header and every chunk before
// it, and the header can be written last (its size is known only at the end of a stream).
//
// Writing (put): the input is read once, in chunks, never whole in memory: each chunk updates
// the keyed hash and is encrypted into a temp file in attachments/tmp/, which is synced. Then,
// inside one write transaction (BEGIN IMMEDIATE: the store's write lock, shared by every process
// and thread): if the address already has a row, the temp file is dropped (alreadyStored);
// otherwise the temp file is renamed onto the address (atomic; never a half-written file under a
// real address), the folder synced, the row inserted and committed. A kill at any point leaves
// no row and no file, or both; or, killed between rename and commit, a file without a row (an
// orphan) that the next put of the same document replaces and collectGarbage() removes.
// Because files appear under an address only under the write lock and together with their row,
// a file without a row seen under that lock is always an orphan.
//
// Reading checks the header against the row (algorithm, size), the file length against the size,
// and authenticates every chunk; plaintext is handed out only when the whole file has verified.
//
// Crash points (faultinjection.h) for the kill tests: attachment-before-rename,
// attachment-after-rename, attachment-after-commit, attachment-remove-after-commit.
//
// All methods need the vault unlocked and are for the thread that made the store (they use its
// connection, Vault::database()). Messages are translated ("AttachmentStore" context); details
// never hold a file name or any content.
struct AttachmentInfo {
    QString address;
    qint64 size = 0;
    QString mimeType;
    bool alreadyStored = false; // the same content was stored before; nothing new was written
};

class AttachmentStore {
public:
    static constexpr qint64 kMaxSize = 50 * 1024 * 1024;
    static constexpr qint64 kChunkSize = 64 * 1024;
    // Temp files and orphans younger than this are left alone (another process may be writing).
    static constexpr qint64 kGarbageAgeSeconds = 3600;
    static constexpr const char *kAlgorithm = "xchacha20poly1305-secretstream";

    explicit AttachmentStore(Vault &vault, const Clock &clock = SystemClock::instance());
    ~AttachmentStore();
    AttachmentStore(const AttachmentStore &) = delete;
    AttachmentStore &operator=(const AttachmentStore &) = delete;

    // Stores what `plain` has from its current position to its end (at most kMaxSize bytes).
    // `mimeType` must be one mimeTypeFor() accepts, and the content must start like that type.
    // Called inside a caller's transaction it joins it (the row then commits with the caller's).
    StoreError put(QIODevice &plain, const QString &mimeType, AttachmentInfo *out);
    // The same from a file; an empty `mimeType` is taken from the file name.
    StoreError putFile(const QString &path, const QString &mimeType, AttachmentInfo *out);

    // The whole plaintext in memory (previews).
    StoreError read(const QString &address, QByteArray *plain);
    // The one way to write plaintext to disk: to `targetPath` through QSaveFile (all or nothing).
    // The caller records it in the audit log.
    StoreError exportTo(const QString &address, const QString &targetPath);

    // A row for `address` (the file itself is checked by read()).
    bool exists(const QString &address) const;
    // Deletes the row and the file. The caller has made sure nothing refers to it any more.
    // Inside a caller's transaction only the row goes (with the caller's commit); the file is
    // then an orphan for collectGarbage().
    StoreError remove(const QString &address);
    // Removes temp files of interrupted puts and files without a row, both only when older than
    // kGarbageAgeSeconds. Does nothing inside a caller's transaction. Runs on the first put.
    StoreError collectGarbage(int *removedFiles = nullptr);

    // "application/pdf", "image/jpeg", "image/png" or "image/tiff" from the file name's
    // extension; an empty string (and a translated message in *error) for anything else.
    static QString mimeTypeFor(const QString &fileName, StoreError *error = nullptr);
    static bool isAcceptedMimeType(const QString &mimeType);

    QString attachmentsDir() const;
    QString pathFor(const QString &address) const;

private:
    StoreError loadNamingKey(SecretBytes *key);
    StoreError checkReady(const QString &address) const;
    StoreError writeTempFile(QIODevice &plain, const QString &mimeType,
                             const SecretBytes &namingKey, const QString &tempPath,
                             QString *address, qint64 *size, SecretBytes *fileKey);
    StoreError commitFile(const QString &tempPath, const QString &address, qint64 size,
                          const QString &mimeType, const SecretBytes &fileKey, bool *alreadyStored);
    StoreError decrypt(const QString &address, qint64 *size,
                       const std::function<bool(const char *, qint64)> &sink);
    void removeStaleTempFiles();

    Vault &m_vault;
    const Clock &m_clock;
    bool m_garbageCollected = false;
};

} // namespace pluslife::storage
