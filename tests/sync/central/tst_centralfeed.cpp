// pluslife-central's feed on a real PostgreSQL (installer/with-postgres.sh): idempotent ops
// (also racing), late commits, scope, resets, and the central-side flows.
#include "syncfixture.h"

using namespace pluslife::central;
using namespace pluslife::central::test;

class TstCentralFeed : public SyncFixture {
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

    void sameOpTwiceChangesNothing()
    {
        const QString uuid = newId();
        const QList<Op> batch = {
            upsert(kPerson, uuid, 0, obj({{QStringLiteral("first_name"), QStringLiteral("B")}})),
            upsert(kPerson, uuid, 1, obj({{QStringLiteral("phone"), QStringLiteral("1")}})),
            upsert(QStringLiteral("note"), newId(), 0,
                   obj({{QStringLiteral("body"), QStringLiteral("x")}}))};
        const QJsonArray first = pushOps(m_a1, batch);
        QCOMPARE(first.at(1)[QStringLiteral("status")].toString(), QStringLiteral("applied"));
        QCOMPARE(first.at(1)[QStringLiteral("version")].toInteger(), 2);
        const qint64 seqBefore = highSeq(db(), m_a.id);
        const QJsonArray second = pushOps(m_a1, batch);
        QCOMPARE(second.size(), first.size());
        for (int i = 0; i < first.size(); ++i) {
            QJsonObject a = first.at(i).toObject();
            QJsonObject b = second.at(i).toObject();
            QCOMPARE(b.value(QStringLiteral("repeat")).toBool(), true);
            a.remove(QStringLiteral("repeat"));
            b.remove(QStringLiteral("repeat"));
            QCOMPARE(b, a);
        }
        QCOMPARE(highSeq(db(), m_a.id), seqBefore);
        QCOMPARE(current(kPerson, uuid).value(QStringLiteral("_version")).toInteger(), 2);
        // The same op twice in one batch: the second is a repeat of the first.
        const Op op =
            upsert(kPerson, newId(), 0, obj({{QStringLiteral("first_name"), QStringLiteral("C")}}));
        const QJsonArray twice = pushOps(m_a1, {op, op});
        QCOMPARE(twice.at(0)[QStringLiteral("repeat")].toBool(), false);
        QCOMPARE(twice.at(1)[QStringLiteral("repeat")].toBool(), true);
        QCOMPARE(twice.at(1)[QStringLiteral("version")].toInteger(), 1);
    }

    void racingRepeatsAreDecidedByTheOpId()
    {
        const QString uuid = newId();
        QList<Op> batch{
            upsert(kPerson, uuid, 0, obj({{QStringLiteral("first_name"), QStringLiteral("R")}}))};
        for (int i = 0; i < 20; ++i)
            batch << upsert(QStringLiteral("household"), newId(), 0,
                            obj({{QStringLiteral("file_number"), QString::number(i)}}));
        QJsonArray results[2];
        std::thread racers[2];
        for (int t = 0; t < 2; ++t) {
            racers[t] = std::thread([&, t] {
                PushCounts counts;
                results[t] = push(threadDb(m_db->settings()), m_a1, batch,
                                  QDateTime::currentDateTimeUtc(), &counts)
                                 .value(QStringLiteral("results"))
                                 .toArray();
                closeThreadDb();
            });
        }
        for (auto &racer : racers)
            racer.join();
        for (int i = 0; i < batch.size(); ++i) {
            const QJsonObject a = results[0].at(i).toObject();
            const QJsonObject b = results[1].at(i).toObject();
            QVERIFY(a.value(QStringLiteral("repeat")).toBool() !=
                    b.value(QStringLiteral("repeat")).toBool());
            QCOMPARE(a.value(QStringLiteral("version")).toInteger(), 1);
            QCOMPARE(b.value(QStringLiteral("version")).toInteger(), 1);
            QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
            QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        }
        QCOMPARE(pullAll(m_a2).size(), batch.size());
    }

    void pullNeverSkipsALateCommit()
    {
        pushOne(m_a1, upsert(kPerson, newId(), 0,
                             obj({{QStringLiteral("first_name"), QStringLiteral("early")}})));
        // A second session draws a sequence number and holds its transaction open.
        const QString name = QStringLiteral("late-writer");
        {
            QString problem;
            QSqlDatabase late = openConnection(m_db->settings(), name, &problem);
            QVERIFY2(late.isOpen(), qPrintable(problem));
            Db lateDb(late);
            lateDb.begin();
            Rec slow;
            slow.entity = kPerson;
            slow.uuid = newId();
            slow.centerId = m_a.id;
            slow.version = 1;
            slow.data = obj({{QStringLiteral("first_name"), QStringLiteral("slow")}});
            slow.dirty = true;
            writeRecords(lateDb, m_a.id, {&slow}, m_a1.id);

            // Meanwhile another device pushes: it must wait for the center's lock.
            const QString fastUuid = newId();
            std::thread other([&] {
                Db &otherDb = threadDb(m_db->settings());
                PushCounts counts;
                push(otherDb, m_a2,
                     {upsert(kPerson, fastUuid, 0,
                             obj({{QStringLiteral("first_name"), QStringLiteral("fast")}}))},
                     QDateTime::currentDateTimeUtc(), &counts);
                closeThreadDb();
            });
            QTRY_VERIFY_WITH_TIMEOUT(
                db().scalar(
                        QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                       "AND NOT granted AND database = (SELECT oid FROM "
                                       "pg_database WHERE datname = current_database())"))
                        .toInt() == 1,
                20000);
            // A pull now sees only what committed: not the open seq, nor anything after it.
            QJsonObject page;
            QCOMPARE(pull(db(), m_a1, 0, QString(), 100, &page), PullOutcome::Ok);
            const QJsonArray firstPage = page.value(QStringLiteral("changes")).toArray();
            QCOMPARE(firstPage.size(), 1);
            const QJsonObject cursor = page.value(QStringLiteral("cursor")).toObject();

            lateDb.commit();
            other.join();
            QJsonObject rest;
            QCOMPARE(pull(db(), m_a1, cursor.value(QStringLiteral("seq")).toInteger(),
                          cursor.value(QStringLiteral("tag")).toString(), 100, &rest),
                     PullOutcome::Ok);
            QStringList names;
            for (const QJsonValue &c : rest.value(QStringLiteral("changes")).toArray())
                names << c[QStringLiteral("data")][QStringLiteral("first_name")].toString();
            QCOMPARE(names, (QStringList{QStringLiteral("slow"), QStringLiteral("fast")}));
        }
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }

    void otherCentersAreOutOfScope()
    {
        const QString uuid = makePerson();
        const QJsonObject write =
            pushOne(m_b1, upsert(kPerson, uuid, 1,
                                 obj({{QStringLiteral("phone"), QStringLiteral("stolen")}})));
        QCOMPARE(write.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(write[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("out-of-scope"));
        QVERIFY(write.value(QStringLiteral("record")).isNull());
        QCOMPARE(
            pushOne(m_b1, remove(kPerson, uuid, 1))[QStringLiteral("error")][QStringLiteral("code")]
                .toString(),
            QStringLiteral("out-of-scope"));
        QCOMPARE(current(kPerson, uuid).value(QStringLiteral("phone")).toString(),
                 QStringLiteral("0911"));
        QVERIFY(pullAll(m_b1).isEmpty());
        QVERIFY(fetch(db(), m_b1,
                      QJsonArray{obj(
                          {{QStringLiteral("entity"), kPerson}, {QStringLiteral("uuid"), uuid}})})
                    .isEmpty());
        QCOMPARE(fetch(db(), m_a2,
                       QJsonArray{obj(
                           {{QStringLiteral("entity"), kPerson}, {QStringLiteral("uuid"), uuid}})})
                     .size(),
                 1);
    }

    void resetRequiredForForeignCursor()
    {
        const QString uuid = makePerson();
        QJsonObject answer;
        QCOMPARE(pull(db(), m_a1, 0, QString(), 10, &answer), PullOutcome::Ok);
        const qint64 high = answer.value(QStringLiteral("high_seq")).toInteger();
        QCOMPARE(pull(db(), m_a1, high + 1, QString(), 10, &answer), PullOutcome::ResetRequired);
        QCOMPARE(pull(db(), m_a1, high, QStringLiteral("person/%1/7").arg(uuid), 10, &answer),
                 PullOutcome::ResetRequired);
        QCOMPARE(pull(db(), m_a1, high, QStringLiteral("person/%1/1").arg(newId()), 10, &answer),
                 PullOutcome::ResetRequired);
        QCOMPARE(pull(db(), m_a1, high, QStringLiteral("person/%1/1").arg(uuid), 10, &answer),
                 PullOutcome::Ok);
        QVERIFY(answer.value(QStringLiteral("changes")).toArray().isEmpty());
        // Another center's cursor position is not ours either.
        QCOMPARE(pull(db(), m_b1, high, QString(), 10, &answer), PullOutcome::ResetRequired);
    }

    void inquiryAnsweredAndSmsQueued()
    {
        QTemporaryFile csv;
        QVERIFY(csv.open());
        csv.write("national_code,first_name,last_name,birth_date,alive\n"
                  "0012345678,Reza,Karimi,1980-02-01,1\n");
        csv.close();
        QCOMPARE(loadRegistryCsv(db(), csv.fileName()), 1);
        const QString known = newId();
        const QString unknown = newId();
        const QString sms = newId();
        const QJsonArray results = pushOps(
            m_a1, {upsert(QStringLiteral("inquiry"), known, 0,
                          obj({{QStringLiteral("kind"), QStringLiteral("national-code")},
                               {QStringLiteral("national_code"), QStringLiteral("0012345678")},
                               {QStringLiteral("status"), QStringLiteral("queued")}})),
                   upsert(QStringLiteral("inquiry"), unknown, 0,
                          obj({{QStringLiteral("kind"), QStringLiteral("national-code")},
                               {QStringLiteral("national_code"), QStringLiteral("0000000000")},
                               {QStringLiteral("status"), QStringLiteral("queued")}})),
                   upsert(QStringLiteral("sms_request"), sms, 0,
                          obj({{QStringLiteral("template"), QStringLiteral("referral-sent")},
                               {QStringLiteral("mobile"), QStringLiteral("09120000000")},
                               {QStringLiteral("params"), QStringLiteral("{}")}}))});
        const QJsonObject answered = results.at(0)[QStringLiteral("record")].toObject();
        QCOMPARE(answered.value(QStringLiteral("status")).toString(), QStringLiteral("answered"));
        const QJsonObject found =
            QJsonDocument::fromJson(answered.value(QStringLiteral("result")).toString().toUtf8())
                .object();
        QCOMPARE(found.value(QStringLiteral("found")).toBool(), true);
        QCOMPARE(found.value(QStringLiteral("last_name")).toString(), QStringLiteral("Karimi"));
        QCOMPARE(found.value(QStringLiteral("alive")).toBool(), true);
        const QJsonObject missing =
            QJsonDocument::fromJson(
                results.at(1)[QStringLiteral("record")][QStringLiteral("result")]
                    .toString()
                    .toUtf8())
                .object();
        QCOMPARE(missing, obj({{QStringLiteral("found"), false}}));
        const QJsonArray outbox = smsOutbox(db());
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.at(0)[QStringLiteral("request_uuid")].toString(), sms);
    }

    void referralCascadeMovesDownThePriorities()
    {
        const QString referral = newId();
        QList<Op> ops{upsert(QStringLiteral("referral"), referral, 0,
                             obj({{QStringLiteral("state"), QStringLiteral("sent")},
                                  {QStringLiteral("current_priority"), 1}}))};
        for (int p = 1; p <= 3; ++p)
            ops << upsert(QStringLiteral("referral_destination"), newId(), 0,
                          obj({{QStringLiteral("referral_id"), referral},
                               {QStringLiteral("priority"), p},
                               {QStringLiteral("agency_kind"), QStringLiteral("behzisti")},
                               {QStringLiteral("name"), QStringLiteral("Agency %1").arg(p)}}));
        pushOps(m_a1, ops);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        replyToReferral(db(), referral, false, QStringLiteral("no capacity"), now);
        QJsonObject r = current(QStringLiteral("referral"), referral);
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(r.value(QStringLiteral("current_priority")).toInteger(), 2);
        replyToReferral(db(), referral, false, QStringLiteral("not eligible"), now);
        QCOMPARE(current(QStringLiteral("referral"), referral)
                     .value(QStringLiteral("current_priority"))
                     .toInteger(),
                 3);
        replyToReferral(db(), referral, false, QStringLiteral("no budget"), now);
        r = current(QStringLiteral("referral"), referral);
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("exhausted"));
        QVERIFY_THROWS_EXCEPTION(AdminError, replyToReferral(db(), referral, true, {}, now));
        int events = 0;
        for (const QJsonValue &c : pullAll(m_a2)) {
            if (c[QStringLiteral("entity")].toString() == QLatin1String("referral_event")) {
                ++events;
                QCOMPARE(c[QStringLiteral("data")][QStringLiteral("to_state")].toString(),
                         QStringLiteral("rejected"));
                QVERIFY(!c[QStringLiteral("data")][QStringLiteral("reason")].toString().isEmpty());
            }
        }
        QCOMPARE(events, 3);

        const QString accepted = newId();
        pushOps(m_a1, {upsert(QStringLiteral("referral"), accepted, 0,
                              obj({{QStringLiteral("state"), QStringLiteral("sent")}}))});
        replyToReferral(db(), accepted, true, {}, now);
        QCOMPARE(
            current(QStringLiteral("referral"), accepted).value(QStringLiteral("state")).toString(),
            QStringLiteral("accepted"));
    }

    void workerAddedCentrallyIsInTheFeed()
    {
        const QString uuid =
            addWorker(db(), m_a.code, QStringLiteral("maryam"), QStringLiteral("Maryam"),
                      QStringLiteral("social-worker"), QDateTime::currentDateTimeUtc());
        const QJsonArray changes = pullAll(m_a1);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0)[QStringLiteral("uuid")].toString(), uuid);
        QCOMPARE(changes.at(0)[QStringLiteral("entity")].toString(), QStringLiteral("worker"));
        QVERIFY(pullAll(m_b1).isEmpty());
        QVERIFY_THROWS_EXCEPTION(
            AdminError, addWorker(db(), m_a.code, QStringLiteral("maryam"), QStringLiteral("M"),
                                  QStringLiteral("manager"), QDateTime::currentDateTimeUtc()));
    }

    void pagesResumeInOrder()
    {
        QList<Op> ops;
        for (int i = 0; i < 25; ++i)
            ops << upsert(QStringLiteral("household"), newId(), 0,
                          obj({{QStringLiteral("file_number"), QString::number(i)}}));
        pushOps(m_a1, ops);
        QCOMPARE(pullAll(m_a2, 7).size(), 25);
    }
};

QTEST_GUILESS_MAIN(TstCentralFeed)
#include "tst_centralfeed.moc"
