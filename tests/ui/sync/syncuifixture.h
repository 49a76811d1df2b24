#pragma once

// A center on a real store and keychain (CenterFixture) with sync rows written straight into
// the tables of migration 0008, to drive the sync views without a central window.
#include "client/syncstate.h"
#include "servicetestfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pluslife::test {

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct SyncUiFixture : CenterFixture {
    QString fileNumber;
    qint64 householdId = 0;

    bool createWithHousehold()
    {
        if (!create())
            return false;
        householdId = openHousehold(1, &fileNumber);
        return householdId != 0;
    }

    QSqlDatabase db() { return session->database(); }

    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant &v : values)
            query.addBindValue(v);
        if (!query.exec() || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return {};
        }
        return query.value(0);
    }

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant &v : values)
            query.addBindValue(v);
        if (!query.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }

    QString householdUuid()
    {
        return scalar(QStringLiteral("SELECT uuid FROM households WHERE id = ?"), {householdId})
            .toString();
    }

    QString headUuid()
    {
        return scalar(
                   QStringLiteral(
                       "SELECT p.uuid FROM people p JOIN households h ON h.head_person_id = p.id "
                       "WHERE h.id = ?"),
                   {householdId})
            .toString();
    }

    QString headNationalCode()
    {
        return scalar(QStringLiteral("SELECT p.national_code FROM people p JOIN households h "
                                     "ON h.head_person_id = p.id WHERE h.id = ?"),
                      {householdId})
            .toString();
    }

    QString headField(const QString &column)
    {
        // Column names come from the test itself.
        return scalar(QStringLiteral(
                          "SELECT p.%1 FROM people p JOIN households h ON h.head_person_id = p.id "
                          "WHERE h.id = ?")
                          .arg(column),
                      {householdId})
            .toString();
    }

    // An operation in the outbox as the sync engine would leave it; returns its op_id.
    QString addOp(const QString &entity, const QString &uuid, const QString &state,
                  const QString &errorCode = {}, int attempts = 0)
    {
        const QString opId = newUuid();
        const QString now = clock.nowUtc().toString(Qt::ISODate);
        exec(QStringLiteral("INSERT INTO sync_outbox (op_id, entity, uuid, action, base_version, "
                            "fields, state, "
                            "attempts, error_code, error_message, created_utc, updated_utc) "
                            "VALUES (?, ?, ?, 'upsert', 1, '{}', ?, ?, ?, ?, ?, ?)"),
             // Empty, not null: the columns are NOT NULL.
             {opId, entity, uuid, state, attempts,
              errorCode.isEmpty() ? QStringLiteral("") : errorCode,
              errorCode.isEmpty() ? QStringLiteral("") : QStringLiteral("refused by the test"), now,
              now});
        return opId;
    }

    // An open conflict as pulled from the central window; `mine` and `theirs` are JSON texts.
    QString addConflict(const QString &entity, const QString &recordUuid, const QString &field,
                        const QString &kind, const QString &mine, const QString &theirs)
    {
        const QString uuid = newUuid();
        exec(
            QStringLiteral(
                "INSERT INTO sync_conflicts (uuid, entity, record_uuid, field, kind, mine, theirs, "
                "status, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?)"),
            {uuid, entity, recordUuid, field, kind, mine, theirs,
             clock.nowUtc().toString(Qt::ISODate)});
        return uuid;
    }

    bool enrol(const QString &lastErrorCode = {}, const QDateTime &lastSuccess = {},
               bool revoked = false)
    {
        sync::SyncLink link;
        link.serverUrl = QStringLiteral("https://central.example:8443");
        link.deviceId = newUuid();
        link.serverId = newUuid();
        link.centerUuid = newUuid();
        link.lastErrorCode = lastErrorCode;
        link.lastSuccessUtc = lastSuccess;
        link.revoked = revoked;
        return sync::SyncStateStore(db()).save(link);
    }
};

} // namespace pluslife::test
