#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Centers, devices, enrolment codes and bearer tokens. Only SHA-256 of codes and tokens is
// stored; a token is shown once, in the enrolment answer.
namespace pluslife::central {

class Db;

struct Center {
    qint64 id = 0;
    QString uuid;
    QString code;
    QString name;
    QString province;
    QString county;
    QJsonObject json() const; // {"uuid", "code", "name", "province", "county"}
};

struct Device {
    QString id;
    qint64 centerId = 0;
};

enum class AuthOutcome { Ok, Unknown, Revoked };

QString sha256Hex(const QByteArray &bytes);
// "abcd efgh-jklm" -> "ABCD-EFGH-JKLM" (what is hashed); empty when it cannot be a code.
QString normalizeEnrolmentCode(const QString &code);

AuthOutcome authenticate(Db &db, const QByteArray &token, Device *device);
bool loadCenter(Db &db, qint64 id, Center *center);
bool findCenterByCode(Db &db, const QString &code, Center *center);

struct Enrolment {
    QString deviceId;
    QString token;
    Center center;
};
// Spends a code (single use, before it expires at `now`) and registers a device. False when the
// code is unknown, used or expired.
bool enroll(Db &db, const QString &code, const QString &deviceName, const QDateTime &now,
            Enrolment *enrolment);
// A new code for the center, valid `days` from now; only its SHA-256 is stored.
QString issueEnrolmentCode(Db &db, qint64 centerId, int days, const QDateTime &now);

} // namespace pluslife::central
