#include "filenumberblocks.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

namespace pluslife::storage {
namespace {

StoreError sqlError(const QSqlQuery &query)
{
    return StoreError::make(
        StoreErrorCode::Database,
        QCoreApplication::translate("FileNumberBlocks", "No file number could be issued."),
        QStringLiteral("sqlite %1: %2")
            .arg(query.lastError().nativeErrorCode(), query.lastError().databaseText()));
}

} // namespace

FileNumberBlocks::FileNumberBlocks(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString FileNumberBlocks::localPrefix(const QString &centerCode)
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT value FROM store_settings WHERE key = 'file_numbers.tag'"));
    QString tag;
    if (query.next()) {
        tag = query.value(0).toString();
    } else {
        static constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
        for (int i = 0; i < 3; ++i)
            tag += QLatin1Char(kAlphabet[randombytes_uniform(sizeof kAlphabet - 1)]);
        query.prepare(QStringLiteral("INSERT INTO store_settings (key, value, recorded_utc) "
                                     "VALUES ('file_numbers.tag', ?, datetime('now'))"));
        query.addBindValue(tag);
        query.exec();
    }
    return centerCode + QLatin1Char('-') + tag;
}

StoreError FileNumberBlocks::reserveBlock(const QString &prefix, qint64 first, qint64 last,
                                          const QString &source, const QDateTime &nowUtc)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO file_number_blocks (prefix, first_number, last_number, next_number, source, "
        "reserved_utc) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(prefix);
    query.addBindValue(first);
    query.addBindValue(last);
    query.addBindValue(first);
    query.addBindValue(source);
    query.addBindValue(nowUtc.toString(Qt::ISODateWithMs));
    return query.exec() ? StoreError::success() : sqlError(query);
}

StoreError FileNumberBlocks::draw(const QString &centerCode, const QDateTime &nowUtc,
                                  QString *fileNumber)
{
    QSqlQuery query(m_db);
    const auto pick = [&] {
        return query.exec(QStringLiteral(
                   "SELECT id, prefix, next_number FROM file_number_blocks "
                   "WHERE next_number <= last_number ORDER BY source = 'local', id LIMIT 1")) &&
               query.next();
    };
    if (!pick()) {
        const QString prefix = localPrefix(centerCode);
        query.prepare(QStringLiteral(
            "SELECT coalesce(max(last_number), 0) FROM file_number_blocks WHERE prefix = ?"));
        query.addBindValue(prefix);
        const qint64 start = query.exec() && query.next() ? query.value(0).toLongLong() + 1 : 1;
        if (StoreError error = reserveBlock(prefix, start, start + kLocalBlockSize - 1,
                                            QStringLiteral("local"), nowUtc);
            !error.ok())
            return error;
        if (!pick())
            return sqlError(query);
    }
    const qint64 blockId = query.value(0).toLongLong();
    const QString prefix = query.value(1).toString();
    const qint64 number = query.value(2).toLongLong();
    query.prepare(QStringLiteral("UPDATE file_number_blocks SET next_number = next_number + 1 "
                                 "WHERE id = ? AND next_number = ?"));
    query.addBindValue(blockId);
    query.addBindValue(number);
    if (!query.exec() || query.numRowsAffected() != 1)
        return sqlError(query);
    *fileNumber = QStringLiteral("%1-%2").arg(prefix).arg(number, 6, 10, QLatin1Char('0'));
    return StoreError::success();
}

qint64 FileNumberBlocks::remaining() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT coalesce(sum(last_number - next_number + 1), 0) FROM "
                                  "file_number_blocks")) &&
        query.next())
        return query.value(0).toLongLong();
    return 0;
}

} // namespace pluslife::storage
