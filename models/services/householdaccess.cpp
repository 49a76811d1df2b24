#include "householdaccess.h"

#include "domain/accesspolicy.h"
#include "session.h"
#include "storage/householdrepository.h"

#include <QCoreApplication>

namespace pluslife::services {

using storage::StoreError;

StoreError notPermittedError()
{
    return StoreError::make(
        storage::StoreErrorCode::NotPermitted,
        QCoreApplication::translate("HouseholdService",
                                    "Your role does not allow this on this household file."));
}

StoreError checkHouseholdAccess(const Session &session, qint64 householdId, bool write)
{
    if (session.isLocked())
        return StoreError::notUnlocked();
    const domain::Worker &me = session.worker();
    if (!domain::allows(me.role, write ? domain::Capability::EditMembers
                                       : domain::Capability::ReadFileDetails))
        return notPermittedError();
    const auto household = storage::HouseholdRepository(session.database()).household(householdId);
    if (!household)
        return StoreError::make(
            storage::StoreErrorCode::InvalidInput,
            QCoreApplication::translate("HouseholdService", "There is no such household file."));
    if (domain::householdScope(me.role) == domain::HouseholdScope::OwnAndUnassigned &&
        household->workerId != 0 && household->workerId != me.id)
        return notPermittedError();
    return StoreError::success();
}

} // namespace pluslife::services
