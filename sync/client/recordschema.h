#pragma once

#include "protocol/entities.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

// How one synced table maps onto its wire record, read once from the schema (PRAGMA table_info,
// PRAGMA foreign_key_list), and the prepared statements LocalRecords reuses for every record.
namespace pluslife::sync::detail {

enum class ColumnType {
    Integer, // JSON number
    Real,    // JSON number
    Text,    // JSON string
    Blob,    // base64 string
    Json,    // a TEXT column holding JSON: the JSON value itself on the wire
};

// A column that holds another record's local id: its uuid on the wire. `targets` maps the value
// of `discriminator` to the referred table ("" when there is no discriminator).
struct Reference {
    QString column;
    QString discriminator;
    QHash<QString, QString> targets;
    QString key = QStringLiteral("rowid"); // SQL for the referred column the value matches
    QHash<QString, QString> lookupSql;     // referred table -> its id by uuid
    QString targetFor(const QString &discriminatorValue) const
    {
        return discriminator.isEmpty() ? targets.value(QString())
                                       : targets.value(discriminatorValue);
    }
};

struct Column {
    QString name;
    ColumnType type = ColumnType::Text;
    int reference = -1; // index into TableSchema::references
};

struct TableSchema {
    protocol::EntityRule rule;
    QList<Column> columns; // what goes on the wire: no id, uuid or local-only columns
    QList<Reference> references;
    QHash<QString, int> columnIndex;
    QString readSql; // one row by uuid, references already as uuids
    QString findSql; // the rowid by uuid
    bool isDocument = false;
    bool isPerson = false;
    bool isHousehold = false;
    bool isMembership = false;
    bool isConflict = false;
};

QJsonValue toWire(ColumnType type, const QVariant &value);
// False when the value cannot be stored in such a column (e.g. bad base64).
bool fromWire(ColumnType type, const QJsonValue &value, QVariant *out);

// Schemas and prepared statements of one connection; used from its thread only.
class RecordsCache {
public:
    explicit RecordsCache(QSqlDatabase db);
    // nullptr for an unknown entity or a table that is not in the store.
    const TableSchema *schema(const QString &entity);
    // The prepared statement for `sql` (prepared on first use); nullptr when it does not prepare.
    QSqlQuery *statement(const QString &sql);
    QString lastError() const { return m_lastError; }

private:
    bool load(const protocol::EntityRule &rule, TableSchema *schema);

    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<TableSchema>> m_schemas;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QString m_lastError;
};

QString quoted(const QString &identifier);

} // namespace pluslife::sync::detail
