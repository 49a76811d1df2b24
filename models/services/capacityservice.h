#pragma once

#include "storage/storeerror.h"

#include <QList>
#include <QStringList>

namespace pluslife::services {

class Session;

// Caseload limits (issue 3, "Assignment within capacity"): each social worker carries at most
// their limit of active files (default 150), the center at most its licensed capacity (150 or
// 450). At 90 % a warning, at 100 % a block that only a manager may override, with a reason
// that is audited.
class CapacityService {
public:
    struct Usage {
        int used = 0;
        int limit = 0;
        bool nearlyFull() const { return limit > 0 && used * 10 >= limit * 9; }
        bool full() const { return used >= limit; }
    };
    struct WorkerLoad {
        qint64 workerId = 0;
        QString name;
        Usage files;
        int overdueVisits = 0;
    };
    struct Report {
        Usage center;
        int unassigned = 0;
        int overdueVisits = 0;
        QList<WorkerLoad> workers; // active social workers and managers carrying files
    };

    explicit CapacityService(Session &session);

    Report report() const; // manager only (empty otherwise)
    Usage centerUsage() const;
    Usage workerUsage(qint64 workerId) const;

    // Checks adding `count` files to the center (intake): warnings filled at 90 %, an error at
    // 100 % unless a manager gives `overrideReason` (then audited).
    storage::StoreError checkCenter(int count, const QString &overrideReason,
                                    QStringList *warnings) const;
    // Assigns (workerId > 0) or unassigns (0) files, in one transaction, within the worker's limit.
    storage::StoreError assign(const QList<qint64> &householdIds, qint64 workerId,
                               const QString &overrideReason, QStringList *warnings);
    storage::StoreError setWorkerLimit(qint64 workerId, int limit);

private:
    Session &m_session;
};

} // namespace pluslife::services
