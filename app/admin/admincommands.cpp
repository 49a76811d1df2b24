#include "admincommands.h"

#include "domain/worker.h"
#include "services/centersetup.h"
#include "services/session.h"
#include "services/workeradmin.h"
#include "storage/auditlog.h"
#include "storage/backuparchive.h"
#include "storage/datadirectory.h"
#include "storage/keychainsecretstore.h"
#include "storage/migrations.h"
#include "storage/vault.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace pluslife::admin {
namespace {

using storage::StoreError;

int fail(const StoreError &error)
{
    return reportFailure(error);
}

int fail(const QString &message)
{
    printError(message);
    return 1;
}

// A new password, typed twice at a terminal or given once by the environment.
QString newPassword(const char *envName, const QString &whose)
{
    const QString first = readSecret(
        envName, QCoreApplication::translate("pluslife-admin", "New password for %1: ").arg(whose));
    if (first.isNull() || !qEnvironmentVariableIsEmpty(envName))
        return first;
    const QString second = readSecret(
        envName, QCoreApplication::translate("pluslife-admin", "The same password again: "));
    return first == second ? first : QString();
}

} // namespace

AdminCommands::AdminCommands()
{
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "pluslife-admin",
        "Administration of a PlusLife Desk store, for IT staff and scripted checks.\n"
        "Commands: init, add-worker, check, stats, backup FILE, restore FILE, rekey, recover,\n"
        "find TEXT, import-households FILE.csv, demo, reserve-file-numbers,\n"
        "forms import FILE.xml, forms list,\n"
        "enroll --server URL --code CODE [--ca FILE], sync [--json].\n"
        "Passwords come from PLUSLIFE_PASSWORD (the --as worker), PLUSLIFE_NEW_PASSWORD (a new "
        "account) and PLUSLIFE_RECOVERY_CODE, or are asked at the terminal."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   QCoreApplication::translate("pluslife-admin", "What to do."));
    m_parser.addOptions({
        {QStringLiteral("data-dir"),
         QCoreApplication::translate("pluslife-admin",
                                     "The store's folder (default: the per-user data folder)."),
         QCoreApplication::translate("pluslife-admin", "DIR")},
        {QStringLiteral("as"),
         QCoreApplication::translate("pluslife-admin",
                                     "The worker whose password opens the store."),
         QCoreApplication::translate("pluslife-admin", "USER")},
        {QStringLiteral("lang"),
         QCoreApplication::translate("pluslife-admin", "Language of the messages: fa or en."),
         QCoreApplication::translate("pluslife-admin", "LANG")},
        {QStringLiteral("center-code"),
         QCoreApplication::translate("pluslife-admin", "init: the center's code."),
         QCoreApplication::translate("pluslife-admin", "CODE")},
        {QStringLiteral("center-name"),
         QCoreApplication::translate("pluslife-admin", "init: the center's name."),
         QCoreApplication::translate("pluslife-admin", "NAME")},
        {QStringLiteral("province"),
         QCoreApplication::translate("pluslife-admin", "init: the province."),
         QCoreApplication::translate("pluslife-admin", "NAME")},
        {QStringLiteral("county"),
         QCoreApplication::translate("pluslife-admin", "init: the county."),
         QCoreApplication::translate("pluslife-admin", "NAME")},
        {QStringLiteral("capacity"),
         QCoreApplication::translate("pluslife-admin", "init: licensed households, 150 or 450."),
         QCoreApplication::translate("pluslife-admin", "N")},
        {QStringLiteral("manager"),
         QCoreApplication::translate("pluslife-admin", "init: the first manager's user name."),
         QCoreApplication::translate("pluslife-admin", "USER")},
        {QStringLiteral("manager-name"),
         QCoreApplication::translate("pluslife-admin", "init: the first manager's full name."),
         QCoreApplication::translate("pluslife-admin", "NAME")},
        {QStringLiteral("user"),
         QCoreApplication::translate("pluslife-admin", "add-worker: the new user name."),
         QCoreApplication::translate("pluslife-admin", "USER")},
        {QStringLiteral("name"),
         QCoreApplication::translate("pluslife-admin", "add-worker: the worker's full name."),
         QCoreApplication::translate("pluslife-admin", "NAME")},
        {QStringLiteral("role"),
         QCoreApplication::translate(
             "pluslife-admin", "add-worker: manager, social-worker, specialist or reception."),
         QCoreApplication::translate("pluslife-admin", "ROLE")},
        {QStringLiteral("json"),
         QCoreApplication::translate("pluslife-admin", "Print machine-readable JSON.")},
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("pluslife-admin",
                                     "import-households: check the list, import nothing.")},
        {QStringLiteral("capacity-override"),
         QCoreApplication::translate(
             "pluslife-admin",
             "import-households: the manager's reason to go beyond the licensed capacity."),
         QCoreApplication::translate("pluslife-admin", "REASON")},
        {QStringLiteral("households"),
         QCoreApplication::translate("pluslife-admin",
                                     "demo: how many synthetic households to add."),
         QCoreApplication::translate("pluslife-admin", "N")},
        {QStringLiteral("prefix"),
         QCoreApplication::translate("pluslife-admin", "reserve-file-numbers: the block's prefix."),
         QCoreApplication::translate("pluslife-admin", "P")},
        {QStringLiteral("from"),
         QCoreApplication::translate("pluslife-admin", "reserve-file-numbers: the first number."),
         QCoreApplication::translate("pluslife-admin", "N")},
        {QStringLiteral("to"),
         QCoreApplication::translate("pluslife-admin", "reserve-file-numbers: the last number."),
         QCoreApplication::translate("pluslife-admin", "M")},
        {QStringLiteral("seed"),
         QCoreApplication::translate("pluslife-admin",
                                     "demo: the seed (the same seed gives the same households)."),
         QCoreApplication::translate("pluslife-admin", "S")},
        {QStringLiteral("server"),
         QCoreApplication::translate("pluslife-admin",
                                     "enroll: the central window's address (https://host:port)."),
         QCoreApplication::translate("pluslife-admin", "URL")},
        {QStringLiteral("code"),
         QCoreApplication::translate("pluslife-admin",
                                     "enroll: the enrolment code the central admin issued."),
         QCoreApplication::translate("pluslife-admin", "CODE")},
        {QStringLiteral("ca"),
         QCoreApplication::translate(
             "pluslife-admin", "enroll: trust the central window's private CA from this PEM file."),
         QCoreApplication::translate("pluslife-admin", "FILE")},
        {QStringLiteral("pin"),
         QCoreApplication::translate(
             "pluslife-admin",
             "enroll: trust only the server certificate with this SHA-256 (hex, of its DER)."),
         QCoreApplication::translate("pluslife-admin", "SHA256")},
        {QStringLiteral("device-name"),
         QCoreApplication::translate("pluslife-admin",
                                     "enroll: this computer's name at the central window."),
         QCoreApplication::translate("pluslife-admin", "NAME")},
        {QStringLiteral("force"),
         QCoreApplication::translate("pluslife-admin",
                                     "restore: replace an existing store (kept aside).")},
    });
}

QString AdminCommands::dataDir() const
{
    const QString dir = m_parser.value(QStringLiteral("data-dir"));
    return dir.isEmpty() ? storage::defaultDataDirectory() : QDir(dir).absolutePath();
}

int AdminCommands::usageError(const QString &message) const
{
    printError(message);
    return 2;
}

int AdminCommands::run(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        printLine(m_parser.helpText());
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        printLine(QStringLiteral("pluslife-admin ") + QCoreApplication::applicationVersion());
        return 0;
    }
    m_positional = m_parser.positionalArguments();
    const QString command = m_positional.value(0);
    if (command == QLatin1String("init"))
        return init();
    if (command == QLatin1String("add-worker"))
        return addWorker();
    if (command == QLatin1String("check"))
        return check();
    if (command == QLatin1String("stats"))
        return stats();
    if (command == QLatin1String("backup"))
        return backup();
    if (command == QLatin1String("restore"))
        return restore();
    if (command == QLatin1String("rekey"))
        return rekey();
    if (command == QLatin1String("recover"))
        return recover();
    if (command == QLatin1String("find"))
        return find();
    if (command == QLatin1String("import-households"))
        return importHouseholds();
    if (command == QLatin1String("demo"))
        return demo();
    if (command == QLatin1String("reserve-file-numbers"))
        return reserveFileNumbers();
    if (command == QLatin1String("forms"))
        return forms();
    if (command == QLatin1String("enroll"))
        return enroll();
    if (command == QLatin1String("sync"))
        return sync();
    return usageError(
        command.isEmpty()
            ? QCoreApplication::translate("pluslife-admin", "Name a command; --help lists them.")
            : QCoreApplication::translate("pluslife-admin", "Unknown command: %1").arg(command));
}

int AdminCommands::init()
{
    bool numberOk = false;
    const int capacity = m_parser.value(QStringLiteral("capacity")).toInt(&numberOk);
    if (!numberOk || (capacity != 150 && capacity != 450))
        return usageError(
            QCoreApplication::translate("pluslife-admin", "--capacity is 150 or 450."));
    const QString manager = m_parser.value(QStringLiteral("manager"));
    if (manager.isEmpty() || m_parser.value(QStringLiteral("center-code")).isEmpty() ||
        m_parser.value(QStringLiteral("center-name")).isEmpty())
        return usageError(QCoreApplication::translate(
            "pluslife-admin",
            "init needs --center-code, --center-name, --capacity and --manager."));
    domain::CenterInfo center{m_parser.value(QStringLiteral("center-code")),
                              m_parser.value(QStringLiteral("center-name")),
                              m_parser.value(QStringLiteral("province")),
                              m_parser.value(QStringLiteral("county")), capacity};
    const QString managerName = m_parser.isSet(QStringLiteral("manager-name"))
                                    ? m_parser.value(QStringLiteral("manager-name"))
                                    : manager;
    storage::KeychainSecretStore secrets;
    if (storage::Vault(dataDir(), secrets, SystemClock::instance()).storeExists())
        return fail(QCoreApplication::translate(
            "pluslife-admin", "A store already exists in this folder; it was left as it is."));
    const QString password = newPassword("PLUSLIFE_PASSWORD", manager);
    if (password.isEmpty())
        return fail(QCoreApplication::translate(
            "pluslife-admin", "No password was given, or the two did not match."));
    QString recoveryCode;
    const StoreError error = services::CenterSetup::createCenter(
        dataDir(), secrets, center, {manager, managerName, password}, &recoveryCode);
    if (!error.ok())
        return fail(error);
    printLine(QCoreApplication::translate("pluslife-admin", "The center's store was created in %1.")
                  .arg(QDir::toNativeSeparators(dataDir())));
    printLine(QCoreApplication::translate(
        "pluslife-admin",
        "Recovery code (shown only now; write it down and keep it locked away):"));
    printLine(QStringLiteral("    ") + recoveryCode);
    return 0;
}

} // namespace pluslife::admin
