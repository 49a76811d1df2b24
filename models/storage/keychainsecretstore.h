#pragma once

#include "secretstore.h"

#include <QHash>

namespace pluslife::storage {

// The OS keychain through QtKeychain (Secret Service on Linux, Credential Manager on Windows).
// The insecure plain-file fallback of QtKeychain is never enabled: without a keychain this
// store reports KeychainUnavailable and the caller asks for the recovery code instead.
class KeychainSecretStore final : public SecretStore {
public:
    explicit KeychainSecretStore(QString serviceName = QStringLiteral("PlusLife Desk"));
    // The keychain service the secrets are filed under (another process opens the same store).
    QString serviceName() const { return m_service; }

    StoreError read(const QString &key, QByteArray *value) override;
    StoreError write(const QString &key, const QByteArray &value) override;
    StoreError remove(const QString &key) override;
    QString backendName() const override { return QStringLiteral("os-keychain"); }

private:
    QString m_service;
};

// Process memory only: for the throwaway demo center when no keychain runs, and nothing else.
class MemorySecretStore final : public SecretStore {
public:
    StoreError read(const QString &key, QByteArray *value) override;
    StoreError write(const QString &key, const QByteArray &value) override;
    StoreError remove(const QString &key) override;
    QString backendName() const override { return QStringLiteral("memory"); }

private:
    QHash<QString, QByteArray> m_values;
};

} // namespace pluslife::storage
