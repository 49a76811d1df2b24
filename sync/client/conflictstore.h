#pragma once

#include "domain/clock.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// The conflict inbox's data: conflicts the server opened (entity sync_conflict, pulled), shown
// mine / theirs per field. Resolving writes the chosen value to the local record and queues a
// "resolve" operation, in one transaction, with an audit entry (ids only).
namespace pluslife::sync {

struct SyncConflict {
    QString uuid;
    QString entity; // of the record in conflict
    QString recordUuid;
    QString field;
    QString kind;       // protocol::conflict (merged, both-kept, held, tombstone-lost)
    QJsonValue mine;    // the value this side of the conflict sent
    QJsonValue theirs;  // the value the server kept
    QString status;     // open | resolved
    QString resolution; // the value chosen, as JSON text, when resolved
    qint64 version = 0;
    QDateTime createdUtc;
    // Display helpers: the household (file number) the record belongs to, when known.
    QString householdFileNumber;
};

class ConflictStore {
public:
    explicit ConflictStore(QSqlDatabase db, const Clock &clock = SystemClock::instance());

    QList<SyncConflict> open() const; // newest first; "merged" ones are informational
    int openCount() const;            // excluding merged ones
    bool load(const QString &uuid, SyncConflict *conflict) const;

    // Chooses `value` (mine, theirs or edited). actorWorkerId goes to the audit entry.
    // The value is written to the local record (not as a local change: the "resolve" operation
    // carries it) and the conflict is marked resolved; the feed later brings both back.
    bool resolve(const QString &uuid, const QJsonValue &value, qint64 actorWorkerId);
    // Marks a merged (informational) conflict seen.
    bool acknowledge(const QString &uuid, qint64 actorWorkerId);

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString &message) const;
    QList<SyncConflict> select(const QString &where, const QVariantList &binds) const;
    QString householdFileNumber(const QString &entity, const QString &recordUuid) const;
    bool writeChosenValue(const SyncConflict &conflict, const QJsonValue &value);

    QSqlDatabase m_db;
    const Clock &m_clock;
    mutable QString m_lastError;
};

} // namespace pluslife::sync
