#include "centersetup.h"

#include "locale/digits.h"
#include "storage/auditlog.h"
#include "storage/vault.h"
#include "storage/workerrepository.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>

namespace pluslife::services {

using storage::StoreError;
using storage::StoreErrorCode;

StoreError CenterSetup::validate(const domain::CenterInfo &center, const ManagerAccount &manager)
{
    if (const QString reason = domain::validateCenter(center); !reason.isEmpty())
        return StoreError::make(StoreErrorCode::InvalidInput, reason);
    QString reason;
    const QString username = domain::normalizeUsername(manager.username, &reason);
    if (username.isEmpty())
        return StoreError::make(StoreErrorCode::InvalidInput, reason);
    if (manager.displayName.trimmed().size() < 2)
        return StoreError::make(
            StoreErrorCode::InvalidInput,
            QCoreApplication::translate("CenterSetup", "Enter the manager's full name."));
    if (!domain::isAcceptablePassword(manager.password, username, &reason))
        return StoreError::make(StoreErrorCode::InvalidInput, reason);
    return StoreError::success();
}

StoreError CenterSetup::createCenter(const QString &dataDir, storage::SecretStore &secrets,
                                     const domain::CenterInfo &centerIn,
                                     const ManagerAccount &manager, QString *recoveryCode,
                                     const Clock &clock, const storage::KdfParams &kdf)
{
    domain::CenterInfo center = centerIn;
    center.code = locale::normalizeDigits(center.code.trimmed());
    center.name = center.name.trimmed();
    if (StoreError error = validate(center, manager); !error.ok())
        return error;
    const QString username = domain::normalizeUsername(manager.username);

    storage::Vault vault(dataDir, secrets, clock);
    QString code;
    if (StoreError error = vault.create(username, manager.password, &code, kdf); !error.ok())
        return error;

    QSqlDatabase db = vault.database();
    const QDateTime now = clock.nowUtc();
    storage::WriteTransaction transaction(db);
    storage::CenterRepository centers(db);
    storage::WorkerRepository workers(db);
    domain::Worker first;
    first.username = username;
    first.displayName = manager.displayName.trimmed();
    first.role = domain::WorkerRole::Manager;
    storage::AuditLog audit(db, clock);
    const bool ok = centers.save(center, now) && workers.insert(&first, now) &&
                    audit
                        .append(first.id, QStringLiteral("center.create"), QStringLiteral("center"),
                                center.code,
                                {{QStringLiteral("licensed_capacity"), center.licensedCapacity},
                                 {QStringLiteral("vault"), vault.vaultId()}})
                        .ok() &&
                    audit
                        .append(first.id, QStringLiteral("worker.add"), QStringLiteral("worker"),
                                QString::number(first.id),
                                {{QStringLiteral("role"), QStringLiteral("manager")}})
                        .ok() &&
                    transaction.commit();
    if (!ok) {
        const QSqlError sqlError =
            workers.lastError().isValid() ? workers.lastError() : centers.lastError();
        return StoreError::fromSql(
            QCoreApplication::translate("CenterSetup", "The center could not be saved."), sqlError);
    }
    *recoveryCode = code;
    return StoreError::success();
}

} // namespace pluslife::services
