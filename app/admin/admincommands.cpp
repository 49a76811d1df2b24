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

QString tr(const char *text)
{
    return QCoreApplication::translate("pluslife-admin", text);
}

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
    const QString first = readSecret(envName, tr("New password for %1: ").arg(whose));
    if (first.isNull() || !qEnvironmentVariableIsEmpty(envName))
        return first;
    const QString second = readSecret(envName, tr("The same password again: "));
    return first == second ? first : QString();
}

} // namespace

AdminCommands::AdminCommands()
{
    m_parser.setApplicationDescription(
        tr("Administration of a PlusLife Desk store, for IT staff and scripted checks.\n"
           "Commands: init, add-worker, check, stats, backup FILE, restore FILE, rekey, recover,\n"
           "find TEXT, import-households FILE.csv, demo.\n"
           "Passwords come from PLUSLIFE_PASSWORD (the --as worker), PLUSLIFE_NEW_PASSWORD (a new "
           "account) and PLUSLIFE_RECOVERY_CODE, or are asked at the terminal."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("What to do."));
    m_parser.addOptions({
        {QStringLiteral("data-dir"), tr("The store's folder (default: the per-user data folder)."),
         tr("DIR")},
        {QStringLiteral("as"), tr("The worker whose password opens the store."), tr("USER")},
        {QStringLiteral("lang"), tr("Language of the messages: fa or en."), tr("LANG")},
        {QStringLiteral("center-code"), tr("init: the center's code."), tr("CODE")},
        {QStringLiteral("center-name"), tr("init: the center's name."), tr("NAME")},
        {QStringLiteral("province"), tr("init: the province."), tr("NAME")},
        {QStringLiteral("county"), tr("init: the county."), tr("NAME")},
        {QStringLiteral("capacity"), tr("init: licensed households, 150 or 450."), tr("N")},
        {QStringLiteral("manager"), tr("init: the first manager's user name."), tr("USER")},
        {QStringLiteral("manager-name"), tr("init: the first manager's full name."), tr("NAME")},
        {QStringLiteral("user"), tr("add-worker: the new user name."), tr("USER")},
        {QStringLiteral("name"), tr("add-worker: the worker's full name."), tr("NAME")},
        {QStringLiteral("role"), tr("add-worker: manager, social-worker, specialist or reception."),
         tr("ROLE")},
        {QStringLiteral("json"), tr("Print machine-readable JSON.")},
        {QStringLiteral("dry-run"), tr("import-households: check the list, import nothing.")},
        {QStringLiteral("capacity-override"),
         tr("import-households: the manager's reason to go beyond the licensed capacity."),
         tr("REASON")},
        {QStringLiteral("households"), tr("demo: how many synthetic households to add."), tr("N")},
        {QStringLiteral("seed"), tr("demo: the seed (the same seed gives the same households)."),
         tr("S")},
        {QStringLiteral("force"), tr("restore: replace an existing store (kept aside).")},
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
    return usageError(command.isEmpty() ? tr("Name a command; --help lists them.")
                                        : tr("Unknown command: %1").arg(command));
}

int AdminCommands::init()
{
    bool numberOk = false;
    const int capacity = m_parser.value(QStringLiteral("capacity")).toInt(&numberOk);
    if (!numberOk || (capacity != 150 && capacity != 450))
        return usageError(tr("--capacity is 150 or 450."));
    const QString manager = m_parser.value(QStringLiteral("manager"));
    if (manager.isEmpty() || m_parser.value(QStringLiteral("center-code")).isEmpty() ||
        m_parser.value(QStringLiteral("center-name")).isEmpty())
        return usageError(tr("init needs --center-code, --center-name, --capacity and --manager."));
    domain::CenterInfo center{m_parser.value(QStringLiteral("center-code")),
                              m_parser.value(QStringLiteral("center-name")),
                              m_parser.value(QStringLiteral("province")),
                              m_parser.value(QStringLiteral("county")), capacity};
    const QString managerName = m_parser.isSet(QStringLiteral("manager-name"))
                                    ? m_parser.value(QStringLiteral("manager-name"))
                                    : manager;
    storage::KeychainSecretStore secrets;
    if (storage::Vault(dataDir(), secrets, SystemClock::instance()).storeExists())
        return fail(tr("A store already exists in this folder; it was left as it is."));
    const QString password = newPassword("PLUSLIFE_PASSWORD", manager);
    if (password.isEmpty())
        return fail(tr("No password was given, or the two did not match."));
    QString recoveryCode;
    const StoreError error = services::CenterSetup::createCenter(
        dataDir(), secrets, center, {manager, managerName, password}, &recoveryCode);
    if (!error.ok())
        return fail(error);
    printLine(tr("The center's store was created in %1.").arg(QDir::toNativeSeparators(dataDir())));
    printLine(tr("Recovery code (shown only now; write it down and keep it locked away):"));
    printLine(QStringLiteral("    ") + recoveryCode);
    return 0;
}

} // namespace pluslife::admin
