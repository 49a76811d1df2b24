#pragma once

// Shared steps of the end-to-end sync tests: a central with two enrolled devices of one center.
#include "centralfixture.h"
#include "clientfixture.h"
#include "services/householdservice.h"
#include "storage/vault.h"

#include <QJsonDocument>

#include <QSqlQuery>
#include <QTest>

#include <functional>

namespace pluslife::test {

inline qint64 localId(ClientFixture &client, const QString &table, const QString &uuid)
{
    QSqlQuery query(client.session().vault().database());
    query.prepare(QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE uuid = ?"));
    query.addBindValue(uuid);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

inline QString uuidOf(ClientFixture &client, const QString &table, qint64 id)
{
    QSqlQuery query(client.session().vault().database());
    query.prepare(QStringLiteral("SELECT uuid FROM ") + table + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

inline QString personField(ClientFixture &client, const QString &personUuid, const QString &column)
{
    QSqlQuery query(client.session().vault().database());
    query.prepare(QStringLiteral("SELECT ") + column +
                  QStringLiteral(" FROM people WHERE uuid = ?"));
    query.addBindValue(personUuid);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// Changes the head of the household `householdUuid` on `client` through HouseholdService.
inline bool editHead(ClientFixture &client, const QString &householdUuid,
                     const std::function<void(domain::Person &)> &change)
{
    services::HouseholdService service(client.session());
    const qint64 householdId = localId(client, QStringLiteral("households"), householdUuid);
    domain::Household household;
    QList<domain::Member> members;
    if (!householdId || !service.open(householdId, &household, &members).ok())
        return false;
    for (domain::Member &member : members) {
        if (member.person.id == household.headPersonId) {
            change(member.person);
            return service.updatePerson(householdId, member.person).ok();
        }
    }
    return false;
}

inline QString headUuid(ClientFixture &client, const QString &householdUuid)
{
    QSqlQuery query(client.session().vault().database());
    query.prepare(QStringLiteral("SELECT p.uuid FROM households h JOIN people p ON p.id = "
                                 "h.head_person_id WHERE h.uuid = ?"));
    query.addBindValue(householdUuid);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// `pluslife-admin sync` succeeded (prints the report when it did not).
inline bool synced(ClientFixture &client)
{
    const QJsonObject report = client.sync();
    if (report.value(QStringLiteral("exit")).toInt() != 0 ||
        !report.value(QStringLiteral("ok")).toBool()) {
        qWarning().noquote() << "sync failed:" << QJsonDocument(report).toJson();
        return false;
    }
    return true;
}

} // namespace pluslife::test
