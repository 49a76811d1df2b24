#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Records of the change feed as the server holds them, and the one place that writes them
// (so every writer draws sequence numbers the same way: README "Late commits").
namespace pluslife::central {

class Db;

using NowFn = std::function<QDateTime()>;

struct Rec {
    QString entity;
    QString uuid;
    qint64 centerId = 0;
    qint64 version = 0;       // 0: no such record (yet)
    qint64 storedVersion = 0; // the version in the database when loaded; 0 = not stored
    qint64 seq = 0;
    bool deleted = false;
    QJsonObject data;
    QJsonObject fieldVersions; // field -> record version at which it last changed
    bool dirty = false;

    bool exists() const { return version > 0; }
    QString key() const { return entity + QLatin1Char('/') + uuid; }
    // The change as pull and fetch send it.
    QJsonObject change() const;
};

inline QString recordKey(const QString &entity, const QString &uuid)
{
    return entity + QLatin1Char('/') + uuid;
}

// Loads records by (entity, uuid), locking them FOR UPDATE when `lock` (inside a transaction).
// Records of any center are returned: the caller decides scope.
QHash<QString, Rec> loadRecords(Db &db, const QList<QPair<QString, QString>> &keys, bool lock);

// Thrown by writeRecords when a record thought new was inserted by a concurrent transaction:
// the caller rolls back and runs its transaction again (it will then see the record).
struct ConcurrentInsert {};

// Writes the dirty records of one center: takes the center's advisory lock, then inserts the
// new ones and updates the others with fresh sequence numbers. Call last in the transaction,
// right before commit, so the lock is held for as short a time as possible.
void writeRecords(Db &db, qint64 centerId, const QList<Rec *> &dirty, const QString &deviceId);

// The center's newest committed sequence number (0 when its feed is empty).
qint64 highSeq(Db &db, qint64 centerId);

// ISO 8601 UTC with seconds, "2026-11-23T17:40:00Z".
QString isoUtc(const QDateTime &time);

} // namespace pluslife::central
