// HouseholdService: changes to a household file. Nothing is deleted: members leave with a date
// and a reason, moves and merges are a leaving plus a joining, and each change lands on the
// timeline of every household it touches, in one transaction with the audit entry.
#include "householdservice.h"

#include "domain/accesspolicy.h"
#include "session.h"
#include "storage/auditlog.h"
#include "storage/filenumberblocks.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>

namespace pluslife::services {

using storage::StoreError;
using storage::StoreErrorCode;

namespace {

StoreError dbError(const QSqlError &error)
{
    return StoreError::fromSql(
        QCoreApplication::translate("HouseholdService", "The household file could not be saved."),
        error);
}

// One change: its timeline entries and audit entry, committed together or not at all.
class Change {
public:
    Change(Session &session)
        : m_session(session)
        , m_transaction(session.database())
        , m_repo(session.database())
        , m_now(session.clock().nowUtc())
    {}
    storage::HouseholdRepository &repo() { return m_repo; }
    QDate today() const { return m_now.date(); }
    const QDateTime &now() const { return m_now; }
    bool note(qint64 householdId, const QString &kind, const QVariantMap &details = {})
    {
        return m_repo.addTimelineEvent(householdId, m_session.worker().id, kind, details, m_now);
    }
    StoreError commit(const QString &action, qint64 householdId, const QList<qint64> &touched)
    {
        for (qint64 id : touched)
            if (!m_repo.refreshSearchText(id))
                return dbError(m_repo.lastError());
        if (StoreError error =
                m_session.audit().append(m_session.worker().id, action, QStringLiteral("household"),
                                         QString::number(householdId));
            !error.ok())
            return error;
        return m_transaction.commit() ? StoreError::success() : dbError(m_transaction.error());
    }
    StoreError failed() const { return dbError(m_repo.lastError()); }

private:
    Session &m_session;
    storage::WriteTransaction m_transaction;
    storage::HouseholdRepository m_repo;
    QDateTime m_now;
};

} // namespace

StoreError HouseholdService::addMember(qint64 householdId, const domain::Member &memberIn)
{
    if (StoreError error = checkAccess(householdId, true); !error.ok())
        return error;
    domain::Member member = memberIn;
    if (member.relation == QLatin1String("head"))
        return StoreError::invalidInput(QCoreApplication::translate(
            "HouseholdService", "Use 'change head' to make someone the head of household."));
    if (StoreError error = validatePerson(&member.person); !error.ok())
        return error;
    Change change(m_session);
    if (StoreError error = insertOrReuse(change.repo(), &member.person); !error.ok())
        return error;
    if (!change.repo().addMembership(householdId, member.person.id, member.relation,
                                     change.today()) ||
        !change.note(householdId, QStringLiteral("member.added"),
                     {{QStringLiteral("person"), member.person.id},
                      {QStringLiteral("relation"), member.relation}}))
        return change.failed();
    return change.commit(QStringLiteral("household.member_add"), householdId, {householdId});
}

StoreError HouseholdService::updatePerson(qint64 householdId, const domain::Person &personIn)
{
    if (StoreError error = checkAccess(householdId, true); !error.ok())
        return error;
    domain::Person person = personIn;
    if (StoreError error = validatePerson(&person); !error.ok())
        return error;
    Change change(m_session);
    if (change.repo().currentHouseholdOf(person.id) != householdId)
        return StoreError::invalidInput(QCoreApplication::translate(
            "HouseholdService", "This person is not a member of this household."));
    if (!person.nationalCode.isEmpty()) {
        const auto other = change.repo().personByNationalCode(person.nationalCode);
        if (other && other->id != person.id)
            return StoreError::invalidInput(
                QCoreApplication::translate("HouseholdService",
                                            "Another person already has national code %1.")
                    .arg(person.nationalCode));
    }
    if (!change.repo().updatePerson(person, change.now()) ||
        !change.note(householdId, QStringLiteral("member.updated"),
                     {{QStringLiteral("person"), person.id}}))
        return change.failed();
    return change.commit(QStringLiteral("household.member_update"), householdId, {householdId});
}

StoreError HouseholdService::memberLeft(qint64 householdId, qint64 personId, const QString &reason,
                                        const QDate &on)
{
    if (StoreError error = checkAccess(householdId, true); !error.ok())
        return error;
    if (reason != QLatin1String("left") && reason != QLatin1String("died"))
        return StoreError::invalidInput(QCoreApplication::translate(
            "HouseholdService", "Say whether the member left or died."));
    Change change(m_session);
    const auto household = change.repo().household(householdId);
    if (household->headPersonId == personId)
        return StoreError::invalidInput(QCoreApplication::translate(
            "HouseholdService", "Choose a new head of household first."));
    if (!change.repo().endMembership(householdId, personId, on, reason))
        return StoreError::invalidInput(QCoreApplication::translate(
            "HouseholdService", "This person is not a member of this household."));
    if (reason == QLatin1String("died")) {
        auto person = change.repo().personById(personId);
        person->diedOn = on;
        if (!change.repo().updatePerson(*person, change.now()))
            return change.failed();
    }
    if (!change.note(householdId, QStringLiteral("member.") + reason,
                     {{QStringLiteral("person"), personId}}))
        return change.failed();
    return change.commit(QStringLiteral("household.member_") + reason, householdId, {householdId});
}

StoreError HouseholdService::moveMember(qint64 personId, qint64 toHouseholdId,
                                        const QString &relation)
{
    storage::HouseholdRepository reader(m_session.database());
    const qint64 from = reader.currentHouseholdOf(personId);
    if (from == 0 || from == toHouseholdId)
        return StoreError::invalidInput(
            QCoreApplication::translate("HouseholdService", "This person cannot be moved there."));
    for (qint64 id : {from, toHouseholdId})
        if (StoreError error = checkAccess(id, true); !error.ok())
            return error;
    if (reader.household(from)->headPersonId == personId)
        return StoreError::invalidInput(QCoreApplication::translate(
            "HouseholdService", "Choose a new head of household first."));
    Change change(m_session);
    if (!change.repo().endMembership(from, personId, change.today(), QStringLiteral("moved")) ||
        !change.repo().addMembership(toHouseholdId, personId, relation, change.today()) ||
        !change.note(
            from, QStringLiteral("member.moved_out"),
            {{QStringLiteral("person"), personId}, {QStringLiteral("to"), toHouseholdId}}) ||
        !change.note(toHouseholdId, QStringLiteral("member.moved_in"),
                     {{QStringLiteral("person"), personId}, {QStringLiteral("from"), from}}))
        return change.failed();
    return change.commit(QStringLiteral("household.member_move"), toHouseholdId,
                         {from, toHouseholdId});
}

StoreError HouseholdService::changeHead(qint64 householdId, qint64 personId)
{
    if (StoreError error = checkAccess(householdId, true); !error.ok())
        return error;
    Change change(m_session);
    auto household = change.repo().household(householdId);
    if (change.repo().currentHouseholdOf(personId) != householdId)
        return StoreError::invalidInput(QCoreApplication::translate(
            "HouseholdService", "This person is not a member of this household."));
    const qint64 previous = household->headPersonId;
    household->headPersonId = personId;
    // The former head stays a member; the worker sets the right relation afterwards.
    if ((previous && !change.repo().setRelation(householdId, previous, QStringLiteral("other"))) ||
        !change.repo().setRelation(householdId, personId, QStringLiteral("head")) ||
        !change.repo().updateHousehold(*household, change.now()) ||
        !change.note(householdId, QStringLiteral("head.changed"),
                     {{QStringLiteral("from"), previous}, {QStringLiteral("to"), personId}}))
        return change.failed();
    return change.commit(QStringLiteral("household.head_change"), householdId, {householdId});
}

StoreError HouseholdService::setRelation(qint64 householdId, qint64 personId,
                                         const QString &relation)
{
    if (StoreError error = checkAccess(householdId, true); !error.ok())
        return error;
    if (relation == QLatin1String("head") || !domain::relationKeys().contains(relation))
        return StoreError::invalidInput(QCoreApplication::translate(
            "HouseholdService", "Choose how the member is related to the head of household."));
    Change change(m_session);
    if (change.repo().household(householdId)->headPersonId == personId)
        return StoreError::invalidInput(QCoreApplication::translate(
            "HouseholdService", "Use 'change head' to make someone the head of household."));
    if (!change.repo().setRelation(householdId, personId, relation))
        return StoreError::invalidInput(QCoreApplication::translate(
            "HouseholdService", "This person is not a member of this household."));
    if (!change.note(
            householdId, QStringLiteral("member.relation"),
            {{QStringLiteral("person"), personId}, {QStringLiteral("relation"), relation}}))
        return change.failed();
    return change.commit(QStringLiteral("household.member_update"), householdId, {householdId});
}

StoreError HouseholdService::setStatus(qint64 householdId, const QString &status,
                                       const QString &reason)
{
    if (StoreError error = checkAccess(householdId, true); !error.ok())
        return error;
    if (!domain::householdStatusKeys().contains(status))
        return StoreError::invalidInput(
            QCoreApplication::translate("HouseholdService", "Unknown file status."));
    if (status != QLatin1String("active") && reason.trimmed().isEmpty())
        return StoreError::invalidInput(QCoreApplication::translate(
            "HouseholdService",
            "Give the reason for suspending, closing or transferring the file."));
    Change change(m_session);
    auto household = change.repo().household(householdId);
    const QString previous = household->status;
    household->status = status;
    household->statusReason = reason.trimmed();
    if (!change.repo().updateHousehold(*household, change.now()) ||
        !change.note(householdId, QStringLiteral("status.changed"),
                     {{QStringLiteral("from"), previous}, {QStringLiteral("to"), status}}))
        return change.failed();
    return change.commit(QStringLiteral("household.status"), householdId, {householdId});
}

StoreError HouseholdService::merge(qint64 keepId, qint64 duplicateId)
{
    if (keepId == duplicateId)
        return StoreError::invalidInput(QCoreApplication::translate(
            "HouseholdService", "A file cannot be merged into itself."));
    for (qint64 id : {keepId, duplicateId})
        if (StoreError error = checkAccess(id, true); !error.ok())
            return error;
    Change change(m_session);
    auto duplicate = change.repo().household(duplicateId);
    const auto keep = change.repo().household(keepId);
    for (const domain::Member &m : change.repo().currentMembers(duplicateId)) {
        const QString relation =
            m.relation == QLatin1String("head") ? QStringLiteral("other") : m.relation;
        if (!change.repo().endMembership(duplicateId, m.person.id, change.today(),
                                         QStringLiteral("merged")))
            return change.failed();
        // Someone listed in both files stays once.
        if (change.repo().currentHouseholdOf(m.person.id) == 0 &&
            !change.repo().addMembership(keepId, m.person.id, relation, change.today()))
            return change.failed();
    }
    duplicate->status = QStringLiteral("closed");
    duplicate->statusReason = QCoreApplication::translate("HouseholdService", "Merged into file %1")
                                  .arg(keep->fileNumber);
    if (!change.repo().updateHousehold(*duplicate, change.now()) ||
        !change.repo().setMergedInto(duplicateId, keepId) ||
        !change.note(keepId, QStringLiteral("file.merged"),
                     {{QStringLiteral("from"), duplicateId}}) ||
        !change.note(duplicateId, QStringLiteral("file.merged_into"),
                     {{QStringLiteral("into"), keepId}}))
        return change.failed();
    return change.commit(QStringLiteral("household.merge"), keepId, {keepId, duplicateId});
}

StoreError HouseholdService::split(qint64 householdId, const QList<qint64> &personIds,
                                   qint64 newHeadId, domain::Household *created)
{
    if (StoreError error = checkAccess(householdId, true); !error.ok())
        return error;
    if (!personIds.contains(newHeadId))
        return StoreError::invalidInput(QCoreApplication::translate(
            "HouseholdService", "The new head must be one of the members who leave."));
    Change change(m_session);
    const auto source = change.repo().household(householdId);
    if (personIds.contains(source->headPersonId))
        return StoreError::invalidInput(QCoreApplication::translate(
            "HouseholdService", "Choose a new head of household first."));
    domain::Household fresh;
    fresh.address = source->address;
    fresh.workerId = source->workerId;
    fresh.headPersonId = newHeadId;
    if (StoreError error = storage::FileNumberBlocks(m_session.database())
                               .draw(m_session.center().code, change.now(), &fresh.fileNumber);
        !error.ok())
        return error;
    if (!change.repo().insertHousehold(&fresh, change.now()))
        return change.failed();
    for (qint64 personId : personIds) {
        if (!change.repo().endMembership(householdId, personId, change.today(),
                                         QStringLiteral("split")) ||
            !change.repo().addMembership(fresh.id, personId,
                                         personId == newHeadId ? QStringLiteral("head")
                                                               : QStringLiteral("other"),
                                         change.today()))
            return StoreError::invalidInput(QCoreApplication::translate(
                "HouseholdService", "Every person who leaves must be a member of this household."));
    }
    if (!change.note(householdId, QStringLiteral("file.split"),
                     {{QStringLiteral("into"), fresh.id}}) ||
        !change.note(fresh.id, QStringLiteral("file.split_from"),
                     {{QStringLiteral("from"), householdId}}))
        return change.failed();
    if (StoreError error =
            change.commit(QStringLiteral("household.split"), householdId, {householdId, fresh.id});
        !error.ok())
        return error;
    if (created)
        *created = fresh;
    return StoreError::success();
}

} // namespace pluslife::services
