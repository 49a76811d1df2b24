// pluslife-admin as IT staff use it: the real executable in a child process, the real keychain
// on the test session bus, real SQLCipher files. Includes killing `rekey` at every step and at
// random moments, and proving the store still opens with all its rows.
#include "storage/auditlog.h"
#include "storage/keychainsecretstore.h"
#include "storage/vault.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pluslife;

namespace {

const QString kManagerPassword = QStringLiteral("correct horse 1405");

struct Run {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QString out;
    QString err;
};

} // namespace

class TestAdminCli : public QObject {
    Q_OBJECT

private slots:
    void init();
    void initPrintsRecoveryCodeOnce();
    void initRefusesExistingStore();
    void addWorkerAndStats();
    void wrongPasswordFailsAndChangesNothing();
    void usageErrors();
    void checkFindsTamperedAuditChain();
    void backupAndRestore();
    void rekeyKilledAtEveryStep_data();
    void rekeyKilledAtEveryStep();
    void rekeyKilledAtRandomMoments();

private:
    Run admin(const QStringList &args, const QMap<QString, QString> &env = {},
              int killAfterMs = -1);
    void initStore();
    int workerCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    QString m_recovery;
};

Run TestAdminCli::admin(const QStringList &args, const QMap<QString, QString> &env, int killAfterMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PLUSLIFE_PASSWORD"), kManagerPassword);
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(test::adminExecutable(),
                  args + QStringList{QStringLiteral("--data-dir"), m_data, QStringLiteral("--lang"),
                                     QStringLiteral("en")});
    if (!process.waitForStarted())
        return {};
    if (killAfterMs >= 0) {
        QTest::qWait(killAfterMs);
        process.kill();
    }
    process.waitForFinished(60000);
    return {process.exitCode(), process.exitStatus(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestAdminCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_data = m_dir->filePath(QStringLiteral("store"));
}

void TestAdminCli::initStore()
{
    const Run run =
        admin({QStringLiteral("init"), QStringLiteral("--center-code"), QStringLiteral("1001"),
               QStringLiteral("--center-name"), QStringLiteral("مرکز مثبت زندگی نمونه"),
               QStringLiteral("--capacity"), QStringLiteral("450"), QStringLiteral("--manager"),
               QStringLiteral("manager")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    m_recovery = lines.constLast().trimmed();
    QCOMPARE(m_recovery.size(), 29);
}

int TestAdminCli::workerCount()
{
    const Run run = admin({QStringLiteral("stats"), QStringLiteral("--json"),
                           QStringLiteral("--as"), QStringLiteral("manager")});
    if (run.exitCode != 0)
        return -1;
    const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
    return stats.value(QStringLiteral("tables"))
        .toObject()
        .value(QStringLiteral("workers"))
        .toInt(-1);
}

void TestAdminCli::initPrintsRecoveryCodeOnce()
{
    initStore();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$"))
                .match(m_recovery)
                .hasMatch());
    // The code is nowhere in the data folder.
    for (const QByteArray &bytes : test::snapshotFolder(m_data))
        QVERIFY(!bytes.contains(m_recovery.toLatin1()));
    const Run check =
        admin({QStringLiteral("check"), QStringLiteral("--as"), QStringLiteral("manager")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    QVERIFY(!check.out.contains(m_recovery));
}

void TestAdminCli::initRefusesExistingStore()
{
    initStore();
    const auto before = test::snapshotFolder(m_data);
    const Run again = admin(
        {QStringLiteral("init"), QStringLiteral("--center-code"), QStringLiteral("2"),
         QStringLiteral("--center-name"), QStringLiteral("Other"), QStringLiteral("--capacity"),
         QStringLiteral("150"), QStringLiteral("--manager"), QStringLiteral("other")});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(test::snapshotFolder(m_data), before);
}

void TestAdminCli::addWorkerAndStats()
{
    initStore();
    const Run add = admin(
        {QStringLiteral("add-worker"), QStringLiteral("--as"), QStringLiteral("manager"),
         QStringLiteral("--user"), QStringLiteral("sara.k"), QStringLiteral("--name"),
         QStringLiteral("سارا کریمی"), QStringLiteral("--role"), QStringLiteral("social-worker")},
        {{QStringLiteral("PLUSLIFE_NEW_PASSWORD"), QStringLiteral("first password 1")}});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QCOMPARE(workerCount(), 2);
    // The new worker opens the store with her own password.
    const Run asSara =
        admin({QStringLiteral("check"), QStringLiteral("--as"), QStringLiteral("sara.k")},
              {{QStringLiteral("PLUSLIFE_PASSWORD"), QStringLiteral("first password 1")}});
    QVERIFY2(asSara.exitCode == 0, qPrintable(asSara.err));
    // Only a manager adds workers.
    const Run denied =
        admin({QStringLiteral("add-worker"), QStringLiteral("--as"), QStringLiteral("sara.k"),
               QStringLiteral("--user"), QStringLiteral("ali"), QStringLiteral("--name"),
               QStringLiteral("علی"), QStringLiteral("--role"), QStringLiteral("reception")},
              {{QStringLiteral("PLUSLIFE_PASSWORD"), QStringLiteral("first password 1")},
               {QStringLiteral("PLUSLIFE_NEW_PASSWORD"), QStringLiteral("another password 2")}});
    QCOMPARE(denied.exitCode, 1);
    QCOMPARE(workerCount(), 2);
}

void TestAdminCli::wrongPasswordFailsAndChangesNothing()
{
    initStore();
    const auto before = test::snapshotFolder(m_data);
    const Run run =
        admin({QStringLiteral("check"), QStringLiteral("--as"), QStringLiteral("manager")},
              {{QStringLiteral("PLUSLIFE_PASSWORD"), QStringLiteral("not the password")}});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY(run.err.contains(QStringLiteral("password")));
    QVERIFY(!run.err.contains(QStringLiteral("not the password")));
    auto after = test::snapshotFolder(m_data);
    after.remove(QStringLiteral("signin-guard.json"));
    QCOMPARE(after.value(QStringLiteral("pluslife.db")),
             before.value(QStringLiteral("pluslife.db")));
    QCOMPARE(after.value(QStringLiteral("keyslots.json")),
             before.value(QStringLiteral("keyslots.json")));
    QVERIFY(!after.contains(QStringLiteral("pluslife.db-wal")));
}

void TestAdminCli::usageErrors()
{
    QCOMPARE(admin({QStringLiteral("check")}).exitCode, 2);      // no --as
    QCOMPARE(admin({QStringLiteral("frobnicate")}).exitCode, 2); // unknown command
    QCOMPARE(admin({QStringLiteral("init"), QStringLiteral("--capacity"), QStringLiteral("300")})
                 .exitCode,
             2);
    const Run noStore =
        admin({QStringLiteral("check"), QStringLiteral("--as"), QStringLiteral("manager")});
    QCOMPARE(noStore.exitCode, 1);
    QVERIFY(!QFile::exists(m_data +
                           QStringLiteral("/pluslife.db"))); // nothing created by a failed open
    initStore();
    const Run noPassword =
        admin({QStringLiteral("check"), QStringLiteral("--as"), QStringLiteral("manager")},
              {{QStringLiteral("PLUSLIFE_PASSWORD"), QString()}});
    QCOMPARE(noPassword.exitCode, 1);
}

void TestAdminCli::checkFindsTamperedAuditChain()
{
    initStore();
    {
        storage::KeychainSecretStore keychain;
        test::ManualClock clock;
        storage::Vault vault(m_data, keychain, clock);
        QVERIFY(vault.unlockWithPassword(QStringLiteral("manager"), kManagerPassword).ok());
        QSqlQuery q(vault.database());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(
            q.exec(QStringLiteral("UPDATE audit_log SET action = 'center.delete' WHERE id = 1")));
    }
    const Run run =
        admin({QStringLiteral("check"), QStringLiteral("--as"), QStringLiteral("manager")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("FAIL")), qPrintable(run.out));
}

void TestAdminCli::backupAndRestore()
{
    initStore();
    const QString archive = m_dir->filePath(QStringLiteral("center.plbackup"));
    const Run backup = admin(
        {QStringLiteral("backup"), archive, QStringLiteral("--as"), QStringLiteral("manager")});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    QVERIFY(!test::readFile(archive).contains("مرکز"));
    QCOMPARE(admin({QStringLiteral("restore"), archive}).exitCode, 1); // a store is there
    const Run forced = admin({QStringLiteral("restore"), archive, QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QCOMPARE(workerCount(), 1);
}

void TestAdminCli::rekeyKilledAtEveryStep_data()
{
    QTest::addColumn<QString>("point");
    for (const char *point :
         {"rekey-pending-saved", "rekey-exported", "rekey-renamed", "rekey-finished"})
        QTest::newRow(point) << QString::fromLatin1(point);
}

void TestAdminCli::rekeyKilledAtEveryStep()
{
    QFETCH(QString, point);
    initStore();
    const Run killed =
        admin({QStringLiteral("rekey"), QStringLiteral("--as"), QStringLiteral("manager")},
              {{QStringLiteral("PLUSLIFE_CRASH_AT"), point}});
    QCOMPARE(killed.status, QProcess::CrashExit);
    const Run check =
        admin({QStringLiteral("check"), QStringLiteral("--as"), QStringLiteral("manager")});
    QVERIFY2(check.exitCode == 0, qPrintable(point + QLatin1Char(' ') + check.out + check.err));
    QCOMPARE(workerCount(), 1);
    // And the next rekey completes.
    QCOMPARE(admin({QStringLiteral("rekey"), QStringLiteral("--as"), QStringLiteral("manager")})
                 .exitCode,
             0);
    QCOMPARE(workerCount(), 1);
}

void TestAdminCli::rekeyKilledAtRandomMoments()
{
    initStore();
    auto *random = QRandomGenerator::global();
    for (int round = 0; round < 6; ++round) {
        // Argon2 takes ~0.5 s; the rekey itself follows within a few hundred ms.
        admin({QStringLiteral("rekey"), QStringLiteral("--as"), QStringLiteral("manager")}, {},
              400 + int(random->bounded(500)));
        const Run check =
            admin({QStringLiteral("check"), QStringLiteral("--as"), QStringLiteral("manager")});
        QVERIFY2(check.exitCode == 0,
                 qPrintable(QString::number(round) + QLatin1Char(' ') + check.out + check.err));
    }
    QCOMPARE(workerCount(), 1);
}

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
