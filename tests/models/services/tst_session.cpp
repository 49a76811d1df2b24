// Center setup, sign-in, NDA, lock and the manager's worker administration, on a real store and
// the real keychain, with a manual clock.
#include "services/centersetup.h"
#include "services/session.h"
#include "services/workeradmin.h"
#include "storage/auditlog.h"
#include "storage/keychainsecretstore.h"
#include "storage/vault.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pluslife;
using namespace pluslife::services;
using storage::StoreErrorCode;

namespace {
const QString kManagerPassword = QStringLiteral("head of center 1");
}

class TestSession : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setupValidatesInput();
    void signInAuditsAndNeedsNda();
    void failedSignInsAreAuditedLater();
    void lockForgetsTheStore();
    void knownPlaintextNeverReachesDisk();
    void managerAddsDisablesEnablesWorkers();
    void onlyManagersAdminister();
    void idleLockSettingIsManagers();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::KeychainSecretStore> m_keychain;
    std::unique_ptr<Session> m_session;
    test::ManualClock m_clock;
    QString m_recovery;

    QList<QString> auditActions()
    {
        QList<QString> actions;
        for (const auto &e : m_session->audit().recent(100))
            actions.prepend(e.action);
        return actions;
    }
};

void TestSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_keychain = std::make_unique<storage::KeychainSecretStore>(test::uniqueKeychainService());
    const domain::CenterInfo center{QStringLiteral("۱۰۰۱"), QStringLiteral("مرکز مثبت زندگی امید"),
                                    QStringLiteral("تهران"), QStringLiteral("ری"), 450};
    const storage::StoreError error = CenterSetup::createCenter(
        m_dir->path(), *m_keychain, center,
        {QStringLiteral("Manager"), QStringLiteral("مدیر مرکز"), kManagerPassword}, &m_recovery,
        m_clock, storage::KdfParams::fastForTests());
    QVERIFY2(error.ok(), qPrintable(error.message + QLatin1Char(' ') + error.detail));
    m_session = std::make_unique<Session>(m_dir->path(), *m_keychain, m_clock);
}

void TestSession::cleanup()
{
    m_session.reset();
}

void TestSession::setupValidatesInput()
{
    QVERIFY(m_session->storeExists());
    const domain::CenterInfo good{QStringLiteral("1"), QStringLiteral("مرکز"), {}, {}, 150};
    QCOMPARE(
        CenterSetup::validate(good, {QStringLiteral("x"), QStringLiteral("نام"), kManagerPassword})
            .code,
        StoreErrorCode::InvalidInput); // user name too short
    QCOMPARE(CenterSetup::validate(
                 good, {QStringLiteral("manager"), QStringLiteral("نام"), QStringLiteral("short")})
                 .code,
             StoreErrorCode::InvalidInput);
    domain::CenterInfo noCapacity = good;
    noCapacity.licensedCapacity = 0;
    QVERIFY(!CenterSetup::validate(
                 noCapacity, {QStringLiteral("manager"), QStringLiteral("نام"), kManagerPassword})
                 .ok());
    QVERIFY(CenterSetup::validate(
                good, {QStringLiteral("manager"), QStringLiteral("نام"), kManagerPassword})
                .ok());
}

void TestSession::signInAuditsAndNeedsNda()
{
    QSignalSpy signedIn(m_session.get(), &Session::signedIn);
    const storage::StoreError error =
        m_session->signIn(QStringLiteral("manager"), kManagerPassword);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(signedIn.size(), 1);
    QVERIFY(m_session->worker().isManager());
    QCOMPARE(m_session->center().code, QStringLiteral("1001")); // digits stored as ASCII
    QCOMPARE(m_session->center().licensedCapacity, 450);
    QVERIFY(m_session->needsNdaAcceptance());
    QVERIFY(!Session::ndaText().isEmpty());
    QVERIFY(m_session->acceptNda().ok());
    QVERIFY(!m_session->needsNdaAcceptance());
    m_session->signOut();
    QVERIFY(m_session->signIn(QStringLiteral("manager"), kManagerPassword).ok());
    QVERIFY(!m_session->needsNdaAcceptance()); // recorded in the store
    const auto actions = auditActions();
    QVERIFY(actions.contains(QStringLiteral("worker.nda_accepted")));
    QCOMPARE(actions.count(QStringLiteral("session.sign_in")), 2);
    QVERIFY(actions.contains(QStringLiteral("session.sign_out")));
    QVERIFY(m_session->audit().verify().ok);
}

void TestSession::failedSignInsAreAuditedLater()
{
    QCOMPARE(m_session->signIn(QStringLiteral("manager"), QStringLiteral("wrong one")).code,
             StoreErrorCode::WrongPassword);
    QCOMPARE(m_session->signIn(QStringLiteral("ghost"), QStringLiteral("wrong two")).code,
             StoreErrorCode::WrongPassword);
    QVERIFY(!m_session->isSignedIn());
    QVERIFY(m_session->signIn(QStringLiteral("manager"), kManagerPassword).ok());
    QCOMPARE(auditActions().count(QStringLiteral("session.sign_in_failed")), 2);
    // No user name or password in the log, only slot ids.
    QSqlQuery q(m_session->database());
    QVERIFY(
        q.exec(QStringLiteral("SELECT group_concat(subject_id || details, ' ') FROM audit_log")) &&
        q.next());
    QVERIFY(!q.value(0).toString().contains(QStringLiteral("ghost")));
    QVERIFY(!q.value(0).toString().contains(QStringLiteral("wrong")));
}

void TestSession::lockForgetsTheStore()
{
    QVERIFY(m_session->signIn(QStringLiteral("manager"), kManagerPassword).ok());
    QSignalSpy locked(m_session.get(), &Session::locked);
    m_session->lock();
    QCOMPARE(locked.size(), 1);
    QVERIFY(m_session->isLocked());
    QVERIFY(m_session->isSignedIn());
    QVERIFY(!m_session->database().isValid());
    QCOMPARE(m_session->unlock(QStringLiteral("nope nope nope")).code,
             StoreErrorCode::WrongPassword);
    QVERIFY(m_session->isLocked());
    QVERIFY(m_session->unlock(kManagerPassword).ok());
    QVERIFY(auditActions().contains(QStringLiteral("session.lock")));
    QVERIFY(auditActions().contains(QStringLiteral("session.unlock")));
}

void TestSession::knownPlaintextNeverReachesDisk()
{
    QVERIFY(m_session->signIn(QStringLiteral("manager"), kManagerPassword).ok());
    const QString latin = QStringLiteral("KnownPlaintextMarker-Sara");
    const QString persian = QStringLiteral("سارا نشانه‌دار");
    WorkerAdmin admin(*m_session);
    QVERIFY(admin
                .addWorker(QStringLiteral("sara"), latin, domain::WorkerRole::SocialWorker,
                           QStringLiteral("a good password"))
                .ok());
    QVERIFY(admin
                .addWorker(QStringLiteral("sara2"), persian, domain::WorkerRole::Reception,
                           QStringLiteral("a good password"))
                .ok());
    const storage::StoreFiles &files = m_session->vault().files();
    // The store is open: the rows are in the WAL now.
    const QByteArray wal = test::readFile(files.wal());
    QVERIFY(wal.size() > 0);
    const QByteArray db = test::readFile(files.database());
    QVERIFY(!db.startsWith("SQLite format 3"));
    for (const QByteArray &bytes : {db, wal}) {
        QVERIFY(!bytes.contains(latin.toUtf8()));
        QVERIFY(!bytes.contains(persian.toUtf8()));
        QVERIFY(!bytes.contains(
            QByteArray(reinterpret_cast<const char *>(persian.utf16()), persian.size() * 2)));
        QVERIFY(!bytes.contains("CREATE TABLE"));
    }
    m_session->signOut();
    const QByteArray closed = test::readFile(files.database());
    QVERIFY(!closed.contains(latin.toUtf8()));
    QVERIFY(!closed.contains(persian.toUtf8()));
}

void TestSession::managerAddsDisablesEnablesWorkers()
{
    QVERIFY(m_session->signIn(QStringLiteral("manager"), kManagerPassword).ok());
    WorkerAdmin admin(*m_session);
    domain::Worker reza;
    const storage::StoreError added =
        admin.addWorker(QStringLiteral("Reza"), QStringLiteral("رضا"),
                        domain::WorkerRole::SocialWorker, QStringLiteral("first pass 1405"), &reza);
    QVERIFY2(added.ok(), qPrintable(added.message));
    QCOMPARE(reza.username, QStringLiteral("reza"));
    QCOMPARE(admin
                 .addWorker(QStringLiteral("reza"), QStringLiteral("دیگری"),
                            domain::WorkerRole::Reception, QStringLiteral("another pass 1"))
                 .code,
             StoreErrorCode::InvalidInput); // taken
    QCOMPARE(admin.disableWorker(m_session->worker().id).code,
             StoreErrorCode::InvalidInput); // not yourself
    QVERIFY(admin.disableWorker(reza.id).ok());
    m_session->signOut();
    QCOMPARE(m_session->signIn(QStringLiteral("reza"), QStringLiteral("reza first pass")).code,
             StoreErrorCode::WrongPassword);
    QVERIFY(m_session->signIn(QStringLiteral("manager"), kManagerPassword).ok());
    const storage::StoreError enabled =
        admin.enableWorker(reza.id, QStringLiteral("temporary pass 2"));
    QVERIFY2(enabled.ok(), qPrintable(enabled.message));
    m_session->signOut();
    QVERIFY(m_session->signIn(QStringLiteral("reza"), QStringLiteral("temporary pass 2")).ok());
    QVERIFY(m_session->worker().mustChangePassword);
    QCOMPARE(
        m_session
            ->changePassword(QStringLiteral("wrong current"), QStringLiteral("brand new pass 3"))
            .code,
        StoreErrorCode::WrongPassword);
    QVERIFY(
        m_session
            ->changePassword(QStringLiteral("temporary pass 2"), QStringLiteral("brand new pass 3"))
            .ok());
    QVERIFY(!m_session->worker().mustChangePassword);
    m_session->signOut();
    QVERIFY(m_session->signIn(QStringLiteral("reza"), QStringLiteral("brand new pass 3")).ok());
}

void TestSession::onlyManagersAdminister()
{
    QVERIFY(m_session->signIn(QStringLiteral("manager"), kManagerPassword).ok());
    WorkerAdmin admin(*m_session);
    QVERIFY(admin
                .addWorker(QStringLiteral("nasrin"), QStringLiteral("نسرین"),
                           domain::WorkerRole::Reception, QStringLiteral("front desk pass 1"))
                .ok());
    m_session->signOut();
    QVERIFY(m_session->signIn(QStringLiteral("nasrin"), QStringLiteral("front desk pass 1")).ok());
    QCOMPARE(admin
                 .addWorker(QStringLiteral("someone"), QStringLiteral("کسی"),
                            domain::WorkerRole::Manager, QStringLiteral("someone pass 1"))
                 .code,
             StoreErrorCode::NotPermitted);
    QCOMPARE(m_session->setIdleLockMinutes(30).code, StoreErrorCode::NotPermitted);
    QCOMPARE(m_session->updateCenter(m_session->center()).code, StoreErrorCode::NotPermitted);
}

void TestSession::idleLockSettingIsManagers()
{
    QVERIFY(m_session->signIn(QStringLiteral("manager"), kManagerPassword).ok());
    QCOMPARE(m_session->idleLockMinutes(), 5);
    QCOMPARE(m_session->setIdleLockMinutes(0).code, StoreErrorCode::InvalidInput);
    QVERIFY(m_session->setIdleLockMinutes(12).ok());
    QCOMPARE(m_session->idleLockMinutes(), 12);
    domain::CenterInfo center = m_session->center();
    center.licensedCapacity = 150;
    QVERIFY(m_session->updateCenter(center).ok());
    QCOMPARE(m_session->center().licensedCapacity, 150);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
