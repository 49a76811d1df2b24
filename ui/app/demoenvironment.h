#pragma once

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace pluslife::storage {
class SecretStore;
}

namespace pluslife::ui {

// `pluslife --demo`: a throwaway center in a temporary directory (removed on exit) with a
// manager and two workers, for trying the app out. Keys go to the OS keychain when one
// answers; otherwise, and only here, to process memory.
class DemoEnvironment {
    Q_DECLARE_TR_FUNCTIONS(DemoEnvironment)
public:
    ~DemoEnvironment();

    // nullptr and a translated reason when the demo center could not be made.
    static std::unique_ptr<DemoEnvironment> create(QString *error);

    QString dataDir() const { return m_dir.path(); }
    storage::SecretStore &secrets() { return *m_secrets; }
    QString managerUsername() const;
    // The text the sign-in dialog shows: who to sign in as, the password, where keys are kept.
    QString signInNote() const;

private:
    DemoEnvironment();
    QString populate();

    QTemporaryDir m_dir;
    std::unique_ptr<storage::SecretStore> m_secrets;
    bool m_keysInMemory = false;
};

} // namespace pluslife::ui
