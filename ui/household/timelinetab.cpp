#include "timelinetab.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

TimelineTab::TimelineTab(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"timelineTab"_s);
    m_list->setObjectName(u"timelineList"_s);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
}

void TimelineTab::setEvents(const QList<storage::TimelineEvent> &events, const TimelineNames &names)
{
    QList<storage::TimelineEvent> sorted = events;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.atUtc != b.atUtc ? a.atUtc > b.atUtc : a.id > b.id;
    });
    m_list->clear();
    const QLocale loc = locale();
    for (const storage::TimelineEvent &event : std::as_const(sorted)) {
        const QString who = names.workers.value(event.workerId, tr("another worker"));
        auto *item = new QTreeWidgetItem(
            m_list, {jalaliDateTime(event.atUtc, loc), who, timelineSentence(event, names)});
        item->setData(0, Qt::UserRole, event.kind);
    }
}

} // namespace pluslife::ui
