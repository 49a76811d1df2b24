#include "client/conflictstore.h"
#include "services/centralrequests.h"
#include "services/noteservice.h"
#include "services/referralservice.h"
#include "syncscenario.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pluslife;
using namespace pluslife::test;

// Two devices of one center and the central, end to end: work done offline on both reaches
// both; each conflict kind of DESIGN.md §3 ends exactly as specified; the other center sees none
// of it.
class TestSyncEndToEnd : public QObject {
    Q_OBJECT

private:
    CentralFixture m_central;
    ClientFixture m_one;
    ClientFixture m_two;
    QString m_shared; // a household both devices have after the first exchange

    void exchange()
    {
        QVERIFY(synced(m_one));
        QVERIFY(synced(m_two));
        QVERIFY(synced(m_one));
    }

    QList<sync::SyncConflict> openConflicts(ClientFixture &client)
    {
        return sync::ConflictStore(client.session().vault().database()).open();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_central.setUp(), qPrintable(m_central.error()));
        QVERIFY2(m_central.start(), qPrintable(m_central.error()));
        QVERIFY(m_one.create());
        QVERIFY(m_two.create());
        QString err;
        QVERIFY2(m_one.enroll(m_central.url(), m_central.issueCode(QStringLiteral("230101")),
                              m_central.pki().caCert, &err),
                 qPrintable(err));
        QVERIFY2(m_two.enroll(m_central.url(), m_central.issueCode(QStringLiteral("230101")),
                              m_central.pki().caCert, &err),
                 qPrintable(err));
    }

    void workDoneOfflineOnBothReachesBoth()
    {
        for (int i = 1; i <= 3; ++i)
            QVERIFY(m_one.openHousehold(100 + i));
        for (int i = 1; i <= 2; ++i)
            QVERIFY(m_two.openHousehold(200 + i));
        exchange();
        const QStringList one = m_one.householdUuids();
        QCOMPARE(one.size(), 5);
        QCOMPARE(m_two.householdUuids(), one);
        QCOMPARE(m_central.recordUuids(QStringLiteral("230101"), QStringLiteral("household")), one);
        QCOMPARE(m_one.count(QStringLiteral("people")), 5);
        QCOMPARE(m_two.count(QStringLiteral("people")), 5);
        QCOMPARE(m_one.count(QStringLiteral("sync_outbox")), 0);
        QCOMPARE(m_two.count(QStringLiteral("sync_outbox")), 0);
        QCOMPARE(m_two.count(QStringLiteral("sync_dirty")), 0);
        m_shared = one.first();
        // A second exchange moves nothing.
        const QJsonObject quiet = m_two.sync();
        QCOMPARE(quiet.value(QStringLiteral("pushed")).toInt(), 0);
        QCOMPARE(quiet.value(QStringLiteral("pulled")).toInt(), 0);
    }

    void differentFieldsMergeAndAreFlagged()
    {
        QVERIFY(editHead(m_one, m_shared,
                         [](domain::Person &p) { p.mobile = QStringLiteral("09121111111"); }));
        QVERIFY(editHead(m_two, m_shared,
                         [](domain::Person &p) { p.occupation = QStringLiteral("خیاط"); }));
        exchange();
        QVERIFY(synced(m_two));
        const QString head = headUuid(m_one, m_shared);
        for (ClientFixture *client : {&m_one, &m_two}) {
            QCOMPARE(personField(*client, head, QStringLiteral("mobile")),
                     QStringLiteral("09121111111"));
            QCOMPARE(personField(*client, head, QStringLiteral("occupation")),
                     QStringLiteral("خیاط"));
        }
        bool flagged = false;
        for (const sync::SyncConflict &c : openConflicts(m_two)) {
            flagged |= c.recordUuid == head && c.kind == QLatin1String("merged");
            // Both edits stamped updated_utc: bookkeeping, never a question for the worker.
            QVERIFY(c.field != QLatin1String("updated_utc") || c.kind == QLatin1String("merged"));
        }
        QVERIFY(flagged);
    }

    void sameDescriptiveFieldKeepsBoth()
    {
        QVERIFY(editHead(m_one, m_shared,
                         [](domain::Person &p) { p.education = QStringLiteral("diploma"); }));
        QVERIFY(editHead(m_two, m_shared,
                         [](domain::Person &p) { p.education = QStringLiteral("university"); }));
        exchange();
        QVERIFY(synced(m_two));
        const QString head = headUuid(m_one, m_shared);
        // The first to reach the central wins the field; the other value is kept in the conflict.
        QCOMPARE(personField(m_one, head, QStringLiteral("education")), QStringLiteral("diploma"));
        QCOMPARE(personField(m_two, head, QStringLiteral("education")), QStringLiteral("diploma"));
        for (ClientFixture *client : {&m_one, &m_two}) {
            bool kept = false;
            for (const sync::SyncConflict &c : openConflicts(*client)) {
                kept |= c.recordUuid == head && c.kind == QLatin1String("both-kept") &&
                        c.field == QLatin1String("education") &&
                        c.mine.toString() == QLatin1String("university") &&
                        c.theirs.toString() == QLatin1String("diploma");
            }
            QVERIFY2(kept, client == &m_one ? "device one" : "device two");
        }
    }

    void criticalFieldIsHeldForReviewThenResolved()
    {
        QVERIFY(editHead(m_one, m_shared,
                         [](domain::Person &p) { p.firstName = QStringLiteral("مریم"); }));
        QVERIFY(editHead(m_two, m_shared,
                         [](domain::Person &p) { p.firstName = QStringLiteral("مرضیه"); }));
        exchange();
        QVERIFY(synced(m_two));
        const QString head = headUuid(m_one, m_shared);
        QCOMPARE(personField(m_one, head, QStringLiteral("first_name")), QStringLiteral("مریم"));
        QCOMPARE(personField(m_two, head, QStringLiteral("first_name")), QStringLiteral("مریم"));
        sync::SyncConflict held;
        for (const sync::SyncConflict &c : openConflicts(m_two)) {
            if (c.recordUuid == head && c.kind == QLatin1String("held") &&
                c.field == QLatin1String("first_name"))
                held = c;
        }
        QVERIFY(!held.uuid.isEmpty());
        QCOMPARE(held.mine.toString(), QStringLiteral("مرضیه"));
        // The worker on device two decides for their own spelling.
        QVERIFY(sync::ConflictStore(m_two.session().vault().database())
                    .resolve(held.uuid, held.mine, m_two.session().worker().id));
        QVERIFY(synced(m_two));
        QVERIFY(synced(m_one));
        QCOMPARE(personField(m_one, head, QStringLiteral("first_name")), QStringLiteral("مرضیه"));
        QCOMPARE(personField(m_two, head, QStringLiteral("first_name")), QStringLiteral("مرضیه"));
        for (ClientFixture *client : {&m_one, &m_two}) {
            for (const sync::SyncConflict &c : openConflicts(*client))
                QVERIFY(c.uuid != held.uuid);
        }
    }

    void notesAreAppendOnlyAndBothArrive()
    {
        const qint64 one = localId(m_one, QStringLiteral("households"), m_shared);
        const qint64 two = localId(m_two, QStringLiteral("households"), m_shared);
        QVERIFY(services::NoteService(m_one.session()).add(one, QStringLiteral("یادداشت یک")).ok());
        QVERIFY(services::NoteService(m_two.session()).add(two, QStringLiteral("یادداشت دو")).ok());
        exchange();
        const QString where = QStringLiteral("household_id = %1");
        QCOMPARE(m_one.count(QStringLiteral("notes"), where.arg(one)), 2);
        QCOMPARE(m_two.count(QStringLiteral("notes"), where.arg(two)), 2);
    }

    void nationalCodeInquiriesAreAnsweredFromTheRegistry()
    {
        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("registry.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        const QString known = ClientFixture::validNationalCode(7001);
        csv.write(QStringLiteral("national_code,first_name,last_name,birth_date,alive\n%1,زهرا,"
                                 "احمدی,1370-05-01,1\n")
                      .arg(known)
                      .toUtf8());
        csv.close();
        QVERIFY(m_central.admin({QStringLiteral("registry-load"), csv.fileName()}));
        services::CentralRequests requests(m_one.session());
        QVERIFY(requests.queueInquiry(known, 0).ok());
        QVERIFY(requests.queueInquiry(ClientFixture::validNationalCode(7002), 0).ok());
        QCOMPARE(requests.queueInquiry(QStringLiteral("1234567890"), 0).code,
                 storage::StoreErrorCode::InvalidInput);
        QCOMPARE(requests.inquiries().size(), 2);
        QCOMPARE(requests.inquiries().first().status, QStringLiteral("queued"));
        QVERIFY(synced(m_one)); // pushed and answered in the same transaction
        QVERIFY(synced(m_one)); // the answer comes back
        for (const services::NationalCodeInquiry &inquiry : requests.inquiries()) {
            QCOMPARE(inquiry.status, QStringLiteral("answered"));
            QCOMPARE(inquiry.found, inquiry.nationalCode == known);
            if (inquiry.found) {
                QCOMPARE(inquiry.firstName, QStringLiteral("زهرا"));
                QCOMPARE(inquiry.birthDate, QStringLiteral("1370-05-01"));
            }
        }
    }

    void referralCascadeRunsCentrallyAndTheFamilyGetsAnSms()
    {
        QVERIFY(editHead(m_one, m_shared,
                         [](domain::Person &p) { p.mobile = QStringLiteral("09123334444"); }));
        domain::Referral referral;
        referral.householdId = localId(m_one, QStringLiteral("households"), m_shared);
        referral.kind = QStringLiteral("one-off-aid");
        referral.serviceId = QStringLiteral("19061062110");
        referral.requestedService = QStringLiteral("کمک ودیعه مسکن");
        referral.destinations = {
            {QStringLiteral("behzisti"), QStringLiteral("اداره بهزیستی شهرستان ری")},
            {QStringLiteral("relief-foundation"), QStringLiteral("کمیته امداد ری")}};
        services::ReferralService referrals(m_one.session());
        QVERIFY(referrals.create(&referral).ok());
        QVERIFY(referrals.send(referral.id).ok());
        QVERIFY(synced(m_one));
        QString outbox;
        QVERIFY(m_central.admin({QStringLiteral("sms-outbox"), QStringLiteral("--json")}, &outbox));
        QVERIFY2(outbox.contains(QStringLiteral("referral-sent")), qPrintable(outbox));
        // The first agency refuses at the central: the referral moves to the second one.
        const QString uuid = uuidOf(m_one, QStringLiteral("referrals"), referral.id);
        QVERIFY(m_central.admin({QStringLiteral("referral-reply"), QStringLiteral("--referral"),
                                 uuid, QStringLiteral("--refuse"),
                                 QStringLiteral("سهمیه این ماه تمام شده است")}));
        QVERIFY(synced(m_one));
        QVERIFY(synced(m_two));
        for (ClientFixture *client : {&m_one, &m_two}) {
            domain::Referral seen;
            QVERIFY(services::ReferralService(client->session())
                        .load(localId(*client, QStringLiteral("referrals"), uuid), &seen)
                        .ok());
            QCOMPARE(seen.state, QStringLiteral("sent"));
            QCOMPARE(seen.currentPriority, 2);
        }
    }

    void anotherCenterSeesNothingOfIt()
    {
        ClientFixture other(QStringLiteral("230102"));
        QVERIFY(other.create());
        QString err;
        QVERIFY2(other.enroll(m_central.url(), m_central.issueCode(QStringLiteral("230102")),
                              m_central.pki().caCert, &err),
                 qPrintable(err));
        QVERIFY(other.openHousehold(900));
        QVERIFY(synced(other));
        QCOMPARE(other.householdUuids().size(), 1);
        QCOMPARE(m_central.countRecords(QStringLiteral("230102"), QStringLiteral("household")), 1);
        QVERIFY(synced(m_one));
        QCOMPARE(m_one.householdUuids().size(), 5);
    }

    void cleanupTestCase() { m_central.stop(); }
};

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "tst_syncendtoend.moc"
