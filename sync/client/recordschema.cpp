#include "recordschema.h"

#include "storage/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>

namespace pluslife::sync::detail {
namespace {

// Columns that hold another record's id without a FOREIGN KEY clause (they may point at one of
// several tables, chosen by another column). Sending a local id would mean nothing elsewhere.
QList<Reference> softReferences(const QString &table)
{
    const auto ref = [](const char *column, const char *discriminator,
                        QHash<QString, QString> targets) {
        Reference r;
        r.column = QString::fromLatin1(column);
        r.discriminator = QString::fromLatin1(discriminator);
        r.targets = std::move(targets);
        return r;
    };
    const QString screening = QStringLiteral("form_submissions");
    const QString item = QStringLiteral("support_plan_items");
    const QString referrals = QStringLiteral("referrals");
    if (table == QLatin1String("screening_results"))
        return {ref("referral_id", "", {{QString(), referrals}}),
                ref("task_id", "", {{QString(), QStringLiteral("followup_tasks")}})};
    if (table == QLatin1String("followup_tasks"))
        return {ref("origin_id", "origin",
                    {{QStringLiteral("screening"), screening},
                     {QStringLiteral("referral"), referrals},
                     {QStringLiteral("support-plan"), item}})};
    if (table == QLatin1String("referrals"))
        return {ref(
            "origin_id", "origin",
            {{QStringLiteral("screening"), screening}, {QStringLiteral("support-plan"), item}})};
    return {};
}

// TEXT columns whose content is JSON that the wire carries as a JSON value.
QSet<QString> jsonColumns(const QString &table)
{
    if (table == QLatin1String("sync_conflicts"))
        return {QStringLiteral("mine"), QStringLiteral("theirs")};
    if (table == QLatin1String("sync_inquiries"))
        return {QStringLiteral("result")};
    if (table == QLatin1String("sync_sms_requests"))
        return {QStringLiteral("params")};
    return {};
}

QSet<QString> extraLocalColumns(const QString &table)
{
    if (table == QLatin1String("sync_conflicts"))
        return {QStringLiteral("created_utc"), QStringLiteral("acknowledged")};
    return {};
}

// SQLite's affinity rules (https://sqlite.org/datatype3.html §3.1).
ColumnType typeFromDeclared(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("INT")))
        return ColumnType::Integer;
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) ||
        t.contains(QLatin1String("TEXT")))
        return ColumnType::Text;
    if (t.isEmpty() || t.contains(QLatin1String("BLOB")))
        return ColumnType::Blob;
    return ColumnType::Real;
}

bool isSyncedTable(const QString &table)
{
    for (const protocol::EntityRule &rule : protocol::entityRules()) {
        if (rule.table == table)
            return true;
    }
    return false;
}

QString referenceExpression(const Reference &ref)
{
    const auto lookup = [&ref](const QString &target) {
        return QStringLiteral("(SELECT r.uuid FROM %1 r WHERE r.%2 = t.%3)")
            .arg(quoted(target), ref.key, quoted(ref.column));
    };
    if (ref.discriminator.isEmpty())
        return lookup(ref.targetFor(QString()));
    QString expr = QStringLiteral("CASE t.%1").arg(quoted(ref.discriminator));
    for (auto it = ref.targets.cbegin(); it != ref.targets.cend(); ++it)
        expr += QStringLiteral(" WHEN '%1' THEN %2").arg(it.key(), lookup(it.value()));
    return expr + QStringLiteral(" ELSE NULL END");
}

} // namespace

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

QJsonValue toWire(ColumnType type, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (type) {
    case ColumnType::Integer:
        return QJsonValue(value.toLongLong());
    case ColumnType::Real:
        return QJsonValue(value.toDouble());
    case ColumnType::Blob:
        return QString::fromLatin1(value.toByteArray().toBase64());
    case ColumnType::Json: {
        // QJsonDocument reads only objects and arrays: wrap, read, unwrap.
        const QJsonDocument doc = QJsonDocument::fromJson('[' + value.toString().toUtf8() + ']');
        return doc.isArray() && doc.array().size() == 1 ? doc.array().at(0)
                                                        : QJsonValue(value.toString());
    }
    case ColumnType::Text:
        break;
    }
    return value.toString();
}

bool fromWire(ColumnType type, const QJsonValue &value, QVariant *out)
{
    if (type == ColumnType::Json && value.isNull()) {
        *out = QStringLiteral("null"); // the JSON text of null, not SQL NULL
        return true;
    }
    if (value.isNull() || value.isUndefined()) {
        *out = QVariant();
        return true;
    }
    switch (type) {
    case ColumnType::Integer:
        if (value.isBool()) {
            *out = qlonglong(value.toBool() ? 1 : 0);
            return true;
        }
        if (!value.isDouble())
            return false;
        *out = qlonglong(value.toInteger());
        return true;
    case ColumnType::Real:
        if (!value.isDouble())
            return false;
        *out = value.toDouble();
        return true;
    case ColumnType::Blob: {
        if (!value.isString())
            return false;
        const auto decoded = QByteArray::fromBase64Encoding(
            value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return false;
        *out = *decoded;
        return true;
    }
    case ColumnType::Json: {
        QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        *out = QString::fromUtf8(text.mid(1, text.size() - 2));
        return true;
    }
    case ColumnType::Text:
        break;
    }
    if (value.isString())
        *out = storage::textValue(value.toString()); // "" is not SQL NULL
    else if (value.isDouble())
        *out = value.toVariant().toString();
    else if (value.isObject())
        *out = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        *out = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else
        return false;
    return true;
}

RecordsCache::RecordsCache(QSqlDatabase db)
    : m_db(std::move(db))
{}

const TableSchema *RecordsCache::schema(const QString &entity)
{
    if (const auto found = m_schemas.constFind(entity); found != m_schemas.cend())
        return found.value().get();
    const auto rule = protocol::entityRule(entity);
    if (!rule) {
        m_lastError = QStringLiteral("unknown entity %1").arg(entity);
        return nullptr;
    }
    auto loaded = std::make_shared<TableSchema>();
    if (!load(*rule, loaded.get()))
        return nullptr;
    m_schemas.insert(entity, loaded);
    return loaded.get();
}

bool RecordsCache::load(const protocol::EntityRule &rule, TableSchema *schema)
{
    schema->rule = rule;
    const QString &table = rule.table;
    QSqlQuery q(m_db);
    QHash<QString, Reference> references;
    QSet<QString> unsyncedReferences;
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(table)))) {
        m_lastError = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QString target = q.value(2).toString();
        const QString from = q.value(3).toString();
        const QString to = q.value(4).toString();
        if (isSyncedTable(target)) {
            Reference ref;
            ref.column = from;
            ref.targets.insert(QString(), target);
            if (!to.isEmpty())
                ref.key = quoted(to);
            references.insert(from, ref);
        } else
            unsyncedReferences.insert(from); // e.g. documents.attachment_address
    }
    for (const Reference &soft : softReferences(table))
        references.insert(soft.column, soft);

    const QSet<QString> json = jsonColumns(table);
    QSet<QString> local = extraLocalColumns(table) + unsyncedReferences;
    for (const QString &c : rule.localOnly)
        local.insert(c);
    local.insert(QStringLiteral("uuid"));
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)))) {
        m_lastError = q.lastError().text();
        return false;
    }
    struct Info {
        QString name, type;
        int pk;
    };
    QList<Info> infos;
    int pkColumns = 0;
    while (q.next()) {
        infos.append({q.value(1).toString(), q.value(2).toString(), q.value(5).toInt()});
        pkColumns += infos.constLast().pk > 0 ? 1 : 0;
    }
    if (infos.isEmpty()) {
        m_lastError = QStringLiteral("no table %1").arg(table);
        return false;
    }
    QStringList selects;
    for (const Info &info : std::as_const(infos)) {
        // The INTEGER PRIMARY KEY is the rowid: a local id, never sent.
        const bool rowid = pkColumns == 1 && info.pk == 1 &&
                           info.type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
        if (rowid || local.contains(info.name))
            continue;
        Column column{info.name, typeFromDeclared(info.type), -1};
        if (json.contains(info.name))
            column.type = ColumnType::Json;
        if (const auto ref = references.constFind(info.name); ref != references.cend()) {
            column.reference = int(schema->references.size());
            Reference resolved = ref.value();
            for (const QString &target : std::as_const(resolved.targets))
                resolved.lookupSql.insert(target, QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?")
                                                      .arg(resolved.key, quoted(target)));
            schema->references.append(resolved);
            selects << referenceExpression(ref.value());
        } else {
            selects << QStringLiteral("t.") + quoted(info.name);
        }
        schema->columnIndex.insert(column.name, int(schema->columns.size()));
        schema->columns.append(column);
    }
    schema->isDocument = rule.name == QLatin1String("document");
    schema->isPerson = rule.name == QLatin1String("person");
    schema->isHousehold = rule.name == QLatin1String("household");
    schema->isMembership = rule.name == QLatin1String("membership");
    schema->isConflict = rule.name == QLatin1String("sync_conflict");
    if (schema->isDocument) {
        // The wire names a document's file by its plain SHA-256; a pulled document whose bytes
        // have not arrived yet keeps the one it is waiting for (sync_downloads).
        selects << QStringLiteral(
                       "coalesce((SELECT a.sha256 FROM sync_attachments a WHERE a.address = "
                       "t.attachment_address), (SELECT w.sha256 FROM sync_downloads w WHERE "
                       "w.document_uuid = t.uuid))")
                << QStringLiteral(
                       "coalesce((SELECT a.size FROM sync_attachments a WHERE a.address = "
                       "t.attachment_address), (SELECT a.plain_size FROM attachments a WHERE "
                       "a.address = t.attachment_address), (SELECT w.size FROM sync_downloads w "
                       "WHERE w.document_uuid = t.uuid))")
                << QStringLiteral(
                       "coalesce((SELECT a.mime_type FROM sync_attachments a WHERE a.address = "
                       "t.attachment_address), (SELECT a.mime_type FROM attachments a WHERE "
                       "a.address = t.attachment_address), (SELECT w.mime_type FROM "
                       "sync_downloads w WHERE w.document_uuid = t.uuid))");
    }
    schema->findSql = QStringLiteral("SELECT rowid FROM %1 WHERE uuid = ?").arg(quoted(table));
    schema->readSql = QStringLiteral("SELECT %1 FROM %2 t WHERE t.uuid = ?")
                          .arg(selects.join(QStringLiteral(", ")), quoted(table));
    return true;
}

QSqlQuery *RecordsCache::statement(const QString &sql)
{
    if (const auto found = m_statements.constFind(sql); found != m_statements.cend())
        return found.value().get();
    auto query = std::make_shared<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        m_lastError = query->lastError().text();
        return nullptr;
    }
    m_statements.insert(sql, query);
    return query.get();
}

} // namespace pluslife::sync::detail
