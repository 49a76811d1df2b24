#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace pluslife::services {
class Session;
} // namespace pluslife::services

namespace pluslife::ui {

class ErrorLabel;
class RankedHouseholdsModel;

// The manager's ranked list of the center's households by need (activity 6, issue 5): who needs
// help first, filterable by social worker and band. A social worker sees their own files and
// the unassigned queue. Double-click (or Enter) on a row asks to open that household's file.
class RankedHouseholdsPage : public QWidget {
    Q_OBJECT
public:
    explicit RankedHouseholdsPage(services::Session &session, QWidget *parent = nullptr);

    // Ranks again with the current filters (the list is computed, never cached).
    void reload();
    // -1: every worker, 0: the unassigned queue, else a worker id. Reloads.
    void setWorkerFilter(qint64 workerId);
    // "" for every band, else a Choice::Priority key. Reloads.
    void setBandFilter(const QString &band);
    // Manager only: stores every changed score so each file's priority follows it (the button
    // "Save every score"). False with the message shown.
    bool saveEveryScore();
    RankedHouseholdsModel *model() const { return m_model; }

signals:
    void openHousehold(qint64 householdId);

private:
    void fillWorkers();
    void activated(const QModelIndex &index);

    services::Session &m_session;
    QComboBox *m_worker;
    QComboBox *m_band;
    QLabel *m_count;
    QTableView *m_view;
    RankedHouseholdsModel *m_model;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
