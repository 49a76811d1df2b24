#pragma once

#include "domain/worker.h"
#include "storage/storeerror.h"

#include <QList>

namespace pluslife::services {

class Session;

// The manager's work on accounts: add, disable, enable, reset. Every change is audited.
// Disabling removes the worker's key slot, so the password stops opening the store at once.
class WorkerAdmin {
public:
    explicit WorkerAdmin(Session &session);

    QList<domain::Worker> workers() const;
    storage::StoreError addWorker(const QString &username, const QString &displayName,
                                  domain::WorkerRole role, const QString &initialPassword,
                                  domain::Worker *created = nullptr);
    storage::StoreError disableWorker(qint64 workerId);
    // Re-enabling needs a new temporary password, as the old key slot is gone.
    storage::StoreError enableWorker(qint64 workerId, const QString &temporaryPassword);
    // The worker must change a reset password at the next sign-in.
    storage::StoreError resetPassword(qint64 workerId, const QString &temporaryPassword);

private:
    storage::StoreError loadTarget(qint64 workerId, domain::Worker *target) const;

    Session &m_session;
};

} // namespace pluslife::services
