#include "cli.h"

#include "admin.h"
#include "db.h"
#include "httpserver.h"
#include "migrations.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <csignal>
#include <cstdio>
#include <pthread.h>
#include <thread>

namespace pluslife::central {

namespace {

struct Args {
    QHash<QString, QString> options;
    QSet<QString> flags;
    QStringList positional;
};

const QSet<QString> kFlags = {QStringLiteral("--insecure-loopback"), QStringLiteral("--json"),
                              QStringLiteral("--accept")};

bool parseArgs(const QStringList &list, Args *args, QString *problem)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &a = list.at(i);
        if (kFlags.contains(a)) {
            args->flags.insert(a);
        } else if (a.startsWith(QLatin1String("--"))) {
            if (i + 1 >= list.size()) {
                *problem = QStringLiteral("%1 needs a value").arg(a);
                return false;
            }
            args->options.insert(a, list.at(++i));
        } else {
            args->positional << a;
        }
    }
    return true;
}

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "pluslife-central: %s\n", message.toUtf8().constData());
    return 1;
}

QString opt(const Args &a, const char *name)
{
    return a.options.value(QStringLiteral("--") + QLatin1String(name));
}

bool openDb(const Args &a, DbSettings *settings, QString *problem)
{
    return dbSettingsFrom(opt(a, "db"), settings, problem);
}

int migrateCommand(const Args &a)
{
    DbSettings settings;
    QString problem;
    if (!openDb(a, &settings, &problem))
        return fail(problem);
    try {
        Db &db = threadDb(settings);
        MigrationReport report;
        if (!migrate(db, &report, &problem))
            return fail(problem);
        out(QStringLiteral("schema version %1 (%2 applied)")
                .arg(report.current)
                .arg(report.applied.size()));
        return 0;
    } catch (const DbError &e) {
        return fail(QString::fromUtf8(e.what()));
    }
}

int serveCommand(const Args &a)
{
    DbSettings settings;
    QString problem;
    if (!openDb(a, &settings, &problem))
        return fail(problem);
    ServerOptions options;
    const QString listen =
        opt(a, "listen").isEmpty() ? QStringLiteral("127.0.0.1:8443") : opt(a, "listen");
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    options.host = listen.left(colon);
    options.port = listen.mid(colon + 1).toInt(&portOk);
    if (colon <= 0 || !portOk || options.port < 0 || options.port > 65535)
        return fail(QStringLiteral("--listen must be HOST:PORT"));
    options.certFile = opt(a, "cert");
    options.keyFile = opt(a, "key");
    options.insecureLoopback = a.flags.contains(QStringLiteral("--insecure-loopback"));
    if (!opt(a, "threads").isEmpty()) {
        options.threads = opt(a, "threads").toInt();
        if (options.threads < 2 || options.threads > 256)
            return fail(QStringLiteral("--threads must be 2 to 256"));
    }
    if (!options.insecureLoopback && (options.certFile.isEmpty() || options.keyFile.isEmpty()))
        return fail(QStringLiteral("serve needs --cert and --key (or --insecure-loopback)"));

    // Signals go to one thread that waits for them: every thread started later inherits the mask.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    try {
        MigrationReport report;
        if (!migrate(threadDb(settings), &report, &problem))
            return fail(problem);
    } catch (const DbError &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    ServerContext context;
    context.db = settings;
    context.readTimeoutSeconds = options.readTimeoutSeconds;
    CentralServer server(options, context);
    if (!server.bind(&problem))
        return fail(problem);
    out(QStringLiteral("listening on %1:%2").arg(options.host).arg(server.port()));
    std::atomic_bool finished{false};
    std::thread waiter([&] {
        int received = 0;
        sigwait(&stopSignals, &received);
        // stop() before listen() has started would be lost: wait until it runs.
        while (!finished && !server.isRunning())
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        server.stop();
    });
    const bool ok = server.run();
    finished = true;
    // Wake the waiter when the server ended on its own.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    return ok ? 0 : fail(QStringLiteral("the server stopped with an error"));
}

void printList(const QJsonArray &list, bool json, const QStringList &columns)
{
    if (json) {
        out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return;
    }
    out(columns.join(QLatin1Char('\t')));
    for (const QJsonValue &v : list) {
        QStringList cells;
        for (const QString &c : columns) {
            const QJsonValue cell = v.toObject().value(c);
            cells << (cell.isString() ? cell.toString()
                      : cell.isBool()
                          ? (cell.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                      : cell.isNull() ? QStringLiteral("-")
                                      : QString::number(cell.toDouble()));
        }
        out(cells.join(QLatin1Char('\t')));
    }
}

int adminCommand(const QString &command, const Args &a)
{
    DbSettings settings;
    QString problem;
    if (!openDb(a, &settings, &problem))
        return fail(problem);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool json = a.flags.contains(QStringLiteral("--json"));
    try {
        Db &db = threadDb(settings);
        if (command == QLatin1String("province-add")) {
            addProvince(db, opt(a, "code"), opt(a, "name"));
        } else if (command == QLatin1String("county-add")) {
            addCounty(db, opt(a, "province"), opt(a, "code"), opt(a, "name"));
        } else if (command == QLatin1String("center-add")) {
            out(addCenter(db, opt(a, "county"), opt(a, "code"), opt(a, "name"), opt(a, "uuid")));
        } else if (command == QLatin1String("worker-add")) {
            out(addWorker(db, opt(a, "center"), opt(a, "username"), opt(a, "name"), opt(a, "role"),
                          now));
        } else if (command == QLatin1String("code-issue")) {
            const QString days = opt(a, "days");
            out(issueCode(db, opt(a, "center"), days.isEmpty() ? 7 : days.toInt(), now));
        } else if (command == QLatin1String("device-revoke")) {
            revokeDevice(db, opt(a, "device"), now);
        } else if (command == QLatin1String("devices") || command == QLatin1String("health")) {
            const QJsonArray devices = deviceReport(db);
            if (command == QLatin1String("health") && json) {
                out(QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("database"), QStringLiteral("ok")},
                                              {QStringLiteral("devices"), devices}})
                        .toJson(QJsonDocument::Indented)));
            } else {
                if (command == QLatin1String("health"))
                    out(QStringLiteral("database: ok"));
                printList(devices, json,
                          {QStringLiteral("device_id"), QStringLiteral("center"),
                           QStringLiteral("name"), QStringLiteral("enrolled_at"),
                           QStringLiteral("last_sync_at"), QStringLiteral("revoked"),
                           QStringLiteral("held_ops"), QStringLiteral("rejected_ops"),
                           QStringLiteral("open_conflicts")});
            }
        } else if (command == QLatin1String("registry-load")) {
            if (a.positional.size() != 1)
                return fail(QStringLiteral("registry-load needs one CSV file"));
            out(QStringLiteral("%1 people loaded").arg(loadRegistryCsv(db, a.positional.first())));
        } else if (command == QLatin1String("referral-reply")) {
            const bool accept = a.flags.contains(QStringLiteral("--accept"));
            const bool refuse = a.options.contains(QStringLiteral("--refuse"));
            if (accept == refuse)
                return fail(QStringLiteral("referral-reply needs --accept or --refuse REASON"));
            replyToReferral(db, opt(a, "referral"), accept, opt(a, "refuse"), now);
        } else if (command == QLatin1String("publish")) {
            if (a.positional.size() != 1)
                return fail(QStringLiteral("publish needs one FILE"));
            QFile file(a.positional.first());
            if (!file.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("cannot read %1").arg(a.positional.first()));
            publishResource(db, opt(a, "kind"), opt(a, "id"), opt(a, "version"), file.readAll());
        } else if (command == QLatin1String("sms-outbox")) {
            printList(smsOutbox(db), json,
                      {QStringLiteral("id"), QStringLiteral("center"), QStringLiteral("template"),
                       QStringLiteral("status"), QStringLiteral("created_at")});
        } else if (command == QLatin1String("epoch-bump")) {
            out(QStringLiteral("epoch %1").arg(bumpEpoch(db)));
        } else {
            return fail(QStringLiteral("unknown admin command %1").arg(command));
        }
        return 0;
    } catch (const AdminError &e) {
        return fail(QString::fromUtf8(e.what()));
    } catch (const DbError &e) {
        return fail(QString::fromUtf8(e.what()));
    }
}

const char kUsage[] =
    "usage: pluslife-central migrate [--db CONN]\n"
    "       pluslife-central serve [--db CONN] --listen HOST:PORT --cert FILE --key FILE\n"
    "                              [--insecure-loopback] [--threads N]\n"
    "       pluslife-central admin COMMAND [--db CONN] ...   (see sync/central/README.md)\n"
    "CONN: \"host=... port=... dbname=... user=... [password=...]\", default "
    "$PLUSLIFE_CENTRAL_DB\n";

} // namespace

int runCli(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")) {
        std::fputs(kUsage, arguments.isEmpty() ? stderr : stdout);
        return arguments.isEmpty() ? 2 : 0;
    }
    const QString command = arguments.first();
    const bool admin = command == QLatin1String("admin");
    if (admin && arguments.size() < 2)
        return fail(QStringLiteral("admin needs a command"));
    Args args;
    QString problem;
    if (!parseArgs(arguments.mid(admin ? 2 : 1), &args, &problem))
        return fail(problem);
    if (command == QLatin1String("migrate"))
        return migrateCommand(args);
    if (command == QLatin1String("serve"))
        return serveCommand(args);
    if (admin)
        return adminCommand(arguments.at(1), args);
    return fail(QStringLiteral("unknown command %1 (try --help)").arg(command));
}

} // namespace pluslife::central
