#pragma once

#include "domain/center.h"
#include "domain/clock.h"
#include "storage/kdfparams.h"
#include "storage/storeerror.h"

namespace pluslife::storage {
class SecretStore;
}

namespace pluslife::services {

struct ManagerAccount {
    QString username;
    QString displayName;
    QString password;
};

// First start: creates the encrypted store, the center and its first manager, and hands back
// the recovery code, which is shown once and never stored in clear anywhere.
class CenterSetup {
public:
    // Empty error when the inputs would be accepted; otherwise a translated reason.
    static storage::StoreError validate(const domain::CenterInfo &center,
                                        const ManagerAccount &manager);

    static storage::StoreError
    createCenter(const QString &dataDir, storage::SecretStore &secrets,
                 const domain::CenterInfo &center, const ManagerAccount &manager,
                 QString *recoveryCode, const Clock &clock = SystemClock::instance(),
                 const storage::KdfParams &kdf = storage::KdfParams::interactive());
};

} // namespace pluslife::services
