#pragma once

// Internal helpers shared by SqlCipherDriver and SqlCipherResult. Not part of the public API:
// include only from models/storage/sqlcipher/*.cpp.

#include <sqlcipher/sqlite3.h>

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pluslife::storage::detail {

// A QSqlError from SQLite's state: extended result code as nativeErrorCode(), SQLite's message
// as databaseText(). `rc` is used when the connection holds no error (or there is none).
QSqlError sqliteError(sqlite3 *db, int rc, const QString &driverText, QSqlError::ErrorType type);

// A QSqlError that did not come from SQLite itself (argument checks); `rc` may be 0 for "none".
QSqlError driverError(const QString &driverText, const QString &databaseText,
                      QSqlError::ErrorType type, int rc);

// The Qt type for a column's declared SQL type, following SQLite's affinity rules (plus BOOL and
// DATE/TIME, which we store as integers and ISO text). Unknown/empty → invalid QMetaType.
QMetaType metaTypeFromDeclType(const char *declType);

// The Qt type matching a value's storage class (for columns without a declared type).
QMetaType metaTypeFromStorageClass(int sqliteType);

// The current row's value in `column`: INTEGER→qlonglong (int when `int32`), REAL→double,
// TEXT→QString, BLOB→QByteArray, NULL→a null QVariant of `nullType`.
QVariant columnValue(sqlite3_stmt *stmt, int column, QMetaType nullType, bool int32);

// Binds `value` to parameter `index` (1-based). NULL for an invalid or null QVariant and, like
// Qt's own drivers, for a null QString/QByteArray/QDate/QTime/QDateTime (an empty but not null
// string or byte array is stored as an empty value). Dates and times become ISO 8601 text (with
// milliseconds for times). Returns an
// SQLite result code; SQLITE_MISMATCH for types we cannot store, SQLITE_RANGE for out-of-range
// unsigned values.
int bindVariant(sqlite3_stmt *stmt, int index, const QVariant &value);

// Runs one statement and returns every row as text (NULL → null QString). For pragmas and
// catalog queries only: never use it for user data.
int queryText(sqlite3 *db, const QByteArray &sql, QList<QStringList> *rows);

// The first column of the first row of `sql`, or a null QString.
QString queryScalar(sqlite3 *db, const QByteArray &sql, int *rc = nullptr);

} // namespace pluslife::storage::detail
