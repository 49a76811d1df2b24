// pluslife-central's push rules on a real PostgreSQL (installer/with-postgres.sh): migrations,
// enrolment, and every conflict outcome of sync/protocol/README.md.
#include "syncfixture.h"

using namespace pluslife::central;
using namespace pluslife::central::test;

class TstCentralSync : public SyncFixture {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = postgresProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
    }

    void init() { setUpDatabase(); }
    void cleanup() { m_db.reset(); }

    void migrationsAreVersionedAndIdempotent()
    {
        QCOMPARE(db().scalar(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt(),
                 1);
        pluslife::central::MigrationReport report;
        QString error;
        QVERIFY2(migrate(db(), &report, &error), qPrintable(error));
        QVERIFY(report.applied.isEmpty());
        QCOMPARE(report.current, 1);
        QVERIFY(db().scalar(QStringLiteral("SELECT server_id FROM server_state")).isValid());
    }

    void enrolmentCodeIsSingleUseAndExpires()
    {
        pluslife::test::ManualClock clock;
        const QString code = issueCode(db(), m_a.code, 7, clock.nowUtc());
        QVERIFY(!db().scalar(QStringLiteral("SELECT 1 FROM enrolment_codes WHERE code_sha256 = ?"),
                             {code})
                     .isValid()); // only the hash is stored
        Enrolment first;
        QVERIFY(enroll(db(), code.toLower(), QStringLiteral("pc"), clock.nowUtc(), &first));
        QCOMPARE(first.center.code, m_a.code);
        QCOMPARE(first.token.size(), 64);
        Enrolment again;
        QVERIFY(!enroll(db(), code, QStringLiteral("pc2"), clock.nowUtc(), &again));

        const QString late = issueCode(db(), m_a.code, 7, clock.nowUtc());
        clock.advanceSeconds(7 * 24 * 3600 + 1);
        QVERIFY(!enroll(db(), late, QStringLiteral("pc3"), clock.nowUtc(), &again));
        QVERIFY(!enroll(db(), QStringLiteral("AAAA-BBBB-CCCC"), QStringLiteral("pc4"),
                        clock.nowUtc(), &again));

        Device device;
        QCOMPARE(authenticate(db(), first.token.toLatin1(), &device), AuthOutcome::Ok);
        QCOMPARE(device.id, first.deviceId);
        QCOMPARE(authenticate(db(), QByteArray(64, 'a'), &device), AuthOutcome::Unknown);
        revokeDevice(db(), first.deviceId, clock.nowUtc());
        QCOMPARE(authenticate(db(), first.token.toLatin1(), &device), AuthOutcome::Revoked);
    }

    void newRecordOfEachClassRoundTrips()
    {
        const QString person = newId();
        const QString note = newId();
        const QString referral = newId();
        const QString conflictless = newId();
        const QJsonArray results = pushOps(
            m_a1,
            {upsert(kPerson, person, 0, obj({{QStringLiteral("first_name"), QStringLiteral("A")}})),
             upsert(QStringLiteral("note"), note, 0,
                    obj({{QStringLiteral("body"), QStringLiteral("n")}})),
             upsert(QStringLiteral("referral"), referral, 0,
                    obj({{QStringLiteral("state"), QStringLiteral("draft")},
                         {QStringLiteral("current_priority"), 1}})),
             upsert(QStringLiteral("household"), conflictless, 0,
                    obj({{QStringLiteral("file_number"), QStringLiteral("H-1")}}))});
        QCOMPARE(results.size(), 4);
        for (const QJsonValue &r : results) {
            QCOMPARE(r[QStringLiteral("status")].toString(), QStringLiteral("applied"));
            QCOMPARE(r[QStringLiteral("version")].toInteger(), 1);
            QCOMPARE(r[QStringLiteral("repeat")].toBool(), false);
            QVERIFY(r[QStringLiteral("error")].isNull());
        }
        const QJsonArray changes = pullAll(m_a2);
        QCOMPARE(changes.size(), 4);
        qint64 lastSeq = 0;
        for (const QJsonValue &c : changes) {
            QVERIFY(c[QStringLiteral("seq")].toInteger() > lastSeq);
            lastSeq = c[QStringLiteral("seq")].toInteger();
        }
        for (const QJsonValue &c : changes) {
            if (c[QStringLiteral("entity")].toString() == kPerson)
                QCOMPARE(c[QStringLiteral("data")][QStringLiteral("first_name")].toString(),
                         QStringLiteral("A"));
        }
        QJsonArray unknown = pushOps(m_a1, {upsert(QStringLiteral("spaceship"), newId(), 0, {})});
        QCOMPARE(unknown.at(0)[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("unknown-entity"));
    }

    void awkwardValuesRoundTrip()
    {
        const QString uuid = newId();
        const QJsonObject fields =
            obj({{QStringLiteral("first_name"), QStringLiteral("سارا 'O\"Brien\\ ? :x $1")},
                 {QStringLiteral("count"), 3},
                 {QStringLiteral("ratio"), 0.25},
                 {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), 1, true}},
                 {QStringLiteral("empty"), QJsonValue()}});
        QCOMPARE(pushOne(m_a1, upsert(QStringLiteral("note"), uuid, 0, fields))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("applied"));
        const QJsonArray changes = pullAll(m_a2);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0)[QStringLiteral("data")].toObject(), fields);
        // Resent with the same content: recognised as the same (jsonb round trip included).
        QCOMPARE(pushOne(m_a2, upsert(QStringLiteral("note"), uuid, 0, fields))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("duplicate"));
        // A NUL character cannot be stored: that op is refused, the batch goes on.
        const QJsonArray results = pushOps(
            m_a1,
            {upsert(kPerson, newId(), 0,
                    obj({{QStringLiteral("first_name"), QStringLiteral("a") + QChar(u'\0')}})),
             upsert(kPerson, newId(), 0,
                    obj({{QStringLiteral("first_name"), QStringLiteral("b")}}))});
        QCOMPARE(results.at(0)[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("invalid-field"));
        QCOMPARE(results.at(1)[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    }

    void differentFieldsMergeAndAreFlagged()
    {
        const QString uuid = makePerson();
        QCOMPARE(pushOne(m_a2, upsert(kPerson, uuid, 1,
                                      obj({{QStringLiteral("phone"), QStringLiteral("0912")}})))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("applied"));
        const QJsonObject r =
            pushOne(m_a1, upsert(kPerson, uuid, 1,
                                 obj({{QStringLiteral("address"), QStringLiteral("new")}})));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("merged"));
        QCOMPARE(r.value(QStringLiteral("version")).toInteger(), 3);
        const QJsonArray conflicts = r.value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("merged"));
        QCOMPARE(conflicts.at(0)[QStringLiteral("field")].toString(), QStringLiteral("address"));
        const QJsonObject now = current(kPerson, uuid);
        QCOMPARE(now.value(QStringLiteral("phone")).toString(), QStringLiteral("0912"));
        QCOMPARE(now.value(QStringLiteral("address")).toString(), QStringLiteral("new"));
        // The conflict is a record of the feed.
        bool seen = false;
        for (const QJsonValue &c : pullAll(m_a2)) {
            if (c[QStringLiteral("entity")].toString() == QLatin1String("sync_conflict")) {
                QCOMPARE(c[QStringLiteral("data")][QStringLiteral("record_uuid")].toString(), uuid);
                QCOMPARE(c[QStringLiteral("data")][QStringLiteral("status")].toString(),
                         QStringLiteral("open"));
                seen = true;
            }
        }
        QVERIFY(seen);
    }

    void sameDescriptiveFieldKeepsBoth()
    {
        const QString uuid = makePerson();
        pushOne(m_a2,
                upsert(kPerson, uuid, 1, obj({{QStringLiteral("phone"), QStringLiteral("0912")}})));
        const QJsonObject r =
            pushOne(m_a1, upsert(kPerson, uuid, 1,
                                 obj({{QStringLiteral("phone"), QStringLiteral("0913")}})));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("merged"));
        const QJsonObject c = r.value(QStringLiteral("conflicts")).toArray().at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("kind")).toString(), QStringLiteral("both-kept"));
        QCOMPARE(c.value(QStringLiteral("mine")).toString(), QStringLiteral("0913"));
        QCOMPARE(c.value(QStringLiteral("theirs")).toString(), QStringLiteral("0912"));
        QCOMPARE(current(kPerson, uuid).value(QStringLiteral("phone")).toString(),
                 QStringLiteral("0912"));
        QCOMPARE(current(kPerson, uuid).value(QStringLiteral("_version")).toInteger(), 2);
        // Both changed to the same value: nothing to do, nothing flagged.
        const QJsonObject same =
            pushOne(m_a1, upsert(kPerson, uuid, 1,
                                 obj({{QStringLiteral("phone"), QStringLiteral("0912")}})));
        QCOMPARE(same.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QVERIFY(same.value(QStringLiteral("conflicts")).toArray().isEmpty());
    }

    void criticalFieldIsHeldAndResolved()
    {
        const QString uuid = makePerson();
        pushOne(m_a2,
                upsert(kPerson, uuid, 1,
                       obj({{QStringLiteral("national_code"), QStringLiteral("0099999999")}})));
        const QJsonObject r = pushOne(
            m_a1, upsert(kPerson, uuid, 1,
                         obj({{QStringLiteral("national_code"), QStringLiteral("0011111111")},
                              {QStringLiteral("address"), QStringLiteral("elsewhere")}})));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("held"));
        QJsonObject held;
        for (const QJsonValue &c : r.value(QStringLiteral("conflicts")).toArray()) {
            if (c[QStringLiteral("kind")].toString() == QLatin1String("held"))
                held = c.toObject();
        }
        QCOMPARE(held.value(QStringLiteral("field")).toString(), QStringLiteral("national_code"));
        QJsonObject now = current(kPerson, uuid);
        QCOMPARE(now.value(QStringLiteral("national_code")).toString(),
                 QStringLiteral("0099999999"));
        QCOMPARE(now.value(QStringLiteral("address")).toString(),
                 QStringLiteral("elsewhere")); // other fields applied
        const qint64 before = now.value(QStringLiteral("_version")).toInteger();

        const QJsonObject resolved =
            pushOne(m_a2, resolveOp(held.value(QStringLiteral("uuid")).toString(), 1,
                                    QStringLiteral("0011111111")));
        QCOMPARE(resolved.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(resolved[QStringLiteral("record")][QStringLiteral("status")].toString(),
                 QStringLiteral("resolved"));
        QCOMPARE(resolved[QStringLiteral("record")][QStringLiteral("resolution")].toString(),
                 QStringLiteral("\"0011111111\""));
        QCOMPARE(
            resolved[QStringLiteral("record")][QStringLiteral("resolved_by_device")].toString(),
            m_a2.id);
        now = current(kPerson, uuid);
        QCOMPARE(now.value(QStringLiteral("national_code")).toString(),
                 QStringLiteral("0011111111"));
        QCOMPARE(now.value(QStringLiteral("_version")).toInteger(), before + 1);
        // Closed once: resolving again is refused.
        const QJsonObject again = pushOne(
            m_a1, resolveOp(held.value(QStringLiteral("uuid")).toString(), 2, QStringLiteral("x")));
        QCOMPARE(again.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    }

    void appendOnlyIsDuplicateOrImmutable()
    {
        const QString note = newId();
        const QJsonObject fields = obj({{QStringLiteral("body"), QStringLiteral("visit went well")},
                                        {QStringLiteral("household_id"), newId()}});
        QCOMPARE(pushOne(m_a1, upsert(QStringLiteral("note"), note, 0, fields))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("applied"));
        QCOMPARE(pushOne(m_a2, upsert(QStringLiteral("note"), note, 0, fields))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("duplicate"));
        QJsonObject changed = fields;
        changed.insert(QStringLiteral("body"), QStringLiteral("edited"));
        const QJsonObject r = pushOne(m_a2, upsert(QStringLiteral("note"), note, 1, changed));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(r[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("immutable"));
        QCOMPARE(pushOne(m_a2, remove(QStringLiteral("note"), note,
                                      1))[QStringLiteral("error")][QStringLiteral("code")]
                     .toString(),
                 QStringLiteral("immutable"));
        QCOMPARE(current(QStringLiteral("note"), note).value(QStringLiteral("body")).toString(),
                 QStringLiteral("visit went well"));
    }

    void referralStateMovesOnlyLegally()
    {
        const QString referral = newId();
        pushOne(m_a1, upsert(QStringLiteral("referral"), referral, 0,
                             obj({{QStringLiteral("state"), QStringLiteral("draft")}})));
        const QJsonObject illegal =
            pushOne(m_a1, upsert(QStringLiteral("referral"), referral, 1,
                                 obj({{QStringLiteral("state"), QStringLiteral("completed")}})));
        QCOMPARE(illegal.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(illegal[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("illegal-transition"));
        const QJsonObject legal =
            pushOne(m_a1, upsert(QStringLiteral("referral"), referral, 1,
                                 obj({{QStringLiteral("state"), QStringLiteral("sent")}})));
        QCOMPARE(legal.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(
            current(QStringLiteral("referral"), referral).value(QStringLiteral("state")).toString(),
            QStringLiteral("sent"));
    }

    void tombstoneNeverBeatsNewerEdit()
    {
        const QString uuid = makePerson();
        pushOne(m_a2,
                upsert(kPerson, uuid, 1, obj({{QStringLiteral("phone"), QStringLiteral("0912")}})));
        const QJsonObject lost = pushOne(m_a1, remove(kPerson, uuid, 1));
        QCOMPARE(lost.value(QStringLiteral("status")).toString(), QStringLiteral("held"));
        const QJsonObject conflict =
            lost.value(QStringLiteral("conflicts")).toArray().at(0).toObject();
        QCOMPARE(conflict.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("tombstone-lost"));
        QCOMPARE(current(kPerson, uuid).value(QStringLiteral("_deleted")).toBool(), false);
        // With the current base the delete applies; an edit on a newer base revives.
        QCOMPARE(pushOne(m_a1, remove(kPerson, uuid, 2)).value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
        QCOMPARE(current(kPerson, uuid).value(QStringLiteral("_deleted")).toBool(), true);
        const QJsonObject revived =
            pushOne(m_a2, upsert(kPerson, uuid, 3,
                                 obj({{QStringLiteral("phone"), QStringLiteral("0914")}})));
        QCOMPARE(revived.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(current(kPerson, uuid).value(QStringLiteral("_deleted")).toBool(), false);
        // The deletion that lost can still be chosen by a worker.
        pushOne(m_a1, resolveOp(conflict.value(QStringLiteral("uuid")).toString(), 1, true));
        QCOMPARE(current(kPerson, uuid).value(QStringLiteral("_deleted")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TstCentralSync)
#include "tst_centralsync.moc"
