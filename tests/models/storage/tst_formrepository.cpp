// The forms tables (migration 0004) through FormRepository on a real store: versions side by
// side and which one is the latest, drafts as the worker types, submissions that can be neither
// changed nor removed, and corrections that supersede exactly once.
#include "../services/servicetestfixture.h"
#include "storage/formrepository.h"
#include "storage/householdrepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QUuid>

using namespace pluslife;
using storage::FormDraftRecord;
using storage::FormRepository;
using storage::FormSubmissionRecord;
using storage::FormVersionRecord;

namespace {

FormVersionRecord makeVersion(const QString &formId, const QString &version, qint64 installedBy,
                              const QDateTime &now)
{
    FormVersionRecord v;
    v.formId = formId;
    v.version = version;
    v.title = QStringLiteral("بازدید منزل");
    v.activityCode = QStringLiteral("A05");
    v.sourceXml = QStringLiteral("<h:html><!-- %1 %2 --></h:html>").arg(formId, version).toUtf8();
    v.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(v.sourceXml, QCryptographicHash::Sha256).toHex());
    v.origin = QStringLiteral("library");
    v.installedUtc = now;
    v.installedBy = installedBy;
    return v;
}

FormSubmissionRecord makeSubmission(qint64 versionId, qint64 household, qint64 person,
                                    qint64 worker, const QDateTime &now)
{
    FormSubmissionRecord s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.formVersionId = versionId;
    s.householdId = household;
    s.personId = person;
    s.workerId = worker;
    s.deviceId = QStringLiteral("pluslife:test");
    s.startedUtc = now.addSecs(-600);
    s.endedUtc = now;
    s.submittedUtc = now;
    s.instanceXml = QByteArrayLiteral("<data><a>1</a></data>");
    return s;
}

int count(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt()
                                                                               : -1;
}

} // namespace

class TestFormRepository : public QObject {
    Q_OBJECT

private slots:
    void compareVersions();
    void versionsSideBySide();
    void installedVersionIsFixed();
    void draftsAsTheWorkerTypes();
    void submissionsAndCorrections();
    void submissionsAreImmutable();
};

void TestFormRepository::compareVersions()
{
    QCOMPARE(FormRepository::compareVersions(QStringLiteral("2"), QStringLiteral("10")), -1);
    QCOMPARE(
        FormRepository::compareVersions(QStringLiteral("2024010102"), QStringLiteral("2024010101")),
        1);
    QCOMPARE(FormRepository::compareVersions(QStringLiteral("1.10"), QStringLiteral("1.9")), 1);
    QCOMPARE(FormRepository::compareVersions(QStringLiteral("1.0"), QStringLiteral("1.0")), 0);
    QCOMPARE(FormRepository::compareVersions(QStringLiteral("01"), QStringLiteral("1")), 0);
    QCOMPARE(FormRepository::compareVersions(QStringLiteral("1"), QStringLiteral("1.1")), -1);
    QCOMPARE(FormRepository::compareVersions(QStringLiteral("1a"), QStringLiteral("1b")), -1);
}

void TestFormRepository::versionsSideBySide()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    FormRepository repo(center.session->database());
    const qint64 me = center.session->worker().id;
    const QDateTime now = center.clock.nowUtc();

    auto v9 = makeVersion(QStringLiteral("home_visit"), QStringLiteral("9"), me, now);
    auto v10 = makeVersion(QStringLiteral("home_visit"), QStringLiteral("10"), me, now);
    auto other = makeVersion(QStringLiteral("intake"), QStringLiteral("1"), 0, now);
    other.origin = QStringLiteral("central");
    QVERIFY2(repo.insertVersion(&v10), qPrintable(repo.lastError().text()));
    QVERIFY(repo.insertVersion(&v9));
    QVERIFY(repo.insertVersion(&other));
    QVERIFY(v9.id > 0 && v10.id > 0 && other.id > 0);

    // The same form id and version twice: refused by the store.
    auto again = makeVersion(QStringLiteral("home_visit"), QStringLiteral("9"), me, now);
    QVERIFY(!repo.insertVersion(&again));
    // An origin outside the list: refused.
    auto odd = makeVersion(QStringLiteral("odd"), QStringLiteral("1"), me, now);
    odd.origin = QStringLiteral("usb");
    QVERIFY(!repo.insertVersion(&odd));

    const auto found = repo.version(QStringLiteral("home_visit"), QStringLiteral("9"));
    QVERIFY(found);
    QCOMPARE(found->id, v9.id);
    QCOMPARE(found->sourceXml, v9.sourceXml);
    QCOMPARE(found->sha256, v9.sha256);
    QCOMPARE(found->title, v9.title);
    QCOMPARE(found->activityCode, QStringLiteral("A05"));
    QCOMPARE(found->origin, QStringLiteral("library"));
    QCOMPARE(found->installedBy, me);
    QCOMPARE(found->installedUtc, now);
    QVERIFY(!found->retiredUtc.isValid());
    QCOMPARE(repo.version(other.id)->installedBy, 0);
    QCOMPARE(repo.versionBySha256(v10.sha256)->id, v10.id);
    QVERIFY(!repo.version(QStringLiteral("home_visit"), QStringLiteral("11")));
    QVERIFY(!repo.versionBySha256(QStringLiteral("00")));

    // "10" is later than "9" although installed first.
    QCOMPARE(repo.latestVersion(QStringLiteral("home_visit"))->id, v10.id);
    QCOMPARE(repo.latestVersion(QStringLiteral("home_visit"))->sourceXml, v10.sourceXml);
    QVERIFY(!repo.latestVersion(QStringLiteral("nothing")));
    // A retired version is never the latest.
    QSqlQuery retire(center.session->database());
    QVERIFY(retire.exec(QStringLiteral("UPDATE form_versions SET retired_utc = '2026-11-24' "
                                       "WHERE id = %1")
                            .arg(v10.id)));
    QCOMPARE(repo.latestVersion(QStringLiteral("home_visit"))->id, v9.id);

    const auto all = repo.versions();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).formId, QStringLiteral("home_visit"));
    QCOMPARE(all.at(0).id, v10.id); // installation order within a form
    QCOMPARE(all.at(1).id, v9.id);
    QCOMPARE(all.at(2).formId, QStringLiteral("intake"));
    QVERIFY(all.at(0).sourceXml.isEmpty()); // lists leave the XML out
    QVERIFY(all.at(0).retiredUtc.isValid());
}

void TestFormRepository::installedVersionIsFixed()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    FormRepository repo(center.session->database());
    auto v = makeVersion(QStringLiteral("f"), QStringLiteral("1"), 0, center.clock.nowUtc());
    QVERIFY(repo.insertVersion(&v));
    QSqlQuery q(center.session->database());
    QVERIFY(!q.exec(
        QStringLiteral("UPDATE form_versions SET source_xml = x'00' WHERE id = %1").arg(v.id)));
    QVERIFY(q.lastError().databaseText().contains(QStringLiteral("cannot be changed")));
    QVERIFY(
        !q.exec(QStringLiteral("UPDATE form_versions SET version = '2' WHERE id = %1").arg(v.id)));
    QCOMPARE(repo.version(v.id)->sourceXml, v.sourceXml);
    // Retiring is allowed.
    QVERIFY(q.exec(QStringLiteral("UPDATE form_versions SET retired_utc = '2026-12-01' WHERE id "
                                  "= %1")
                       .arg(v.id)));
}

void TestFormRepository::draftsAsTheWorkerTypes()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(1);
    const qint64 other = center.openHousehold(2);
    const qint64 worker =
        center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    QVERIFY(household > 0 && other > 0 && worker > 0);
    const qint64 me = center.session->worker().id;
    FormRepository repo(center.session->database());
    auto v = makeVersion(QStringLiteral("f"), QStringLiteral("1"), me, center.clock.nowUtc());
    QVERIFY(repo.insertVersion(&v));

    FormDraftRecord first;
    first.formVersionId = v.id;
    first.householdId = household;
    first.workerId = me;
    first.startedUtc = first.savedUtc = center.clock.nowUtc();
    first.instanceXml = QByteArrayLiteral("<data/>");
    QVERIFY2(repo.insertDraft(&first), qPrintable(repo.lastError().text()));
    QVERIFY(first.id > 0);
    QVERIFY(!first.uuid.isEmpty());

    center.clock.advanceSeconds(60);
    FormDraftRecord second = first;
    second.id = 0;
    second.uuid.clear();
    second.householdId = other;
    second.savedUtc = center.clock.nowUtc();
    QVERIFY(repo.insertDraft(&second));
    FormDraftRecord theirs = first;
    theirs.id = 0;
    theirs.uuid.clear();
    theirs.workerId = worker;
    QVERIFY(repo.insertDraft(&theirs));
    // A draft needs an existing form version.
    FormDraftRecord dangling = first;
    dangling.id = 0;
    dangling.uuid.clear();
    dangling.formVersionId = 999;
    QVERIFY(!repo.insertDraft(&dangling));

    center.clock.advanceSeconds(60);
    const QString f = QStringLiteral("f");
    const QString one = QStringLiteral("1");
    const QByteArray typed = QStringLiteral("<data><name>علی</name></data>").toUtf8();
    QVERIFY(repo.updateDraft(first.id, me, f, one, typed, center.clock.nowUtc()));
    // Only the worker who started it saves it.
    QVERIFY(!repo.updateDraft(first.id, worker, f, one, QByteArrayLiteral("<x/>"),
                              center.clock.nowUtc()));
    QVERIFY(!repo.updateDraft(9999, me, f, one, typed, center.clock.nowUtc()));
    // Answers to another form or version never land in this draft.
    QVERIFY(!repo.updateDraft(first.id, me, f, QStringLiteral("2"), QByteArrayLiteral("<x/>"),
                              center.clock.nowUtc()));
    QVERIFY(!repo.updateDraft(first.id, me, QStringLiteral("g"), one, QByteArrayLiteral("<x/>"),
                              center.clock.nowUtc()));

    const auto found = repo.draft(first.id);
    QVERIFY(found);
    QCOMPARE(found->instanceXml, typed);
    QCOMPARE(found->savedUtc, center.clock.nowUtc());
    QCOMPARE(found->startedUtc, first.startedUtc);
    QCOMPARE(found->formVersionId, v.id);
    QCOMPARE(found->form.formId, QStringLiteral("f"));
    QCOMPARE(found->form.version, QStringLiteral("1"));
    QCOMPARE(found->householdId, household);
    QCOMPARE(found->personId, 0);

    const auto mine = repo.draftsOfWorker(me);
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine.at(0).id, first.id); // last saved first
    QCOMPARE(mine.at(1).id, second.id);
    QVERIFY(mine.at(0).instanceXml.isEmpty());
    QCOMPARE(repo.draftsOfWorker(worker).size(), 1);
    QCOMPARE(repo.draftsOfHousehold(household).size(), 2);
    QCOMPARE(repo.draftsOfHousehold(other).size(), 1);

    QVERIFY(repo.deleteDraft(first.id));
    QVERIFY(!repo.deleteDraft(first.id));
    QVERIFY(!repo.draft(first.id));
    QCOMPARE(repo.draftsOfWorker(me).size(), 1);

    // A draft id is never given out again, so a stale screen cannot save into a newer draft.
    QVERIFY(repo.deleteDraft(theirs.id));
    FormDraftRecord later = first;
    later.id = 0;
    later.uuid.clear();
    QVERIFY(repo.insertDraft(&later));
    QVERIFY(later.id > theirs.id);
    QVERIFY(!repo.updateDraft(theirs.id, worker, f, one, typed, center.clock.nowUtc()));
}

void TestFormRepository::submissionsAndCorrections()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(1);
    QVERIFY(household > 0);
    const qint64 head =
        storage::HouseholdRepository(center.session->database()).household(household)->headPersonId;
    const qint64 me = center.session->worker().id;
    FormRepository repo(center.session->database());
    auto v1 = makeVersion(QStringLiteral("f"), QStringLiteral("1"), me, center.clock.nowUtc());
    auto v2 = makeVersion(QStringLiteral("f"), QStringLiteral("2"), me, center.clock.nowUtc());
    QVERIFY(repo.insertVersion(&v1) && repo.insertVersion(&v2));

    auto first = makeSubmission(v1.id, household, head, me, center.clock.nowUtc());
    QVERIFY2(repo.insertSubmission(&first), qPrintable(repo.lastError().text()));
    center.clock.advanceSeconds(60);
    auto forHousehold = makeSubmission(v2.id, household, 0, me, center.clock.nowUtc());
    QVERIFY(repo.insertSubmission(&forHousehold));
    // The same instanceID twice: refused.
    auto duplicate = makeSubmission(v1.id, household, 0, me, center.clock.nowUtc());
    duplicate.uuid = first.uuid;
    QVERIFY(!repo.insertSubmission(&duplicate));

    const auto found = repo.submission(first.id);
    QVERIFY(found);
    QCOMPARE(found->uuid, first.uuid);
    QCOMPARE(found->instanceXml, first.instanceXml);
    QCOMPARE(found->deviceId, QStringLiteral("pluslife:test"));
    QCOMPARE(found->startedUtc, first.startedUtc);
    QCOMPARE(found->endedUtc, first.endedUtc);
    QCOMPARE(found->form.version, QStringLiteral("1")); // keeps the version it was made on
    QCOMPARE(found->workerName, center.session->worker().displayName);
    QCOMPARE(found->supersededBy, 0);
    QCOMPARE(repo.submissionByUuid(first.uuid)->id, first.id);

    center.clock.advanceSeconds(60);
    auto correction = makeSubmission(v1.id, household, head, me, center.clock.nowUtc());
    correction.supersedes = first.id;
    QVERIFY(repo.insertSubmission(&correction));
    // A submission is superseded once: a second correction of the same one is refused.
    auto second = makeSubmission(v1.id, household, head, me, center.clock.nowUtc());
    second.supersedes = first.id;
    QVERIFY(!repo.insertSubmission(&second));

    QCOMPARE(repo.supersedingOf(first.id)->id, correction.id);
    QVERIFY(!repo.supersedingOf(correction.id));
    QCOMPARE(repo.submission(first.id)->supersededBy, correction.id);
    QCOMPARE(repo.submission(correction.id)->supersedes, first.id);

    const auto ofHousehold = repo.submissionsOfHousehold(household);
    QCOMPARE(ofHousehold.size(), 3);
    QCOMPARE(ofHousehold.at(0).id, correction.id); // newest first
    QCOMPARE(ofHousehold.at(2).id, first.id);
    QCOMPARE(ofHousehold.at(2).supersededBy, correction.id);
    QVERIFY(ofHousehold.at(0).instanceXml.isEmpty());
    const auto ofPerson = repo.submissionsOfPerson(head);
    QCOMPARE(ofPerson.size(), 2);
    QCOMPARE(repo.submissionsOfPerson(head + 1000).size(), 0);

    // A draft correcting a submission is found by it.
    FormDraftRecord draft;
    draft.formVersionId = v1.id;
    draft.householdId = household;
    draft.workerId = me;
    draft.startedUtc = draft.savedUtc = center.clock.nowUtc();
    draft.instanceXml = correction.instanceXml;
    draft.correctsSubmission = correction.id;
    QVERIFY(repo.insertDraft(&draft));
    QCOMPARE(repo.draftCorrecting(correction.id)->id, draft.id);
    QVERIFY(!repo.draftCorrecting(first.id));
}

void TestFormRepository::submissionsAreImmutable()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(1);
    const qint64 me = center.session->worker().id;
    QSqlDatabase db = center.session->database();
    FormRepository repo(db);
    auto v = makeVersion(QStringLiteral("f"), QStringLiteral("1"), me, center.clock.nowUtc());
    QVERIFY(repo.insertVersion(&v));
    auto s = makeSubmission(v.id, household, 0, me, center.clock.nowUtc());
    QVERIFY(repo.insertSubmission(&s));

    QSqlQuery q(db);
    QVERIFY(!q.exec(QStringLiteral("UPDATE form_submissions SET instance_xml = x'00'")));
    QVERIFY(q.lastError().databaseText().contains(QStringLiteral("immutable")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE form_submissions SET household_id = NULL")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM form_submissions")));
    QVERIFY(q.lastError().databaseText().contains(QStringLiteral("immutable")));
    QCOMPARE(count(db, QStringLiteral("form_submissions")), 1);
    QCOMPARE(repo.submission(s.id)->instanceXml, s.instanceXml);
    // Nor can the form version it was made on go away.
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM form_versions WHERE id = %1").arg(v.id)));
    QCOMPARE(count(db, QStringLiteral("form_versions")), 1);
}

QTEST_GUILESS_MAIN(TestFormRepository)
#include "tst_formrepository.moc"
