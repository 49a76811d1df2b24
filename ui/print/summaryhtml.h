#pragma once

#include "domain/center.h"
#include "domain/household.h"
#include "household/timelinetext.h"
#include "storage/householdrepository.h"

#include <QDateTime>
#include <QLocale>

namespace pluslife::ui {

// Everything the printed household summary shows, read once through the services.
struct SummaryContent {
    domain::CenterInfo center;
    domain::Household household;
    QList<domain::Member> members;        // current members; the head is listed first
    QString workerName;                   // empty: unassigned
    QList<storage::TimelineEvent> events; // newest first
    TimelineNames names;
    QDateTime printedAt; // local time
    QString printedBy;
};

// The latest events the summary lists.
inline constexpr int kSummaryEvents = 10;

// The summary as rich text for QTextDocument: right to left when the locale is, the locale's
// digits everywhere except the file number (kept as stored). Every value is HTML-escaped.
QString summaryHtml(const SummaryContent &content, const QLocale &locale);

} // namespace pluslife::ui
