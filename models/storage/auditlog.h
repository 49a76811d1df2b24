#pragma once

#include "domain/clock.h"
#include "storeerror.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

namespace pluslife::storage {

// Append-only, hash-chained record of who did what: every entry holds the SHA-256 of the one
// before, so an edited, removed or reordered entry breaks the chain and `verify` finds it.
// Entries carry record ids and action keys, never personal values (no names, no national codes).
class AuditLog {
public:
    struct Entry {
        qint64 id = 0;
        QDateTime atUtc;
        qint64 actorId = 0; // 0 when no worker was signed in (e.g. a failed sign-in)
        QString action;     // stable key, e.g. "session.sign_in", "worker.add"
        QString subjectType;
        QString subjectId;
        QVariantMap details;
    };
    struct Verification {
        bool ok = false;
        qint64 entries = 0;
        qint64 firstBrokenId = 0;
        QString message; // translated
    };

    AuditLog(QSqlDatabase db, const Clock &clock);

    StoreError append(qint64 actorId, const QString &action, const QString &subjectType = {},
                      const QString &subjectId = {}, const QVariantMap &details = {});
    // Appends with an explicit time (failed sign-ins recorded before the store could be opened).
    StoreError appendAt(const QDateTime &atUtc, qint64 actorId, const QString &action,
                        const QString &subjectType = {}, const QString &subjectId = {},
                        const QVariantMap &details = {});
    Verification verify() const;
    QList<Entry> recent(int limit) const;

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connectionName, false); }

    // By name: the vault reopens its connection under the same name after a rekey.
    QString m_connectionName;
    const Clock &m_clock;
};

} // namespace pluslife::storage
