// Enrolment: a one-time code from the central admin binds this store to the central window.
#include "engineinternal.h"
#include "protocol/messages.h"
#include "protocol/protocol.h"

#include "storage/secretstore.h"
#include "storage/vault.h"
#include "storage/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

namespace pluslife::sync {
namespace {

namespace engineError = detail::engineError;

bool setError(QString *code, QString *message, const QString &c, const QString &m)
{
    if (code)
        *code = c;
    if (message)
        *message = m;
    return false;
}

// The central's identity of the center replaces the one made at setup, so every device of the
// center and the central agree on its uuid. Only for a store that never synced.
bool adoptCenter(QSqlDatabase db, const QJsonObject &center, const QDateTime &nowUtc)
{
    const QString now = nowUtc.toString(Qt::ISODateWithMs);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO center (id, uuid, code, name, province, county, "
        "licensed_capacity, created_utc, updated_utc) VALUES (1, ?, '', '', '', '', 450, ?, ?)"));
    q.addBindValue(center.value(QStringLiteral("uuid")).toString());
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("UPDATE center SET uuid = ?, code = ?, name = ?, province = ?, "
                             "county = ?, updated_utc = ? WHERE id = 1"));
    q.addBindValue(center.value(QStringLiteral("uuid")).toString());
    q.addBindValue(center.value(QStringLiteral("code")).toString());
    q.addBindValue(center.value(QStringLiteral("name")).toString());
    q.addBindValue(center.value(QStringLiteral("province")).toString());
    q.addBindValue(center.value(QStringLiteral("county")).toString());
    q.addBindValue(now);
    return q.exec();
}

} // namespace

bool SyncEngine::enroll(const EnrolmentRequest &request, QString *errorCode, QString *errorMessage)
{
    QSqlDatabase db = m_vault.isUnlocked() ? m_vault.database() : QSqlDatabase();
    if (!db.isOpen())
        return setError(errorCode, errorMessage, QString::fromLatin1(engineError::store),
                        QStringLiteral("the store is locked"));
    SyncStateStore state(db);
    SyncLink link = state.load();

    TransportConfig config;
    config.serverUrl = request.serverUrl.trimmed();
    config.caFile = request.caFile;
    config.pinnedSha256 = request.pinnedSha256.trimmed().toLower();
    Transport transport(config);
    const TransportReply reply =
        transport.postJson(QStringLiteral("/v1/enroll"),
                           {{QStringLiteral("protocol"), protocol::kVersion},
                            {QStringLiteral("code"), request.code.trimmed()},
                            {QStringLiteral("device_name"), request.deviceName.trimmed().isEmpty()
                                                                ? QSysInfo::machineHostName()
                                                                : request.deviceName.trimmed()}});
    if (!reply.ok())
        return setError(errorCode, errorMessage, reply.errorCode, reply.errorMessage);

    const QString deviceId = reply.json.value(QStringLiteral("device_id")).toString();
    const QByteArray token = reply.json.value(QStringLiteral("token")).toString().toLatin1();
    const QString serverId = reply.json.value(QStringLiteral("server_id")).toString();
    const QJsonObject center = reply.json.value(QStringLiteral("center")).toObject();
    const QString centerUuid = center.value(QStringLiteral("uuid")).toString();
    if (!protocol::isUuid(deviceId) || token.isEmpty() || !protocol::isUuid(serverId) ||
        !protocol::isUuid(centerUuid))
        return setError(errorCode, errorMessage, QString::fromLatin1(transportError::badAnswer),
                        QStringLiteral("enrolment answer without device, token, server or center"));

    // README "enroll": a store that has synced with another center refuses. The same center
    // again (after a revocation or a lost token) is fine and keeps the cursor.
    const bool linkedBefore = !link.serverId.isEmpty() || !link.centerUuid.isEmpty();
    if (linkedBefore && (link.serverId != serverId || link.centerUuid != centerUuid))
        return setError(errorCode, errorMessage, QString::fromLatin1(engineError::otherCenter),
                        QStringLiteral("this store already syncs with another center"));

    // The token first: a link without its token would only fail later, a token without a
    // link is overwritten by the next enrolment.
    if (const storage::StoreError error =
            m_secrets.write(SyncStateStore::tokenKey(m_vault.vaultId()), token);
        !error.ok())
        return setError(errorCode, errorMessage, QString::fromLatin1(engineError::keychain),
                        error.message);

    link.serverUrl = config.serverUrl;
    link.caFile = config.caFile;
    link.pinnedSha256 = config.pinnedSha256;
    link.deviceId = deviceId;
    link.serverId = serverId;
    link.centerUuid = centerUuid;
    link.revoked = false;
    link.lastErrorCode.clear();
    storage::WriteTransaction tx(db);
    if (!tx.isActive() || (!linkedBefore && !adoptCenter(db, center, m_clock.nowUtc())) ||
        !state.save(link) || !tx.commit())
        return setError(errorCode, errorMessage, QString::fromLatin1(engineError::store),
                        QStringLiteral("the link could not be saved"));
    return true;
}

} // namespace pluslife::sync
