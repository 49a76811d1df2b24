#include "visitweekview.h"

#include "locale/jalali.h"
#include "locale/workingcalendar.h"
#include "visittext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

const auto kClosedStyle = u"background-color: #e6e6e6;"_s;

} // namespace

VisitWeekView::VisitWeekView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"visitWeekView"_s);
    // Added Saturday first: the box layout mirrors itself under right-to-left.
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    for (int day = 0; day < kDays; ++day) {
        auto *header = new QLabel(this);
        header->setObjectName(u"dayHeader%1"_s.arg(day));
        header->setTextFormat(Qt::PlainText);
        header->setAlignment(Qt::AlignCenter);
        header->setWordWrap(true);
        header->setMargin(4);
        header->setAutoFillBackground(true);
        auto *list = new QListWidget(this);
        list->setObjectName(u"dayList%1"_s.arg(day));
        list->setWordWrap(true);
        list->setTextElideMode(Qt::ElideNone);
        list->setResizeMode(QListView::Adjust); // re-wrap the items when the column resizes
        list->setSpacing(2);
        list->setMinimumWidth(110);
        header->setBuddy(list);
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            emit visitActivated(item->data(VisitIdRole).toLongLong());
        });
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(header);
        column->addWidget(list, 1);
        row->addLayout(column, 1);
        m_headers[size_t(day)] = header;
        m_lists[size_t(day)] = list;
    }
}

void VisitWeekView::setWorkingCalendar(const locale::WorkingCalendar *calendar,
                                       const QString &province)
{
    m_calendar = calendar;
    m_province = province;
}

void VisitWeekView::showHeader(int day, const QDate &date, const QDate &today)
{
    const QLocale locale;
    QStringList lines{locale.dayName(date.dayOfWeek()),
                      locale.toString(date, u"d MMMM"_s, locale::jalaliCalendar())};
    bool closed = date.dayOfWeek() == Qt::Friday;
    if (m_calendar) {
        closed = !m_calendar->isWorkingDay(date, m_province);
        const QString holiday = m_calendar->holidayName(date, locale, m_province);
        if (!holiday.isEmpty())
            lines << holiday;
        else if (closed)
            lines << locale::dayKindLabel(m_calendar->dayKind(date, m_province));
    }
    if (date == today)
        lines << tr("(today)");
    QLabel *header = m_headers[size_t(day)];
    header->setText(lines.join(u'\n'));
    header->setAccessibleName(lines.join(u", "_s));
    header->setProperty("closedDay", closed);
    QFont font = header->font();
    font.setBold(date == today);
    header->setFont(font);
    header->setStyleSheet(closed ? kClosedStyle : QString());
    m_lists[size_t(day)]->setStyleSheet(closed ? u"QListWidget { %1 }"_s.arg(kClosedStyle)
                                               : QString());
}

void VisitWeekView::showWeek(const QDate &saturday, const QList<domain::Visit> &visits,
                             const QDate &today)
{
    m_saturday = saturday;
    const QLocale locale;
    for (int day = 0; day < kDays; ++day) {
        showHeader(day, saturday.addDays(day), today);
        m_lists[size_t(day)]->clear();
    }
    for (const domain::Visit &visit : visits) {
        const qint64 day = saturday.daysTo(visit.plannedDate);
        if (day < 0 || day >= kDays)
            continue;
        QStringList lines = visits::visitLines(visit, locale);
        const bool overdue = visit.isOverdue(today);
        if (overdue)
            lines.prepend(visits::inReadingDirection(tr("Overdue")));
        else if (visit.status != u"planned"_s)
            lines.prepend(visits::inReadingDirection(visits::visitStatusText(visit.status)));
        const QString text = lines.join(u'\n');
        auto *item = new QListWidgetItem(text, m_lists[size_t(day)]);
        item->setSizeHint(visits::itemSizeForLines(m_lists[size_t(day)], lines.size()));
        item->setData(VisitIdRole, visit.id);
        item->setToolTip(text);
        if (overdue)
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        else if (visit.status != u"planned"_s)
            item->setForeground(QColor(0x55, 0x55, 0x55));
    }
}

} // namespace pluslife::ui
