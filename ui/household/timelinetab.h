#pragma once

#include "storage/householdrepository.h"
#include "timelinetext.h"

#include <QWidget>

class QTreeWidget;

namespace pluslife::ui {

// Everything done for the household, newest first: Jalali date and time, who, and what as a
// sentence.
class TimelineTab : public QWidget {
    Q_OBJECT
public:
    explicit TimelineTab(QWidget *parent = nullptr);

    void setEvents(const QList<storage::TimelineEvent> &events, const TimelineNames &names);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace pluslife::ui
