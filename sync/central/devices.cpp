#include "devices.h"

#include "db.h"

#include "protocol/messages.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace pluslife::central {

namespace proto = pluslife::sync::protocol;

namespace {

// No I, O, 0 or 1: codes are read aloud and typed by hand.
constexpr char kCodeAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

const QString kCenterSelect = QStringLiteral(
    "SELECT c.id, c.uuid::text, c.code, c.name, p.name, k.name FROM centers c "
    "JOIN counties k ON k.id = c.county_id JOIN provinces p ON p.id = k.province_id ");

bool readCenter(QSqlQuery &query, Center *center)
{
    if (!query.next()) {
        query.finish();
        return false;
    }
    center->id = query.value(0).toLongLong();
    center->uuid = query.value(1).toString();
    center->code = query.value(2).toString();
    center->name = query.value(3).toString();
    center->province = query.value(4).toString();
    center->county = query.value(5).toString();
    query.finish();
    return true;
}

} // namespace

QJsonObject Center::json() const
{
    return QJsonObject{{QStringLiteral("uuid"), uuid},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("province"), province},
                       {QStringLiteral("county"), county}};
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString normalizeEnrolmentCode(const QString &code)
{
    QString letters;
    for (const QChar ch : code) {
        if (ch.isLetterOrNumber())
            letters += ch.toUpper();
        else if (ch != QLatin1Char('-') && !ch.isSpace())
            return {};
    }
    if (letters.size() != 12)
        return {};
    return letters.left(4) + QLatin1Char('-') + letters.mid(4, 4) + QLatin1Char('-') +
           letters.mid(8, 4);
}

AuthOutcome authenticate(Db &db, const QByteArray &token, Device *device)
{
    if (token.isEmpty())
        return AuthOutcome::Unknown;
    QSqlQuery &query =
        db.exec(QStringLiteral("SELECT id::text, center_id, revoked_at IS NOT NULL FROM devices "
                               "WHERE token_sha256 = ?"),
                {sha256Hex(token)});
    if (!query.next()) {
        query.finish();
        return AuthOutcome::Unknown;
    }
    device->id = query.value(0).toString();
    device->centerId = query.value(1).toLongLong();
    const bool revoked = query.value(2).toBool();
    query.finish();
    return revoked ? AuthOutcome::Revoked : AuthOutcome::Ok;
}

bool loadCenter(Db &db, qint64 id, Center *center)
{
    return readCenter(db.exec(kCenterSelect + QStringLiteral("WHERE c.id = ?"), {id}), center);
}

bool findCenterByCode(Db &db, const QString &code, Center *center)
{
    return readCenter(db.exec(kCenterSelect + QStringLiteral("WHERE c.code = ?"), {code}), center);
}

bool enroll(Db &db, const QString &code, const QString &deviceName, const QDateTime &now,
            Enrolment *enrolment)
{
    const QString normal = normalizeEnrolmentCode(code);
    if (normal.isEmpty())
        return false;
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QString token = QString::fromLatin1(raw.toHex());
    const QString deviceId = proto::newUuid();
    db.begin();
    try {
        // Spending the code is one conditional UPDATE: two devices racing for it cannot both win.
        const QVariant centerId = db.scalar(
            QStringLiteral("UPDATE enrolment_codes SET used_at = ? WHERE code_sha256 = ? AND "
                           "used_at IS NULL AND expires_at > ? RETURNING center_id"),
            {now.toUTC(), sha256Hex(normal.toLatin1()), now.toUTC()});
        if (!centerId.isValid()) {
            db.rollback();
            return false;
        }
        db.exec(QStringLiteral("INSERT INTO devices (id, center_id, name, token_sha256, "
                               "enrolled_at) VALUES (?::uuid, ?, ?, ?, ?)"),
                {deviceId, centerId, deviceName, sha256Hex(token.toLatin1()), now.toUTC()})
            .finish();
        db.exec(QStringLiteral("UPDATE enrolment_codes SET device_id = ?::uuid "
                               "WHERE code_sha256 = ?"),
                {deviceId, sha256Hex(normal.toLatin1())})
            .finish();
        if (!loadCenter(db, centerId.toLongLong(), &enrolment->center)) {
            db.rollback();
            return false;
        }
        db.commit();
    } catch (...) {
        db.rollback();
        throw;
    }
    enrolment->deviceId = deviceId;
    enrolment->token = token;
    return true;
}

QString issueEnrolmentCode(Db &db, qint64 centerId, int days, const QDateTime &now)
{
    QString letters;
    const int alphabet = static_cast<int>(sizeof kCodeAlphabet) - 1;
    for (int i = 0; i < 12; ++i)
        letters += QLatin1Char(kCodeAlphabet[QRandomGenerator::system()->bounded(alphabet)]);
    const QString code = normalizeEnrolmentCode(letters);
    db.exec(QStringLiteral("INSERT INTO enrolment_codes (code_sha256, center_id, created_at, "
                           "expires_at) VALUES (?, ?, ?, ?)"),
            {sha256Hex(code.toLatin1()), centerId, now.toUTC(), now.toUTC().addDays(days)})
        .finish();
    return code;
}

} // namespace pluslife::central
