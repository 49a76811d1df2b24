// The vault against a real SQLCipher file and the real keychain (gnome-keyring on the test
// session bus). KDF cost is turned down (KdfParams::fastForTests) except where the cost is the
// subject; everything else is the production code path.
#include "storage/keychainsecretstore.h"
#include "storage/vault.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pluslife;
using namespace pluslife::storage;

class TestVault : public QObject {
    Q_OBJECT

private slots:
    void init();
    void createThenUnlock();
    void wrongPasswordChangesNothing();
    void unknownUserLooksLikeWrongPassword();
    void repeatedFailuresLockOutWithGrowingDelay();
    void lockClosesConnectionsAndForgetsKeys();
    void neverCreatesOverAnExistingStore();
    void missingFileIsReportedNotRecreated();
    void copiedFolderNeedsThisDevice();
    void recoveryCodeRebindsTheKeychain();
    void wrongRecoveryCodeFails();
    void removedSlotNoLongerOpens();
    void rekeyKeepsDataAndChangesTheKey();
    void interruptedRekeyIsFinishedOrAbandoned();
    void cipherSettingsAreRecorded();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    test::ManualClock m_clock;
    QString m_recovery;

    std::unique_ptr<Vault> makeVault()
    {
        return std::make_unique<Vault>(m_dir->path(), *m_keychain, m_clock);
    }
    void createStore()
    {
        auto vault = makeVault();
        const StoreError error =
            vault->create(QStringLiteral("manager"), QStringLiteral("correct horse 1405"),
                          &m_recovery, KdfParams::fastForTests());
        QVERIFY2(error.ok(), qPrintable(error.message + QLatin1Char(' ') + error.detail));
        QSqlQuery q(vault->database());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO settings (key, value, updated_utc) VALUES ('probe', 'kept', 'now')")));
    }
};

void TestVault::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_keychain = std::make_unique<KeychainSecretStore>(test::uniqueKeychainService());
    m_recovery.clear();
}

void TestVault::createThenUnlock()
{
    createStore();
    QCOMPARE(m_recovery.size(), 29);
    auto vault = makeVault();
    const StoreError error =
        vault->unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"));
    QVERIFY2(error.ok(), qPrintable(error.message));
    QSqlQuery q(vault->database());
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'probe'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
    // The user name is not written in clear in the key file.
    QVERIFY(!test::readFile(vault->files().keySlots()).contains("manager"));
}

void TestVault::wrongPasswordChangesNothing()
{
    createStore();
    const StoreFiles files{m_dir->path()};
    const QByteArray db = test::readFile(files.database());
    const QByteArray keys = test::readFile(files.keySlots());
    auto vault = makeVault();
    const StoreError error =
        vault->unlockWithPassword(QStringLiteral("manager"), QStringLiteral("wrong password!"));
    QCOMPARE(error.code, StoreErrorCode::WrongPassword);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!vault->isUnlocked());
    QCOMPARE(test::readFile(files.database()), db);
    QCOMPARE(test::readFile(files.keySlots()), keys);
    QVERIFY(!QFile::exists(files.wal()));
}

void TestVault::unknownUserLooksLikeWrongPassword()
{
    createStore();
    auto vault = makeVault();
    QCOMPARE(
        vault->unlockWithPassword(QStringLiteral("nobody"), QStringLiteral("correct horse 1405"))
            .code,
        StoreErrorCode::WrongPassword);
}

void TestVault::repeatedFailuresLockOutWithGrowingDelay()
{
    createStore();
    auto vault = makeVault();
    const QString user = QStringLiteral("manager");
    for (int i = 0; i < 2; ++i)
        QCOMPARE(vault->unlockWithPassword(user, QStringLiteral("bad password %1").arg(i))
                     .retryAfterSeconds,
                 0);
    QCOMPARE(vault->unlockWithPassword(user, QStringLiteral("bad password 3")).retryAfterSeconds,
             5);
    // Even the right password waits until the delay has passed.
    StoreError error = vault->unlockWithPassword(user, QStringLiteral("correct horse 1405"));
    QCOMPARE(error.code, StoreErrorCode::LockedOut);
    QVERIFY(error.retryAfterSeconds > 0 && error.retryAfterSeconds <= 5);
    m_clock.advanceSeconds(6);
    QCOMPARE(vault->unlockWithPassword(user, QStringLiteral("bad password 4")).retryAfterSeconds,
             15);
    m_clock.advanceSeconds(16);
    QCOMPARE(vault->unlockWithPassword(user, QStringLiteral("bad password 5")).retryAfterSeconds,
             30);
    m_clock.advanceSeconds(31);
    QCOMPARE(vault->unlockWithPassword(user, QStringLiteral("bad password 6")).retryAfterSeconds,
             60);
    m_clock.advanceSeconds(61);
    error = vault->unlockWithPassword(user, QStringLiteral("correct horse 1405"));
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(vault->takeUnreportedFailures().size(), 6);
    vault->lock();
    // Success resets the counter.
    QCOMPARE(vault->unlockWithPassword(user, QStringLiteral("bad again")).retryAfterSeconds, 0);
    QCOMPARE(SignInGuard::delayAfterFailures(40), 3600);
}

void TestVault::lockClosesConnectionsAndForgetsKeys()
{
    createStore();
    auto vault = makeVault();
    QVERIFY(
        vault->unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"))
            .ok());
    QSqlDatabase db = vault->database();
    QVERIFY(db.isOpen());
    const QString name = db.connectionName();
    db = QSqlDatabase();
    vault->lock();
    QVERIFY(!vault->isUnlocked());
    QVERIFY(!QSqlDatabase::contains(name));
    QVERIFY(!vault->database().isValid());
}

void TestVault::neverCreatesOverAnExistingStore()
{
    createStore();
    const auto before = test::snapshotFolder(m_dir->path());
    auto vault = makeVault();
    QString code;
    QCOMPARE(vault
                 ->create(QStringLiteral("other"), QStringLiteral("another password 1"), &code,
                          KdfParams::fastForTests())
                 .code,
             StoreErrorCode::StoreExists);
    QVERIFY(code.isEmpty());
    QCOMPARE(test::snapshotFolder(m_dir->path()), before);
}

void TestVault::missingFileIsReportedNotRecreated()
{
    createStore();
    const StoreFiles files{m_dir->path()};
    QVERIFY(QFile::remove(files.database()));
    auto vault = makeVault();
    QCOMPARE(
        vault->unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"))
            .code,
        StoreErrorCode::IncompleteStore);
    QVERIFY(!QFile::exists(files.database()));

    QTemporaryDir empty;
    Vault nothing(empty.path(), *m_keychain, m_clock);
    QCOMPARE(nothing.unlockWithPassword(QStringLiteral("manager"), QStringLiteral("x")).code,
             StoreErrorCode::NoStore);
    QVERIFY(QDir(empty.path()).isEmpty());
}

void TestVault::copiedFolderNeedsThisDevice()
{
    createStore();
    // Another computer: its own keychain, without this store's device secret.
    KeychainSecretStore elsewhere(test::uniqueKeychainService());
    Vault copy(m_dir->path(), elsewhere, m_clock);
    const auto before = test::snapshotFolder(m_dir->path());
    const StoreError error =
        copy.unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"));
    QCOMPARE(error.code, StoreErrorCode::DeviceSecretMissing);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(test::snapshotFolder(m_dir->path()), before);
}

void TestVault::recoveryCodeRebindsTheKeychain()
{
    createStore();
    auto vault = makeVault();
    QVERIFY(
        vault->unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"))
            .ok());
    const QString vaultId = vault->vaultId();
    vault->lock();
    QVERIFY(m_keychain->remove(deviceSecretKey(vaultId)).ok()); // a reinstalled OS
    QCOMPARE(
        vault->unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"))
            .code,
        StoreErrorCode::DeviceSecretMissing);
    // Typed sloppily: lower case, no dashes.
    const StoreError error =
        vault->unlockWithRecoveryCode(m_recovery.toLower().remove(QLatin1Char('-')));
    QVERIFY2(error.ok(), qPrintable(error.message));
    QVERIFY(vault->isUnlocked());
    vault->lock();
    QVERIFY(
        vault->unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"))
            .ok());
}

void TestVault::wrongRecoveryCodeFails()
{
    createStore();
    const auto before = test::snapshotFolder(m_dir->path());
    auto vault = makeVault();
    QCOMPARE(vault->unlockWithRecoveryCode(QStringLiteral("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")).code,
             StoreErrorCode::WrongRecoveryCode);
    auto after = test::snapshotFolder(m_dir->path());
    after.remove(QStringLiteral("signin-guard.json"));
    QCOMPARE(after, before);
}

void TestVault::removedSlotNoLongerOpens()
{
    createStore();
    auto vault = makeVault();
    QVERIFY(
        vault->unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"))
            .ok());
    QVERIFY(vault
                ->setPasswordSlot(QStringLiteral("sara"), QStringLiteral("sara's password"),
                                  KdfParams::fastForTests())
                .ok());
    QVERIFY(vault->hasPasswordSlot(QStringLiteral("SARA")));
    vault->lock();
    QVERIFY(
        vault->unlockWithPassword(QStringLiteral("sara"), QStringLiteral("sara's password")).ok());
    QVERIFY(vault->removePasswordSlot(QStringLiteral("sara")).ok());
    vault->lock();
    QCOMPARE(
        vault->unlockWithPassword(QStringLiteral("sara"), QStringLiteral("sara's password")).code,
        StoreErrorCode::WrongPassword);
}

void TestVault::rekeyKeepsDataAndChangesTheKey()
{
    createStore();
    const StoreFiles files{m_dir->path()};
    auto vault = makeVault();
    QVERIFY(
        vault->unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"))
            .ok());
    const QByteArray oldHeader = test::readFile(files.database()).left(64);
    const StoreError error = vault->rekey();
    QVERIFY2(error.ok(), qPrintable(error.message + QLatin1Char(' ') + error.detail));
    QCOMPARE(vault->keyFile().dataKeyGeneration, 2);
    QVERIFY(!vault->keyFile().pendingDataKey);
    QVERIFY(!QFile::exists(files.rekeyScratch()));
    vault->lock();
    QVERIFY(test::readFile(files.database()).left(64) != oldHeader); // a new salt: a new file
    QVERIFY(
        vault->unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"))
            .ok());
    QSqlQuery q(vault->database());
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'probe'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
}

void TestVault::interruptedRekeyIsFinishedOrAbandoned()
{
    // The states a kill can leave (the crash test in tst_admincli kills a real process at each).
    createStore();
    const StoreFiles files{m_dir->path()};
    auto vault = makeVault();
    QVERIFY(
        vault->unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"))
            .ok());
    const QByteArray keysBefore = test::readFile(files.keySlots());
    const QByteArray dbBefore = test::readFile(files.database());
    QVERIFY(vault->rekey().ok());
    const QByteArray keysAfter = test::readFile(files.keySlots());
    vault->lock();

    // Killed after the rename, before the key file was finished: new database, old key file with
    // the pending key. Build that state from the two real files.
    VaultFile oldKeys;
    QVERIFY(readVaultFile(files.keySlots(), &oldKeys).ok());
    StoreError parseError;
    auto beforeFile = VaultFile::fromJson(keysBefore, &parseError);
    QVERIFY(beforeFile);
    beforeFile->pendingDataKey = oldKeys.dataKey;
    QVERIFY(writeVaultFile(files.keySlots(), *beforeFile).ok());
    QVERIFY(
        vault->unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"))
            .ok());
    QCOMPARE(vault->keyFile().dataKeyGeneration, 2);
    QVERIFY(!vault->keyFile().pendingDataKey);
    vault->lock();

    // Killed before the rename: old database, key file with a pending key, scratch file left.
    QFile::remove(files.database());
    QFile db(files.database());
    QVERIFY(db.open(QIODevice::WriteOnly));
    db.write(dbBefore);
    db.close();
    QFile scratch(files.rekeyScratch());
    QVERIFY(scratch.open(QIODevice::WriteOnly));
    scratch.write("half an export");
    scratch.close();
    beforeFile->pendingDataKey = oldKeys.dataKey;
    QVERIFY(writeVaultFile(files.keySlots(), *beforeFile).ok());
    QVERIFY(
        vault->unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"))
            .ok());
    QCOMPARE(vault->keyFile().dataKeyGeneration, 1);
    QVERIFY(!vault->keyFile().pendingDataKey);
    QVERIFY(!QFile::exists(files.rekeyScratch()));
    Q_UNUSED(keysAfter);
}

void TestVault::cipherSettingsAreRecorded()
{
    createStore();
    auto vault = makeVault();
    QVERIFY(
        vault->unlockWithPassword(QStringLiteral("manager"), QStringLiteral("correct horse 1405"))
            .ok());
    QCOMPARE(vault->cipherSettings().value(QStringLiteral("cipher_page_size")).toInt(), 4096);
    QSqlQuery q(vault->database());
    QVERIFY(q.exec(QStringLiteral(
                "SELECT value FROM store_settings WHERE key = 'open.journal_mode'")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral(
                "SELECT value FROM store_settings WHERE key = 'open.cipher_version'")) &&
            q.next());
    QVERIFY(!q.value(0).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
