#pragma once

#include "domain/household.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariantMap>

#include <optional>

namespace pluslife::storage {

struct TimelineEvent {
    qint64 id = 0;
    QDateTime atUtc;
    qint64 workerId = 0;
    QString kind; // stable key, e.g. "file.opened", "member.added"
    QVariantMap details;
};

struct RequestRecord {
    QString channel; // walk-in | phone | outreach | county-office | central-window
    QString kind;    // inquiry | new-file | service
    qint64 householdId = 0;
    qint64 personId = 0;
    QString asked;
    QString answered;
    qint64 recordedBy = 0;
    QString askedBy; // who asked (a walk-in's name or how they described themselves)
};

// SQL for people, household files, memberships and the timeline. No permissions and no audit:
// HouseholdService decides who may call what and wraps calls in transactions.
class HouseholdRepository {
public:
    explicit HouseholdRepository(QSqlDatabase db);

    // People
    std::optional<domain::Person> personByNationalCode(const QString &code) const;
    std::optional<domain::Person> personById(qint64 id) const;
    QList<domain::Person> peopleByNameAndBirth(const QString &nameKey, const QDate &birth) const;
    bool insertPerson(domain::Person *person, const QDateTime &nowUtc);
    bool updatePerson(const domain::Person &person, const QDateTime &nowUtc);

    // Households
    bool insertHousehold(domain::Household *household, const QDateTime &nowUtc);
    bool updateHousehold(const domain::Household &household, const QDateTime &nowUtc);
    std::optional<domain::Household> household(qint64 id) const;
    std::optional<qint64> householdIdByFileNumber(const QString &fileNumber) const;
    bool setMergedInto(qint64 duplicateId, qint64 keepId);
    // The household the person currently belongs to, or 0.
    qint64 currentHouseholdOf(qint64 personId) const;

    // Memberships (history kept: leaving sets left_on)
    QList<domain::Member> currentMembers(qint64 householdId) const;
    // Everyone who ever belonged to the household (current and former members), id -> full name.
    QHash<qint64, QString> everyMemberName(qint64 householdId) const;
    bool addMembership(qint64 householdId, qint64 personId, const QString &relation,
                       const QDate &on);
    bool endMembership(qint64 householdId, qint64 personId, const QDate &on, const QString &reason);
    bool setRelation(qint64 householdId, qint64 personId, const QString &relation);

    // Search text kept on the household row: folded names, national codes, mobiles, file number.
    bool refreshSearchText(qint64 householdId);

    bool addRequest(const RequestRecord &request, const QDateTime &nowUtc);
    bool addTimelineEvent(qint64 householdId, qint64 workerId, const QString &kind,
                          const QVariantMap &details, const QDateTime &nowUtc);
    QList<TimelineEvent> timeline(qint64 householdId, int limit) const;

    QSqlError lastError() const { return m_lastError; }

private:
    bool exec(class QSqlQuery &query) const;
    QList<domain::Person> selectPeople(const QString &where, const QVariantList &binds) const;

    QSqlDatabase m_db;
    mutable QSqlError m_lastError;
};

} // namespace pluslife::storage
