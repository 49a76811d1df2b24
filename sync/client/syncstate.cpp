#include "syncstate.h"

#include "storage/sqlvalues.h"
#include "storage/writetransaction.h"

#include <QHash>
#include <QSqlQuery>

namespace pluslife::sync {
namespace {

bool put(QSqlQuery &q, const char *key, const QString &value)
{
    q.bindValue(0, QString::fromLatin1(key));
    q.bindValue(1, storage::textValue(value));
    return q.exec();
}

QString flag(bool on)
{
    return on ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

SyncStateStore::SyncStateStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

SyncLink SyncStateStore::load() const
{
    QHash<QString, QString> values;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT key, value FROM sync_state")))
        while (q.next())
            values.insert(q.value(0).toString(), q.value(1).toString());
    SyncLink link;
    link.serverUrl = values.value(QStringLiteral("server_url"));
    link.caFile = values.value(QStringLiteral("ca_file"));
    link.pinnedSha256 = values.value(QStringLiteral("pinned_sha256"));
    link.deviceId = values.value(QStringLiteral("device_id"));
    link.serverId = values.value(QStringLiteral("server_id"));
    link.centerUuid = values.value(QStringLiteral("center_uuid"));
    link.epoch = values.value(QStringLiteral("epoch")).toLongLong();
    link.cursorSeq = values.value(QStringLiteral("cursor_seq")).toLongLong();
    link.cursorTag = values.value(QStringLiteral("cursor_tag"));
    link.firstDownloadDone = values.value(QStringLiteral("first_download_done")) == flag(true);
    link.revoked = values.value(QStringLiteral("revoked")) == flag(true);
    const QString success = values.value(QStringLiteral("last_success_utc"));
    if (!success.isEmpty())
        link.lastSuccessUtc = QDateTime::fromString(success, Qt::ISODateWithMs).toUTC();
    link.lastErrorCode = values.value(QStringLiteral("last_error_code"));
    return link;
}

bool SyncStateStore::save(const SyncLink &link)
{
    storage::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return false;
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)")))
        return false;
    const bool ok =
        put(q, "server_url", link.serverUrl) && put(q, "ca_file", link.caFile) &&
        put(q, "pinned_sha256", link.pinnedSha256) && put(q, "device_id", link.deviceId) &&
        put(q, "server_id", link.serverId) && put(q, "center_uuid", link.centerUuid) &&
        put(q, "epoch", QString::number(link.epoch)) &&
        put(q, "cursor_seq", QString::number(link.cursorSeq)) &&
        put(q, "cursor_tag", link.cursorTag) &&
        put(q, "first_download_done", flag(link.firstDownloadDone)) &&
        put(q, "revoked", flag(link.revoked)) &&
        put(q, "last_success_utc",
            link.lastSuccessUtc.isValid() ? link.lastSuccessUtc.toUTC().toString(Qt::ISODateWithMs)
                                          : QString()) &&
        put(q, "last_error_code", link.lastErrorCode);
    return ok && tx.commit();
}

bool SyncStateStore::saveCursor(qint64 seq, const QString &tag)
{
    storage::WriteTransaction tx(m_db);
    if (!tx.isActive())
        return false;
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)")))
        return false;
    return put(q, "cursor_seq", QString::number(seq)) && put(q, "cursor_tag", tag) && tx.commit();
}

QString SyncStateStore::tokenKey(const QString &vaultId)
{
    // Beside the vault's "device-secret/<vault id>" entry.
    return QStringLiteral("sync-token/") + vaultId;
}

} // namespace pluslife::sync
