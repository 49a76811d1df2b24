#pragma once

#include "worker.h"

namespace pluslife::domain {

// Who may see and do what with household files (issue 3, "Who sees what"). The storage layer
// asks this before every read and write, so the rules hold whatever the UI shows.
enum class HouseholdScope {
    All,              // manager
    OwnAndUnassigned, // social worker: files assigned to them and the unassigned queue
    SearchOnly,       // reception: finds any file to avoid duplicates, opens files, no details
    Referred,         // specialist: only what is referred to them (referrals arrive later)
};

enum class Capability {
    RegisterRequest,
    OpenFile,
    EditMembers,
    ReadFileDetails, // members' details, address, timeline
    ReadDocuments,   // documents beyond the checklist
    AssignFiles,
    OverrideCapacity,
    ChangeFileStatus,
};

HouseholdScope householdScope(WorkerRole role);
bool allows(WorkerRole role, Capability capability);

} // namespace pluslife::domain
