#pragma once

#include "domain/household.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace pluslife::ui {

// The caseload list: one row per household file as search returns it (HouseholdSummary).
// Display text is translated (status) and uses the digits of the set locale; SortRole gives
// the raw value (ASCII file number, head's name, member count as a number) for sorting.
class CaseloadModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FileNumber, Head, Worker, Status, Members, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, HouseholdIdRole };

    explicit CaseloadModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setFiles(const QList<domain::HouseholdSummary> &files);
    const domain::HouseholdSummary &file(int row) const { return m_files.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const domain::HouseholdSummary &file, int column) const;

    QList<domain::HouseholdSummary> m_files;
    QLocale m_locale;
};

} // namespace pluslife::ui
