#pragma once

#include "storage/householdrepository.h"

#include <QHash>
#include <QLocale>

namespace pluslife::ui {

// What the timeline shows about people and files it mentions by id.
struct TimelineNames {
    QHash<qint64, QString> people;  // person id → full name (the file's members)
    QHash<qint64, QString> workers; // worker id → display name (as far as the role may know)
};

// One timeline event as a Persian (translated) sentence: "A member was added: Ali Rezaei
// (child)." Unknown kinds get a neutral sentence, never the raw key.
QString timelineSentence(const storage::TimelineEvent &event, const TimelineNames &names);
// "1403/09/02 14:05" in the Jalali calendar, local time, the locale's digits.
QString jalaliDateTime(const QDateTime &utc, const QLocale &locale);

} // namespace pluslife::ui
