#include "householdrepository.h"

#include "locale/textfolding.h"
#include "sqlvalues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace pluslife::storage {
namespace {

const QString kPersonColumns =
    QStringLiteral("id, uuid, national_code, first_name, last_name, father_name, sex, birth_date, "
                   "marital_status, education, occupation, disability_type, disability_severity, "
                   "chronic_illness, insurance, mobile, landline, died_on");

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

domain::Person personFromRow(const QSqlQuery &q, int offset = 0)
{
    domain::Person p;
    p.id = q.value(offset + 0).toLongLong();
    p.uuid = q.value(offset + 1).toString();
    p.nationalCode = q.value(offset + 2).toString();
    p.firstName = q.value(offset + 3).toString();
    p.lastName = q.value(offset + 4).toString();
    p.fatherName = q.value(offset + 5).toString();
    p.sex = q.value(offset + 6).toString();
    p.birthDate = dateFrom(q.value(offset + 7));
    p.maritalStatus = q.value(offset + 8).toString();
    p.education = q.value(offset + 9).toString();
    p.occupation = q.value(offset + 10).toString();
    p.disabilityType = q.value(offset + 11).toString();
    p.disabilitySeverity = q.value(offset + 12).toString();
    p.chronicIllness = q.value(offset + 13).toString();
    p.insurance = q.value(offset + 14).toString();
    p.mobile = q.value(offset + 15).toString();
    p.landline = q.value(offset + 16).toString();
    p.diedOn = dateFrom(q.value(offset + 17));
    return p;
}

void bindPersonFields(QSqlQuery &q, const domain::Person &p)
{
    q.addBindValue(p.nationalCode.isEmpty() ? QVariant() : QVariant(p.nationalCode));
    q.addBindValue(textValue(p.firstName));
    q.addBindValue(textValue(p.lastName));
    q.addBindValue(textValue(p.fatherName));
    q.addBindValue(textValue(p.sex));
    q.addBindValue(dateValue(p.birthDate));
    q.addBindValue(textValue(p.maritalStatus));
    q.addBindValue(textValue(p.education));
    q.addBindValue(textValue(p.occupation));
    q.addBindValue(textValue(p.disabilityType));
    q.addBindValue(textValue(p.disabilitySeverity));
    q.addBindValue(textValue(p.chronicIllness));
    q.addBindValue(textValue(p.insurance));
    q.addBindValue(textValue(p.mobile));
    q.addBindValue(textValue(p.landline));
    q.addBindValue(dateValue(p.diedOn));
    q.addBindValue(locale::foldForSearch(p.fullName()));
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

HouseholdRepository::HouseholdRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool HouseholdRepository::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = query.lastError();
    return false;
}

QList<domain::Person> HouseholdRepository::selectPeople(const QString &where,
                                                        const QVariantList &binds) const
{
    QList<domain::Person> people;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM people WHERE %2").arg(kPersonColumns, where));
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (exec(q))
        while (q.next())
            people.append(personFromRow(q));
    return people;
}

std::optional<domain::Person> HouseholdRepository::personByNationalCode(const QString &code) const
{
    const auto found = selectPeople(QStringLiteral("national_code = ?"), {code});
    return found.isEmpty() ? std::nullopt : std::optional<domain::Person>(found.first());
}

std::optional<domain::Person> HouseholdRepository::personById(qint64 id) const
{
    const auto found = selectPeople(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<domain::Person>(found.first());
}

QList<domain::Person> HouseholdRepository::peopleByNameAndBirth(const QString &nameKey,
                                                                const QDate &birth) const
{
    return selectPeople(QStringLiteral("name_key = ? AND birth_date = ?"),
                        {nameKey, dateValue(birth)});
}

bool HouseholdRepository::insertPerson(domain::Person *person, const QDateTime &nowUtc)
{
    if (person->uuid.isEmpty())
        person->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO people (national_code, first_name, last_name, father_name, sex, birth_date, "
        "marital_status, education, occupation, disability_type, disability_severity, "
        "chronic_illness, insurance, mobile, landline, died_on, name_key, uuid, created_utc, "
        "updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindPersonFields(q, *person);
    q.addBindValue(person->uuid);
    q.addBindValue(iso(nowUtc));
    q.addBindValue(iso(nowUtc));
    if (!exec(q))
        return false;
    person->id = q.lastInsertId().toLongLong();
    return true;
}

bool HouseholdRepository::updatePerson(const domain::Person &person, const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE people SET national_code = ?, first_name = ?, last_name = ?, father_name = ?, "
        "sex = ?, birth_date = ?, marital_status = ?, education = ?, occupation = ?, "
        "disability_type = ?, disability_severity = ?, chronic_illness = ?, insurance = ?, "
        "mobile = ?, landline = ?, died_on = ?, name_key = ?, updated_utc = ? WHERE id = ?"));
    bindPersonFields(q, person);
    q.addBindValue(iso(nowUtc));
    q.addBindValue(person.id);
    return exec(q) && q.numRowsAffected() == 1;
}

bool HouseholdRepository::insertHousehold(domain::Household *h, const QDateTime &nowUtc)
{
    if (h->uuid.isEmpty())
        h->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    h->openedUtc = nowUtc;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO households (uuid, file_number, opened_utc, updated_utc) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(h->uuid);
    q.addBindValue(h->fileNumber);
    q.addBindValue(iso(nowUtc));
    q.addBindValue(iso(nowUtc));
    if (!exec(q))
        return false;
    h->id = q.lastInsertId().toLongLong();
    return updateHousehold(*h, nowUtc);
}

bool HouseholdRepository::updateHousehold(const domain::Household &h, const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE households SET head_person_id = ?, status = ?, status_reason = ?, priority = ?, "
        "worker_id = ?, province = ?, county = ?, city = ?, neighbourhood = ?, street = ?, "
        "postal_code = ?, housing = ?, monthly_rent = ?, income_sources = ?, updated_utc = ? "
        "WHERE id = ?"));
    q.addBindValue(h.headPersonId > 0 ? QVariant(h.headPersonId) : QVariant());
    q.addBindValue(textValue(h.status));
    q.addBindValue(textValue(h.statusReason));
    q.addBindValue(textValue(h.priority));
    q.addBindValue(h.workerId > 0 ? QVariant(h.workerId) : QVariant());
    q.addBindValue(textValue(h.address.province));
    q.addBindValue(textValue(h.address.county));
    q.addBindValue(textValue(h.address.city));
    q.addBindValue(textValue(h.address.neighbourhood));
    q.addBindValue(textValue(h.address.street));
    q.addBindValue(textValue(h.address.postalCode));
    q.addBindValue(textValue(h.housing));
    q.addBindValue(h.housing == QLatin1String("tenant") ? QVariant(h.monthlyRent) : QVariant());
    q.addBindValue(textValue(h.incomeSources.join(QLatin1Char(','))));
    q.addBindValue(iso(nowUtc));
    q.addBindValue(h.id);
    return exec(q) && q.numRowsAffected() == 1;
}

std::optional<domain::Household> HouseholdRepository::household(qint64 id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, uuid, file_number, head_person_id, status, status_reason, priority, worker_id, "
        "province, county, city, neighbourhood, street, postal_code, housing, monthly_rent, "
        "income_sources, opened_utc FROM households WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    domain::Household h;
    h.id = q.value(0).toLongLong();
    h.uuid = q.value(1).toString();
    h.fileNumber = q.value(2).toString();
    h.headPersonId = q.value(3).toLongLong();
    h.status = q.value(4).toString();
    h.statusReason = q.value(5).toString();
    h.priority = q.value(6).toString();
    h.workerId = q.value(7).toLongLong();
    h.address = {q.value(8).toString(),  q.value(9).toString(),  q.value(10).toString(),
                 q.value(11).toString(), q.value(12).toString(), q.value(13).toString()};
    h.housing = q.value(14).toString();
    h.monthlyRent = q.value(15).toLongLong();
    h.incomeSources = q.value(16).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    h.openedUtc = QDateTime::fromString(q.value(17).toString(), Qt::ISODateWithMs);
    return h;
}

std::optional<qint64> HouseholdRepository::householdIdByFileNumber(const QString &fileNumber) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM households WHERE file_number = ?"));
    q.addBindValue(fileNumber);
    if (exec(q) && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

bool HouseholdRepository::setMergedInto(qint64 duplicateId, qint64 keepId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE households SET merged_into = ? WHERE id = ?"));
    q.addBindValue(keepId);
    q.addBindValue(duplicateId);
    return exec(q) && q.numRowsAffected() == 1;
}

qint64 HouseholdRepository::currentHouseholdOf(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT household_id FROM memberships WHERE person_id = ? AND left_on IS NULL"));
    q.addBindValue(personId);
    return exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

QList<domain::Member> HouseholdRepository::currentMembers(qint64 householdId) const
{
    QList<domain::Member> members;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.relation, m.joined_on, %1 FROM memberships m JOIN people p "
                             "ON p.id = m.person_id WHERE m.household_id = ? AND m.left_on IS NULL "
                             "ORDER BY m.relation <> 'head', p.birth_date")
                  .arg(QString(kPersonColumns)
                           .replace(QStringLiteral(", "), QStringLiteral(", p."))
                           .prepend(QStringLiteral("p."))));
    q.addBindValue(householdId);
    if (exec(q))
        while (q.next())
            members.append({personFromRow(q, 2), q.value(0).toString(), dateFrom(q.value(1))});
    return members;
}

QHash<qint64, QString> HouseholdRepository::everyMemberName(qint64 householdId) const
{
    QHash<qint64, QString> names;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT DISTINCT p.id, p.first_name || ' ' || p.last_name FROM memberships m "
        "JOIN people p ON p.id = m.person_id WHERE m.household_id = ?"));
    q.addBindValue(householdId);
    if (exec(q))
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

bool HouseholdRepository::addMembership(qint64 householdId, qint64 personId,
                                        const QString &relation, const QDate &on)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO memberships (household_id, person_id, relation, joined_on) "
                       "VALUES (?, ?, ?, ?)"));
    q.addBindValue(householdId);
    q.addBindValue(personId);
    q.addBindValue(relation);
    q.addBindValue(on.toString(Qt::ISODate));
    return exec(q);
}

bool HouseholdRepository::endMembership(qint64 householdId, qint64 personId, const QDate &on,
                                        const QString &reason)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE memberships SET left_on = ?, left_reason = ? WHERE "
                             "household_id = ? AND person_id = ? AND left_on IS NULL"));
    q.addBindValue(on.toString(Qt::ISODate));
    q.addBindValue(reason);
    q.addBindValue(householdId);
    q.addBindValue(personId);
    return exec(q) && q.numRowsAffected() == 1;
}

bool HouseholdRepository::setRelation(qint64 householdId, qint64 personId, const QString &relation)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE memberships SET relation = ? WHERE household_id = ? AND "
                             "person_id = ? AND left_on IS NULL"));
    q.addBindValue(relation);
    q.addBindValue(householdId);
    q.addBindValue(personId);
    return exec(q) && q.numRowsAffected() == 1;
}

bool HouseholdRepository::refreshSearchText(qint64 householdId)
{
    QStringList parts;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT file_number FROM households WHERE id = ?"));
    q.addBindValue(householdId);
    if (!exec(q) || !q.next())
        return false;
    parts << q.value(0).toString();
    for (const domain::Member &m : currentMembers(householdId))
        parts << locale::foldForSearch(m.person.fullName()) << m.person.nationalCode
              << m.person.mobile;
    parts.removeAll(QString());
    // Separated by '|' so a search never matches across two people.
    q.prepare(QStringLiteral("UPDATE households SET search_text = ? WHERE id = ?"));
    q.addBindValue(QLatin1Char('|') + parts.join(QLatin1Char('|')) + QLatin1Char('|'));
    q.addBindValue(householdId);
    return exec(q);
}

bool HouseholdRepository::addRequest(const RequestRecord &r, const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO requests (uuid, channel, kind, household_id, person_id, asked, "
        "answered, received_utc, recorded_by, asked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(r.channel);
    q.addBindValue(r.kind);
    q.addBindValue(r.householdId > 0 ? QVariant(r.householdId) : QVariant());
    q.addBindValue(r.personId > 0 ? QVariant(r.personId) : QVariant());
    q.addBindValue(textValue(r.asked));
    q.addBindValue(textValue(r.answered));
    q.addBindValue(iso(nowUtc));
    q.addBindValue(r.recordedBy);
    q.addBindValue(textValue(r.askedBy));
    return exec(q);
}

bool HouseholdRepository::addTimelineEvent(qint64 householdId, qint64 workerId, const QString &kind,
                                           const QVariantMap &details, const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO timeline_events (household_id, at_utc, worker_id, kind, "
                             "details) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(householdId);
    q.addBindValue(iso(nowUtc));
    q.addBindValue(workerId > 0 ? QVariant(workerId) : QVariant());
    q.addBindValue(kind);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(details)).toJson(QJsonDocument::Compact)));
    return exec(q);
}

QList<TimelineEvent> HouseholdRepository::timeline(qint64 householdId, int limit) const
{
    QList<TimelineEvent> events;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at_utc, worker_id, kind, details FROM timeline_events "
                             "WHERE household_id = ? ORDER BY at_utc DESC, id DESC LIMIT ?"));
    q.addBindValue(householdId);
    q.addBindValue(limit);
    if (exec(q)) {
        while (q.next()) {
            events.append(
                {q.value(0).toLongLong(),
                 QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                 q.value(2).toLongLong(), q.value(3).toString(),
                 QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object().toVariantMap()});
        }
    }
    return events;
}

} // namespace pluslife::storage
