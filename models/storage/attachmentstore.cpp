// AttachmentStore: the design and the file format are described in attachmentstore.h.
#include "attachmentstore.h"

#include "faultinjection.h"
#include "keyslotcrypto.h"
#include "vault.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <array>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#endif

namespace pluslife::storage {
namespace {

constexpr char kMagic[] = "PLSATT";
constexpr qsizetype kMagicSize = 6;
constexpr quint8 kFormatVersion = 1;
constexpr quint8 kAlgorithmId = 1; // xchacha20poly1305-secretstream
constexpr qsizetype kFileHeaderSize = 20;
constexpr qsizetype kStreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype kChunkOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qsizetype kAddressBytes = 32;
constexpr char kNamingKeyName[] = "attachment-naming-key";

// ---- Messages (the "AttachmentStore" translation context) -------------------------------------

StoreError notFound()
{
    return StoreError::make(
        StoreErrorCode::InvalidInput,
        QCoreApplication::translate("AttachmentStore", "This document is not in the store."));
}

StoreError badAddress()
{
    return StoreError::make(StoreErrorCode::InvalidInput,
                            QCoreApplication::translate(
                                "AttachmentStore", "This is not a valid reference to a document."));
}

StoreError missingFile()
{
    return StoreError::make(
        StoreErrorCode::Corrupt,
        QCoreApplication::translate("AttachmentStore",
                                    "The encrypted file of this document is missing from the "
                                    "attachments folder. Restore the data folder from a backup."),
        QStringLiteral("attachment file missing"));
}

StoreError damaged(const QString &detail)
{
    return StoreError::make(
        StoreErrorCode::Corrupt,
        QCoreApplication::translate("AttachmentStore",
                                    "The encrypted file of this document is damaged or was "
                                    "changed, and cannot be opened. Restore the data folder "
                                    "from a backup."),
        detail);
}

StoreError tooLarge()
{
    return StoreError::make(StoreErrorCode::InvalidInput,
                            QCoreApplication::translate("AttachmentStore",
                                                        "The file is larger than 50 MB. Scan it "
                                                        "at a lower resolution or split it into "
                                                        "several files."));
}

StoreError emptyInput()
{
    return StoreError::make(StoreErrorCode::InvalidInput,
                            QCoreApplication::translate("AttachmentStore", "The file is empty."));
}

StoreError wrongType()
{
    return StoreError::make(
        StoreErrorCode::InvalidInput,
        QCoreApplication::translate("AttachmentStore",
                                    "Only PDF, JPEG, PNG and TIFF files can be attached."));
}

StoreError contentMismatch()
{
    return StoreError::make(
        StoreErrorCode::InvalidInput,
        QCoreApplication::translate("AttachmentStore",
                                    "The file's content does not match its type: it may be "
                                    "damaged or renamed. Only PDF, JPEG, PNG and TIFF files can "
                                    "be attached."));
}

StoreError readFailed(const QString &detail)
{
    return StoreError::make(
        StoreErrorCode::IoError,
        QCoreApplication::translate("AttachmentStore", "The file could not be read."), detail);
}

StoreError writeFailed(const QString &detail)
{
    return StoreError::make(StoreErrorCode::IoError,
                            QCoreApplication::translate("AttachmentStore",
                                                        "The document could not be saved in the "
                                                        "attachments folder. Check that the disk "
                                                        "is not full."),
                            detail);
}

StoreError exportFailed(const QString &detail)
{
    return StoreError::make(StoreErrorCode::IoError,
                            QCoreApplication::translate("AttachmentStore",
                                                        "The document could not be saved to the "
                                                        "chosen place. Check that the folder is "
                                                        "writable and the disk is not full."),
                            detail);
}

StoreError databaseError(const QSqlError &error)
{
    return StoreError::make(
        StoreErrorCode::Database,
        QCoreApplication::translate("AttachmentStore",
                                    "The list of documents in the store could not be read or "
                                    "changed."),
        QStringLiteral("sqlite %1: %2").arg(error.nativeErrorCode(), error.databaseText()));
}

// ---- Helpers ------------------------------------------------------------------------------------

bool insideTransaction(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    return sqlite && sqlite3_get_autocommit(sqlite) == 0;
}

bool isAddress(const QString &address)
{
    if (address.size() != kAddressBytes * 2)
        return false;
    for (const QChar c : address)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdWString());
}

bool syncHandle(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle())));
#endif
}

// A rename or a new entry reaches the disk with its folder (Unix); NTFS journals it itself.
bool syncFolder(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(dir);
    return true;
#endif
}

// Fills `buffer` as far as the input goes; -1 on a read error.
qint64 readChunk(QIODevice &in, unsigned char *buffer, qint64 max)
{
    qint64 got = 0;
    while (got < max) {
        const qint64 n = in.read(reinterpret_cast<char *>(buffer) + got, max - got);
        if (n < 0)
            return -1;
        if (n == 0) {
            if (in.isSequential() && !in.atEnd() && in.waitForReadyRead(30000))
                continue;
            break;
        }
        got += n;
    }
    return got;
}

bool startsLike(const QString &mimeType, const unsigned char *data, qint64 size)
{
    const QByteArrayView head(reinterpret_cast<const char *>(data), size);
    if (mimeType == QLatin1String("application/pdf")) // the header may follow some junk
        return head.first(qMin<qint64>(size, 1024)).indexOf(QByteArrayView("%PDF-")) >= 0;
    if (mimeType == QLatin1String("image/jpeg"))
        return head.startsWith(QByteArrayView("\xFF\xD8\xFF"));
    if (mimeType == QLatin1String("image/png"))
        return head.startsWith(QByteArrayView("\x89PNG\r\n\x1A\n"));
    if (mimeType == QLatin1String("image/tiff")) // classic and BigTIFF, either byte order
        return head.startsWith(QByteArrayView("II*\0", 4)) ||
               head.startsWith(QByteArrayView("MM\0*", 4)) ||
               head.startsWith(QByteArrayView("II+\0", 4)) ||
               head.startsWith(QByteArrayView("MM\0+", 4));
    return false;
}

std::array<unsigned char, kFileHeaderSize> fileHeader(qint64 plainSize)
{
    std::array<unsigned char, kFileHeaderSize> header{};
    memcpy(header.data(), kMagic, kMagicSize);
    header[6] = kFormatVersion;
    header[7] = kAlgorithmId;
    qToLittleEndian<quint32>(quint32(AttachmentStore::kChunkSize), header.data() + 8);
    qToLittleEndian<quint64>(quint64(plainSize), header.data() + 12);
    return header;
}

qint64 chunkCount(qint64 plainSize)
{
    return (plainSize + AttachmentStore::kChunkSize - 1) / AttachmentStore::kChunkSize;
}

qint64 encryptedSize(qint64 plainSize)
{
    return kFileHeaderSize + kStreamHeaderSize + plainSize + chunkCount(plainSize) * kChunkOverhead;
}

bool isOlderThan(const QFileInfo &info, qint64 seconds)
{
    return info.lastModified().secsTo(QDateTime::currentDateTimeUtc()) > seconds;
}

} // namespace

AttachmentStore::AttachmentStore(Vault &vault, const Clock &clock)
    : m_vault(vault)
    , m_clock(clock)
{}

AttachmentStore::~AttachmentStore() = default;

QString AttachmentStore::attachmentsDir() const
{
    return QDir(m_vault.files().dir).filePath(QStringLiteral("attachments"));
}

QString AttachmentStore::pathFor(const QString &address) const
{
    return attachmentsDir() + QLatin1Char('/') + address.left(2) + QLatin1Char('/') +
           address.mid(2);
}

QString AttachmentStore::mimeTypeFor(const QString &fileName, StoreError *error)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    QString type;
    if (suffix == QLatin1String("pdf"))
        type = QStringLiteral("application/pdf");
    else if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") ||
             suffix == QLatin1String("jpe") || suffix == QLatin1String("jfif"))
        type = QStringLiteral("image/jpeg");
    else if (suffix == QLatin1String("png"))
        type = QStringLiteral("image/png");
    else if (suffix == QLatin1String("tif") || suffix == QLatin1String("tiff"))
        type = QStringLiteral("image/tiff");
    if (error)
        *error = type.isEmpty() ? wrongType() : StoreError::success();
    return type;
}

bool AttachmentStore::isAcceptedMimeType(const QString &mimeType)
{
    return mimeType == QLatin1String("application/pdf") ||
           mimeType == QLatin1String("image/jpeg") || mimeType == QLatin1String("image/png") ||
           mimeType == QLatin1String("image/tiff");
}

StoreError AttachmentStore::checkReady(const QString &address) const
{
    if (!m_vault.isUnlocked())
        return StoreError::notUnlocked();
    if (!address.isNull() && !isAddress(address))
        return badAddress();
    return StoreError::success();
}

// Read on every put, never cached: a store restored from a backup under this object has its own.
StoreError AttachmentStore::loadNamingKey(SecretBytes *key)
{
    if (!m_vault.isUnlocked())
        return StoreError::notUnlocked();
    QSqlDatabase db = m_vault.database();
    // Under the write lock, so two processes making the key at once agree on one.
    WriteTransaction tx(db);
    if (!tx.isActive())
        return databaseError(tx.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM store_secrets WHERE name = ?"));
    q.addBindValue(QString::fromLatin1(kNamingKeyName));
    if (!q.exec())
        return databaseError(q.lastError());
    if (q.next()) {
        QByteArray raw = q.value(0).toByteArray();
        q.finish();
        if (raw.size() != kAddressBytes)
            return damaged(QStringLiteral("attachment naming key has %1 bytes").arg(raw.size()));
        *key = SecretBytes::copyOf(raw);
        sodium_memzero(raw.data(), size_t(raw.size()));
        return StoreError::success();
    }
    SecretBytes fresh = SecretBytes::random(kAddressBytes);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO store_secrets (name, value) VALUES (?, ?)"));
    insert.addBindValue(QString::fromLatin1(kNamingKeyName));
    insert.addBindValue(QByteArray(fresh.rawView()));
    if (!insert.exec())
        return databaseError(insert.lastError());
    if (!tx.commit())
        return databaseError(tx.error());
    *key = std::move(fresh);
    return StoreError::success();
}

StoreError AttachmentStore::putFile(const QString &path, const QString &mimeType,
                                    AttachmentInfo *out)
{
    QString type = mimeType;
    if (type.isEmpty()) {
        StoreError error;
        type = mimeTypeFor(path, &error);
        if (!error.ok())
            return error;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return readFailed(file.errorString());
    return put(file, type, out);
}

StoreError AttachmentStore::put(QIODevice &plain, const QString &mimeType, AttachmentInfo *out)
{
    if (!isAcceptedMimeType(mimeType))
        return wrongType();
    if (!plain.isReadable())
        return readFailed(QStringLiteral("input device not open for reading"));
    if (!plain.isSequential() && plain.size() - plain.pos() > kMaxSize)
        return tooLarge();
    SecretBytes namingKey;
    StoreError error = loadNamingKey(&namingKey);
    if (!error.ok())
        return error;
    if (!m_garbageCollected) {
        m_garbageCollected = true;
        collectGarbage(); // best effort; a failure here must not stop the put
    } else {
        removeStaleTempFiles();
    }

    const QString tmpDir = attachmentsDir() + QStringLiteral("/tmp");
    if (!QDir().mkpath(tmpDir))
        return writeFailed(QStringLiteral("cannot create attachments/tmp"));
    const QString tempPath = tmpDir + QLatin1Char('/') +
                             QString::fromLatin1(crypto::randomBytes(12).toHex()) +
                             QStringLiteral(".part");
    QString address;
    qint64 size = 0;
    SecretBytes fileKey;
    error = writeTempFile(plain, mimeType, namingKey, tempPath, &address, &size, &fileKey);
    if (!error.ok()) {
        QFile::remove(tempPath);
        return error;
    }
    bool alreadyStored = false;
    error = commitFile(tempPath, address, size, mimeType, fileKey, &alreadyStored);
    if (QFile::exists(tempPath))
        QFile::remove(tempPath);
    if (!error.ok())
        return error;
    if (out)
        *out = AttachmentInfo{address, size, mimeType, alreadyStored};
    return StoreError::success();
}

StoreError AttachmentStore::writeTempFile(QIODevice &plain, const QString &mimeType,
                                          const SecretBytes &namingKey, const QString &tempPath,
                                          QString *address, qint64 *size, SecretBytes *fileKey)
{
    QFile out(tempPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return writeFailed(out.errorString());

    SecretBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_secretstream_xchacha20poly1305_keygen(key.data());
    crypto_secretstream_xchacha20poly1305_state stream;
    unsigned char streamHeader[kStreamHeaderSize];
    crypto_secretstream_xchacha20poly1305_init_push(&stream, streamHeader, key.data());
    crypto_generichash_state hash;
    crypto_generichash_init(&hash, namingKey.data(), namingKey.size(), kAddressBytes);

    // Two plaintext buffers: the chunk after the current one is read before the current one is
    // encrypted, so the last chunk is known to be the last (TAG_FINAL) without a trailing empty
    // chunk.
    std::vector<unsigned char> current(static_cast<size_t>(kChunkSize));
    std::vector<unsigned char> next(static_cast<size_t>(kChunkSize));
    std::vector<unsigned char> sealed(static_cast<size_t>(kChunkSize + kChunkOverhead));
    auto wipe = [&] {
        sodium_memzero(current.data(), current.size());
        sodium_memzero(next.data(), next.size());
        sodium_memzero(&stream, sizeof stream);
        sodium_memzero(&hash, sizeof hash);
    };

    const std::array<unsigned char, kFileHeaderSize> placeholder{};
    if (out.write(reinterpret_cast<const char *>(placeholder.data()), kFileHeaderSize) !=
            kFileHeaderSize ||
        out.write(reinterpret_cast<const char *>(streamHeader), kStreamHeaderSize) !=
            kStreamHeaderSize) {
        wipe();
        return writeFailed(out.errorString());
    }

    qint64 currentSize = readChunk(plain, current.data(), kChunkSize);
    if (currentSize < 0) {
        wipe();
        return readFailed(plain.errorString());
    }
    if (currentSize == 0) {
        wipe();
        return emptyInput();
    }
    if (!startsLike(mimeType, current.data(), currentSize)) {
        wipe();
        return contentMismatch();
    }
    qint64 total = currentSize;
    for (;;) {
        const qint64 nextSize = readChunk(plain, next.data(), kChunkSize);
        if (nextSize < 0) {
            wipe();
            return readFailed(plain.errorString());
        }
        if (total + nextSize > kMaxSize) {
            wipe();
            return tooLarge();
        }
        const bool last = nextSize == 0;
        crypto_generichash_update(&hash, current.data(), quint64(currentSize));
        const auto header = fileHeader(total);
        unsigned long long sealedSize = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &stream, sealed.data(), &sealedSize, current.data(), quint64(currentSize),
            last ? header.data() : nullptr, last ? quint64(header.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        if (out.write(reinterpret_cast<const char *>(sealed.data()), qint64(sealedSize)) !=
            qint64(sealedSize)) {
            wipe();
            return writeFailed(out.errorString());
        }
        if (last)
            break;
        current.swap(next);
        currentSize = nextSize;
        total += nextSize;
    }

    unsigned char digest[kAddressBytes];
    crypto_generichash_final(&hash, digest, sizeof digest);
    wipe();
    const auto header = fileHeader(total);
    if (!out.seek(0) ||
        out.write(reinterpret_cast<const char *>(header.data()), kFileHeaderSize) !=
            kFileHeaderSize ||
        !syncHandle(out)) {
        return writeFailed(out.errorString());
    }
    out.close();
    if (out.error() != QFileDevice::NoError)
        return writeFailed(out.errorString());
    *address = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
    *size = total;
    *fileKey = std::move(key);
    return StoreError::success();
}

StoreError AttachmentStore::commitFile(const QString &tempPath, const QString &address, qint64 size,
                                       const QString &mimeType, const SecretBytes &fileKey,
                                       bool *alreadyStored)
{
    QSqlDatabase db = m_vault.database();
    // The write lock: files appear under an address only while it is held, together with their
    // row, so "a file without a row" seen under it is always an orphan.
    WriteTransaction tx(db);
    if (!tx.isActive())
        return databaseError(tx.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM attachments WHERE address = ?"));
    q.addBindValue(address);
    if (!q.exec())
        return databaseError(q.lastError());
    if (q.next()) {
        *alreadyStored = true;
        return StoreError::success(); // the caller drops the temp file
    }
    q.finish();

    crashPoint("attachment-before-rename");
    const QString target = pathFor(address);
    const QString folder = QFileInfo(target).path();
    const bool newFolder = !QFileInfo::exists(folder);
    if (newFolder && !QDir().mkpath(folder))
        return writeFailed(QStringLiteral("cannot create attachment subfolder"));
    std::error_code fsError;
    // Replaces an orphan left by an earlier kill (it has no row, so nothing refers to it).
    std::filesystem::rename(fsPath(tempPath), fsPath(target), fsError);
    if (fsError)
        return writeFailed(QString::fromStdString(fsError.message()));
    if (!syncFolder(folder) || (newFolder && !syncFolder(attachmentsDir())))
        return writeFailed(QStringLiteral("cannot sync the attachments folder"));
    crashPoint("attachment-after-rename");

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO attachments (address, file_key, algorithm, "
                                  "plain_size, mime_type, created_utc) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(address);
    insert.addBindValue(QByteArray(fileKey.rawView()));
    insert.addBindValue(QString::fromLatin1(kAlgorithm));
    insert.addBindValue(size);
    insert.addBindValue(mimeType);
    insert.addBindValue(m_clock.nowUtc().toString(Qt::ISODate));
    if (!insert.exec()) {
        QFile::remove(target); // still under the lock: nobody else can have claimed it
        return databaseError(insert.lastError());
    }
    if (!tx.commit())
        return databaseError(tx.error()); // the file stays as an orphan for collectGarbage()
    crashPoint("attachment-after-commit");
    *alreadyStored = false;
    return StoreError::success();
}

bool AttachmentStore::exists(const QString &address) const
{
    if (!checkReady(address).ok())
        return false;
    QSqlQuery q(m_vault.database());
    q.prepare(QStringLiteral("SELECT 1 FROM attachments WHERE address = ?"));
    q.addBindValue(address);
    return q.exec() && q.next();
}

StoreError AttachmentStore::decrypt(const QString &address, qint64 *size,
                                    const std::function<bool(const char *, qint64)> &sink)
{
    StoreError error = checkReady(address);
    if (!error.ok())
        return error;
    QSqlQuery q(m_vault.database());
    q.prepare(QStringLiteral(
        "SELECT file_key, algorithm, plain_size FROM attachments WHERE address = ?"));
    q.addBindValue(address);
    if (!q.exec())
        return databaseError(q.lastError());
    if (!q.next())
        return notFound();
    QByteArray rawKey = q.value(0).toByteArray();
    const QString algorithm = q.value(1).toString();
    const qint64 plainSize = q.value(2).toLongLong();
    q.finish();
    const SecretBytes key = SecretBytes::copyOf(rawKey);
    sodium_memzero(rawKey.data(), size_t(rawKey.size()));
    if (algorithm != QLatin1String(kAlgorithm) ||
        key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES || plainSize <= 0 ||
        plainSize > kMaxSize)
        return damaged(QStringLiteral("attachment row unusable (algorithm %1)").arg(algorithm));

    QFile in(pathFor(address));
    if (!in.exists())
        return missingFile();
    if (!in.open(QIODevice::ReadOnly))
        return readFailed(in.errorString());
    const auto expectedHeader = fileHeader(plainSize);
    std::array<unsigned char, kFileHeaderSize> header{};
    unsigned char streamHeader[kStreamHeaderSize];
    if (in.read(reinterpret_cast<char *>(header.data()), kFileHeaderSize) != kFileHeaderSize ||
        in.read(reinterpret_cast<char *>(streamHeader), kStreamHeaderSize) != kStreamHeaderSize)
        return damaged(QStringLiteral("attachment header short"));
    if (memcmp(header.data(), expectedHeader.data(), kFileHeaderSize) != 0)
        return damaged(QStringLiteral("attachment header does not match its row"));
    if (in.size() != encryptedSize(plainSize))
        return damaged(QStringLiteral("attachment file has %1 bytes, expected %2")
                           .arg(in.size())
                           .arg(encryptedSize(plainSize)));

    crypto_secretstream_xchacha20poly1305_state stream;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&stream, streamHeader, key.data()) != 0)
        return damaged(QStringLiteral("attachment stream header refused"));
    std::vector<unsigned char> sealed(static_cast<size_t>(kChunkSize + kChunkOverhead));
    std::vector<unsigned char> chunk(static_cast<size_t>(kChunkSize));
    const qint64 chunks = chunkCount(plainSize);
    qint64 done = 0;
    for (qint64 i = 0; i < chunks; ++i) {
        const bool last = i == chunks - 1;
        const qint64 plainChunk = qMin(kChunkSize, plainSize - done);
        const qint64 sealedChunk = plainChunk + kChunkOverhead;
        if (in.read(reinterpret_cast<char *>(sealed.data()), sealedChunk) != sealedChunk) {
            sodium_memzero(&stream, sizeof stream);
            return damaged(QStringLiteral("attachment chunk %1 short").arg(i));
        }
        unsigned long long opened = 0;
        unsigned char tag = 0;
        const int rc = crypto_secretstream_xchacha20poly1305_pull(
            &stream, chunk.data(), &opened, &tag, sealed.data(), quint64(sealedChunk),
            last ? header.data() : nullptr, last ? quint64(header.size()) : 0);
        const unsigned char expectedTag = last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                               : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        if (rc != 0 || tag != expectedTag || qint64(opened) != plainChunk) {
            sodium_memzero(&stream, sizeof stream);
            sodium_memzero(chunk.data(), chunk.size());
            return damaged(QStringLiteral("attachment chunk %1 of %2 fails authentication")
                               .arg(i + 1)
                               .arg(chunks));
        }
        if (!sink(reinterpret_cast<const char *>(chunk.data()), plainChunk)) {
            sodium_memzero(&stream, sizeof stream);
            sodium_memzero(chunk.data(), chunk.size());
            return exportFailed(QStringLiteral("writing the plaintext failed"));
        }
        done += plainChunk;
    }
    sodium_memzero(&stream, sizeof stream);
    sodium_memzero(chunk.data(), chunk.size());
    if (size)
        *size = done;
    return StoreError::success();
}

StoreError AttachmentStore::read(const QString &address, QByteArray *plain)
{
    QByteArray buffer;
    const StoreError error = decrypt(address, nullptr, [&](const char *data, qint64 size) {
        if (buffer.isEmpty())
            buffer.reserve(qsizetype(kMaxSize / 16));
        buffer.append(data, qsizetype(size));
        return true;
    });
    if (!error.ok()) {
        if (!buffer.isEmpty())
            sodium_memzero(buffer.data(), size_t(buffer.size()));
        return error;
    }
    if (plain)
        *plain = std::move(buffer);
    return StoreError::success();
}

StoreError AttachmentStore::exportTo(const QString &address, const QString &targetPath)
{
    StoreError error = checkReady(address);
    if (!error.ok())
        return error;
    if (!exists(address))
        return notFound();
    QSaveFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly))
        return exportFailed(out.errorString());
    bool sinkFailed = false;
    error = decrypt(address, nullptr, [&](const char *data, qint64 size) {
        sinkFailed = out.write(data, size) != size;
        return !sinkFailed;
    });
    if (!error.ok()) {
        out.cancelWriting();
        return sinkFailed ? exportFailed(out.errorString()) : error;
    }
    if (!out.commit())
        return exportFailed(out.errorString());
    return StoreError::success();
}

StoreError AttachmentStore::remove(const QString &address)
{
    StoreError error = checkReady(address);
    if (!error.ok())
        return error;
    QSqlDatabase db = m_vault.database();
    const bool joined = insideTransaction(db);
    {
        WriteTransaction tx(db);
        if (!tx.isActive())
            return databaseError(tx.error());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM attachments WHERE address = ?"));
        q.addBindValue(address);
        if (!q.exec())
            return databaseError(q.lastError());
        if (!tx.commit())
            return databaseError(tx.error());
    }
    if (joined)
        return StoreError::success(); // the file goes with collectGarbage(), after the commit
    crashPoint("attachment-remove-after-commit");
    // The file goes under the write lock and only while no row names it: a put of the same
    // document in another process cannot have put a new file there in between.
    WriteTransaction lock(db);
    if (!lock.isActive())
        return databaseError(lock.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM attachments WHERE address = ?"));
    q.addBindValue(address);
    if (!q.exec())
        return databaseError(q.lastError());
    if (q.next())
        return StoreError::success();
    const QString path = pathFor(address);
    if (QFile::exists(path) && !QFile::remove(path))
        return writeFailed(QStringLiteral("cannot delete the encrypted file (left as an orphan)"));
    return StoreError::success();
}

void AttachmentStore::removeStaleTempFiles()
{
    QDirIterator it(attachmentsDir() + QStringLiteral("/tmp"), {QStringLiteral("*.part")},
                    QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        it.next();
        if (isOlderThan(it.fileInfo(), kGarbageAgeSeconds))
            QFile::remove(it.filePath());
    }
}

StoreError AttachmentStore::collectGarbage(int *removedFiles)
{
    if (removedFiles)
        *removedFiles = 0;
    StoreError error = checkReady({});
    if (!error.ok())
        return error;
    QSqlDatabase db = m_vault.database();
    if (insideTransaction(db))
        return StoreError::success(); // rows deleted in it may still come back
    removeStaleTempFiles();

    QStringList candidates;
    QDirIterator it(attachmentsDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString address = info.dir().dirName() + info.fileName();
        if (info.dir().dirName().size() == 2 && isAddress(address) &&
            isOlderThan(info, kGarbageAgeSeconds))
            candidates << address;
    }
    if (candidates.isEmpty())
        return StoreError::success();

    WriteTransaction lock(db);
    if (!lock.isActive())
        return databaseError(lock.error());
    QSet<QString> known;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT address FROM attachments")))
        return databaseError(q.lastError());
    while (q.next())
        known.insert(q.value(0).toString());
    q.finish();
    for (const QString &address : std::as_const(candidates)) {
        if (known.contains(address))
            continue;
        if (QFile::remove(pathFor(address)) && removedFiles)
            ++*removedFiles;
    }
    return StoreError::success();
}

} // namespace pluslife::storage
