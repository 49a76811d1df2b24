#include "admincommands.h"

#include "locale/translations.h"
#include "storage/datadirectory.h"
#include "storage/processhardening.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    pluslife::storage::hardenProcess();
    QCoreApplication app(argc, argv);
    pluslife::storage::applyApplicationIdentity();
    // The language is known before the parser runs, so that even its errors are translated.
    const QStringList arguments = app.arguments();
    QLocale locale = QLocale::system();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg.startsWith(QLatin1String("--lang=")))
            locale = QLocale(arg.mid(7));
        else if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            locale = QLocale(arguments.at(i + 1));
    }
    QLocale::setDefault(locale);
    pluslife::locale::installTranslators(app, locale);
    pluslife::admin::AdminCommands commands;
    return commands.run(arguments);
}
