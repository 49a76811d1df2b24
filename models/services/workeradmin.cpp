#include "workeradmin.h"

#include "session.h"
#include "storage/auditlog.h"
#include "storage/vault.h"
#include "storage/workerrepository.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>

namespace pluslife::services {

using storage::StoreError;
using storage::StoreErrorCode;

namespace {

StoreError dbError(const QSqlError &error)
{
    return StoreError::fromSql(
        QCoreApplication::translate("WorkerAdmin", "The change could not be saved."), error);
}

} // namespace

WorkerAdmin::WorkerAdmin(Session &session)
    : m_session(session)
{}

QList<domain::Worker> WorkerAdmin::workers() const
{
    if (m_session.isLocked())
        return {};
    return storage::WorkerRepository(m_session.database()).all();
}

StoreError WorkerAdmin::loadTarget(qint64 workerId, domain::Worker *target) const
{
    if (StoreError error = m_session.requireManager(); !error.ok())
        return error;
    const auto worker = storage::WorkerRepository(m_session.database()).findById(workerId);
    if (!worker)
        return StoreError::invalidInput(
            QCoreApplication::translate("WorkerAdmin", "There is no such worker."));
    *target = *worker;
    return StoreError::success();
}

StoreError WorkerAdmin::addWorker(const QString &usernameIn, const QString &displayName,
                                  domain::WorkerRole role, const QString &initialPassword,
                                  domain::Worker *created)
{
    if (StoreError error = m_session.requireManager(); !error.ok())
        return error;
    QString reason;
    const QString username = domain::normalizeUsername(usernameIn, &reason);
    if (username.isEmpty())
        return StoreError::invalidInput(reason);
    if (displayName.trimmed().size() < 2)
        return StoreError::invalidInput(
            QCoreApplication::translate("WorkerAdmin", "Enter the worker's full name."));
    if (!domain::isAcceptablePassword(initialPassword, username, &reason))
        return StoreError::invalidInput(reason);
    storage::WorkerRepository repository(m_session.database());
    if (repository.findByUsername(username))
        return StoreError::invalidInput(
            QCoreApplication::translate("WorkerAdmin", "This user name is taken."));

    domain::Worker worker;
    worker.username = username;
    worker.displayName = displayName.trimmed();
    worker.role = role;
    worker.mustChangePassword = true;
    storage::WriteTransaction transaction(m_session.database());
    if (!repository.insert(&worker, m_session.clock().nowUtc()))
        return dbError(repository.lastError());
    if (StoreError error = m_session.audit().append(
            m_session.worker().id, QStringLiteral("worker.add"), QStringLiteral("worker"),
            QString::number(worker.id), {{QStringLiteral("role"), domain::roleKey(role)}});
        !error.ok())
        return error;
    // The key slot is written before the row commits: a failure leaves no worker without a slot.
    if (StoreError error = m_session.vault().setPasswordSlot(username, initialPassword);
        !error.ok())
        return error;
    if (!transaction.commit()) {
        m_session.vault().removePasswordSlot(username);
        return dbError(transaction.error());
    }
    if (created)
        *created = worker;
    return StoreError::success();
}

StoreError WorkerAdmin::disableWorker(qint64 workerId)
{
    domain::Worker target;
    if (StoreError error = loadTarget(workerId, &target); !error.ok())
        return error;
    if (target.id == m_session.worker().id)
        return StoreError::invalidInput(
            QCoreApplication::translate("WorkerAdmin", "You cannot disable your own account."));
    storage::WorkerRepository repository(m_session.database());
    if (target.isManager() && repository.activeManagers() <= 1)
        return StoreError::invalidInput(QCoreApplication::translate(
            "WorkerAdmin", "The center needs at least one active manager."));
    storage::WriteTransaction transaction(m_session.database());
    if (!repository.setActive(workerId, false, m_session.clock().nowUtc()))
        return dbError(repository.lastError());
    m_session.audit().append(m_session.worker().id, QStringLiteral("worker.disable"),
                             QStringLiteral("worker"), QString::number(workerId));
    if (!transaction.commit())
        return dbError(transaction.error());
    // After the commit: were this to fail, the disabled flag alone still refuses the sign-in.
    return m_session.vault().removePasswordSlot(target.username);
}

StoreError WorkerAdmin::enableWorker(qint64 workerId, const QString &temporaryPassword)
{
    domain::Worker target;
    if (StoreError error = loadTarget(workerId, &target); !error.ok())
        return error;
    QString reason;
    if (!domain::isAcceptablePassword(temporaryPassword, target.username, &reason))
        return StoreError::invalidInput(reason);
    storage::WorkerRepository repository(m_session.database());
    storage::WriteTransaction transaction(m_session.database());
    if (!repository.setActive(workerId, true, m_session.clock().nowUtc()) ||
        !repository.setMustChangePassword(workerId, true, m_session.clock().nowUtc()))
        return dbError(repository.lastError());
    m_session.audit().append(m_session.worker().id, QStringLiteral("worker.enable"),
                             QStringLiteral("worker"), QString::number(workerId));
    if (StoreError error = m_session.vault().setPasswordSlot(target.username, temporaryPassword);
        !error.ok())
        return error;
    if (!transaction.commit())
        return dbError(transaction.error());
    return StoreError::success();
}

StoreError WorkerAdmin::resetPassword(qint64 workerId, const QString &temporaryPassword)
{
    domain::Worker target;
    if (StoreError error = loadTarget(workerId, &target); !error.ok())
        return error;
    if (!target.active)
        return StoreError::invalidInput(
            QCoreApplication::translate("WorkerAdmin", "Enable the account first."));
    QString reason;
    if (!domain::isAcceptablePassword(temporaryPassword, target.username, &reason))
        return StoreError::invalidInput(reason);
    storage::WorkerRepository repository(m_session.database());
    storage::WriteTransaction transaction(m_session.database());
    if (!repository.setMustChangePassword(workerId, true, m_session.clock().nowUtc()))
        return dbError(repository.lastError());
    m_session.audit().append(m_session.worker().id, QStringLiteral("worker.reset_password"),
                             QStringLiteral("worker"), QString::number(workerId));
    if (StoreError error = m_session.vault().setPasswordSlot(target.username, temporaryPassword);
        !error.ok())
        return error;
    if (!transaction.commit())
        return dbError(transaction.error());
    return StoreError::success();
}

} // namespace pluslife::services
