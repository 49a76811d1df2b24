// SqlCipherDriver: features, catalog (tables, records, primary keys) and SQL text formatting.

#include "sqlcipherdriver.h"
#include "sqlcipherinternal.h"

#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QTime>

#include <algorithm>

namespace pluslife::storage {

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
        return true;
    case QuerySize:
    case BatchOperations:
    case LowPrecisionNumbers:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!m_db)
        return names;
    QList<QStringList> rows;
    if (type & QSql::Tables) {
        detail::queryText(m_db,
                          "SELECT name FROM sqlite_master WHERE type = 'table' "
                          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                          &rows);
    }
    if (type & QSql::Views)
        detail::queryText(m_db, "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name",
                          &rows);
    if (type & QSql::SystemTables) {
        rows.append(QStringList{QStringLiteral("sqlite_master")});
        detail::queryText(m_db,
                          "SELECT name FROM sqlite_master WHERE type = 'table' "
                          "AND name LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                          &rows);
    }
    for (const QStringList &row : std::as_const(rows))
        names.append(row.value(0));
    return names;
}

namespace {

struct ColumnInfo {
    QSqlField field;
    int pkOrder = 0;
};

QList<ColumnInfo> tableInfo(sqlite3 *db, const QString &escapedTable, const QString &tableName)
{
    QList<ColumnInfo> columns;
    if (!db)
        return columns;
    QList<QStringList> rows; // cid, name, type, notnull, dflt_value, pk
    const QString sql = QStringLiteral("PRAGMA table_info(%1)").arg(escapedTable);
    if (detail::queryText(db, sql.toUtf8(), &rows) != SQLITE_OK)
        return columns;
    for (const QStringList &row : std::as_const(rows)) {
        if (row.size() < 6)
            continue;
        const QByteArray declType = row.at(2).toUtf8();
        QSqlField field(row.at(1), detail::metaTypeFromDeclType(declType.constData()), tableName);
        const int pk = row.at(5).toInt();
        field.setRequiredStatus(row.at(3).toInt() != 0 ? QSqlField::Required : QSqlField::Optional);
        if (!row.at(4).isNull())
            field.setDefaultValue(row.at(4));
        // INTEGER PRIMARY KEY is the rowid alias: SQLite fills it in.
        if (pk == 1 && declType.toUpper() == "INTEGER")
            field.setAutoValue(true);
        columns.append({field, pk});
    }
    return columns;
}

} // namespace

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord result;
    const QString escaped = escapeIdentifier(tableName, TableName);
    for (const ColumnInfo &column : tableInfo(m_db, escaped, tableName))
        result.append(column.field);
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QSqlIndex index(tableName);
    QList<ColumnInfo> columns = tableInfo(m_db, escapeIdentifier(tableName, TableName), tableName);
    columns.removeIf([](const ColumnInfo &c) { return c.pkOrder <= 0; });
    std::sort(columns.begin(), columns.end(),
              [](const ColumnInfo &a, const ColumnInfo &b) { return a.pkOrder < b.pkOrder; });
    for (const ColumnInfo &column : std::as_const(columns))
        index.append(column.field);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString SqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    if (field.isNull())
        return QStringLiteral("NULL");
    const QVariant value = field.value();
    const auto quoted = [](const QString &text) {
        QString s = text;
        s.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + s + QLatin1Char('\'');
    };
    switch (field.metaType().id()) {
    case QMetaType::QByteArray:
        return QLatin1String("X'") + QString::fromLatin1(value.toByteArray().toHex()) +
               QLatin1Char('\'');
    case QMetaType::QDate:
        return quoted(value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return quoted(value.toTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDateTime:
        return quoted(value.toDateTime().toString(Qt::ISODateWithMs));
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

} // namespace pluslife::storage
