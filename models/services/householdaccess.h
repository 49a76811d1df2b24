#pragma once

#include "storage/storeerror.h"

#include <QtGlobal>

namespace pluslife::services {

class Session;

// The one check every household-related service runs before it reads or changes a file: the
// signed-in worker's role allows it (domain/accesspolicy.h) and the file is in their scope.
storage::StoreError checkHouseholdAccess(const Session &session, qint64 householdId, bool write);
storage::StoreError notPermittedError();

} // namespace pluslife::services
