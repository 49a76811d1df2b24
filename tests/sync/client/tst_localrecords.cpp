// LocalRecords on real stores: every entity read from one store and applied to another reads
// back equal; references travel as uuids; records whose references are missing are parked and
// retried; store-computed columns are recomputed; mergeFields' three cases.
#include "syncfixture.h"

#include "locale/textfolding.h"

#include <QJsonArray>

using namespace pluslife;
using namespace pluslife::sync;
using pluslife::test::scalar;

class TestLocalRecords : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyEntityRoundTrips();
    void referencesTravelAsUuids();
    void typesOnTheWire();
    void parkedUntilReferencesArrive();
    void clashWithLocalRowIsParkedNotFailed();
    void computedColumnsAreRecomputed();
    void documentWithoutBytesWaitsForDownload();
    void appliedRowsAreNotCaptured();
    void deleteRemovesRow();
    void mergeFieldsCases();

private:
    QSqlDatabase a() { return m_a->session->database(); }
    QSqlDatabase b() { return m_b->session->database(); }
    // Every record of `a` in entity order, as the wire carries them.
    QList<std::pair<QString, QJsonObject>> everything();

    std::unique_ptr<test::CenterFixture> m_a;
    std::unique_ptr<test::CenterFixture> m_b;
};

void TestLocalRecords::init()
{
    m_a = std::make_unique<test::CenterFixture>();
    m_b = std::make_unique<test::CenterFixture>();
    QVERIFY(m_a->create());
    QVERIFY(m_b->create());
    QVERIFY(test::seedEveryEntity(a()));
    // Both stores were set up with a manager called "manager"; a real second device of the
    // same center gets its workers from the central. Here b's own one steps aside.
    QVERIFY(test::run(b(), QStringLiteral("UPDATE workers SET username = 'b-manager'")));
}

void TestLocalRecords::cleanup()
{
    m_a.reset();
    m_b.reset();
}

QList<std::pair<QString, QJsonObject>> TestLocalRecords::everything()
{
    QList<std::pair<QString, QJsonObject>> records;
    LocalRecords local(a());
    for (const protocol::EntityRule &rule : protocol::entityRules()) {
        const QStringList uuids =
            test::column(a(), QStringLiteral("SELECT uuid FROM %1 ORDER BY rowid").arg(rule.table));
        for (const QString &uuid : uuids) {
            const QJsonObject record = local.read(rule.name, uuid);
            if (record.isEmpty())
                qWarning("empty read of %s: %s", qPrintable(rule.name),
                         qPrintable(local.lastError()));
            records.append({rule.name + QLatin1Char('/') + uuid, record});
        }
    }
    return records;
}

void TestLocalRecords::everyEntityRoundTrips()
{
    const auto records = everything();
    QSet<QString> entities;
    for (const auto &[key, fields] : records) {
        QVERIFY2(!fields.isEmpty(), qPrintable(key));
        QVERIFY2(protocol::isUuid(key.section(QLatin1Char('/'), 1)), qPrintable(key));
        QVERIFY(!fields.contains(QStringLiteral("id")));
        QVERIFY(!fields.contains(QStringLiteral("uuid")));
        entities.insert(key.section(QLatin1Char('/'), 0, 0));
    }
    for (const protocol::EntityRule &rule : protocol::entityRules())
        QVERIFY2(entities.contains(rule.name), qPrintable(rule.name));

    QVERIFY(test::applyAll(b(), records));
    QCOMPARE(test::column(b(), QStringLiteral("SELECT entity || ' ' || reason || ' ' || data FROM "
                                              "sync_parked")),
             QStringList());
    LocalRecords there(b());
    for (const auto &[key, fields] : records) {
        const QJsonObject back =
            there.read(key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1));
        if (back != fields) {
            qWarning("%s\n a: %s\n b: %s", qPrintable(key),
                     QJsonDocument(fields).toJson(QJsonDocument::Compact).constData(),
                     QJsonDocument(back).toJson(QJsonDocument::Compact).constData());
        }
        QCOMPARE(back, fields);
    }
}

void TestLocalRecords::referencesTravelAsUuids()
{
    LocalRecords local(a());
    const QString household = QStringLiteral("00000000-0000-4000-8000-000000000021");
    const QString membershipUuid =
        scalar(a(), QStringLiteral("SELECT uuid FROM memberships WHERE relation = 'child'"))
            .toString();
    const QJsonObject membership = local.read(QStringLiteral("membership"), membershipUuid);
    QCOMPARE(membership.value(QStringLiteral("household_id")).toString(), household);
    QCOMPARE(membership.value(QStringLiteral("person_id")).toString(),
             QStringLiteral("00000000-0000-4000-8000-000000000012"));
    const QJsonObject task = local.read(QStringLiteral("followup_task"),
                                        QStringLiteral("00000000-0000-4000-8000-0000000000a1"));
    QCOMPARE(task.value(QStringLiteral("origin_id")).toString(),
             QStringLiteral("00000000-0000-4000-8000-000000000081")); // the referral
    const QJsonObject referral = local.read(QStringLiteral("referral"),
                                            QStringLiteral("00000000-0000-4000-8000-000000000081"));
    QCOMPARE(referral.value(QStringLiteral("origin_id")).toString(),
             QStringLiteral("00000000-0000-4000-8000-000000000071")); // the submission
    const QJsonObject visit =
        local.read(QStringLiteral("visit"), QStringLiteral("00000000-0000-4000-8000-000000000042"));
    QCOMPARE(visit.value(QStringLiteral("rescheduled_from")).toString(),
             QStringLiteral("00000000-0000-4000-8000-000000000041"));
    QVERIFY(visit.value(QStringLiteral("done_utc")).isNull());

    // In the other store the same uuids land on that store's own ids.
    QVERIFY(test::applyAll(b(), everything()));
    QCOMPARE(scalar(b(),
                    QStringLiteral("SELECT h.uuid FROM memberships m JOIN households h ON "
                                   "h.id = m.household_id WHERE m.uuid = ?"),
                    {membershipUuid})
                 .toString(),
             household);
    QCOMPARE(scalar(b(), QStringLiteral("SELECT r.uuid FROM screening_results s JOIN referrals r "
                                        "ON r.id = s.referral_id"))
                 .toString(),
             QStringLiteral("00000000-0000-4000-8000-000000000081"));
}

void TestLocalRecords::typesOnTheWire()
{
    LocalRecords local(a());
    const QJsonObject household = local.read(
        QStringLiteral("household"), QStringLiteral("00000000-0000-4000-8000-000000000021"));
    QVERIFY(household.value(QStringLiteral("monthly_rent")).isDouble());
    QCOMPARE(household.value(QStringLiteral("monthly_rent")).toInteger(), qint64(4500000));
    QVERIFY(!household.contains(QStringLiteral("search_text"))); // computed locally
    QVERIFY(
        !local
             .read(QStringLiteral("person"), QStringLiteral("00000000-0000-4000-8000-000000000011"))
             .contains(QStringLiteral("name_key")));
    const QString version =
        scalar(a(), QStringLiteral("SELECT uuid FROM form_versions")).toString();
    const QJsonObject form = local.read(QStringLiteral("form_version"), version);
    QCOMPARE(QByteArray::fromBase64(form.value(QStringLiteral("source_xml")).toString().toLatin1()),
             QByteArray::fromHex("3c3f786d6cff00fe"));
    const QJsonObject inquiry = local.read(QStringLiteral("inquiry"),
                                           QStringLiteral("00000000-0000-4000-8000-0000000000b1"));
    QVERIFY(inquiry.value(QStringLiteral("result")).isObject());
    QCOMPARE(inquiry.value(QStringLiteral("result")).toObject().value(QStringLiteral("found")),
             QJsonValue(true));
    const QJsonObject conflict = local.read(QStringLiteral("sync_conflict"),
                                            QStringLiteral("00000000-0000-4000-8000-0000000000d1"));
    QCOMPARE(conflict.value(QStringLiteral("mine")), QJsonValue(QStringLiteral("0912")));
    QVERIFY(conflict.value(QStringLiteral("theirs")).isNull());
    QVERIFY(!conflict.contains(QStringLiteral("created_utc")));
    const QJsonObject document = local.read(QStringLiteral("document"),
                                            QStringLiteral("00000000-0000-4000-8000-000000000051"));
    QVERIFY(!document.contains(QStringLiteral("attachment_address")));
    QCOMPARE(document.value(QStringLiteral("attachment_sha256")).toString(),
             QString(64, QLatin1Char('5')));
    QCOMPARE(document.value(QStringLiteral("attachment_size")).toInteger(), qint64(1234));
    QCOMPARE(document.value(QStringLiteral("attachment_mime")).toString(),
             QStringLiteral("image/png"));
}

void TestLocalRecords::parkedUntilReferencesArrive()
{
    const auto records = everything();
    QHash<QString, QJsonObject> byKey;
    for (const auto &[key, fields] : records)
        byKey.insert(key, fields);
    const QString membershipUuid =
        scalar(a(), QStringLiteral("SELECT uuid FROM memberships WHERE relation = 'child'"))
            .toString();
    const QString child = QStringLiteral("person/00000000-0000-4000-8000-000000000012");
    const QString membership = QStringLiteral("membership/") + membershipUuid;

    storage::WriteTransaction tx(b());
    ApplyGuard guard(b());
    LocalRecords local(b());
    // The membership before its household and person: parked, not failed.
    QCOMPARE(local.apply(QStringLiteral("membership"), membershipUuid, byKey.value(membership),
                         false, 7),
             ApplyResult::Parked);
    QCOMPARE(local.parkedCount(), 1);
    QCOMPARE(scalar(b(), QStringLiteral("SELECT version || reason FROM sync_parked")).toString(),
             QStringLiteral("7reference"));
    QVERIFY(!local.exists(QStringLiteral("membership"), membershipUuid));
    QCOMPARE(local.retryParked(), 0);
    for (const QString &key : {QStringLiteral("worker/00000000-0000-4000-8000-000000000001"),
                               QStringLiteral("person/00000000-0000-4000-8000-000000000011"), child,
                               QStringLiteral("household/00000000-0000-4000-8000-000000000021")})
        QCOMPARE(local.apply(key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1),
                             byKey.value(key), false),
                 ApplyResult::Applied);
    QCOMPARE(local.retryParked(), 1);
    QCOMPARE(local.parkedCount(), 0);
    QCOMPARE(local.read(QStringLiteral("membership"), membershipUuid), byKey.value(membership));
}

void TestLocalRecords::clashWithLocalRowIsParkedNotFailed()
{
    // b's own file SEED-1 (another uuid) holds the file number a's household brings.
    QVERIFY(test::run(b(),
                      QStringLiteral("INSERT INTO households (uuid, file_number, opened_utc, "
                                     "updated_utc) VALUES (?, 'SEED-1', 't', 't')"),
                      {protocol::newUuid()}));
    LocalRecords there(b());
    LocalRecords here(a());
    const QString uuid = QStringLiteral("00000000-0000-4000-8000-000000000021");
    QJsonObject household = here.read(QStringLiteral("household"), uuid);
    household.insert(QStringLiteral("head_person_id"), QJsonValue::Null);
    household.insert(QStringLiteral("worker_id"), QJsonValue::Null);
    storage::WriteTransaction tx(b());
    ApplyGuard guard(b());
    QCOMPARE(there.apply(QStringLiteral("household"), uuid, household, false), ApplyResult::Parked);
    QCOMPARE(scalar(b(), QStringLiteral("SELECT reason FROM sync_parked")).toString(),
             QStringLiteral("constraint"));
}

void TestLocalRecords::computedColumnsAreRecomputed()
{
    QVERIFY(test::applyAll(b(), everything()));
    const QString nameKey =
        scalar(b(), QStringLiteral("SELECT name_key FROM people WHERE uuid = ?"),
               {QStringLiteral("00000000-0000-4000-8000-000000000011")})
            .toString();
    QCOMPARE(nameKey, locale::foldForSearch(QStringLiteral("مریم احمدی")));
    const QString search =
        scalar(b(),
               QStringLiteral("SELECT search_text FROM households WHERE file_number = 'SEED-1'"))
            .toString();
    QVERIFY2(search.contains(QStringLiteral("|SEED-1|")), qPrintable(search));
    QVERIFY(search.contains(nameKey));
    QVERIFY(search.contains(QStringLiteral("0012345679")));
    QVERIFY(search.contains(locale::foldForSearch(QStringLiteral("علی احمدی"))));

    // A renamed person: the household's search text follows.
    const QJsonObject rename{{QStringLiteral("first_name"), QStringLiteral("زهرا")}};
    QVERIFY(test::applyAll(
        b(), {{QStringLiteral("person/00000000-0000-4000-8000-000000000011"), rename}}));
    QVERIFY(scalar(b(), QStringLiteral(
                            "SELECT search_text FROM households WHERE file_number = 'SEED-1'"))
                .toString()
                .contains(locale::foldForSearch(QStringLiteral("زهرا احمدی"))));
    QCOMPARE(scalar(b(), QStringLiteral("SELECT name_key FROM people WHERE uuid = ?"),
                    {QStringLiteral("00000000-0000-4000-8000-000000000011")})
                 .toString(),
             locale::foldForSearch(QStringLiteral("زهرا احمدی")));
}

void TestLocalRecords::documentWithoutBytesWaitsForDownload()
{
    QVERIFY(test::applyAll(b(), everything()));
    const QString document = QStringLiteral("00000000-0000-4000-8000-000000000051");
    QVERIFY(scalar(b(), QStringLiteral("SELECT attachment_address FROM documents WHERE uuid = ?"),
                   {document})
                .isNull());
    QCOMPARE(scalar(b(),
                    QStringLiteral("SELECT sha256 FROM sync_downloads WHERE document_uuid = ?"),
                    {document})
                 .toString(),
             QString(64, QLatin1Char('5')));
    // The engine stores the bytes (a row in attachments and sync_attachments), then:
    const QString address(64, QLatin1Char('b'));
    QVERIFY(test::run(b(),
                      QStringLiteral("INSERT INTO attachments (address, file_key, algorithm, "
                                     "plain_size, mime_type, created_utc) VALUES (?, x'00', "
                                     "'x', 1234, 'image/png', 't')"),
                      {address}));
    QVERIFY(test::run(b(),
                      QStringLiteral("INSERT INTO sync_attachments (address, sha256, size, "
                                     "mime_type) VALUES (?, ?, 1234, 'image/png')"),
                      {address, QString(64, QLatin1Char('5'))}));
    LocalRecords there(b());
    {
        ApplyGuard guard(b());
        QVERIFY(there.attachmentArrived(QString(64, QLatin1Char('5')), address));
    }
    QCOMPARE(scalar(b(), QStringLiteral("SELECT attachment_address FROM documents WHERE uuid = ?"),
                    {document})
                 .toString(),
             address);
    QCOMPARE(scalar(b(), QStringLiteral("SELECT count(*) FROM sync_downloads")).toInt(), 0);
    QCOMPARE(there.read(QStringLiteral("document"), document),
             LocalRecords(a()).read(QStringLiteral("document"), document));
    QVERIFY(there.unhashedAttachments().isEmpty());
    QVERIFY(test::run(a(), QStringLiteral("DELETE FROM sync_attachments")));
    QCOMPARE(LocalRecords(a()).unhashedAttachments(), QStringList{QString(64, QLatin1Char('a'))});
}

void TestLocalRecords::appliedRowsAreNotCaptured()
{
    const int before = test::dirtyCount(b());
    QVERIFY(test::applyAll(b(), everything()));
    QCOMPARE(test::dirtyCount(b()), before);
    QCOMPARE(scalar(b(), QStringLiteral("SELECT applying FROM sync_guard")).toInt(), 0);
}

void TestLocalRecords::deleteRemovesRow()
{
    QVERIFY(test::applyAll(b(), everything()));
    const QString visit = QStringLiteral("00000000-0000-4000-8000-000000000042");
    storage::WriteTransaction tx(b());
    ApplyGuard guard(b());
    LocalRecords there(b());
    QCOMPARE(there.apply(QStringLiteral("visit"), visit, {}, true), ApplyResult::Applied);
    QVERIFY(!there.exists(QStringLiteral("visit"), visit));
    // Still referred to by local rows: kept and parked until they go.
    QCOMPARE(there.apply(QStringLiteral("person"),
                         QStringLiteral("00000000-0000-4000-8000-000000000012"), {}, true),
             ApplyResult::Parked);
    QVERIFY(there.exists(QStringLiteral("person"),
                         QStringLiteral("00000000-0000-4000-8000-000000000012")));
    // Append-only records are never removed.
    QCOMPARE(there.apply(QStringLiteral("note"),
                         QStringLiteral("00000000-0000-4000-8000-000000000061"), {}, true),
             ApplyResult::Applied);
    QVERIFY(there.exists(QStringLiteral("note"),
                         QStringLiteral("00000000-0000-4000-8000-000000000061")));
}

void TestLocalRecords::mergeFieldsCases()
{
    const QJsonObject base{{QStringLiteral("a"), 1},
                           {QStringLiteral("b"), QStringLiteral("x")},
                           {QStringLiteral("c"), QJsonValue::Null}};
    QJsonObject local = base;
    local.insert(QStringLiteral("b"), QStringLiteral("mine"));
    QJsonObject theirs = base;
    theirs.insert(QStringLiteral("a"), 2);
    theirs.insert(QStringLiteral("b"), QStringLiteral("theirs"));
    theirs.insert(QStringLiteral("d"), true);
    const QJsonObject merged = mergeFields(local, base, theirs);
    QCOMPARE(merged.value(QStringLiteral("a")), QJsonValue(2)); // only theirs
    QCOMPARE(merged.value(QStringLiteral("b")),
             QJsonValue(QStringLiteral("mine")));                  // both: mine stays
    QVERIFY(merged.value(QStringLiteral("c")).isNull());           // neither
    QCOMPARE(merged.value(QStringLiteral("d")), QJsonValue(true)); // new field
    // Never synced (no base): nothing local is overwritten.
    const QJsonObject fresh = mergeFields(local, {}, theirs);
    QCOMPARE(fresh.value(QStringLiteral("a")), QJsonValue(1));
    QCOMPARE(fresh.value(QStringLiteral("b")), QJsonValue(QStringLiteral("mine")));
}

QTEST_GUILESS_MAIN(TestLocalRecords)
#include "tst_localrecords.moc"
