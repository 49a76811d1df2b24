#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace pluslife::domain {

// A follow-up task (activity 8, plan side): something a worker must do for a household by a
// day — made by hand, by a screening result, by a referral or by the support plan. Done with a
// note, or cancelled with a reason.
struct FollowUpTask {
    qint64 id = 0;
    QString uuid;
    qint64 householdId = 0;
    qint64 personId = 0; // 0: the whole household
    qint64 workerId = 0; // who must do it (0 on create: the signed-in worker)
    QString title;
    QString details;
    QDate dueDate;
    QString origin; // manual | screening | referral | support-plan
    qint64 originId = 0;
    QString status = QStringLiteral("open"); // open | done | cancelled
    QDateTime doneUtc;                       // when done or cancelled
    QString doneNote;                        // the done note or the cancellation reason
    qint64 createdBy = 0;
    QDateTime createdUtc;
    QString fileNumber; // read only, for lists: the household's file number

    bool isOpen() const { return status == QLatin1String("open"); }
    bool isOverdue(const QDate &today) const
    {
        return isOpen() && dueDate.isValid() && dueDate < today;
    }
};

QStringList followUpTaskOrigins();
QString followUpTaskOriginName(const QString &key);
QStringList followUpTaskStatuses();
QString followUpTaskStatusName(const QString &key);

} // namespace pluslife::domain
