#include "sqlcipherinternal.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <limits>

namespace pluslife::storage::detail {

QSqlError sqliteError(sqlite3 *db, int rc, const QString &driverText, QSqlError::ErrorType type)
{
    int code = db ? sqlite3_extended_errcode(db) : rc;
    if (code == SQLITE_OK || code == SQLITE_ROW || code == SQLITE_DONE)
        code = rc;
    const char *message = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    return QSqlError(driverText, QString::fromUtf8(message), type, QString::number(code));
}

QSqlError driverError(const QString &driverText, const QString &databaseText,
                      QSqlError::ErrorType type, int rc)
{
    return QSqlError(driverText, databaseText, type, rc ? QString::number(rc) : QString());
}

QMetaType metaTypeFromDeclType(const char *declType)
{
    if (!declType || !*declType)
        return QMetaType();
    const QByteArray t = QByteArray(declType).toUpper();
    // SQLite's affinity rules, in SQLite's order (https://sqlite.org/datatype3.html §3.1).
    if (t.contains("INT"))
        return QMetaType::fromType<qlonglong>();
    if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT"))
        return QMetaType::fromType<QString>();
    if (t.contains("BLOB"))
        return QMetaType::fromType<QByteArray>();
    if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB"))
        return QMetaType::fromType<double>();
    // NUMERIC affinity: our own conventions for the names we use.
    if (t.startsWith("BOOL"))
        return QMetaType::fromType<bool>();
    if (t.contains("DATE") || t.contains("TIME"))
        return QMetaType::fromType<QString>(); // stored as ISO 8601 text
    return QMetaType::fromType<double>();
}

QMetaType metaTypeFromStorageClass(int sqliteType)
{
    switch (sqliteType) {
    case SQLITE_INTEGER:
        return QMetaType::fromType<qlonglong>();
    case SQLITE_FLOAT:
        return QMetaType::fromType<double>();
    case SQLITE_TEXT:
        return QMetaType::fromType<QString>();
    case SQLITE_BLOB:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType();
    }
}

QVariant columnValue(sqlite3_stmt *stmt, int column, QMetaType nullType, bool int32)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER: {
        const qint64 v = sqlite3_column_int64(stmt, column);
        if (int32)
            return QVariant(int(v));
        return QVariant(qlonglong(v));
    }
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(stmt, column));
    case SQLITE_TEXT: {
        // Ask for the pointer first, then the size (SQLite's documented order).
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        const int bytes = sqlite3_column_bytes(stmt, column);
        return QVariant(text ? QString::fromUtf8(text, bytes) : QString(QLatin1String("")));
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(stmt, column));
        const int bytes = sqlite3_column_bytes(stmt, column);
        return QVariant(blob ? QByteArray(blob, bytes) : QByteArray(""));
    }
    default:
        return QVariant(nullType);
    }
}

namespace {

int bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    // A null pointer would bind NULL: an empty string must stay an empty string.
    return sqlite3_bind_text64(stmt, index, utf8.isEmpty() ? "" : utf8.constData(),
                               sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

// SQL NULL: an invalid or null QVariant, and (as Qt's own SQL drivers do) a null QString,
// QByteArray, QDate, QTime or QDateTime. An empty-but-not-null string or byte array stays an
// empty value: QString(u""), QByteArray("").
bool isSqlNull(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    default:
        return false;
    }
}

} // namespace

int bindVariant(sqlite3_stmt *stmt, int index, const QVariant &value)
{
    if (isSqlNull(value))
        return sqlite3_bind_null(stmt, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return sqlite3_bind_int64(stmt, index, value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong v = value.toULongLong();
        if (v > qulonglong(std::numeric_limits<qint64>::max()))
            return SQLITE_RANGE;
        return sqlite3_bind_int64(stmt, index, qint64(v));
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray blob = value.toByteArray();
        if (blob.isEmpty()) // a null data pointer would bind NULL, not an empty blob
            return sqlite3_bind_zeroblob(stmt, index, 0);
        return sqlite3_bind_blob64(stmt, index, blob.constData(), sqlite3_uint64(blob.size()),
                                   SQLITE_TRANSIENT);
    }
    case QMetaType::QString:
        return bindText(stmt, index, value.toString());
    case QMetaType::QDate:
        return bindText(stmt, index, value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return bindText(stmt, index, value.toTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDateTime:
        return bindText(stmt, index, value.toDateTime().toString(Qt::ISODateWithMs));
    default:
        if (value.canConvert<QString>())
            return bindText(stmt, index, value.toString());
        return SQLITE_MISMATCH;
    }
}

int queryText(sqlite3 *db, const QByteArray &sql, QList<QStringList> *rows)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return rc;
    }
    if (!stmt)
        return SQLITE_OK;
    const int columns = sqlite3_column_count(stmt);
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
            row.append(text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, c)) : QString());
        }
        if (rows)
            rows->append(row);
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

QString queryScalar(sqlite3 *db, const QByteArray &sql, int *rc)
{
    QList<QStringList> rows;
    const int result = queryText(db, sql, &rows);
    if (rc)
        *rc = result;
    if (result != SQLITE_OK || rows.isEmpty() || rows.first().isEmpty())
        return QString();
    return rows.first().first();
}

} // namespace pluslife::storage::detail
