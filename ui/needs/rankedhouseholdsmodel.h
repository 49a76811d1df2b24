#pragma once

#include "services/needsassessment.h"

#include <QAbstractTableModel>

namespace pluslife::ui {

// The manager's ranked list of households by need (issue 5), most needy first: one row per
// household with its rank, file number, head, worker, score and band. A band set by a worker
// over the computed one shows both ("Urgent (computed: Low)").
class RankedHouseholdsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, FileNumber, Head, Worker, Score, Band, ColumnCount };
    static constexpr int HouseholdIdRole = Qt::UserRole + 1;
    static constexpr int BandKeyRole = Qt::UserRole + 2;

    explicit RankedHouseholdsModel(QObject *parent = nullptr);

    void setRows(QList<services::NeedsAssessment::Ranked> rows);
    const services::NeedsAssessment::Ranked &row(int index) const { return m_rows.at(index); }
    qint64 householdIdAt(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<services::NeedsAssessment::Ranked> m_rows;
};

} // namespace pluslife::ui
