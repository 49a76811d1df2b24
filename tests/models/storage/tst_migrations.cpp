// Migrations on a real store: the embedded steps apply in order, a failing step rolls back as a
// whole, and a store from a newer build is refused with its files untouched.
#include "storage/keychainsecretstore.h"
#include "storage/migrations.h"
#include "storage/vault.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pluslife;
using namespace pluslife::storage;

class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void embeddedStepsAreOrderedAndApplied();
    void failingStepRollsBackWhole();
    void newerStoreIsRefusedUntouched();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<Vault> m_vault;
    test::ManualClock m_clock;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_keychain = std::make_unique<KeychainSecretStore>(test::uniqueKeychainService());
    m_vault = std::make_unique<Vault>(m_dir->path(), *m_keychain, m_clock);
    QString code;
    QVERIFY(m_vault
                ->create(QStringLiteral("manager"), QStringLiteral("correct horse 1405"), &code,
                         KdfParams::fastForTests())
                .ok());
}

void TestMigrations::cleanup()
{
    m_vault.reset();
}

void TestMigrations::embeddedStepsAreOrderedAndApplied()
{
    const auto steps = Migrations::embedded();
    QVERIFY(!steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i)
        QCOMPARE(steps.at(i).version, i + 1);
    QSqlDatabase db = m_vault->database();
    StoreError error;
    QCOMPARE(Migrations::currentVersion(db, &error), Migrations::latestVersion());
    QSqlQuery q(db);
    QVERIFY(
        q.exec(QStringLiteral("SELECT value FROM store_settings WHERE key = 'migration.0001'")) &&
        q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("foundation"));
    // Running again is a no-op.
    QVERIFY(Migrations::migrate(db, m_clock).ok());
}

void TestMigrations::failingStepRollsBackWhole()
{
    QSqlDatabase db = m_vault->database();
    QList<Migrations::Step> steps = Migrations::embedded();
    const int next = steps.constLast().version + 1;
    steps.append({next, QStringLiteral("broken"),
                  QStringLiteral("CREATE TABLE half_done (id INTEGER PRIMARY KEY);\n"
                                 "INSERT INTO no_such_table VALUES (1);")});
    const StoreError error = Migrations::migrate(db, steps, m_clock);
    QCOMPARE(error.code, StoreErrorCode::Database);
    StoreError ignored;
    QCOMPARE(Migrations::currentVersion(db, &ignored), next - 1);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestMigrations::newerStoreIsRefusedUntouched()
{
    {
        QSqlQuery q(m_vault->database());
        QVERIFY(q.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
    }
    m_vault->lock();
    const auto before = test::snapshotFolder(m_dir->path());
    const StoreError error = m_vault->unlockWithPassword(QStringLiteral("manager"),
                                                         QStringLiteral("correct horse 1405"));
    QCOMPARE(error.code, StoreErrorCode::NewerSchema);
    QVERIFY(error.message.contains(QString::number(Migrations::latestVersion() + 1)));
    QVERIFY(!m_vault->isUnlocked());
    auto after = test::snapshotFolder(m_dir->path());
    after.remove(QStringLiteral("signin-guard.json"));
    auto expected = before;
    expected.remove(QStringLiteral("signin-guard.json"));
    QCOMPARE(after, expected);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
