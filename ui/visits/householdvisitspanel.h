#pragma once

#include "domain/visit.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// The home visits of one household file: planned, done and cancelled, with Jalali dates, and
// "Schedule…" for the roles that may plan visits. Double-click or Enter on a planned visit
// offers record-done, reschedule and cancel.
class HouseholdVisitsPanel : public QWidget {
    Q_OBJECT
public:
    HouseholdVisitsPanel(services::Session &session, qint64 householdId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

public slots:
    void refresh();
    void scheduleVisit();

protected:
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void openRow(int row);

    services::Session &m_session;
    qint64 m_householdId;
    QList<domain::Visit> m_visits;
    QTableWidget *m_table;
    QPushButton *m_schedule;
    ErrorLabel *m_message;
};

} // namespace pluslife::ui
