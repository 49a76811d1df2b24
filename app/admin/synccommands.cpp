#include "admincommands.h"

#include "client/syncengine.h"
#include "domain/worker.h"
#include "services/session.h"
#include "storage/keychainsecretstore.h"
#include "storage/vault.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pluslife::admin {
namespace {

storage::KeychainSecretStore &syncKeychain()
{
    static storage::KeychainSecretStore store;
    return store;
}

// Scripts and tests may shrink batches and pages so that a cycle has many commit points.
int envSize(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QString syncErrorText(const QString &code)
{
    if (code == QLatin1String("transport:offline"))
        return QCoreApplication::translate("pluslife-admin",
                                           "The central window cannot be reached.");
    if (code == QLatin1String("transport:timeout"))
        return QCoreApplication::translate("pluslife-admin",
                                           "The central window did not answer in time.");
    if (code == QLatin1String("transport:tls"))
        return QCoreApplication::translate(
            "pluslife-admin", "The central window's certificate is not trusted; nothing was sent.");
    if (code == QLatin1String("device-revoked"))
        return QCoreApplication::translate(
            "pluslife-admin", "This computer was disconnected from the central window by its "
                              "administrator. Unsynced work is kept in the store.");
    if (code == QLatin1String("protocol-unsupported"))
        return QCoreApplication::translate(
            "pluslife-admin", "The central window needs a newer PlusLife Desk: please update.");
    if (code == QLatin1String("unauthenticated"))
        return QCoreApplication::translate(
            "pluslife-admin", "The central window does not know this computer: enrol it again.");
    if (code == QLatin1String("enrolment-code-invalid"))
        return QCoreApplication::translate("pluslife-admin",
                                           "The enrolment code is unknown, used or expired.");
    if (code == QLatin1String("not-enrolled"))
        return QCoreApplication::translate(
            "pluslife-admin", "This store is not connected to a central window: run enroll first.");
    return QCoreApplication::translate("pluslife-admin", "Sync failed (%1).").arg(code);
}

} // namespace

int AdminCommands::enroll()
{
    const QString server = m_parser.value(QStringLiteral("server"));
    const QString code = m_parser.value(QStringLiteral("code"));
    if (server.isEmpty() || code.isEmpty())
        return usageError(QCoreApplication::translate(
            "pluslife-admin", "enroll needs --server URL and --code CODE."));
    const QString ca = m_parser.value(QStringLiteral("ca"));
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable())
        return usageError(
            QCoreApplication::translate("pluslife-admin", "Cannot read the CA file %1.").arg(ca));
    services::Session session(dataDir(), syncKeychain());
    if (const int failed = signIn(session))
        return failed;
    if (!session.worker().isManager()) {
        printError(QCoreApplication::translate(
            "pluslife-admin", "Only a manager can connect the store to the central window."));
        return 1;
    }
    sync::EnrolmentRequest request;
    request.serverUrl = server;
    request.code = code.trimmed();
    request.caFile = ca;
    request.pinnedSha256 = m_parser.value(QStringLiteral("pin"));
    request.deviceName = m_parser.isSet(QStringLiteral("device-name"))
                             ? m_parser.value(QStringLiteral("device-name"))
                             : QHostInfo::localHostName();
    sync::SyncEngine engine(session.vault(), syncKeychain(), SystemClock::instance());
    QString errorCode;
    QString errorMessage;
    if (!engine.enroll(request, &errorCode, &errorMessage)) {
        printError(syncErrorText(errorCode));
        return 1;
    }
    printLine(QCoreApplication::translate("pluslife-admin",
                                          "This store is now connected to the central window."));
    return 0;
}

int AdminCommands::sync()
{
    services::Session session(dataDir(), syncKeychain());
    if (const int failed = signIn(session))
        return failed;
    sync::SyncEngine engine(session.vault(), syncKeychain(), SystemClock::instance());
    engine.setPushBatchSize(envSize("PLUSLIFE_SYNC_PUSH_BATCH", 200));
    engine.setPullPageSize(envSize("PLUSLIFE_SYNC_PULL_PAGE", 2000));
    const sync::CycleReport report = engine.runCycle();
    if (m_parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{
            {QStringLiteral("ok"), report.ok},
            {QStringLiteral("pushed"), report.pushed},
            {QStringLiteral("pulled"), report.pulled},
            {QStringLiteral("conflicts"), report.conflicts},
            {QStringLiteral("rejected"), report.rejected},
            {QStringLiteral("attachments_up"), report.attachmentsUp},
            {QStringLiteral("attachments_down"), report.attachmentsDown},
            {QStringLiteral("reset"), report.reset},
            {QStringLiteral("revoked"), report.revoked},
            {QStringLiteral("error_code"), report.errorCode},
            {QStringLiteral("errors"), QJsonArray::fromStringList(report.errors)},
        };
        printLine(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    } else {
        printLine(QCoreApplication::translate("pluslife-admin",
                                              "Operations pushed: %1; changes pulled: %2; "
                                              "conflicts: %3; rejected: %4.")
                      .arg(report.pushed)
                      .arg(report.pulled)
                      .arg(report.conflicts)
                      .arg(report.rejected));
        if (report.reset)
            printLine(QCoreApplication::translate(
                "pluslife-admin", "The central window was restored from a backup: this store "
                                  "downloaded it again and kept every unsynced change."));
    }
    if (!report.ok) {
        printError(syncErrorText(report.errorCode));
        return 1;
    }
    return 0;
}

} // namespace pluslife::admin
