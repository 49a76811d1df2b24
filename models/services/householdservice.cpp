#include "householdservice.h"

#include "capacityservice.h"
#include "domain/accesspolicy.h"
#include "domain/choices.h"
#include "householdaccess.h"
#include "locale/textfolding.h"
#include "locale/validators.h"
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

} // namespace

HouseholdService::HouseholdService(Session &session)
    : m_session(session)
{}

StoreError HouseholdService::validatePerson(domain::Person *person) const
{
    person->firstName = person->firstName.trimmed();
    person->lastName = person->lastName.trimmed();
    if (person->firstName.isEmpty() || person->lastName.isEmpty())
        return StoreError::invalidInput(
            QCoreApplication::translate("HouseholdService", "Enter the first and the last name."));
    if (person->sex != QLatin1String("female") && person->sex != QLatin1String("male"))
        return StoreError::invalidInput(
            QCoreApplication::translate("HouseholdService", "Choose the sex."));
    if (!person->nationalCode.trimmed().isEmpty()) {
        const auto result = locale::validateNationalCode(person->nationalCode);
        if (!result.ok)
            return StoreError::invalidInput(result.error);
        person->nationalCode = result.normalized;
    }
    // Closed lists: a key outside the list would show as raw text on every screen.
    const QList<QPair<domain::Choice, QString *>> choices{
        {domain::Choice::MaritalStatus, &person->maritalStatus},
        {domain::Choice::Education, &person->education},
        {domain::Choice::Insurance, &person->insurance},
        {domain::Choice::DisabilityType, &person->disabilityType},
        {domain::Choice::DisabilitySeverity, &person->disabilitySeverity}};
    for (const auto &[choice, value] : choices) {
        *value = value->trimmed();
        if (!value->isEmpty() && !domain::choiceKeys(choice).contains(*value))
            return StoreError::invalidInput(
                QCoreApplication::translate("HouseholdService",
                                            "\"%1\" is not one of the values this field takes.")
                    .arg(*value));
    }
    if (person->birthDate.isValid() && person->birthDate > m_session.clock().nowUtc().date())
        return StoreError::invalidInput(
            QCoreApplication::translate("HouseholdService", "The birth date is in the future."));
    if (!person->mobile.trimmed().isEmpty()) {
        const auto result = locale::validateMobile(person->mobile);
        if (!result.ok)
            return StoreError::invalidInput(result.error);
        person->mobile = result.normalized;
    }
    return StoreError::success();
}

StoreError HouseholdService::checkAccess(qint64 householdId, bool write) const
{
    return checkHouseholdAccess(m_session, householdId, write);
}

std::optional<HouseholdService::KnownPerson>
HouseholdService::findByNationalCode(const QString &typed, StoreError *error) const
{
    const auto code = locale::validateNationalCode(typed);
    if (!code.ok) {
        *error = StoreError::invalidInput(code.error);
        return std::nullopt;
    }
    if (m_session.isLocked()) {
        *error = StoreError::notUnlocked();
        return std::nullopt;
    }
    storage::HouseholdRepository repo(m_session.database());
    const auto person = repo.personByNationalCode(code.normalized);
    *error = StoreError::success();
    if (!person)
        return std::nullopt;
    KnownPerson known{*person, repo.currentHouseholdOf(person->id), {}};
    if (known.householdId)
        known.fileNumber = repo.household(known.householdId)->fileNumber;
    if (!domain::allows(m_session.worker().role, domain::Capability::ReadFileDetails)) {
        // Reception learns that the person is known and where, not the person's details.
        const domain::Person full = known.person;
        known.person = {};
        known.person.id = full.id;
        known.person.nationalCode = full.nationalCode;
        known.person.firstName = full.firstName;
        known.person.lastName = full.lastName;
    }
    return known;
}

QList<domain::Person> HouseholdService::likelyDuplicates(const domain::Person &person) const
{
    if (m_session.isLocked() || !person.birthDate.isValid())
        return {};
    QList<domain::Person> matches =
        storage::HouseholdRepository(m_session.database())
            .peopleByNameAndBirth(locale::foldForSearch(person.fullName()), person.birthDate);
    matches.removeIf([&](const domain::Person &p) { return p.id == person.id; });
    return matches;
}

StoreError HouseholdService::insertOrReuse(storage::HouseholdRepository &repo,
                                           domain::Person *person)
{
    if (!person->nationalCode.isEmpty()) {
        if (const auto existing = repo.personByNationalCode(person->nationalCode)) {
            if (const qint64 current = repo.currentHouseholdOf(existing->id)) {
                return StoreError::invalidInput(
                    QCoreApplication::translate(
                        "HouseholdService",
                        "National code %1 already belongs to a member of file %2; move "
                        "the person from that file instead.")
                        .arg(person->nationalCode, repo.household(current)->fileNumber));
            }
            *person = *existing; // the same person, never a second record
            return StoreError::success();
        }
    }
    return repo.insertPerson(person, m_session.clock().nowUtc()) ? StoreError::success()
                                                                 : dbError(repo.lastError());
}

StoreError HouseholdService::validateFile(NewFile *file) const
{
    if (file->head.nationalCode.trimmed().isEmpty())
        return StoreError::invalidInput(QCoreApplication::translate(
            "HouseholdService", "The head of household's national code is needed to open a file."));
    if (StoreError error = validatePerson(&file->head); !error.ok())
        return error;
    for (domain::Member &member : file->others)
        if (StoreError error = validatePerson(&member.person); !error.ok())
            return error;
    if (!file->housing.isEmpty() &&
        !domain::choiceKeys(domain::Choice::Housing).contains(file->housing))
        return StoreError::invalidInput(
            QCoreApplication::translate("HouseholdService", "Housing is owner, tenant or other."));
    if (!file->address.postalCode.isEmpty()) {
        const auto postal = locale::validatePostalCode(file->address.postalCode);
        if (!postal.ok)
            return StoreError::invalidInput(postal.error);
        file->address.postalCode = postal.normalized;
    }
    return StoreError::success();
}

// Inside the caller's transaction; no capacity check and no audit (the callers do both).
StoreError HouseholdService::insertFile(storage::HouseholdRepository &repo, NewFile file,
                                        const QDateTime &now, domain::Household *created)
{
    const domain::Worker &me = m_session.worker();
    domain::Household household;
    if (StoreError error = storage::FileNumberBlocks(m_session.database())
                               .draw(m_session.center().code, now, &household.fileNumber);
        !error.ok())
        return error;
    household.address = file.address;
    household.housing = file.housing;
    household.monthlyRent = file.monthlyRent;
    household.incomeSources = file.incomeSources;
    household.workerId = me.role == domain::WorkerRole::SocialWorker ? me.id : 0;
    if (!repo.insertHousehold(&household, now))
        return dbError(repo.lastError());
    if (StoreError error = insertOrReuse(repo, &file.head); !error.ok())
        return error;
    household.headPersonId = file.head.id;
    if (!repo.addMembership(household.id, file.head.id, QStringLiteral("head"), now.date()))
        return dbError(repo.lastError());
    for (domain::Member &member : file.others) {
        if (StoreError error = insertOrReuse(repo, &member.person); !error.ok())
            return error;
        if (!repo.addMembership(household.id, member.person.id, member.relation, now.date()))
            return StoreError::invalidInput(QCoreApplication::translate(
                "HouseholdService", "The same person is listed twice."));
    }
    if (!repo.updateHousehold(household, now) || !repo.refreshSearchText(household.id) ||
        !repo.addTimelineEvent(household.id, me.id, QStringLiteral("file.opened"),
                               {{QStringLiteral("channel"), file.channel},
                                {QStringLiteral("members"), int(file.others.size() + 1)}},
                               now) ||
        !repo.addRequest({file.channel,
                          QStringLiteral("new-file"),
                          household.id,
                          file.head.id,
                          file.asked,
                          {},
                          me.id,
                          {}},
                         now))
        return dbError(repo.lastError());
    *created = household;
    return StoreError::success();
}

StoreError HouseholdService::openFile(const NewFile &fileIn, domain::Household *created,
                                      QStringList *warnings)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    if (!domain::allows(m_session.worker().role, domain::Capability::OpenFile))
        return notPermittedError();
    NewFile file = fileIn;
    if (StoreError error = validateFile(&file); !error.ok())
        return error;
    storage::WriteTransaction transaction(m_session.database());
    if (StoreError error =
            CapacityService(m_session).checkCenter(1, file.capacityOverrideReason, warnings);
        !error.ok())
        return error;
    storage::HouseholdRepository repo(m_session.database());
    domain::Household household;
    if (StoreError error = insertFile(repo, file, m_session.clock().nowUtc(), &household);
        !error.ok())
        return error;
    m_session.audit().append(m_session.worker().id, QStringLiteral("household.open"),
                             QStringLiteral("household"), QString::number(household.id));
    if (!transaction.commit())
        return dbError(transaction.error());
    if (created)
        *created = household;
    return StoreError::success();
}

StoreError HouseholdService::logInquiry(const QString &channel, const QString &who,
                                        const QString &asked, const QString &answered)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    if (!domain::allows(m_session.worker().role, domain::Capability::RegisterRequest))
        return notPermittedError();
    if (asked.trimmed().isEmpty())
        return StoreError::invalidInput(
            QCoreApplication::translate("HouseholdService", "Write down what was asked."));
    storage::HouseholdRepository repo(m_session.database());
    if (!repo.addRequest({channel, QStringLiteral("inquiry"), 0, 0, asked.trimmed(),
                          answered.trimmed(), m_session.worker().id, who.trimmed()},
                         m_session.clock().nowUtc()))
        return dbError(repo.lastError());
    return StoreError::success();
}

} // namespace pluslife::services
