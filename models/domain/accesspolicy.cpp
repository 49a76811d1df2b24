#include "accesspolicy.h"

namespace pluslife::domain {

HouseholdScope householdScope(WorkerRole role)
{
    switch (role) {
    case WorkerRole::Manager:
        return HouseholdScope::All;
    case WorkerRole::SocialWorker:
        return HouseholdScope::OwnAndUnassigned;
    case WorkerRole::Reception:
        return HouseholdScope::SearchOnly;
    case WorkerRole::Specialist:
        return HouseholdScope::Referred;
    }
    return HouseholdScope::Referred;
}

bool allows(WorkerRole role, Capability capability)
{
    switch (capability) {
    case Capability::RegisterRequest:
    case Capability::OpenFile:
        return role != WorkerRole::Specialist;
    case Capability::EditMembers:
    case Capability::ReadFileDetails:
    case Capability::ReadDocuments:
    case Capability::ChangeFileStatus:
        return role == WorkerRole::Manager || role == WorkerRole::SocialWorker;
    case Capability::AssignFiles:
    case Capability::OverrideCapacity:
        return role == WorkerRole::Manager;
    }
    return false;
}

} // namespace pluslife::domain
