#include "attachments.h"

#include "db.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace pluslife::central {

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

bool attachmentState(Db &db, qint64 centerId, const QString &sha256, AttachmentState *state)
{
    QSqlQuery &query = db.exec(QStringLiteral("SELECT size, received, complete FROM attachments "
                                              "WHERE center_id = ? AND sha256 = ?"),
                               {centerId, sha256});
    const bool found = query.next();
    if (found) {
        state->size = query.value(0).toLongLong();
        state->received = query.value(1).toLongLong();
        state->complete = query.value(2).toBool();
    }
    query.finish();
    return found;
}

namespace {

QByteArray digest(Db &db, qint64 centerId, const QString &sha256)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery &query = db.exec(QStringLiteral("SELECT bytes FROM attachment_chunks WHERE "
                                              "center_id = ? AND sha256 = ? ORDER BY byte_offset"),
                               {centerId, sha256});
    while (query.next())
        hash.addData(query.value(0).toByteArray());
    query.finish();
    return hash.result().toHex();
}

} // namespace

ChunkOutcome putChunk(Db &db, qint64 centerId, const QString &sha256, qint64 offset, qint64 size,
                      const QByteArray &bytes, AttachmentState *state)
{
    db.begin();
    try {
        db.exec(QStringLiteral("INSERT INTO attachments (center_id, sha256, size) VALUES (?, ?, ?) "
                               "ON CONFLICT DO NOTHING"),
                {centerId, sha256, size})
            .finish();
        QSqlQuery &query = db.exec(
            QStringLiteral("SELECT size, received, complete FROM attachments WHERE center_id = ? "
                           "AND sha256 = ? FOR UPDATE"),
            {centerId, sha256});
        query.next();
        state->size = query.value(0).toLongLong();
        state->received = query.value(1).toLongLong();
        state->complete = query.value(2).toBool();
        query.finish();
        if (state->size != size || offset + bytes.size() > size) {
            db.rollback();
            return ChunkOutcome::SizeMismatch;
        }
        if (offset != state->received || (state->complete && !bytes.isEmpty())) {
            db.rollback();
            return ChunkOutcome::OffsetMismatch;
        }
        if (!bytes.isEmpty()) {
            db.exec(QStringLiteral("INSERT INTO attachment_chunks (center_id, sha256, byte_offset, "
                                   "bytes) VALUES (?, ?, ?, ?)"),
                    {centerId, sha256, offset, bytes})
                .finish();
            state->received += bytes.size();
        }
        if (state->received == state->size && !state->complete) {
            if (QString::fromLatin1(digest(db, centerId, sha256)) != sha256) {
                db.exec(
                      QStringLiteral("DELETE FROM attachments WHERE center_id = ? AND sha256 = ?"),
                      {centerId, sha256})
                    .finish();
                db.commit();
                *state = AttachmentState{};
                return ChunkOutcome::ChecksumMismatch;
            }
            state->complete = true;
        }
        db.exec(QStringLiteral("UPDATE attachments SET received = ?, complete = ? WHERE "
                               "center_id = ? AND sha256 = ?"),
                {state->received, state->complete, centerId, sha256})
            .finish();
        db.commit();
        return ChunkOutcome::Ok;
    } catch (...) {
        db.rollback();
        throw;
    }
}

bool attachmentContent(Db &db, qint64 centerId, const QString &sha256, qint64 from,
                       QByteArray *bytes, qint64 *size)
{
    AttachmentState state;
    if (!attachmentState(db, centerId, sha256, &state) || !state.complete)
        return false;
    *size = state.size;
    bytes->clear();
    QSqlQuery &query = db.exec(
        QStringLiteral("SELECT byte_offset, bytes FROM attachment_chunks WHERE center_id = ? AND "
                       "sha256 = ? AND byte_offset + length(bytes) > ? ORDER BY byte_offset"),
        {centerId, sha256, from});
    while (query.next()) {
        const qint64 offset = query.value(0).toLongLong();
        const QByteArray chunk = query.value(1).toByteArray();
        bytes->append(offset < from ? chunk.mid(from - offset) : chunk);
    }
    query.finish();
    return true;
}

} // namespace pluslife::central
