// Attachment bytes: hashed (their wire name is the plain SHA-256), uploaded in resumable chunks
// the server verifies, and downloaded for pulled documents whose bytes this store lacks.
#include "engineinternal.h"
#include "localrecords.h"
#include "protocol/protocol.h"

#include "storage/attachmentstore.h"
#include "storage/writetransaction.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace pluslife::sync::detail {
namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString attachmentPath(const QString &sha256)
{
    return QStringLiteral("/v1/attachments/") + sha256;
}

// The server's idea of how much it holds: in the answer, or in a 409's error body.
qint64 receivedOf(const TransportReply &reply)
{
    if (reply.json.contains(QStringLiteral("received")))
        return reply.json.value(QStringLiteral("received")).toInteger();
    return reply.json.value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("received"))
        .toInteger(-1);
}

bool markUploaded(CycleRun &run, const QString &address)
{
    QSqlQuery q(run.db);
    q.prepare(QStringLiteral("UPDATE sync_attachments SET uploaded = 1 WHERE address = ?"));
    q.addBindValue(address);
    return q.exec() || run.fail(QString::fromLatin1(engineError::store), q.lastError().text());
}

// One attachment up, from what the server already has.
bool uploadOne(CycleRun &run, storage::AttachmentStore &store, const QString &address,
               const QString &sha256)
{
    const TransportReply status = run.transport.getJson(attachmentPath(sha256));
    qint64 received = 0;
    if (status.ok()) {
        if (status.json.value(QStringLiteral("complete")).toBool())
            return markUploaded(run, address);
        received = status.json.value(QStringLiteral("received")).toInteger();
    } else if (status.httpStatus != 404) {
        return run.failReply(status, QStringLiteral("attachment status"));
    }
    QByteArray plain;
    if (const storage::StoreError error = store.read(address, &plain); !error.ok())
        return run.fail(QString::fromLatin1(engineError::store), error.detail);
    const qint64 size = plain.size();
    bool restarted = false;
    while (received < size) {
        if (run.stopRequested())
            return false;
        const QByteArray chunk = plain.mid(received, protocol::kMaxAttachmentChunk);
        const TransportReply reply = run.transport.putBytes(
            attachmentPath(sha256) + QStringLiteral("?offset=%1&size=%2").arg(received).arg(size),
            chunk);
        if (reply.ok()) {
            received = receivedOf(reply);
            if (reply.json.value(QStringLiteral("complete")).toBool())
                break;
        } else if (reply.httpStatus == 409 && receivedOf(reply) >= 0) {
            received = receivedOf(reply); // another try got further (or the server lost some)
        } else if (reply.errorCode == QLatin1String(protocol::error::checksumMismatch) &&
                   !restarted) {
            restarted = true; // the server dropped the partial upload: once more from 0
            received = 0;
        } else {
            return run.failReply(reply, QStringLiteral("attachment upload"));
        }
        if (received < 0 || received > size)
            return run.fail(QString::fromLatin1(transportError::badAnswer),
                            QStringLiteral("attachment upload: bad received count"));
        run.tell("upload", received, size);
    }
    ++run.report.attachmentsUp;
    return markUploaded(run, address);
}

} // namespace

bool hashAttachments(CycleRun &run)
{
    LocalRecords records(run.db);
    const QStringList addresses = records.unhashedAttachments();
    if (!records.lastError().isEmpty())
        return run.fail(QString::fromLatin1(engineError::store), records.lastError());
    storage::AttachmentStore store(run.vault, run.clock);
    for (const QString &address : addresses) {
        if (run.stopRequested())
            return false;
        QByteArray plain;
        if (const storage::StoreError error = store.read(address, &plain); !error.ok()) {
            // A damaged file must not stop the rest of the sync; the document goes without it.
            run.report.errors << QStringLiteral("attachment unreadable: ") + error.detail;
            continue;
        }
        QSqlQuery q(run.db);
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_attachments (address, sha256, size, "
                                 "mime_type, uploaded) SELECT address, ?, ?, mime_type, 0 FROM "
                                 "attachments WHERE address = ?"));
        q.addBindValue(sha256Hex(plain));
        q.addBindValue(plain.size());
        q.addBindValue(address);
        if (!q.exec())
            return run.fail(QString::fromLatin1(engineError::store), q.lastError().text());
    }
    return true;
}

bool uploadAttachments(CycleRun &run)
{
    QList<QPair<QString, QString>> pending;
    {
        QSqlQuery q(run.db);
        if (!q.exec(QStringLiteral("SELECT address, sha256 FROM sync_attachments WHERE uploaded "
                                   "= 0 ORDER BY size")))
            return run.fail(QString::fromLatin1(engineError::store), q.lastError().text());
        while (q.next())
            pending.append({q.value(0).toString(), q.value(1).toString()});
    }
    storage::AttachmentStore store(run.vault, run.clock);
    for (const auto &[address, sha256] : std::as_const(pending)) {
        if (run.stopRequested() || !uploadOne(run, store, address, sha256))
            return false;
    }
    return true;
}

bool downloadAttachments(CycleRun &run)
{
    struct Wanted {
        QString sha256, mime;
    };
    QList<Wanted> wanted;
    {
        QSqlQuery q(run.db);
        if (!q.exec(QStringLiteral("SELECT sha256, max(mime_type) FROM sync_downloads GROUP BY "
                                   "sha256 ORDER BY max(size)")))
            return run.fail(QString::fromLatin1(engineError::store), q.lastError().text());
        while (q.next())
            wanted.append({q.value(0).toString(), q.value(1).toString()});
    }
    storage::AttachmentStore store(run.vault, run.clock);
    qint64 done = 0;
    for (const Wanted &w : std::as_const(wanted)) {
        if (run.stopRequested())
            return false;
        run.tell("download", done++, wanted.size());
        const TransportReply reply =
            run.transport.getBytes(attachmentPath(w.sha256) + QStringLiteral("/content"));
        if (reply.httpStatus == 404)
            continue; // its uploader has not finished yet: next cycle
        if (!reply.ok())
            return run.failReply(reply, QStringLiteral("attachment download"));
        if (sha256Hex(reply.body) != w.sha256) {
            run.report.errors << QStringLiteral("a downloaded attachment did not match its hash");
            continue;
        }
        // Encrypted and stored in its own short transaction (not inside ours: encrypting a large
        // scan must not hold the store's write lock). Killed before ours commits, the next cycle
        // downloads it again and put() finds the same content already stored.
        QBuffer buffer;
        buffer.setData(reply.body);
        buffer.open(QIODevice::ReadOnly);
        storage::AttachmentInfo info;
        if (const storage::StoreError error = store.put(buffer, w.mime, &info); !error.ok()) {
            run.report.errors << QStringLiteral("a downloaded attachment was refused: ") +
                                     error.detail;
            continue;
        }
        storage::WriteTransaction tx(run.db);
        if (!tx.isActive())
            return run.fail(QString::fromLatin1(engineError::store), tx.error().text());
        {
            ApplyGuard guard(run.db);
            QSqlQuery q(run.db);
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_attachments (address, sha256, "
                                     "size, mime_type, uploaded) VALUES (?, ?, ?, ?, 1)"));
            q.addBindValue(info.address);
            q.addBindValue(w.sha256);
            q.addBindValue(info.size);
            q.addBindValue(info.mimeType.isEmpty() ? w.mime : info.mimeType);
            LocalRecords records(run.db);
            if (!q.exec() || !records.attachmentArrived(w.sha256, info.address))
                return run.fail(QString::fromLatin1(engineError::store),
                                q.lastError().text() + records.lastError());
        }
        if (!tx.commit())
            return run.fail(QString::fromLatin1(engineError::store), tx.error().text());
        ++run.report.attachmentsDown;
    }
    if (!wanted.isEmpty())
        run.tell("download", done, wanted.size());
    return true;
}

} // namespace pluslife::sync::detail
