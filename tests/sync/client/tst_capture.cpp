// Change capture (migration 0008) on real stores: the services' writes mark records dirty in
// their own transaction, pulled rows (the guard) do not, tables made before sync get uuids, and
// a store migrated from before sync marks everything it holds for the first push.
#include "syncfixture.h"

#include "storage/migrations.h"
#include "storage/sqlcipher/sqlcipherdriver.h"
#include "storage/sqlcipher/sqlcipherregistration.h"

#include <QRandomGenerator>

using namespace pluslife;
using namespace pluslife::sync;
using pluslife::test::scalar;

class TestCapture : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void serviceWritesAreCaptured();
    void rolledBackWriteLeavesNothing();
    void guardSuppressesCapture();
    void tablesWithoutUuidGetOne();
    void formVersionUuidFollowsContent();
    void historyStaysImmutable();
    void deleteIsCaptured();
    void migrationMarksExistingRows();

private:
    QSqlDatabase db() { return m_center->session->database(); }
    std::unique_ptr<test::CenterFixture> m_center;
};

void TestCapture::init()
{
    m_center = std::make_unique<test::CenterFixture>();
    QVERIFY(m_center->create());
}

void TestCapture::cleanup()
{
    m_center.reset();
}

void TestCapture::serviceWritesAreCaptured()
{
    QVERIFY(test::run(db(), QStringLiteral("DELETE FROM sync_dirty")));
    const qint64 household = m_center->openHousehold(1);
    QVERIFY(household > 0);
    const QStringList entities = test::column(
        db(), QStringLiteral("SELECT DISTINCT entity FROM sync_dirty ORDER BY entity"));
    for (const char *entity : {"household", "membership", "person", "timeline_event"})
        QVERIFY2(entities.contains(QLatin1String(entity)), entity);
    // Every captured record is a real row with a wire uuid.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT entity, uuid, deleted FROM sync_dirty")));
    LocalRecords local(db());
    while (q.next()) {
        QVERIFY2(protocol::isUuid(q.value(1).toString()), qPrintable(q.value(1).toString()));
        QCOMPARE(q.value(2).toInt(), 0);
        QVERIFY(local.exists(q.value(0).toString(), q.value(1).toString()));
    }
    // An update through the service.
    QVERIFY(test::run(db(), QStringLiteral("DELETE FROM sync_dirty")));
    QVERIFY(services::HouseholdService(*m_center->session)
                .setStatus(household, QStringLiteral("suspended"), QStringLiteral("moved away"))
                .ok());
    QVERIFY(test::column(db(), QStringLiteral("SELECT entity FROM sync_dirty"))
                .contains(QStringLiteral("household")));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT uuid FROM sync_dirty WHERE entity = 'household'")),
             scalar(db(), QStringLiteral("SELECT uuid FROM households WHERE id = ?"), {household}));
}

void TestCapture::rolledBackWriteLeavesNothing()
{
    QVERIFY(test::run(db(), QStringLiteral("DELETE FROM sync_dirty")));
    {
        // The service joins this transaction; it never commits.
        storage::WriteTransaction outer(db());
        QVERIFY(m_center->openHousehold(2) > 0);
        QVERIFY(test::dirtyCount(db()) > 0);
    }
    QCOMPARE(test::dirtyCount(db()), 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM households")).toInt(), 0);
}

void TestCapture::guardSuppressesCapture()
{
    const qint64 household = m_center->openHousehold(3);
    QVERIFY(test::run(db(), QStringLiteral("DELETE FROM sync_dirty")));
    {
        storage::WriteTransaction tx(db());
        ApplyGuard guard(db());
        QCOMPARE(scalar(db(), QStringLiteral("SELECT applying FROM sync_guard")).toInt(), 1);
        QVERIFY(test::run(db(), QStringLiteral("UPDATE households SET city = 'x' WHERE id = ?"),
                          {household}));
        QVERIFY(test::run(db(),
                          QStringLiteral("INSERT INTO memberships (household_id, "
                                         "person_id, relation, joined_on, left_on) SELECT "
                                         "?, id, 'other', '2020-01-01', '2021-01-01' FROM "
                                         "people LIMIT 1"),
                          {household}));
        QCOMPARE(test::dirtyCount(db()), 0);
        QVERIFY(tx.commit());
    }
    QCOMPARE(scalar(db(), QStringLiteral("SELECT applying FROM sync_guard")).toInt(), 0);
    // Capture is back on after the guard.
    QVERIFY(test::run(db(), QStringLiteral("UPDATE households SET city = 'y' WHERE id = ?"),
                      {household}));
    QCOMPARE(test::dirtyCount(db()), 1);
}

void TestCapture::tablesWithoutUuidGetOne()
{
    QVERIFY(test::seedEveryEntity(db()));
    for (const protocol::EntityRule &rule : protocol::entityRules()) {
        const QStringList uuids = test::column(
            db(), QStringLiteral("SELECT coalesce(uuid, 'NULL') FROM %1").arg(rule.table));
        QVERIFY2(!uuids.isEmpty(), qPrintable(rule.table));
        for (const QString &uuid : uuids)
            QVERIFY2(protocol::isUuid(uuid), qPrintable(rule.table + QLatin1Char(' ') + uuid));
        if (rule.table == QLatin1String("sync_conflicts"))
            continue; // resolved through the outbox, never captured
        for (const QString &uuid : uuids)
            QVERIFY2(scalar(db(),
                            QStringLiteral("SELECT count(*) FROM sync_dirty WHERE entity = ? "
                                           "AND uuid = ?"),
                            {rule.name, uuid})
                             .toInt() == 1,
                     qPrintable(rule.name));
    }
    // A uuid is unique per table.
    const QString taken = scalar(db(), QStringLiteral("SELECT uuid FROM memberships")).toString();
    QVERIFY(test::refused(db(), QStringLiteral("UPDATE memberships SET uuid = ? WHERE uuid <> ?"),
                          {taken, taken}));
}

// Two devices that installed the same form on their own must agree on its uuid.
void TestCapture::formVersionUuidFollowsContent()
{
    const QString sha =
        QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    const QString insert = QStringLiteral(
        "INSERT INTO form_versions (form_id, version, source_xml, sha256, origin, installed_utc) "
        "VALUES (?, '1', x'00', ?, 'library', 't')");
    QVERIFY(test::run(db(), insert, {QStringLiteral("a"), sha}));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT uuid FROM form_versions WHERE form_id = 'a'"))
                 .toString(),
             QStringLiteral("01234567-89ab-5def-8123-456789abcdef"));
    // The same bytes again (another row): a random uuid rather than a clash.
    QVERIFY(test::run(db(), insert, {QStringLiteral("b"), sha}));
    const QString second =
        scalar(db(), QStringLiteral("SELECT uuid FROM form_versions WHERE form_id = 'b'"))
            .toString();
    QVERIFY(protocol::isUuid(second));
    QVERIFY(second != QStringLiteral("01234567-89ab-5def-8123-456789abcdef"));
}

void TestCapture::historyStaysImmutable()
{
    QVERIFY(test::seedEveryEntity(db()));
    // The uuid trigger may set a new event's uuid; nothing else changes history.
    QVERIFY(test::refused(db(), QStringLiteral("UPDATE referral_events SET reason = 'edited'")));
    QVERIFY(test::refused(db(), QStringLiteral("UPDATE referral_events SET uuid = ?"),
                          {protocol::newUuid()}));
    QVERIFY(test::refused(db(), QStringLiteral("DELETE FROM referral_events")));
    QVERIFY(test::refused(db(), QStringLiteral("UPDATE form_submissions SET device_id = 'x'")));
    QVERIFY(test::refused(db(), QStringLiteral("DELETE FROM form_submissions")));
    QVERIFY(test::refused(db(), QStringLiteral("UPDATE form_versions SET sha256 = 'x'")));
}

void TestCapture::deleteIsCaptured()
{
    QVERIFY(test::seedEveryEntity(db()));
    QVERIFY(test::run(db(), QStringLiteral("DELETE FROM sync_dirty")));
    const QString destination =
        scalar(db(), QStringLiteral("SELECT uuid FROM referral_destinations WHERE priority = 2"))
            .toString();
    QVERIFY(
        test::run(db(), QStringLiteral("DELETE FROM referral_destinations WHERE priority = 2")));
    QCOMPARE(test::column(db(), QStringLiteral("SELECT entity || ' ' || uuid || ' ' || deleted "
                                               "FROM sync_dirty")),
             QStringList{QStringLiteral("referral_destination %1 1").arg(destination)});
}

// A store made by a build before sync: schema 7 with data, then migration 0008.
void TestCapture::migrationMarksExistingRows()
{
    QTemporaryDir dir;
    storage::registerSqlCipherDriver();
    const QString name = QStringLiteral("tst_capture_old_store");
    {
        QSqlDatabase old =
            QSqlDatabase::addDatabase(QLatin1String(storage::kSqlCipherDriverName), name);
        old.setDatabaseName(dir.filePath(QStringLiteral("old.db")));
        old.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
        QByteArray key(32, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
        static_cast<storage::SqlCipherDriver *>(old.driver())->setKey(key);
        QVERIFY(old.open());
        test::ManualClock clock;
        QList<storage::Migrations::Step> before;
        for (const auto &step : storage::Migrations::embedded()) {
            if (step.version < 8)
                before.append(step);
        }
        QVERIFY(storage::Migrations::migrate(old, before, clock).ok());
        QVERIFY(test::run(old, QStringLiteral("INSERT INTO workers (uuid, username, display_name, "
                                              "role, created_utc, updated_utc) VALUES "
                                              "('00000000-0000-4000-8000-000000000009', 'm', 'M', "
                                              "'manager', 't', 't')")));
        // Without the sync tables and triggers the seed's sync rows cannot go in: the app's
        // own tables only.
        QVERIFY(test::run(old, QStringLiteral("CREATE TEMP TABLE sync_attachments (address, "
                                              "sha256, size, mime_type)")));
        QVERIFY(test::run(old, QStringLiteral("CREATE TEMP TABLE sync_inquiries (uuid, "
                                              "national_code, person_id, status, result, "
                                              "asked_utc)")));
        QVERIFY(test::run(old, QStringLiteral("CREATE TEMP TABLE sync_sms_requests (uuid, "
                                              "template, mobile, params, household_id, "
                                              "requested_utc)")));
        QVERIFY(test::run(old, QStringLiteral("CREATE TEMP TABLE sync_conflicts (uuid, entity, "
                                              "record_uuid, field, kind, mine, theirs)")));
        QVERIFY(test::seedEveryEntity(old));
        for (const char *temp :
             {"sync_attachments", "sync_inquiries", "sync_sms_requests", "sync_conflicts"})
            QVERIFY(test::run(old, QStringLiteral("DROP TABLE temp.%1").arg(QLatin1String(temp))));

        QVERIFY(storage::Migrations::migrate(old, clock).ok());
        int rows = 0;
        for (const protocol::EntityRule &rule : protocol::entityRules()) {
            const QStringList uuids =
                test::column(old, QStringLiteral("SELECT uuid FROM %1").arg(rule.table));
            for (const QString &uuid : uuids) {
                QVERIFY2(protocol::isUuid(uuid), qPrintable(rule.table));
                QCOMPARE(scalar(old,
                                QStringLiteral("SELECT deleted FROM sync_dirty WHERE "
                                               "entity = ? AND uuid = ?"),
                                {rule.name, uuid})
                             .toInt(),
                         0);
            }
            rows += int(uuids.size());
        }
        QVERIFY(rows > 25);
        QCOMPARE(test::dirtyCount(old), rows);
        old.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"
