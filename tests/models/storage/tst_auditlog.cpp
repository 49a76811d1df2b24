// The hash-chained audit log on a real store: appends chain, verify finds an edited, removed or
// inserted entry, and the store refuses UPDATE and DELETE on the log.
#include "storage/auditlog.h"
#include "storage/keychainsecretstore.h"
#include "storage/vault.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pluslife;
using namespace pluslife::storage;

class TestAuditLog : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void appendsChainAndVerify();
    void timestampsAreUtc();
    void updateAndDeleteAreRefused();
    void editedEntryIsFound();
    void removedEntryIsFound();
    void insertedEntryIsFound();

private:
    void appendSome(int count);
    void dropGuards();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<Vault> m_vault;
    test::ManualClock m_clock;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_keychain = std::make_unique<KeychainSecretStore>(test::uniqueKeychainService());
    m_vault = std::make_unique<Vault>(m_dir->path(), *m_keychain, m_clock);
    QString code;
    const StoreError error =
        m_vault->create(QStringLiteral("manager"), QStringLiteral("correct horse 1405"), &code,
                        KdfParams::fastForTests());
    QVERIFY2(error.ok(), qPrintable(error.message));
}

void TestAuditLog::cleanup()
{
    m_vault.reset();
}

void TestAuditLog::appendSome(int count)
{
    AuditLog log(m_vault->database(), m_clock);
    for (int i = 0; i < count; ++i) {
        m_clock.advanceSeconds(1);
        QVERIFY(log.append(1, QStringLiteral("household.view"), QStringLiteral("household"),
                           QString::number(100 + i),
                           {{QStringLiteral("tab"), QStringLiteral("members")}})
                    .ok());
    }
}

void TestAuditLog::dropGuards()
{
    QSqlQuery q(m_vault->database());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
}

void TestAuditLog::appendsChainAndVerify()
{
    appendSome(5);
    AuditLog log(m_vault->database(), m_clock);
    const auto result = log.verify();
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.entries, 5);
    const auto recent = log.recent(2);
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.first().subjectId, QStringLiteral("104"));
    QCOMPARE(recent.first().details.value(QStringLiteral("tab")).toString(),
             QStringLiteral("members"));
}

void TestAuditLog::timestampsAreUtc()
{
    appendSome(1);
    QSqlQuery q(m_vault->database());
    QVERIFY(q.exec(QStringLiteral("SELECT at_utc FROM audit_log")) && q.next());
    QVERIFY2(q.value(0).toString().endsWith(QLatin1Char('Z')), qPrintable(q.value(0).toString()));
}

void TestAuditLog::updateAndDeleteAreRefused()
{
    appendSome(2);
    QSqlQuery q(m_vault->database());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET action = 'x' WHERE id = 1")));
    QVERIFY(q.lastError().databaseText().contains(QStringLiteral("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
    QVERIFY(AuditLog(m_vault->database(), m_clock).verify().ok);
}

void TestAuditLog::editedEntryIsFound()
{
    appendSome(4);
    dropGuards();
    QSqlQuery q(m_vault->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET subject_id = '999' WHERE id = 3")));
    const auto result = AuditLog(m_vault->database(), m_clock).verify();
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBrokenId, 3);
    QVERIFY(!result.message.isEmpty());
}

void TestAuditLog::removedEntryIsFound()
{
    appendSome(4);
    dropGuards();
    QSqlQuery q(m_vault->database());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
    const auto result = AuditLog(m_vault->database(), m_clock).verify();
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBrokenId, 3);
}

void TestAuditLog::insertedEntryIsFound()
{
    appendSome(3);
    QSqlQuery q(m_vault->database());
    // A forged entry that copies the last hash as its predecessor but is computed wrongly.
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO audit_log (at_utc, actor_id, action, prev_hash, hash) "
        "SELECT at_utc, 1, 'forged', hash, 'deadbeef' FROM audit_log ORDER BY id DESC LIMIT 1")));
    const auto result = AuditLog(m_vault->database(), m_clock).verify();
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBrokenId, 4);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
