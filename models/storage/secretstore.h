#pragma once

#include "storeerror.h"

#include <QByteArray>
#include <QString>

namespace pluslife::storage {

// Where this device keeps the secrets that must not live beside the data: the OS keychain in
// production (KeychainSecretStore). Kept behind an interface so the demo center can run on a
// machine without a keychain (MemorySecretStore, never used for real data).
class SecretStore {
public:
    virtual ~SecretStore() = default;
    virtual StoreError read(const QString &key, QByteArray *value) = 0;
    virtual StoreError write(const QString &key, const QByteArray &value) = 0;
    virtual StoreError remove(const QString &key) = 0;
    virtual QString backendName() const = 0;
};

} // namespace pluslife::storage
