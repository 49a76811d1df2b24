#pragma once

#include "storeerror.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace pluslife::storage {

// Household file numbers, drawn offline from blocks reserved in advance so two devices never
// hand out the same number and none is ever reused. Until the central window reserves blocks
// (sync issue), a store reserves local blocks under a prefix of its own: the center code and
// a tag drawn once per store ("1001-K7Q"), so two stores of one center cannot collide either.
// Numbers look like "1001-K7Q-000042".
class FileNumberBlocks {
public:
    static constexpr qint64 kLocalBlockSize = 1000;
    static constexpr qint64 kLowWater = 50;

    explicit FileNumberBlocks(QSqlDatabase db);

    // Inside the caller's write transaction: the next number, reserving a local block first
    // when none is left.
    StoreError draw(const QString &centerCode, const QDateTime &nowUtc, QString *fileNumber);
    StoreError reserveBlock(const QString &prefix, qint64 first, qint64 last, const QString &source,
                            const QDateTime &nowUtc);
    qint64 remaining() const;
    bool isLow() const { return remaining() < kLowWater; }
    QString localPrefix(const QString &centerCode);

private:
    QSqlDatabase m_db;
};

} // namespace pluslife::storage
