#pragma once

#include "storage/storeerror.h"

#include <QtGlobal>

namespace pluslife::services {

class Session;

// `pluslife-admin demo` and the desktop demo: fills the signed-in manager's store with
// synthetic households (models/demo), deterministic for a seed, through the same import path
// as the county office's list, then spreads them over the social workers and plans home visits.
class DemoFill {
public:
    struct Result {
        int households = 0;
        int people = 0;
        int visits = 0;
        int documents = 0;
    };
    static storage::StoreError fill(Session &session, int households, quint64 seed, Result *result);
};

} // namespace pluslife::services
