// A locked keychain (gnome-keyring's login collection locked over D-Bus, with no prompter to
// unlock it): opening fails closed with a message that names the keychain, and no file of the
// store changes. Runs in a D-Bus session and keyring of its own (see CMakeLists.txt).
#include "storage/keychainsecretstore.h"
#include "storage/vault.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pluslife;
using namespace pluslife::storage;

namespace {

bool lockLoginKeyring()
{
    QProcess process;
    process.start(QStringLiteral("gdbus"),
                  {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                   QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                   QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                   QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                   QStringLiteral("['/org/freedesktop/secrets/collection/login']")});
    return process.waitForFinished(20000) && process.exitCode() == 0;
}

} // namespace

class TestKeychainLocked : public QObject {
    Q_OBJECT

private slots:
    void lockedKeychainFailsClosed();
};

void TestKeychainLocked::lockedKeychainFailsClosed()
{
    QTemporaryDir dir;
    KeychainSecretStore keychain(test::uniqueKeychainService());
    test::ManualClock clock;
    Vault vault(dir.path(), keychain, clock);
    QString code;
    QVERIFY(vault
                .create(QStringLiteral("manager"), QStringLiteral("correct horse 1405"), &code,
                        KdfParams::fastForTests())
                .ok());
    vault.lock();
    const auto before = test::snapshotFolder(dir.path());

    if (!lockLoginKeyring())
        QSKIP("the keyring could not be locked over D-Bus here");
    const StoreError error =
        vault.unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"));
    QVERIFY(!error.ok());
    QVERIFY2(error.code == StoreErrorCode::DeviceSecretMissing ||
                 error.code == StoreErrorCode::KeychainDenied ||
                 error.code == StoreErrorCode::KeychainUnavailable,
             qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("locked")), qPrintable(error.message));
    QVERIFY(!vault.isUnlocked());
    QCOMPARE(test::snapshotFolder(dir.path()), before);
}

QTEST_GUILESS_MAIN(TestKeychainLocked)
#include "tst_keychainlocked.moc"
