#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QVariantMap>

namespace pluslife::domain {

// A home visit (activity 5): planned for a day (and optionally a time), done with a structured
// note (until the visit-report form of the forms issue), or cancelled — a reschedule cancels
// the old visit with its reason and plans a new one that points back to it.
struct Visit {
    qint64 id = 0;
    QString uuid;
    qint64 householdId = 0;
    QString fileNumber; // for lists
    qint64 workerId = 0;
    QDate plannedDate;
    QTime plannedTime; // invalid: any time that day
    QString purpose;
    QString status = QStringLiteral("planned"); // planned | done | cancelled
    QString rescheduleReason;
    qint64 rescheduledFrom = 0;
    QDateTime doneUtc;
    QVariantMap note; // present, housing_condition, observations, agrees_with_declared

    bool isOverdue(const QDate &today) const
    {
        return status == QLatin1String("planned") && plannedDate < today;
    }
};

} // namespace pluslife::domain
