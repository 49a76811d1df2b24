#include "outboxmodel.h"

#include "caseload/displaytext.h"
#include "protocol/entities.h"
#include "synctext.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

namespace {

// The file number of the household a record belongs to, from the store; empty when the record
// is not here (deleted, or not a household's) or its table has no household column. Table
// names come from the protocol's entity rules, never from data.
class FileNumbers {
public:
    explicit FileNumbers(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QString of(const QString &entity, const QString &uuid)
    {
        const auto rule = sync::protocol::entityRule(entity);
        if (!rule)
            return {};
        QString sql;
        if (entity == u"household") {
            sql = u"SELECT file_number FROM households WHERE uuid = ?"_s;
        } else if (entity == u"person") {
            sql = u"SELECT h.file_number FROM people p JOIN memberships m ON m.person_id = p.id "
                  "AND m.left_on IS NULL JOIN households h ON h.id = m.household_id "
                  "WHERE p.uuid = ?"_s;
        } else if (hasHouseholdColumn(rule->table)) {
            sql = u"SELECT h.file_number FROM %1 t JOIN households h ON h.id = t.household_id "
                  "WHERE t.uuid = ?"_s.arg(rule->table);
        } else {
            return {};
        }
        QSqlQuery query(m_db);
        query.prepare(sql);
        query.addBindValue(uuid);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

private:
    bool hasHouseholdColumn(const QString &table)
    {
        if (const auto it = m_columns.constFind(table); it != m_columns.cend())
            return it.value();
        bool found = false;
        QSqlQuery query(m_db);
        if (query.exec(u"PRAGMA table_info(%1)"_s.arg(table))) {
            while (query.next())
                found = found || query.value(1).toString() == u"household_id";
        }
        m_columns.insert(table, found);
        return found;
    }

    QSqlDatabase m_db;
    QHash<QString, bool> m_columns;
};

} // namespace

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool OutboxModel::reload(QSqlDatabase db)
{
    const sync::Outbox outbox(db);
    const QList<sync::OutboxOp> ops = outbox.all();
    FileNumbers files(db);
    QList<Row> rows;
    rows.reserve(ops.size());
    for (const sync::OutboxOp &op : ops) {
        // A resolve op names a conflict, not a record: its file is the conflict's record's.
        QString entity = op.entity;
        QString uuid = op.uuid;
        if (op.entity == u"sync_conflict") {
            QSqlQuery query(db);
            query.prepare(u"SELECT entity, record_uuid FROM sync_conflicts WHERE uuid = ?"_s);
            query.addBindValue(op.uuid);
            if (query.exec() && query.next()) {
                entity = query.value(0).toString();
                uuid = query.value(1).toString();
            }
        }
        rows.append({op, files.of(entity, uuid)});
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_locale = QLocale();
    endResetModel();
    return outbox.lastError().isEmpty();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::displayText(const Row &row, int column) const
{
    const sync::OutboxOp &op = row.op;
    switch (column) {
    case What:
        return synctext::entityText(op.entity);
    case Record:
        return row.record.isEmpty() ? QString() : fileNumberText(row.record, m_locale);
    case Action:
        return synctext::actionText(op.action);
    case State:
        return synctext::stateText(op.state);
    case Attempts:
        return m_locale.toString(op.attempts);
    case Reason:
        return op.errorCode.isEmpty() ? QString() : synctext::rejectionText(op.errorCode);
    default:
        return {};
    }
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Reason && !row.op.errorMessage.isEmpty())
            return row.op.errorMessage; // English from the server; never personal data
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Attempts)
            return int(Qt::AlignCenter);
        return {};
    case OpIdRole:
        return row.op.opId;
    case SeqRole:
        return row.op.seq;
    case StateRole:
        return row.op.state;
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case What:
        return tr("What");
    case Record:
        return tr("File");
    case Action:
        return tr("Action");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace pluslife::ui
