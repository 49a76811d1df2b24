#pragma once

#include "services/capacityservice.h"

#include <QAbstractTableModel>

namespace pluslife::ui {

// The per-worker rows of the capacity view: name, active files, limit, share of the limit and
// overdue visits, with the row tinted at 90 % and at 100 %.
class CapacityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, FilesColumn, LimitColumn, PercentColumn, OverdueColumn, ColumnCount };
    enum Role {
        WorkerIdRole = Qt::UserRole + 1, // qint64
        LevelRole,                       // Level
        SortRole,                        // the plain value (name, or a number)
    };
    enum Level { Normal, NearlyFull, Full };

    explicit CapacityModel(QObject *parent = nullptr);

    void setWorkers(const QList<services::CapacityService::WorkerLoad> &workers);
    const QList<services::CapacityService::WorkerLoad> &workers() const { return m_workers; }
    // The row's worker, or nullptr for an invalid row.
    const services::CapacityService::WorkerLoad *workerAt(int row) const;
    int rowOf(qint64 workerId) const; // -1 when not listed

    static Level levelOf(const services::CapacityService::Usage &usage);
    static int percentOf(const services::CapacityService::Usage &usage);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<services::CapacityService::WorkerLoad> m_workers;
};

} // namespace pluslife::ui
