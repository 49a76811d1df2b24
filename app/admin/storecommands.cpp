// pluslife-admin commands that open an existing store as a worker (--as).
#include "admincommands.h"

#include "services/session.h"
#include "services/workeradmin.h"
#include "storage/auditlog.h"
#include "storage/backuparchive.h"
#include "storage/keychainsecretstore.h"
#include "storage/migrations.h"
#include "storage/vault.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace pluslife::admin {
namespace {

using storage::StoreError;

int fail(const StoreError &error)
{
    return reportFailure(error);
}

storage::KeychainSecretStore &keychain()
{
    static storage::KeychainSecretStore store;
    return store;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).exists() ? QFileInfo(path).size() : 0;
}

} // namespace

int AdminCommands::signIn(services::Session &session)
{
    const QString user = m_parser.value(QStringLiteral("as"));
    if (user.isEmpty())
        return usageError(QCoreApplication::translate(
            "pluslife-admin", "This command opens the store: name the worker with --as USER."));
    if (!session.storeExists())
        return fail(StoreError::make(
            storage::StoreErrorCode::NoStore,
            QCoreApplication::translate("pluslife-admin", "There is no store in %1.")
                .arg(QDir::toNativeSeparators(dataDir()))));
    const QString password =
        readSecret("PLUSLIFE_PASSWORD",
                   QCoreApplication::translate("pluslife-admin", "Password for %1: ").arg(user));
    if (password.isEmpty())
        return fail(StoreError::make(
            storage::StoreErrorCode::WrongPassword,
            QCoreApplication::translate(
                "pluslife-admin", "No password: set PLUSLIFE_PASSWORD or run at a terminal.")));
    const StoreError error = session.signIn(user, password);
    return error.ok() ? 0 : fail(error);
}

int AdminCommands::addWorker()
{
    const auto role = domain::roleFromKey(m_parser.value(QStringLiteral("role")));
    if (!role)
        return usageError(QCoreApplication::translate(
            "pluslife-admin", "--role is manager, social-worker, specialist or reception."));
    const QString user = m_parser.value(QStringLiteral("user"));
    const QString name = m_parser.value(QStringLiteral("name"));
    if (user.isEmpty() || name.isEmpty())
        return usageError(QCoreApplication::translate(
            "pluslife-admin", "add-worker needs --user, --name and --role."));
    services::Session session(dataDir(), keychain());
    if (const int code = signIn(session))
        return code;
    QString password = readSecret(
        "PLUSLIFE_NEW_PASSWORD",
        QCoreApplication::translate("pluslife-admin", "First password for %1: ").arg(user));
    if (password.isEmpty())
        return fail(StoreError::make(
            storage::StoreErrorCode::InvalidInput,
            QCoreApplication::translate("pluslife-admin",
                                        "No password for the new worker: set PLUSLIFE_NEW_PASSWORD "
                                        "or run at a terminal.")));
    domain::Worker created;
    if (StoreError error =
            services::WorkerAdmin(session).addWorker(user, name, *role, password, &created);
        !error.ok())
        return fail(error);
    printLine(QCoreApplication::translate(
                  "pluslife-admin",
                  "Worker %1 added as %2; the password must be changed at the first sign-in.")
                  .arg(created.username, domain::roleDisplayName(created.role)));
    return 0;
}

int AdminCommands::check()
{
    services::Session session(dataDir(), keychain());
    if (const int code = signIn(session))
        return code;
    const bool allOk = runChecks(session);
    session.signOut();
    return allOk ? 0 : 1;
}

bool AdminCommands::runChecks(services::Session &session)
{
    QSqlDatabase db = session.database();
    QJsonObject report;
    bool allOk = true;
    const auto line = [&](const QString &key, bool ok, const QString &text) {
        allOk = allOk && ok;
        report.insert(key,
                      QJsonObject{{QStringLiteral("ok"), ok}, {QStringLiteral("message"), text}});
        if (!m_parser.isSet(QStringLiteral("json")))
            printLine((ok ? QCoreApplication::translate("pluslife-admin", "ok    ")
                          : QCoreApplication::translate("pluslife-admin", "FAIL  ")) +
                      text);
    };

    QSqlQuery integrity(db);
    const bool intact = integrity.exec(QStringLiteral("PRAGMA integrity_check")) &&
                        integrity.next() && integrity.value(0).toString() == QLatin1String("ok");
    line(QStringLiteral("integrity"), intact,
         intact ? QCoreApplication::translate("pluslife-admin", "database integrity")
                : QCoreApplication::translate("pluslife-admin", "database integrity: %1")
                      .arg(integrity.value(0).toString()));
    integrity.finish();

    StoreError error;
    const int version = storage::Migrations::currentVersion(db, &error);
    line(QStringLiteral("schema"), version == storage::Migrations::latestVersion(),
         QCoreApplication::translate("pluslife-admin", "schema version %1 of %2")
             .arg(version)
             .arg(storage::Migrations::latestVersion()));

    const storage::VaultFile &keys = session.vault().keyFile();
    int passwordSlots = 0;
    for (const storage::KeySlot &slot : keys.keySlots)
        passwordSlots += slot.kind == storage::KeySlot::Kind::Password ? 1 : 0;
    const bool slotsOk = keys.recoverySlot() && passwordSlots > 0 && !keys.pendingDataKey;
    line(QStringLiteral("key_slots"), slotsOk,
         QCoreApplication::translate("pluslife-admin",
                                     "key slots: %1 password, %2 recovery, data key generation %3")
             .arg(passwordSlots)
             .arg(keys.recoverySlot() ? 1 : 0)
             .arg(keys.dataKeyGeneration));

    const storage::AuditLog::Verification audit = session.audit().verify();
    line(QStringLiteral("audit_chain"), audit.ok, audit.message);

    if (m_parser.isSet(QStringLiteral("json")))
        printLine(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
    return allOk;
}

int AdminCommands::stats()
{
    services::Session session(dataDir(), keychain());
    if (const int code = signIn(session))
        return code;
    QSqlDatabase db = session.database();
    QJsonObject counts;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery count(db);
        if (count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name)) && count.next())
            counts.insert(name, count.value(0).toLongLong());
    }
    const storage::StoreFiles &files = session.vault().files();
    StoreError error;
    const QJsonObject result{
        {QStringLiteral("tables"), counts},
        {QStringLiteral("schema_version"), storage::Migrations::currentVersion(db, &error)},
        {QStringLiteral("store_bytes"),
         double(fileSize(files.database()) + fileSize(files.wal()) + fileSize(files.keySlots()))},
        {QStringLiteral("database_bytes"), double(fileSize(files.database()))},
        {QStringLiteral("wal_bytes"), double(fileSize(files.wal()))}};
    if (m_parser.isSet(QStringLiteral("json"))) {
        printLine(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    } else {
        for (auto it = counts.begin(); it != counts.end(); ++it)
            printLine(QStringLiteral("%1\t%2").arg(it.key()).arg(it.value().toInteger()));
        printLine(QCoreApplication::translate("pluslife-admin", "store size: %1 bytes")
                      .arg(qint64(result.value(QStringLiteral("store_bytes")).toDouble())));
    }
    return 0;
}

int AdminCommands::backup()
{
    const QString target = m_positional.value(1);
    if (target.isEmpty())
        return usageError(QCoreApplication::translate(
            "pluslife-admin", "backup needs the archive's file name: backup FILE"));
    services::Session session(dataDir(), keychain());
    if (const int code = signIn(session))
        return code;
    storage::BackupArchive::Manifest manifest;
    const QDateTime now = session.clock().nowUtc();
    if (StoreError error = storage::BackupArchive::write(session.vault(), target, now, &manifest);
        !error.ok())
        return fail(error);
    session.audit().append(session.worker().id, QStringLiteral("store.backup"),
                           QStringLiteral("vault"), manifest.vaultId,
                           {{QStringLiteral("bytes"), double(manifest.databaseBytes)}});
    if (StoreError error = storage::BackupArchive::verify(target); !error.ok())
        return fail(error);
    printLine(QCoreApplication::translate("pluslife-admin", "Backup written and checked: %1")
                  .arg(QDir::toNativeSeparators(target)));
    return 0;
}

int AdminCommands::restore()
{
    const QString source = m_positional.value(1);
    if (source.isEmpty())
        return usageError(QCoreApplication::translate(
            "pluslife-admin", "restore needs the archive's file name: restore FILE"));
    QString aside;
    const StoreError error =
        storage::BackupArchive::restore(source, dataDir(), m_parser.isSet(QStringLiteral("force")),
                                        QDateTime::currentDateTimeUtc(), &aside);
    if (!error.ok())
        return fail(error);
    if (!aside.isEmpty())
        printLine(
            QCoreApplication::translate("pluslife-admin", "The previous store was kept in %1.")
                .arg(QDir::toNativeSeparators(aside)));
    printLine(QCoreApplication::translate(
                  "pluslife-admin",
                  "Store restored into %1. On another computer, run 'recover' with the recovery "
                  "code first.")
                  .arg(QDir::toNativeSeparators(dataDir())));
    return 0;
}

int AdminCommands::rekey()
{
    services::Session session(dataDir(), keychain());
    if (const int code = signIn(session))
        return code;
    if (StoreError error = session.requireManager(); !error.ok())
        return fail(error);
    const qint64 actor = session.worker().id;
    if (StoreError error = session.vault().rekey(); !error.ok())
        return fail(error);
    session.audit().append(
        actor, QStringLiteral("store.rekey"), QStringLiteral("vault"), session.vault().vaultId(),
        {{QStringLiteral("generation"), session.vault().keyFile().dataKeyGeneration}});
    printLine(QCoreApplication::translate("pluslife-admin", "The store has a new data key."));
    return 0;
}

int AdminCommands::recover()
{
    services::Session session(dataDir(), keychain());
    if (!session.storeExists())
        return fail(StoreError::make(
            storage::StoreErrorCode::NoStore,
            QCoreApplication::translate("pluslife-admin", "There is no store in %1.")
                .arg(QDir::toNativeSeparators(dataDir()))));
    const QString code = readSecret(
        "PLUSLIFE_RECOVERY_CODE", QCoreApplication::translate("pluslife-admin", "Recovery code: "));
    if (code.isEmpty())
        return fail(StoreError::make(
            storage::StoreErrorCode::WrongRecoveryCode,
            QCoreApplication::translate(
                "pluslife-admin",
                "No recovery code: set PLUSLIFE_RECOVERY_CODE or run at a terminal.")));
    if (StoreError error = session.recoverDevice(code); !error.ok())
        return fail(error);
    printLine(QCoreApplication::translate(
        "pluslife-admin",
        "This computer's keychain holds the store's key again; workers can sign in."));
    return 0;
}

} // namespace pluslife::admin
