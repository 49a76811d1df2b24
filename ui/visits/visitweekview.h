#pragma once

#include "domain/visit.h"

#include <QDate>
#include <QWidget>

#include <array>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace pluslife::locale {
class WorkingCalendar;
}

namespace pluslife::ui {

// Seven day columns of one Jalali week, Saturday … Friday in reading order (under a
// right-to-left layout Saturday is the rightmost). Each header names the day, its Jalali day
// and month, and the holiday if there is one; closed days (the weekend of the working
// calendar, holidays, closures) are shaded and say so in words. Each visit is an item with
// its time, file number and purpose; double-click or Enter emits visitActivated.
class VisitWeekView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDays = 7;
    static constexpr int VisitIdRole = Qt::UserRole + 1;

    explicit VisitWeekView(QWidget *parent = nullptr);

    // Not owned; must outlive the view.
    void setWorkingCalendar(const locale::WorkingCalendar *calendar, const QString &province);
    void showWeek(const QDate &saturday, const QList<domain::Visit> &visits, const QDate &today);
    QDate saturday() const { return m_saturday; }

    // Column `day` counts from Saturday (0) to Friday (6), in logical order.
    QLabel *header(int day) const { return m_headers.at(size_t(day)); }
    QListWidget *dayList(int day) const { return m_lists.at(size_t(day)); }

signals:
    void visitActivated(qint64 visitId);

private:
    void showHeader(int day, const QDate &date, const QDate &today);

    const locale::WorkingCalendar *m_calendar = nullptr;
    QString m_province;
    QDate m_saturday;
    std::array<QLabel *, kDays> m_headers{};
    std::array<QListWidget *, kDays> m_lists{};
};

} // namespace pluslife::ui
