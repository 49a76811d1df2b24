// HouseholdService::importFiles: many files at once, all or nothing.
#include "householdservice.h"

#include "capacityservice.h"
#include "domain/accesspolicy.h"
#include "householdaccess.h"
#include "session.h"
#include "storage/auditlog.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QHash>

namespace pluslife::services {

using storage::StoreError;
using storage::StoreErrorCode;

StoreError HouseholdService::importFiles(const QList<NewFile> &filesIn,
                                         const QString &capacityOverrideReason, bool dryRun,
                                         ImportReport *report)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    if (!domain::allows(m_session.worker().role, domain::Capability::OpenFile))
        return notPermittedError();
    *report = {};
    QList<NewFile> files = filesIn;
    QHash<QString, int> seen; // national code -> first file index
    storage::HouseholdRepository repo(m_session.database());
    for (int i = 0; i < files.size(); ++i) {
        const QString where =
            QCoreApplication::translate("HouseholdService", "Household %1: ").arg(i + 1);
        if (StoreError error = validateFile(&files[i]); !error.ok()) {
            report->problems << where + error.message;
            continue;
        }
        QList<domain::Person *> people{&files[i].head};
        for (domain::Member &m : files[i].others)
            people << &m.person;
        for (const domain::Person *p : std::as_const(people)) {
            ++report->people;
            if (p->nationalCode.isEmpty())
                continue;
            if (seen.contains(p->nationalCode))
                report->problems << where + QCoreApplication::translate(
                                                "HouseholdService",
                                                "national code %1 also appears in household %2.")
                                                .arg(p->nationalCode)
                                                .arg(seen.value(p->nationalCode) + 1);
            else
                seen.insert(p->nationalCode, i);
            if (const auto existing = repo.personByNationalCode(p->nationalCode);
                existing && repo.currentHouseholdOf(existing->id))
                report->problems << where +
                                        QCoreApplication::translate(
                                            "HouseholdService",
                                            "national code %1 is already in a file of this center.")
                                            .arg(p->nationalCode);
        }
    }
    report->files = int(files.size());
    QStringList warnings;
    storage::WriteTransaction transaction(m_session.database());
    if (StoreError error = CapacityService(m_session).checkCenter(
            int(files.size()), capacityOverrideReason, &warnings);
        !error.ok())
        report->problems << error.message;
    if (!report->problems.isEmpty())
        return StoreError::make(
            StoreErrorCode::InvalidInput,
            QCoreApplication::translate("HouseholdService",
                                        "The list was not imported: %n problem(s) found.", nullptr,
                                        int(report->problems.size())));
    if (dryRun)
        return StoreError::success();
    const QDateTime now = m_session.clock().nowUtc();
    for (const NewFile &file : std::as_const(files)) {
        domain::Household created;
        if (StoreError error = insertFile(repo, file, now, &created); !error.ok())
            return error;
    }
    m_session.audit().append(m_session.worker().id, QStringLiteral("household.import"),
                             QStringLiteral("center"), m_session.center().code,
                             {{QStringLiteral("files"), report->files}});
    if (!transaction.commit())
        return StoreError::make(StoreErrorCode::Database,
                                QCoreApplication::translate(
                                    "HouseholdService", "The household file could not be saved."),
                                transaction.error().databaseText());
    return StoreError::success();
}

} // namespace pluslife::services
