#include "capacitymodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace pluslife::ui {

using Usage = services::CapacityService::Usage;
using WorkerLoad = services::CapacityService::WorkerLoad;

CapacityModel::CapacityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CapacityModel::setWorkers(const QList<WorkerLoad> &workers)
{
    beginResetModel();
    m_workers = workers;
    endResetModel();
}

const WorkerLoad *CapacityModel::workerAt(int row) const
{
    return row >= 0 && row < m_workers.size() ? &m_workers.at(row) : nullptr;
}

int CapacityModel::rowOf(qint64 workerId) const
{
    for (int row = 0; row < m_workers.size(); ++row) {
        if (m_workers.at(row).workerId == workerId)
            return row;
    }
    return -1;
}

CapacityModel::Level CapacityModel::levelOf(const Usage &usage)
{
    if (usage.limit > 0 && usage.full())
        return Full;
    return usage.nearlyFull() ? NearlyFull : Normal;
}

int CapacityModel::percentOf(const Usage &usage)
{
    return usage.limit > 0 ? int((qint64(usage.used) * 100 + usage.limit / 2) / usage.limit) : 0;
}

int CapacityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workers.size());
}

int CapacityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CapacityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkerLoad &w = m_workers.at(index.row());
    const Level level = levelOf(w.files);
    switch (role) {
    case WorkerIdRole:
        return w.workerId;
    case LevelRole:
        return int(level);
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return w.name;
        case FilesColumn:
            return w.files.used;
        case LimitColumn:
            return w.files.limit;
        case PercentColumn:
            return percentOf(w.files);
        case OverdueColumn:
            return w.overdueVisits;
        default:
            return {};
        }
    case Qt::DisplayRole: {
        const QLocale locale;
        switch (index.column()) {
        case NameColumn:
            return w.name;
        case FilesColumn:
            return locale.toString(w.files.used);
        case LimitColumn:
            return locale.toString(w.files.limit);
        case PercentColumn:
            return locale.toString(percentOf(w.files)) + locale.percent();
        case OverdueColumn:
            return locale.toString(w.overdueVisits);
        default:
            return {};
        }
    }
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(int(Qt::AlignCenter));
    case Qt::BackgroundRole:
        if (level == Full)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (level == NearlyFull)
            return QBrush(QColor(0xff, 0xf1, 0xc2));
        return {};
    case Qt::ForegroundRole:
        // Dark text on the light tints, whatever the palette.
        if (level != Normal)
            return QBrush(QColor(0x20, 0x20, 0x20));
        return {};
    case Qt::ToolTipRole:
        if (level == Full)
            return tr("At or above the limit: new files need the manager's reason.");
        if (level == NearlyFull)
            return tr("Nearly full (90 % or more of the limit).");
        return {};
    default:
        return {};
    }
}

QVariant CapacityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Social worker");
    case FilesColumn:
        return tr("Active files");
    case LimitColumn:
        return tr("Limit");
    case PercentColumn:
        return tr("Used");
    default:
        return tr("Overdue visits");
    }
}

} // namespace pluslife::ui
