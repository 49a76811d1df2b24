// AttachmentStore::read and exportTo: the file is checked against its row (header, length) and
// every chunk authenticated before any plaintext is handed out (attachmentstore.h).
#include "attachmentstore.h"

#include "attachmentformat.h"
#include "vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <array>
#include <cstring>
#include <vector>

namespace pluslife::storage {

using namespace attachment;

namespace {

// ---- Messages (the "AttachmentStore" translation context) -------------------------------------

StoreError notFound()
{
    return StoreError::make(
        StoreErrorCode::InvalidInput,
        QCoreApplication::translate("AttachmentStore", "This document is not in the store."));
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

StoreError exportFailed(const QString &detail)
{
    return StoreError::make(StoreErrorCode::IoError,
                            QCoreApplication::translate("AttachmentStore",
                                                        "The document could not be saved to the "
                                                        "chosen place. Check that the folder is "
                                                        "writable and the disk is not full."),
                            detail);
}

} // namespace

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

} // namespace pluslife::storage
