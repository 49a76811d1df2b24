#pragma once

#include <QCommandLineParser>
#include <QString>

namespace pluslife::services {
class Session;
}

namespace pluslife::admin {

// pluslife-admin: one subcommand per run. Returns the process exit code: 0 success, 1 the
// command failed (one translated line on stderr), 2 the command line was wrong.
class AdminCommands {
public:
    AdminCommands();
    int run(const QStringList &arguments);

private:
    int init();
    int addWorker();
    int check();
    bool runChecks(services::Session &session);
    int stats();
    int backup();
    int restore();
    int rekey();
    int recover();
    int find();
    int importHouseholds();
    int demo();
    int reserveFileNumbers();
    int forms();
    int enroll();
    int sync();

    // Signs the --as worker in with PLUSLIFE_PASSWORD or a prompt; 0 on success, else an exit code.
    int signIn(services::Session &session);
    QString dataDir() const;
    int usageError(const QString &message) const;

    QCommandLineParser m_parser;
    QStringList m_positional;
};

} // namespace pluslife::admin
