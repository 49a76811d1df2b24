#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pluslife::domain {

enum class WorkerRole { Manager, SocialWorker, Specialist, Reception };

// Stable keys used in the store, on the command line and in sync messages.
QString roleKey(WorkerRole role);
std::optional<WorkerRole> roleFromKey(QStringView key);
// Translated names, as DOMAIN.md §8 gives them (مسئول مرکز, مددکار اجتماعی, کارشناس, متصدی پذیرش).
QString roleDisplayName(WorkerRole role);
QList<WorkerRole> allRoles();

struct Worker {
    qint64 id = 0;
    QString uuid;
    QString username; // lower-case login name; not a personal value in the audit sense
    QString displayName;
    WorkerRole role = WorkerRole::SocialWorker;
    bool active = true;
    bool mustChangePassword = false;
    QDateTime ndaAcceptedUtc; // invalid until the worker accepted the current agreement
    QString ndaVersion;
    int caseloadLimit = 150;

    bool isManager() const { return role == WorkerRole::Manager; }
};

// Login names: 3–32 of a–z, 0–9, '.', '_' or '-', starting with a letter. Returns the
// normalised (trimmed, lower-case) name, or an empty string and a translated reason.
QString normalizeUsername(QStringView raw, QString *error = nullptr);
// At least 10 characters, not all the same, not the user name. Translated reason on failure.
bool isAcceptablePassword(const QString &password, const QString &username, QString *error);

} // namespace pluslife::domain
