#pragma once

#include "domain/household.h"
#include "storage/householdrepository.h"
#include "storage/storeerror.h"

#include <QList>

#include <optional>

namespace pluslife::services {

class Session;

// The household work of a center (activity 2 and the file itself): intake, members, history,
// search. Every call checks the signed-in worker's role and scope (domain/accesspolicy.h) before
// touching the store, writes the household's timeline and the audit log (ids only) in the same
// transaction as the change.
class HouseholdService {
public:
    struct NewFile {
        domain::Person head;
        QList<domain::Member> others;
        domain::Address address;
        QString housing;
        qint64 monthlyRent = 0;
        QStringList incomeSources;
        QString channel = QStringLiteral("walk-in"); // how the request came
        QString asked;                               // what was asked, in the worker's words
        QString capacityOverrideReason; // a manager's reason to open beyond the licence
    };
    struct SearchFilter {
        QString status;       // empty: any
        qint64 workerId = -1; // -1: any, 0: unassigned
        bool onlyMine = false;
        bool visitDue = false;
        QString priority; // empty: any; else a Choice::Priority key // a planned home visit due
                          // within a week, or overdue
    };
    // Who a national code belongs to, as much as the asking role may see.
    struct KnownPerson {
        domain::Person person;
        qint64 householdId = 0;
        QString fileNumber;
    };

    explicit HouseholdService(Session &session);

    // Intake
    std::optional<KnownPerson> findByNationalCode(const QString &typed,
                                                  storage::StoreError *error) const;
    // Same folded name and birth date: warned about, never blocked.
    QList<domain::Person> likelyDuplicates(const domain::Person &person) const;
    // Warnings (the center nearly full) are added to `warnings` when given.
    storage::StoreError openFile(const NewFile &file, domain::Household *created,
                                 QStringList *warnings = nullptr);
    // Bulk intake (the county office's list, demo data): every file checked first, a report of
    // every problem (invalid codes, duplicates within the batch and against the store, capacity),
    // then all files in one transaction, or none. `dryRun` checks only.
    struct ImportReport {
        int files = 0;
        int people = 0;
        QStringList problems; // translated, one per line, naming the batch item
    };
    storage::StoreError importFiles(const QList<NewFile> &files,
                                    const QString &capacityOverrideReason, bool dryRun,
                                    ImportReport *report);
    // A walk-in who only asks something: who, what was asked, what was answered (activity 2).
    storage::StoreError logInquiry(const QString &channel, const QString &who, const QString &asked,
                                   const QString &answered);

    // Reading (scope-checked; opening a file is audited)
    QList<domain::HouseholdSummary> search(const QString &text, const SearchFilter &filter,
                                           int limit = 200) const;
    storage::StoreError open(qint64 householdId, domain::Household *household,
                             QList<domain::Member> *members);
    QList<storage::TimelineEvent> timeline(qint64 householdId, int limit = 200) const;
    // Names of everyone who ever belonged to the file, so its timeline can name former members.
    QHash<qint64, QString> memberNames(qint64 householdId) const;

    // Changes, each with history
    storage::StoreError addMember(qint64 householdId, const domain::Member &member);
    storage::StoreError updatePerson(qint64 householdId, const domain::Person &person);
    storage::StoreError memberLeft(qint64 householdId, qint64 personId, const QString &reason,
                                   const QDate &on); // reason: "left" | "died"
    storage::StoreError moveMember(qint64 personId, qint64 toHouseholdId, const QString &relation);
    storage::StoreError changeHead(qint64 householdId, qint64 personId);
    // A member's relation to the head (not "head": that is changeHead).
    storage::StoreError setRelation(qint64 householdId, qint64 personId, const QString &relation);
    storage::StoreError setStatus(qint64 householdId, const QString &status, const QString &reason);
    storage::StoreError merge(qint64 keepId, qint64 duplicateId);
    storage::StoreError split(qint64 householdId, const QList<qint64> &personIds, qint64 newHeadId,
                              domain::Household *created);

private:
    storage::StoreError validateFile(NewFile *file) const;
    storage::StoreError insertFile(storage::HouseholdRepository &repo, NewFile file,
                                   const QDateTime &now, domain::Household *created);
    storage::StoreError validatePerson(domain::Person *person) const;
    storage::StoreError checkAccess(qint64 householdId, bool write) const;
    storage::StoreError insertOrReuse(storage::HouseholdRepository &repo, domain::Person *person);

    Session &m_session;
};

} // namespace pluslife::services
