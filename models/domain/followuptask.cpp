#include "followuptask.h"

#include <QCoreApplication>

namespace pluslife::domain {

QStringList followUpTaskOrigins()
{
    return {QStringLiteral("manual"), QStringLiteral("screening"), QStringLiteral("referral"),
            QStringLiteral("support-plan")};
}

QString followUpTaskOriginName(const QString &key)
{
    if (key == QLatin1String("manual"))
        return QCoreApplication::translate("FollowUpTask", "By hand");
    if (key == QLatin1String("screening"))
        return QCoreApplication::translate("FollowUpTask", "Screening");
    if (key == QLatin1String("referral"))
        return QCoreApplication::translate("FollowUpTask", "Referral");
    if (key == QLatin1String("support-plan"))
        return QCoreApplication::translate("FollowUpTask", "Support plan");
    return key;
}

QStringList followUpTaskStatuses()
{
    return {QStringLiteral("open"), QStringLiteral("done"), QStringLiteral("cancelled")};
}

QString followUpTaskStatusName(const QString &key)
{
    if (key == QLatin1String("open"))
        return QCoreApplication::translate("FollowUpTask", "Open");
    if (key == QLatin1String("done"))
        return QCoreApplication::translate("FollowUpTask", "Done");
    if (key == QLatin1String("cancelled"))
        return QCoreApplication::translate("FollowUpTask", "Cancelled");
    return key;
}

} // namespace pluslife::domain
