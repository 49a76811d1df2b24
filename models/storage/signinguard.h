#pragma once

#include "domain/clock.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pluslife::storage {

// Counts failed sign-ins per key slot in signin-guard.json beside the store (not inside it: the
// store cannot be opened before the password is right, and failures must not touch the store's
// own files). After a few failures every attempt waits longer: 5 s, 15 s, 30 s, then doubling
// up to an hour. Failures are kept until a successful sign-in writes them to the audit log.
class SignInGuard {
public:
    struct Failure {
        QDateTime atUtc;
        QString slotId;
    };

    SignInGuard(QString path, const Clock &clock);

    // Seconds to wait before the next attempt for this slot may run; 0 when it may run now.
    int secondsUntilAllowed(const QString &slotId) const;
    // Records a failure; returns the wait now imposed.
    int recordFailure(const QString &slotId);
    // Clears the slot's counter and hands back every failure not yet audited (all slots).
    QList<Failure> recordSuccess(const QString &slotId);

    static int delayAfterFailures(int failures);

private:
    struct State;
    State load() const;
    void save(const State &state) const;

    QString m_path;
    const Clock &m_clock;
};

} // namespace pluslife::storage
