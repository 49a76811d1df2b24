#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <stdexcept>

// What `pluslife-central admin ...` does, as functions (the tests call them directly).
// Each throws AdminError (a one-line English message) or DbError.
namespace pluslife::central {

class Db;

class AdminError : public std::runtime_error {
public:
    explicit AdminError(const QString &message)
        : std::runtime_error(message.toStdString())
    {}
};

void addProvince(Db &db, const QString &code, const QString &name);
void addCounty(Db &db, const QString &provinceCode, const QString &code, const QString &name);
// Returns the center's uuid (made here when `uuid` is empty).
QString addCenter(Db &db, const QString &countyCode, const QString &code, const QString &name,
                  const QString &uuid);
// A worker record in the center's feed; returns its uuid.
QString addWorker(Db &db, const QString &centerCode, const QString &username,
                  const QString &displayName, const QString &role, const QDateTime &now);
QString issueCode(Db &db, const QString &centerCode, int days, const QDateTime &now);
void revokeDevice(Db &db, const QString &deviceId, const QDateTime &now);
// Per device: center, name, enrolled, last sync, revoked, held/rejected ops, open conflicts.
QJsonArray deviceReport(Db &db);
// Rows read from a CSV national_code,first_name,last_name,birth_date,alive; returns how many.
int loadRegistryCsv(Db &db, const QString &path);
// The central side of the referral cascade (DOMAIN.md §4): accept, or refuse with a reason.
void replyToReferral(Db &db, const QString &referralUuid, bool accept, const QString &reason,
                     const QDateTime &now);
void publishResource(Db &db, const QString &kind, const QString &id, const QString &version,
                     const QByteArray &content);
QJsonArray smsOutbox(Db &db);
int bumpEpoch(Db &db);

} // namespace pluslife::central
