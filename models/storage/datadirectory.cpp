#include "datadirectory.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace pluslife::storage {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Behzisti"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("behzisti.ir"));
    QCoreApplication::setApplicationName(QStringLiteral("PlusLife Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLUSLIFE_VERSION));
}

QString defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

} // namespace pluslife::storage
