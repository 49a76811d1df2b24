#include "household.h"

#include <QCoreApplication>

namespace pluslife::domain {

QStringList relationKeys()
{
    return {QStringLiteral("head"),   QStringLiteral("spouse"),  QStringLiteral("child"),
            QStringLiteral("parent"), QStringLiteral("sibling"), QStringLiteral("grandchild"),
            QStringLiteral("other")};
}

QString relationDisplayName(const QString &key)
{
    if (key == QLatin1String("head"))
        return QCoreApplication::translate("Household", "Head of household");
    if (key == QLatin1String("spouse"))
        return QCoreApplication::translate("Household", "Spouse");
    if (key == QLatin1String("child"))
        return QCoreApplication::translate("Household", "Child");
    if (key == QLatin1String("parent"))
        return QCoreApplication::translate("Household", "Parent");
    if (key == QLatin1String("sibling"))
        return QCoreApplication::translate("Household", "Brother or sister");
    if (key == QLatin1String("grandchild"))
        return QCoreApplication::translate("Household", "Grandchild");
    return QCoreApplication::translate("Household", "Other relative");
}

QStringList householdStatusKeys()
{
    return {QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("closed"),
            QStringLiteral("transferred")};
}

QString householdStatusDisplayName(const QString &key)
{
    if (key == QLatin1String("active"))
        return QCoreApplication::translate("Household", "Active");
    if (key == QLatin1String("suspended"))
        return QCoreApplication::translate("Household", "Suspended");
    if (key == QLatin1String("closed"))
        return QCoreApplication::translate("Household", "Closed");
    return QCoreApplication::translate("Household", "Transferred");
}

QString sexDisplayName(const QString &key)
{
    return key == QLatin1String("female") ? QCoreApplication::translate("Household", "Female")
                                          : QCoreApplication::translate("Household", "Male");
}

} // namespace pluslife::domain
