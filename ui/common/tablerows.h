#pragma once

#include <QItemSelectionModel>
#include <QList>
#include <QTableWidget>

// Rows of a QTableWidget that mirror a list of records (with an `id`), row for row.
namespace pluslife::ui {

// The record of the selected row, or a default one when no row is selected.
template <typename Record>
Record selectedRecord(const QTableWidget *table, const QList<Record> &records)
{
    const int row = table->currentRow();
    if (row < 0 || row >= records.size() || !table->selectionModel()->isRowSelected(row, {}))
        return {};
    return records.at(row);
}

// Selects the row of the record with `id`; nothing when it is not listed.
template <typename Record>
void selectRecord(QTableWidget *table, const QList<Record> &records, qint64 id)
{
    for (int row = 0; row < records.size(); ++row) {
        if (records.at(row).id == id) {
            // Not selectRow(): under right-to-left it may pick no column and select nothing.
            table->setCurrentCell(row, 0,
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

} // namespace pluslife::ui
