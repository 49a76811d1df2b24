#include "centralrequests.h"

#include "locale/digits.h"
#include "locale/validators.h"
#include "session.h"
#include "storage/auditlog.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pluslife::services {

using storage::StoreError;

namespace {

// The stored result is JSON text: an object, or (as the central sends it) a string holding one.
QJsonObject resultObject(const QString &stored)
{
    const QJsonValue value =
        QJsonDocument::fromJson(QStringLiteral("[%1]").arg(stored).toUtf8()).array().at(0);
    if (value.isObject())
        return value.toObject();
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

CentralRequests::CentralRequests(Session &session)
    : m_session(session)
{}

StoreError CentralRequests::queueInquiry(const QString &nationalCode, qint64 personId,
                                         QString *uuid)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    const QString code = locale::normalizeDigits(nationalCode.trimmed());
    if (!locale::isValidNationalCode(code))
        return StoreError::invalidInput(QCoreApplication::translate(
            "CentralRequests", "This is not a valid national code; nothing was asked."));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = m_session.clock().nowUtc();
    QSqlDatabase db = m_session.database();
    storage::WriteTransaction transaction(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sync_inquiries (uuid, kind, national_code, person_id, "
                             "status, asked_by, asked_utc) VALUES (?, 'national-code', ?, ?, "
                             "'queued', ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(code);
    q.addBindValue(personId > 0 ? QVariant(personId) : QVariant());
    q.addBindValue(m_session.worker().id);
    q.addBindValue(now.toString(Qt::ISODate));
    if (!transaction.isActive() || !q.exec())
        return StoreError::fromSql(
            QCoreApplication::translate("CentralRequests", "The inquiry could not be queued."),
            q.lastError());
    // The audit names the inquiry, never the code asked about.
    if (StoreError error = m_session.audit().append(
            m_session.worker().id, QStringLiteral("inquiry.queued"), QStringLiteral("inquiry"), id);
        !error.ok())
        return error;
    if (!transaction.commit())
        return StoreError::fromSql(
            QCoreApplication::translate("CentralRequests", "The inquiry could not be queued."),
            transaction.error());
    if (uuid)
        *uuid = id;
    return StoreError::success();
}

QList<NationalCodeInquiry> CentralRequests::inquiries(int limit) const
{
    QList<NationalCodeInquiry> found;
    if (m_session.isLocked())
        return found;
    QSqlQuery q(m_session.database());
    q.prepare(QStringLiteral("SELECT uuid, national_code, status, result, asked_utc, answered_utc "
                             "FROM sync_inquiries ORDER BY asked_utc DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return found;
    while (q.next()) {
        NationalCodeInquiry inquiry;
        inquiry.uuid = q.value(0).toString();
        inquiry.nationalCode = q.value(1).toString();
        inquiry.status = q.value(2).toString();
        const QJsonObject result = resultObject(q.value(3).toString());
        inquiry.found = result.value(QStringLiteral("found")).toBool();
        inquiry.firstName = result.value(QStringLiteral("first_name")).toString();
        inquiry.lastName = result.value(QStringLiteral("last_name")).toString();
        inquiry.birthDate = result.value(QStringLiteral("birth_date")).toString();
        inquiry.alive = result.value(QStringLiteral("alive")).toBool(true);
        inquiry.askedUtc = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        inquiry.answeredUtc = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        found.append(inquiry);
    }
    return found;
}

StoreError CentralRequests::requestSms(QSqlDatabase db, const QString &templateKey,
                                       const QString &mobile, const QJsonObject &params,
                                       qint64 householdId, const QDateTime &nowUtc)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sync_sms_requests (uuid, template, mobile, params, "
                             "household_id, requested_utc) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(templateKey);
    q.addBindValue(mobile);
    q.addBindValue(QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)));
    q.addBindValue(householdId > 0 ? QVariant(householdId) : QVariant());
    q.addBindValue(nowUtc.toString(Qt::ISODate));
    if (!q.exec())
        return StoreError::fromSql(
            QCoreApplication::translate("CentralRequests", "The text message could not be queued."),
            q.lastError());
    return StoreError::success();
}

} // namespace pluslife::services
