// pluslife: the desktop app. Parses the options, sets the language, hands over to the
// composition root in pluslife_ui.
#include "app/appcontroller.h"
#include "app/demoenvironment.h"
#include "localization.h"
#include "storage/datadirectory.h"
#include "storage/keychainsecretstore.h"
#include "storage/processhardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pluslife;

namespace {

int fail(const QString &message)
{
    std::fputs(qUtf8Printable(message + u'\n'), stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    storage::hardenProcess();
    QApplication app(argc, argv);
    storage::applyApplicationIdentity();

    // The language must be known before the (translated) help text exists.
    const QString language = ui::languageFromArguments(QCoreApplication::arguments());
    const std::optional<QLocale> locale = ui::localeForLanguage(language);
    ui::installLocalization(app, locale.value_or(*ui::localeForLanguage(u"fa")));
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "PlusLife Desk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop client of the Behzisti +Life service centers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, QCoreApplication::translate("main", "Keep the center's store in <dir>."),
        QCoreApplication::translate("main", "dir"));
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate(
                       "main", "Try the app on a throwaway demo center (deleted on exit)."));
    const QCommandLineOption langOption(
        u"lang"_s, QCoreApplication::translate("main", "Interface language: fa (default) or en."),
        QCoreApplication::translate("main", "language"));
    parser.addOptions({dataDirOption, demoOption, langOption});
    parser.process(app);

    if (!locale)
        return fail(QCoreApplication::translate("main", "Unknown language “%1”: use fa or en.")
                        .arg(language));
    if (parser.isSet(demoOption) && parser.isSet(dataDirOption))
        return fail(QCoreApplication::translate(
            "main", "--demo uses a temporary folder of its own; leave out --data-dir."));

    std::unique_ptr<ui::DemoEnvironment> demo;
    storage::KeychainSecretStore keychain;
    ui::AppOptions options;
    storage::SecretStore *secrets = &keychain;
    if (parser.isSet(demoOption)) {
        QString error;
        demo = ui::DemoEnvironment::create(&error);
        if (!demo)
            return fail(error);
        secrets = &demo->secrets();
        options.dataDir = demo->dataDir();
        options.prefillUsername = demo->managerUsername();
        options.signInNote = demo->signInNote();
    } else {
        options.dataDir = parser.isSet(dataDirOption) ? parser.value(dataDirOption)
                                                      : storage::defaultDataDirectory();
        if (!QDir().mkpath(options.dataDir))
            return fail(QCoreApplication::translate("main", "Cannot create the folder %1.")
                            .arg(QDir::toNativeSeparators(options.dataDir)));
    }

    ui::AppController controller(options, *secrets);
    QObject::connect(&controller, &ui::AppController::finished, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    controller.start();
    return app.exec();
}
