#pragma once

// One PlusLife Desk store (a "device"): made in-process with a fast KDF, changed through the real
// services, synced by running the real `pluslife-admin enroll` / `sync` as separate processes.
#include "services/session.h"
#include "storage/keychainsecretstore.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace pluslife::test {

inline const QString kClientPassword = QStringLiteral("sync test manager 1405");

class ClientFixture {
public:
    explicit ClientFixture(QString centerCode = QStringLiteral("230101"));

    bool create();
    services::Session &session() { return *m_session; }
    QString dataDir() const { return m_dir.path(); }
    QString username() const { return m_username; }
    storage::SecretStore &keychain() { return m_keychain; }

    // New household with a head whose national code comes from `serial`; returns its id.
    qint64 openHousehold(int serial);
    QStringList householdUuids();
    // A PDF document of about `bytes` bytes on the household (an attachment to upload).
    bool attachDocument(qint64 householdId, int bytes, int seed);
    int count(const QString &table, const QString &where = QString());

    // pluslife-admin as a separate process (the manager's password from the environment).
    int runAdmin(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr,
                 const QProcessEnvironment &extra = {});
    bool enroll(const QString &url, const QString &code, const QString &caFile,
                QString *err = nullptr);
    // One `pluslife-admin sync --json`; returns its JSON (with "exit" added).
    QJsonObject sync(const QProcessEnvironment &extra = {});
    // Starts a sync without waiting (for kill tests).
    void startSync(QProcess *process, const QProcessEnvironment &extra = {});

    static QString validNationalCode(int serial);

private:
    QProcessEnvironment environment(const QProcessEnvironment &extra) const;

    QString m_centerCode;
    // Each device's own first manager: user names are unique in a center, across its devices.
    QString m_username;
    QTemporaryDir m_dir;
    storage::KeychainSecretStore m_keychain;
    std::unique_ptr<services::Session> m_session;
};

} // namespace pluslife::test
