#pragma once

#include "domain/visit.h"
#include "storage/storeerror.h"

#include <QList>

namespace pluslife::services {

class Session;

// Home-visit planning (activity 5, scheduling side): schedule, reschedule with a reason, record
// that a visit happened with a structured note, and the lists a worker plans the week with.
class VisitService {
public:
    explicit VisitService(Session &session);

    storage::StoreError schedule(domain::Visit *visit);
    storage::StoreError reschedule(qint64 visitId, const QDate &date, const QTime &time,
                                   const QString &reason, domain::Visit *replacement = nullptr);
    storage::StoreError cancel(qint64 visitId, const QString &reason);
    storage::StoreError recordDone(qint64 visitId, const QVariantMap &note);

    // The worker's planned visits up to a week ahead, overdue ones first (workerId 0: the
    // signed-in worker).
    QList<domain::Visit> dueAndOverdue(qint64 workerId = 0, int daysAhead = 7) const;
    // One Jalali week (Saturday to Friday) starting at `saturday`.
    QList<domain::Visit> week(const QDate &saturday, qint64 workerId = 0) const;
    QList<domain::Visit> ofHousehold(qint64 householdId) const;

private:
    storage::StoreError load(qint64 visitId, domain::Visit *visit) const;
    qint64 resolveWorker(qint64 workerId) const;

    Session &m_session;
};

} // namespace pluslife::services
