#pragma once

#include "domain/visit.h"
#include "locale/workingcalendar.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class VisitWeekView;

// The social worker's home-visit planning: one Jalali week (Saturday … Friday, closed days
// shaded) beside the list of visits due within a week, overdue ones first and marked in red
// and in words. A manager may look at another worker's visits. Double-click or Enter on a
// visit offers record-done, reschedule and cancel; the page refreshes after each.
class VisitPlannerPage : public QWidget {
    Q_OBJECT
public:
    explicit VisitPlannerPage(services::Session &session, QWidget *parent = nullptr);

    VisitWeekView *weekView() const { return m_week; }
    QListWidget *dueList() const { return m_due; }
    void showWeekOf(const QDate &date);

public slots:
    void refresh();
    void scheduleVisit();

private:
    qint64 shownWorker() const;
    void fillWorkers();
    void fillDueList(const QDate &today);
    void openVisit(qint64 visitId);
    void clearAll();

    services::Session &m_session;
    locale::WorkingCalendar m_calendar;
    QDate m_saturday;
    QHash<qint64, domain::Visit> m_visits;
    QLabel *m_title;
    QComboBox *m_worker = nullptr;
    QPushButton *m_previous;
    QPushButton *m_thisWeek;
    QPushButton *m_next;
    QPushButton *m_schedule;
    VisitWeekView *m_week;
    QListWidget *m_due;
};

} // namespace pluslife::ui
