#include "cli.h"

#include <QCoreApplication>

// pluslife-central: the reference central window (sync/protocol/README.md is its contract).
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pluslife-central"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLUSLIFE_VERSION));
    return pluslife::central::runCli(QCoreApplication::arguments().mid(1));
}
