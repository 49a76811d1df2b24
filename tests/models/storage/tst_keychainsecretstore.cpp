// The OS keychain through QtKeychain: a real gnome-keyring on the test session bus, and (as
// tst_keychainabsent) a bus with no keychain, where everything must fail closed, with a message,
// and the vault must create nothing.
#include "storage/keychainsecretstore.h"
#include "storage/vault.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace pluslife;
using namespace pluslife::storage;

class TestKeychainSecretStore : public QObject {
    Q_OBJECT

private slots:
    void writeReadRemove();
    void binaryValuesSurvive();
    void missingEntryIsDeviceSecretMissing();
    void noKeychainMeansNoStore();

private:
    static bool expectNoKeychain()
    {
        return qEnvironmentVariableIsSet("PLUSLIFE_EXPECT_NO_KEYCHAIN");
    }
};

void TestKeychainSecretStore::writeReadRemove()
{
    KeychainSecretStore store(test::uniqueKeychainService());
    const StoreError written =
        store.write(QStringLiteral("device-secret/x"), QByteArray("value-1"));
    if (expectNoKeychain()) {
        QCOMPARE(written.code, StoreErrorCode::KeychainUnavailable);
        QVERIFY(!written.message.isEmpty());
        QByteArray value;
        QCOMPARE(store.read(QStringLiteral("device-secret/x"), &value).code,
                 StoreErrorCode::KeychainUnavailable);
        QVERIFY(value.isEmpty());
        return;
    }
    QVERIFY2(written.ok(), qPrintable(written.message + QLatin1Char(' ') + written.detail));
    QByteArray value;
    QVERIFY(store.read(QStringLiteral("device-secret/x"), &value).ok());
    QCOMPARE(value, QByteArray("value-1"));
    QVERIFY(store.write(QStringLiteral("device-secret/x"), QByteArray("value-2")).ok());
    QVERIFY(store.read(QStringLiteral("device-secret/x"), &value).ok());
    QCOMPARE(value, QByteArray("value-2"));
    QVERIFY(store.remove(QStringLiteral("device-secret/x")).ok());
    QCOMPARE(store.read(QStringLiteral("device-secret/x"), &value).code,
             StoreErrorCode::DeviceSecretMissing);
}

void TestKeychainSecretStore::binaryValuesSurvive()
{
    if (expectNoKeychain())
        QSKIP("no keychain on this bus (by design of this run)");
    KeychainSecretStore store(test::uniqueKeychainService());
    QByteArray secret(32, '\0');
    for (int i = 0; i < secret.size(); ++i)
        secret[i] = char(255 - i * 7);
    QVERIFY(store.write(QStringLiteral("k"), secret).ok());
    QByteArray back;
    QVERIFY(store.read(QStringLiteral("k"), &back).ok());
    QCOMPARE(back, secret);
    store.remove(QStringLiteral("k"));
}

void TestKeychainSecretStore::missingEntryIsDeviceSecretMissing()
{
    KeychainSecretStore store(test::uniqueKeychainService());
    QByteArray value;
    const StoreError error = store.read(QStringLiteral("never-written"), &value);
    QCOMPARE(error.code, expectNoKeychain() ? StoreErrorCode::KeychainUnavailable
                                            : StoreErrorCode::DeviceSecretMissing);
    QVERIFY(!error.message.isEmpty());
}

void TestKeychainSecretStore::noKeychainMeansNoStore()
{
    if (!expectNoKeychain())
        QSKIP("runs as tst_keychainabsent, without a keychain");
    QTemporaryDir dir;
    KeychainSecretStore store(test::uniqueKeychainService());
    test::ManualClock clock;
    Vault vault(dir.path(), store, clock);
    QString code;
    const StoreError error =
        vault.create(QStringLiteral("manager"), QStringLiteral("correct horse 1405"), &code,
                     KdfParams::fastForTests());
    QCOMPARE(error.code, StoreErrorCode::KeychainUnavailable);
    QVERIFY(code.isEmpty());
    QVERIFY(QDir(dir.path()).isEmpty()); // nothing half-made
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
