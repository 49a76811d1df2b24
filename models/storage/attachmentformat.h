#pragma once

// Private to the attachment*.cpp files: the encrypted file format (described in
// attachmentstore.h) and the messages and helpers more than one of them needs. The messages
// and helpers are defined in attachmentstore.cpp.
#include "attachmentstore.h"

#include <QtEndian>

#include <sodium.h>

#include <array>
#include <cstring>

class QSqlDatabase;
class QSqlError;

namespace pluslife::storage::attachment {

// ---- File format (version 1)
// ---------------------------------------------------------------------

inline constexpr char kMagic[] = "PLSATT";
inline constexpr qsizetype kMagicSize = 6;
inline constexpr quint8 kFormatVersion = 1;
inline constexpr quint8 kAlgorithmId = 1; // xchacha20poly1305-secretstream
inline constexpr qsizetype kFileHeaderSize = 20;
inline constexpr qsizetype kStreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
inline constexpr qsizetype kChunkOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
// The content address: keyed BLAKE2b-256, and the naming key is as long.
inline constexpr qsizetype kAddressBytes = 32;

inline std::array<unsigned char, kFileHeaderSize> fileHeader(qint64 plainSize)
{
    std::array<unsigned char, kFileHeaderSize> header{};
    memcpy(header.data(), kMagic, kMagicSize);
    header[6] = kFormatVersion;
    header[7] = kAlgorithmId;
    qToLittleEndian<quint32>(quint32(AttachmentStore::kChunkSize), header.data() + 8);
    qToLittleEndian<quint64>(quint64(plainSize), header.data() + 12);
    return header;
}

inline qint64 chunkCount(qint64 plainSize)
{
    return (plainSize + AttachmentStore::kChunkSize - 1) / AttachmentStore::kChunkSize;
}

inline qint64 encryptedSize(qint64 plainSize)
{
    return kFileHeaderSize + kStreamHeaderSize + plainSize + chunkCount(plainSize) * kChunkOverhead;
}

// ---- Shared messages (the "AttachmentStore" translation context)
// ---------------------------------

StoreError damaged(const QString &detail);
StoreError wrongType();
StoreError readFailed(const QString &detail);
StoreError writeFailed(const QString &detail);
StoreError databaseError(const QSqlError &error);

// ---- Shared helpers
// -------------------------------------------------------------------------------

// The connection is inside a transaction (a caller's, which a WriteTransaction joins).
bool insideTransaction(const QSqlDatabase &db);
// 64 lowercase hex digits.
bool isAddress(const QString &address);

} // namespace pluslife::storage::attachment
