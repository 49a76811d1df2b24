// AttachmentStore::put and putFile: the input is hashed and encrypted chunk by chunk into a temp
// file, which is renamed onto its address together with its row (attachmentstore.h).
#include "attachmentstore.h"

#include "attachmentformat.h"
#include "faultinjection.h"
#include "keyslotcrypto.h"
#include "vault.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <array>
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

using namespace attachment;

namespace {

// ---- Messages (the "AttachmentStore" translation context) -------------------------------------

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

StoreError contentMismatch()
{
    return StoreError::make(
        StoreErrorCode::InvalidInput,
        QCoreApplication::translate("AttachmentStore",
                                    "The file's content does not match its type: it may be "
                                    "damaged or renamed. Only PDF, JPEG, PNG and TIFF files can "
                                    "be attached."));
}

// ---- Helpers ------------------------------------------------------------------------------------

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

} // namespace

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

} // namespace pluslife::storage
