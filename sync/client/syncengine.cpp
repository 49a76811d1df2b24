// One sync cycle, step by step. Every step commits what it did together with the state that
// says it was done (op results, pull cursor), so a kill at any point repeats at most one step.
#include "syncengine.h"

#include "engineinternal.h"
#include "protocol/protocol.h"

#include "storage/secretstore.h"
#include "storage/vault.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace pluslife::sync {

namespace detail {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonValueText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

bool CycleRun::fail(const QString &codeIn, const QString &message)
{
    // A request cut short by requestStop() is a stop, not a network fault.
    const QString code = codeIn == QLatin1String(transportError::cancelled)
                             ? QString::fromLatin1(engineError::stopped)
                             : codeIn;
    if (report.errorCode.isEmpty())
        report.errorCode = code;
    report.errors << (message.isEmpty() ? code : code + QStringLiteral(": ") + message);
    return false;
}

bool CycleRun::failReply(const TransportReply &reply, const QString &step)
{
    if (reply.errorCode == QLatin1String(protocol::error::deviceRevoked)) {
        report.revoked = true;
        link.revoked = true;
        SyncStateStore(db).save(link);
    }
    return fail(reply.errorCode, step + QStringLiteral(": ") + reply.errorMessage);
}

bool CycleRun::stopRequested()
{
    if (!stopFlag)
        return false;
    fail(QString::fromLatin1(engineError::stopped), QStringLiteral("stop requested"));
    return true;
}

void CycleRun::tell(const char *phase, qint64 done, qint64 total) const
{
    if (progress)
        progress(QString::fromLatin1(phase), done, total);
}

bool hello(CycleRun &run, QJsonObject *answer)
{
    const TransportReply reply = run.transport.postJson(
        QStringLiteral("/v1/hello"),
        {{QStringLiteral("protocol"), protocol::kVersion},
         {QStringLiteral("client_version"), QStringLiteral(PLUSLIFE_VERSION)}});
    if (!reply.ok())
        return run.failReply(reply, QStringLiteral("hello"));
    *answer = reply.json;
    const QString serverId = reply.json.value(QStringLiteral("server_id")).toString();
    const QString centerUuid = reply.json.value(QStringLiteral("center"))
                                   .toObject()
                                   .value(QStringLiteral("uuid"))
                                   .toString();
    if (serverId.isEmpty())
        return run.fail(QString::fromLatin1(transportError::badAnswer),
                        QStringLiteral("hello without server_id"));
    // Another central window at the same address (reinstalled, or a different one): its records
    // are not this store's history. Enrolling again with it is a decision for a person.
    if (!run.link.serverId.isEmpty() && serverId != run.link.serverId)
        return run.fail(QString::fromLatin1(engineError::serverChanged),
                        QStringLiteral("the server's id is not the one this store enrolled with"));
    if (!run.link.centerUuid.isEmpty() && !centerUuid.isEmpty() &&
        centerUuid != run.link.centerUuid)
        return run.fail(QString::fromLatin1(engineError::centerChanged),
                        QStringLiteral("the server now assigns this device another center"));

    const qint64 epoch = reply.json.value(QStringLiteral("epoch")).toInteger();
    const qint64 highSeq = reply.json.value(QStringLiteral("high_seq")).toInteger();
    // A restored backup shows as a new epoch, or as a feed that ends before our cursor.
    const bool restored =
        (run.link.epoch != 0 && epoch != run.link.epoch) || highSeq < run.link.cursorSeq;
    if (restored)
        return beginReset(run, epoch);
    if (run.link.epoch != epoch) {
        run.link.epoch = epoch;
        if (!SyncStateStore(run.db).save(run.link))
            return run.fail(QString::fromLatin1(engineError::store), QStringLiteral("save epoch"));
    }
    return true;
}

} // namespace detail

using detail::CycleRun;
namespace engineError = detail::engineError;

namespace {

// A reset that ended in this cycle's pull queued what the restored server lost: send it now,
// before another device resets and sends the same records again, then read back the versions.
bool resendAfterReset(CycleRun &run)
{
    if (!run.resetFinished)
        return true;
    run.resetFinished = false;
    return detail::pushOutbox(run) && !run.stopRequested() && detail::pullFeed(run);
}

} // namespace

SyncEngine::SyncEngine(storage::Vault &vault, storage::SecretStore &secrets, const Clock &clock)
    : m_vault(vault)
    , m_secrets(secrets)
    , m_clock(clock)
{}

CycleReport SyncEngine::runCycle(const ProgressFn &progress)
{
    CycleReport report;
    QSqlDatabase db = m_vault.isUnlocked() ? m_vault.database() : QSqlDatabase();
    if (!db.isOpen()) {
        report.errorCode = QString::fromLatin1(engineError::store);
        report.errors << QStringLiteral("the store is locked");
        return report;
    }
    SyncStateStore state(db);
    SyncLink link = state.load();
    if (!link.isEnrolled()) {
        report.errorCode = QString::fromLatin1(engineError::notEnrolled);
        report.errors << QStringLiteral("this store is not enrolled with a central window");
        return report;
    }
    if (link.revoked) {
        report.revoked = true;
        report.errorCode = QString::fromLatin1(protocol::error::deviceRevoked);
        report.errors << QStringLiteral("this device was revoked; enrol again to sync");
        return report;
    }
    QByteArray token;
    if (const storage::StoreError error =
            m_secrets.read(SyncStateStore::tokenKey(m_vault.vaultId()), &token);
        !error.ok() || token.isEmpty()) {
        report.errorCode = QString::fromLatin1(engineError::keychain);
        report.errors << QStringLiteral("the device token cannot be read from the keychain");
        return report;
    }

    TransportConfig config;
    config.serverUrl = link.serverUrl;
    config.caFile = link.caFile;
    config.pinnedSha256 = link.pinnedSha256;
    config.token = token;
    Transport transport(config);
    CycleRun run{m_vault,  m_clock, db,          transport,  link, report,
                 progress, m_stop,  m_pushBatch, m_pullPage, false};
    transport.setCancelFlag(&m_stop);

    // The order matters: attachments go up before the documents that name them, the outbox
    // before the pull (the server merges our changes before we read its feed), downloads after
    // the pull that told us which bytes we lack.
    QJsonObject helloAnswer;
    bool ok = detail::hello(run, &helloAnswer) && !run.stopRequested();
    run.resetPending = ok && detail::resetInProgress(db);
    ok = ok && detail::hashAttachments(run) && !run.stopRequested() &&
         detail::uploadAttachments(run) && !run.stopRequested() && detail::pushOutbox(run) &&
         !run.stopRequested() && detail::refetchRecords(run) && !run.stopRequested() &&
         detail::pullFeed(run) && !run.stopRequested() && resendAfterReset(run) &&
         !run.stopRequested() && detail::downloadAttachments(run) && !run.stopRequested() &&
         detail::fetchResources(run, helloAnswer.value(QStringLiteral("resources")).toArray());

    report.ok = ok;
    const bool stopped = report.errorCode == QLatin1String(engineError::stopped);
    if (ok) {
        link.lastSuccessUtc = m_clock.nowUtc();
        link.lastErrorCode.clear();
    } else if (!stopped) {
        link.lastErrorCode = report.errorCode;
    }
    if (!stopped && !state.save(link))
        report.errors << QStringLiteral("the link state could not be saved");
    m_stop = false; // a stop ends this cycle, not the engine
    return report;
}

} // namespace pluslife::sync
