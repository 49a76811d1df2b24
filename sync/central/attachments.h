#pragma once

#include <QByteArray>
#include <QString>

// Attachment bytes, per center, uploaded in resumable chunks and checked by SHA-256 at the end
// (README "Attachments").
namespace pluslife::central {

class Db;

inline constexpr qint64 kMaxAttachmentSize = 256LL * 1024 * 1024;

struct AttachmentState {
    qint64 size = 0;
    qint64 received = 0;
    bool complete = false;
};

bool attachmentState(Db &db, qint64 centerId, const QString &sha256, AttachmentState *state);

enum class ChunkOutcome {
    Ok,               // appended (state says how much is held, and whether complete)
    OffsetMismatch,   // offset is not what the server holds: state.received says what is
    SizeMismatch,     // size differs from the upload's, or the chunk runs past it
    ChecksumMismatch, // complete, but the bytes do not hash to the name: upload dropped
};

ChunkOutcome putChunk(Db &db, qint64 centerId, const QString &sha256, qint64 offset, qint64 size,
                      const QByteArray &bytes, AttachmentState *state);

// The bytes of a complete attachment from `from` on; false when unknown or incomplete.
bool attachmentContent(Db &db, qint64 centerId, const QString &sha256, qint64 from,
                       QByteArray *bytes, qint64 *size);

bool isSha256Hex(const QString &text);

} // namespace pluslife::central
