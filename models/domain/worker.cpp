#include "worker.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pluslife::domain {

QString roleKey(WorkerRole role)
{
    switch (role) {
    case WorkerRole::Manager:
        return QStringLiteral("manager");
    case WorkerRole::SocialWorker:
        return QStringLiteral("social-worker");
    case WorkerRole::Specialist:
        return QStringLiteral("specialist");
    case WorkerRole::Reception:
        return QStringLiteral("reception");
    }
    return {};
}

std::optional<WorkerRole> roleFromKey(QStringView key)
{
    for (WorkerRole role : allRoles())
        if (roleKey(role) == key)
            return role;
    return std::nullopt;
}

QString roleDisplayName(WorkerRole role)
{
    switch (role) {
    case WorkerRole::Manager:
        return QCoreApplication::translate("WorkerRole", "Center manager");
    case WorkerRole::SocialWorker:
        return QCoreApplication::translate("WorkerRole", "Social worker");
    case WorkerRole::Specialist:
        return QCoreApplication::translate("WorkerRole", "Part-time specialist");
    case WorkerRole::Reception:
        return QCoreApplication::translate("WorkerRole", "Reception");
    }
    return {};
}

QList<WorkerRole> allRoles()
{
    return {WorkerRole::Manager, WorkerRole::SocialWorker, WorkerRole::Specialist,
            WorkerRole::Reception};
}

QString normalizeUsername(QStringView raw, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{2,31}$"));
    const QString name = raw.trimmed().toString().toLower();
    if (pattern.match(name).hasMatch())
        return name;
    if (error)
        *error = QCoreApplication::translate(
            "Worker", "A user name has 3 to 32 Latin letters, digits, '.', '_' or '-', and "
                      "starts with a letter.");
    return {};
}

bool isAcceptablePassword(const QString &password, const QString &username, QString *error)
{
    const auto fail = [&](const char *text) {
        if (error)
            *error = QCoreApplication::translate("Worker", text);
        return false;
    };
    if (password.size() < 10)
        return fail("A password needs at least 10 characters.");
    if (password.count(password.front()) == password.size())
        return fail("A password cannot repeat a single character.");
    if (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive))
        return fail("A password cannot contain the user name.");
    return true;
}

} // namespace pluslife::domain
