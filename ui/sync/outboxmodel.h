#pragma once

#include "client/outbox.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QSqlDatabase>

namespace pluslife::ui {

// The outbox (Outbox::all()) as a table: what kind of record, which one (a household's file
// number where it is known cheaply; never a national code), the action, pending or refused,
// attempts and the reason of a refusal in words (the server's English message as a tooltip).
class OutboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { What, Record, Action, State, Attempts, Reason, ColumnCount };
    enum Role { OpIdRole = Qt::UserRole + 1, SeqRole, StateRole };

    explicit OutboxModel(QObject *parent = nullptr);

    // Reads the outbox again from the store (the GUI thread's connection).
    bool reload(QSqlDatabase db);
    const sync::OutboxOp &op(int row) const { return m_rows.at(row).op; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        sync::OutboxOp op;
        QString record;
    };
    QString displayText(const Row &row, int column) const;

    QList<Row> m_rows;
    QLocale m_locale;
};

} // namespace pluslife::ui
