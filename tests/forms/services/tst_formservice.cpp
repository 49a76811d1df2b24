// FormService on a real store: installing forms (a refused form installs nothing, the same bytes
// twice are one install, two versions live side by side), drafts saved and resumed, submitting
// (case fields, timeline and home visit in one transaction, all or nothing), corrections that
// supersede, and who may do what.
#include "../../models/services/servicetestfixture.h"
#include "services/formservice.h"
#include "services/visitservice.h"
#include "storage/auditlog.h"
#include "storage/householdrepository.h"
#include "storage/vault.h"
#include "storage/visitrepository.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace pluslife;
using forms::FormService;
using forms::FormSession;
using forms::FormSubject;
using storage::StoreErrorCode;

namespace {

const QString kMobile = QStringLiteral("09351234567");
const QString kObservation =
    QStringLiteral("خانه نمور بود و سقف آشپزخانه چکه می‌کرد.");

// The home-visit report of tests/data/forms/services/home_visit.xml; `extra` adds a question to
// tell versions apart.
QByteArray homeVisitForm(const QString &version, const QString &title, bool extra = false)
{
    QString xml =
        QString::fromUtf8(test::readFile(qEnvironmentVariable("PLUSLIFE_TEST_DATA") +
                                         QStringLiteral("/forms/services/home_visit.xml")));
    xml.replace(QStringLiteral("@VERSION@"), version).replace(QStringLiteral("@TITLE@"), title);
    xml.replace(QStringLiteral("@EXTRA_NODE@"), extra ? QStringLiteral("<roof/>") : QString());
    xml.replace(QStringLiteral("@EXTRA_BIND@"),
                extra ? QStringLiteral("<bind nodeset=\"/data/roof\" type=\"string\"/>")
                      : QString());
    xml.replace(QStringLiteral("@EXTRA_BODY@"),
                extra ? QStringLiteral("<input ref=\"/data/roof\"><label>سقف</label></input>")
                      : QString());
    return xml.toUtf8();
}

int count(test::CenterFixture &center, const QString &table)
{
    QSqlQuery q(center.session->database());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt()
                                                                               : -1;
}

QStringList timelineKinds(test::CenterFixture &center, qint64 household)
{
    QStringList kinds;
    for (const auto &event : services::HouseholdService(*center.session).timeline(household))
        kinds << event.kind;
    return kinds;
}

QList<storage::AuditLog::Entry> auditEntries(test::CenterFixture &center, const QString &action)
{
    QList<storage::AuditLog::Entry> found;
    for (const auto &entry : center.session->audit().recent(500))
        if (entry.action == action)
            found << entry;
    return found;
}

QString everythingAudited(test::CenterFixture &center)
{
    QString text;
    for (const auto &entry : center.session->audit().recent(500))
        text +=
            entry.action + entry.subjectType + entry.subjectId +
            QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(entry.details)).toJson());
    return text;
}

domain::Household householdOf(test::CenterFixture &center, qint64 id)
{
    return *storage::HouseholdRepository(center.session->database()).household(id);
}

domain::Person headOf(test::CenterFixture &center, qint64 household)
{
    storage::HouseholdRepository repo(center.session->database());
    return *repo.personById(repo.household(household)->headPersonId);
}

qint64 planVisit(test::CenterFixture &center, qint64 household)
{
    domain::Visit visit;
    visit.householdId = household;
    visit.plannedDate = center.clock.nowUtc().date();
    visit.purpose = QStringLiteral("بازدید منزل");
    return services::VisitService(*center.session).schedule(&visit).ok() ? visit.id : 0;
}

// Answers every question of the home-visit form.
bool fill(FormSession &session, const QString &mobile = kMobile)
{
    return session.setValue(QStringLiteral("/data/housing"), QStringLiteral("tenant")).ok() &&
           session.setValue(QStringLiteral("/data/rent"), QStringLiteral("۲۵۰۰۰۰۰۰")).ok() &&
           session.setValue(QStringLiteral("/data/marital"), QStringLiteral("widowed")).ok() &&
           session.setValue(QStringLiteral("/data/mobile"), mobile).ok() &&
           session.setValue(QStringLiteral("/data/observations"), kObservation).ok();
}

} // namespace

class TestFormService : public QObject {
    Q_OBJECT

private slots:
    void installRefusesBadFormsAndInstallsNothing();
    void identicalReinstallIsNoOp();
    void importIsForManagers();
    void libraryInstallsIdempotently();
    void draftsSaveResumeDiscard();
    void versionsSideBySide();
    void submitUpdatesTheFileInOneTransaction();
    void submitToAMember();
    void refusedSubmitWritesNothing();
    void failureInsideSubmitRollsBackEverything();
    void correctionSupersedes();
    void accessIsChecked();
};

void TestFormService::installRefusesBadFormsAndInstallsNothing()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    FormService forms(*center.session);
    const QList<QByteArray> bad{
        QByteArrayLiteral("<h:html xmlns:h=\"http://www.w3.org/1999/xhtml\"><oops"),
        QByteArrayLiteral("not xml at all"),
        // Saves to who a person is: never allowed.
        homeVisitForm(QStringLiteral("1"), QStringLiteral("بازدید"))
            .replace("entities:saveto=\"person.mobile\"",
                     "entities:saveto=\"person.national_code\""),
        // Saves to a field outside the vocabulary.
        homeVisitForm(QStringLiteral("1"), QStringLiteral("بازدید"))
            .replace("entities:saveto=\"person.mobile\"", "entities:saveto=\"household.status\""),
    };
    for (const QByteArray &xml : bad) {
        qint64 id = -1;
        const auto error = forms.install(xml, FormService::Origin::Import, &id);
        QCOMPARE(error.code, StoreErrorCode::InvalidInput);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(id, -1);
    }
    QVERIFY(forms.install(bad.at(2), FormService::Origin::Import)
                .message.contains(QStringLiteral("person.national_code")));
    QCOMPARE(count(center, QStringLiteral("form_versions")), 0);
    QVERIFY(forms.installedForms().isEmpty());
    QVERIFY(auditEntries(center, QStringLiteral("form.install")).isEmpty());
}

void TestFormService::identicalReinstallIsNoOp()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    FormService forms(*center.session);
    const QByteArray xml = homeVisitForm(QStringLiteral("1"), QStringLiteral("بازدید منزل"));
    qint64 first = 0;
    const auto installed = forms.install(xml, FormService::Origin::Import, &first);
    QVERIFY2(installed.ok(), qPrintable(installed.message));
    QVERIFY(first > 0);
    qint64 again = 0;
    QVERIFY(forms.install(xml, FormService::Origin::Import, &again).ok());
    QCOMPARE(again, first);
    QCOMPARE(count(center, QStringLiteral("form_versions")), 1);
    QCOMPARE(auditEntries(center, QStringLiteral("form.install")).size(), 1);

    // Same id and version, other bytes: refused, the installed one stays.
    const auto changed = forms.install(homeVisitForm(QStringLiteral("1"), QStringLiteral("دیگر")),
                                       FormService::Origin::Import);
    QCOMPARE(changed.code, StoreErrorCode::InvalidInput);
    QCOMPARE(count(center, QStringLiteral("form_versions")), 1);

    const auto installedForms = forms.installedForms();
    QCOMPARE(installedForms.size(), 1);
    QCOMPARE(installedForms.at(0).formId, QStringLiteral("home_visit_test"));
    QCOMPARE(installedForms.at(0).title, QStringLiteral("بازدید منزل"));
    QCOMPARE(installedForms.at(0).activityCode, QStringLiteral("5"));
    QCOMPARE(installedForms.at(0).latestVersionId, first);
    QCOMPARE(installedForms.at(0).versions.size(), 1);
    QCOMPARE(installedForms.at(0).versions.at(0).origin, QStringLiteral("import"));

    const auto form = forms.load(first);
    QVERIFY(form);
    QCOMPARE(form->sourceXml, xml);
    QCOMPARE(forms.load(first).get(), form.get()); // parsed once
    storage::StoreError error;
    QVERIFY(!forms.load(9999, &error));
    QCOMPARE(error.code, StoreErrorCode::InvalidInput);

    const auto audited = auditEntries(center, QStringLiteral("form.install")).at(0);
    QCOMPARE(audited.subjectId, QString::number(first));
    QCOMPARE(audited.details.value(QStringLiteral("origin")).toString(), QStringLiteral("import"));
}

void TestFormService::importIsForManagers()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    QVERIFY(center.session->signIn(QStringLiteral("sara"), test::kWorkerPassword).ok());
    FormService forms(*center.session);
    const QByteArray xml = homeVisitForm(QStringLiteral("1"), QStringLiteral("بازدید"));
    QCOMPARE(forms.install(xml, FormService::Origin::Import).code, StoreErrorCode::NotPermitted);
    QCOMPARE(count(center, QStringLiteral("form_versions")), 0);
    // Forms from the central window (and the embedded library) install for anyone signed in.
    QVERIFY(forms.install(xml, FormService::Origin::Central).ok());
    QCOMPARE(forms.installedForms().at(0).versions.at(0).origin, QStringLiteral("central"));
    center.session->lock();
    QCOMPARE(forms.install(xml, FormService::Origin::Central).code, StoreErrorCode::NotUnlocked);
}

void TestFormService::libraryInstallsIdempotently()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    FormService forms(*center.session);
    int installed = -1;
    const auto first = forms.installLibrary(&installed);
    QVERIFY2(first.ok(), qPrintable(first.message));
    // Every form of the embedded library, each one version.
    QCOMPARE(installed, QDir(QStringLiteral(":/pluslife/forms"))
                            .entryList({QStringLiteral("*.xml")}, QDir::Files)
                            .size());
    const int versions = count(center, QStringLiteral("form_versions"));
    QCOMPARE(versions, installed);
    for (const auto &form : forms.installedForms())
        for (const auto &version : form.versions)
            QCOMPARE(version.origin, QStringLiteral("library"));
    QVERIFY(forms.installLibrary(&installed).ok());
    QCOMPARE(installed, 0);
    QCOMPARE(count(center, QStringLiteral("form_versions")), versions);
}

void TestFormService::draftsSaveResumeDiscard()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(1);
    FormService forms(*center.session);
    qint64 version = 0;
    QVERIFY(forms
                .install(homeVisitForm(QStringLiteral("1"), QStringLiteral("بازدید")),
                         FormService::Origin::Import, &version)
                .ok());

    qint64 draftId = 0;
    std::unique_ptr<FormSession> session;
    const auto started = forms.startDraft(version, {household, 0, 0}, &draftId, &session);
    QVERIFY2(started.ok(), qPrintable(started.message));
    QVERIFY(draftId > 0);
    QVERIFY(session);
    QVERIFY(session->setValue(QStringLiteral("/data/observations"), kObservation).ok());
    center.clock.advanceSeconds(30);
    QVERIFY(forms.saveDraft(draftId, *session).ok());
    session.reset();

    const auto mine = forms.myDrafts();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.at(0).id, draftId);
    QCOMPARE(mine.at(0).householdId, household);
    QCOMPARE(mine.at(0).form.formId, QStringLiteral("home_visit_test"));
    QCOMPARE(mine.at(0).savedUtc, center.clock.nowUtc());
    QCOMPARE(forms.draftsOf(household).size(), 1);

    std::unique_ptr<FormSession> resumed;
    storage::FormDraftRecord record;
    QVERIFY(forms.resumeDraft(draftId, &resumed, &record).ok());
    QCOMPARE(resumed->value(QStringLiteral("/data/observations")), kObservation);
    QCOMPARE(record.formVersionId, version);
    QCOMPARE(resumed->instanceId().left(5), QStringLiteral("uuid:"));

    // Unknown drafts, and a subject that is not a household of this store, are refused.
    QCOMPARE(forms.saveDraft(draftId + 100, *resumed).code, StoreErrorCode::InvalidInput);
    QCOMPARE(forms.startDraft(version, {99999, 0, 0}, &draftId, &session).code,
             StoreErrorCode::InvalidInput);
    QCOMPARE(forms.startDraft(99999, {household, 0, 0}, &draftId, &session).code,
             StoreErrorCode::InvalidInput);

    QVERIFY(forms.discardDraft(record.id).ok());
    QVERIFY(forms.myDrafts().isEmpty());
    QCOMPARE(forms.resumeDraft(record.id, &resumed).code, StoreErrorCode::InvalidInput);
    QCOMPARE(auditEntries(center, QStringLiteral("form.draft_start")).size(), 1);
    QCOMPARE(auditEntries(center, QStringLiteral("form.draft_discard")).size(), 1);
    QVERIFY(!everythingAudited(center).contains(kObservation));
}

void TestFormService::versionsSideBySide()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(1);
    FormService forms(*center.session);
    qint64 v1 = 0;
    qint64 v2 = 0;
    QVERIFY(forms
                .install(homeVisitForm(QStringLiteral("1"), QStringLiteral("بازدید")),
                         FormService::Origin::Import, &v1)
                .ok());
    // A draft begun on version 1 ...
    qint64 oldDraft = 0;
    std::unique_ptr<FormSession> oldSession;
    QVERIFY(forms.startDraft(v1, {household, 0, 0}, &oldDraft, &oldSession).ok());
    QVERIFY(forms.saveDraft(oldDraft, *oldSession).ok());
    oldSession.reset();
    // ... stays on version 1 once version 2 is installed beside it.
    QVERIFY(forms
                .install(homeVisitForm(QStringLiteral("2"), QStringLiteral("بازدید ۲"), true),
                         FormService::Origin::Import, &v2)
                .ok());
    QVERIFY(v2 != v1);
    const auto installed = forms.installedForms();
    QCOMPARE(installed.size(), 1);
    QCOMPARE(installed.at(0).versions.size(), 2);
    QCOMPARE(installed.at(0).latestVersionId, v2);
    QCOMPARE(installed.at(0).title, QStringLiteral("بازدید ۲"));

    QVERIFY(forms.resumeDraft(oldDraft, &oldSession).ok());
    QCOMPARE(oldSession->definition().version, QStringLiteral("1"));
    QVERIFY(fill(*oldSession));
    qint64 oldSubmission = 0;
    const auto submitted = forms.submit(oldDraft, *oldSession, &oldSubmission);
    QVERIFY2(submitted.ok(), qPrintable(submitted.message));

    qint64 newDraft = 0;
    std::unique_ptr<FormSession> newSession;
    QVERIFY(forms.startDraft(v2, {household, 0, 0}, &newDraft, &newSession).ok());
    QCOMPARE(newSession->definition().version, QStringLiteral("2"));
    QVERIFY(fill(*newSession));
    QVERIFY(newSession->setValue(QStringLiteral("/data/roof"), QStringLiteral("ایرانیت")).ok());
    // The answers of one version cannot be submitted as a draft of the other.
    qint64 anotherOld = 0;
    QVERIFY(forms.startDraft(v1, {household, 0, 0}, &anotherOld, &oldSession).ok());
    QVERIFY(anotherOld != oldDraft); // draft ids are never reused
    QCOMPARE(forms.submit(anotherOld, *newSession).code, StoreErrorCode::InvalidInput);
    QCOMPARE(forms.submit(oldDraft, *newSession).code, StoreErrorCode::InvalidInput); // gone
    QCOMPARE(forms.saveDraft(anotherOld, *newSession).code, StoreErrorCode::InvalidInput);
    QVERIFY(forms.saveDraft(anotherOld, *oldSession).ok());
    qint64 newSubmission = 0;
    QVERIFY(forms.submit(newDraft, *newSession, &newSubmission).ok());

    const auto submissions = forms.submissionsOf(household);
    QCOMPARE(submissions.size(), 2);
    storage::FormSubmissionRecord record;
    QVERIFY(forms.submission(oldSubmission, &record).ok());
    QCOMPARE(record.formVersionId, v1);
    QCOMPARE(record.form.version, QStringLiteral("1"));
    QVERIFY(!record.instanceXml.contains("<roof"));
    QVERIFY(forms.submission(newSubmission, &record).ok());
    QCOMPARE(record.formVersionId, v2);
    QCOMPARE(record.form.version, QStringLiteral("2"));
    QVERIFY(record.instanceXml.contains("<roof>"));
}

void TestFormService::submitUpdatesTheFileInOneTransaction()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(1);
    const qint64 visit = planVisit(center, household);
    QVERIFY(visit > 0);
    FormService forms(*center.session);
    qint64 version = 0;
    QVERIFY(forms
                .install(homeVisitForm(QStringLiteral("1"), QStringLiteral("گزارش بازدید")),
                         FormService::Origin::Import, &version)
                .ok());

    // Started from the visit: the household comes with it.
    qint64 draftId = 0;
    std::unique_ptr<FormSession> session;
    QVERIFY(forms.startDraft(version, {0, 0, visit}, &draftId, &session).ok());
    QCOMPARE(forms.myDrafts().at(0).householdId, household);
    QCOMPARE(forms.myDrafts().at(0).visitId, visit);
    QVERIFY(fill(*session));
    center.clock.advanceSeconds(600);
    qint64 submissionId = 0;
    const auto submitted = forms.submit(draftId, *session, &submissionId);
    QVERIFY2(submitted.ok(), qPrintable(submitted.message));
    QVERIFY(submissionId > 0);

    // The household and its head have the answers of the case fields.
    const domain::Household file = householdOf(center, household);
    QCOMPARE(file.housing, QStringLiteral("tenant"));
    QCOMPARE(file.monthlyRent, qint64(25000000));
    const domain::Person head = headOf(center, household);
    QCOMPARE(head.maritalStatus, QStringLiteral("widowed"));
    QCOMPARE(head.mobile, kMobile);
    // The mobile number is searchable at once.
    const auto found = services::HouseholdService(*center.session).search(kMobile, {});
    QCOMPARE(found.size(), 1);

    // History: the submission, the case fields it changed, the visit done.
    const QStringList kinds = timelineKinds(center, household);
    QVERIFY(kinds.contains(QStringLiteral("form.submitted")));
    QVERIFY(kinds.contains(QStringLiteral("case_fields.updated")));
    QVERIFY(kinds.contains(QStringLiteral("visit.done")));
    for (const auto &event : services::HouseholdService(*center.session).timeline(household)) {
        if (event.kind == QLatin1String("form.submitted")) {
            QCOMPARE(event.details.value(QStringLiteral("submission")).toLongLong(), submissionId);
            QCOMPARE(event.details.value(QStringLiteral("form")).toString(),
                     QStringLiteral("home_visit_test"));
            QCOMPARE(event.details.value(QStringLiteral("version")).toString(),
                     QStringLiteral("1"));
            QCOMPARE(event.details.value(QStringLiteral("title")).toString(),
                     QStringLiteral("گزارش بازدید"));
        } else if (event.kind == QLatin1String("case_fields.updated")) {
            QStringList fields = event.details.value(QStringLiteral("fields")).toStringList();
            fields.sort();
            QCOMPARE(fields, (QStringList{QStringLiteral("household.housing"),
                                          QStringLiteral("household.monthly_rent"),
                                          QStringLiteral("person.marital_status"),
                                          QStringLiteral("person.mobile")}));
            QCOMPARE(event.details.value(QStringLiteral("person")).toLongLong(), head.id);
        }
    }
    const auto visitRow = storage::VisitRepository(center.session->database()).visit(visit);
    QCOMPARE(visitRow->status, QStringLiteral("done"));
    QCOMPARE(visitRow->doneUtc, center.clock.nowUtc());
    QCOMPARE(visitRow->note.value(QStringLiteral("submission")).toLongLong(), submissionId);

    // The submission: its instance, who, where, when; the draft is gone.
    storage::FormSubmissionRecord record;
    QVERIFY(forms.submission(submissionId, &record).ok());
    QCOMPARE(QStringLiteral("uuid:") + record.uuid,
             QString::fromUtf8(record.instanceXml)
                 .section(QStringLiteral("<instanceID>"), 1)
                 .section(QStringLiteral("</instanceID>"), 0, 0));
    QVERIFY(record.instanceXml.contains(kObservation.toUtf8()));
    QCOMPARE(record.deviceId, QStringLiteral("pluslife:") + center.session->vault().vaultId());
    QCOMPARE(record.deviceId, forms.deviceId());
    QCOMPARE(record.workerId, center.session->worker().id);
    QCOMPARE(record.workerName, center.session->worker().displayName);
    QCOMPARE(record.householdId, household);
    QCOMPARE(record.visitId, visit);
    QCOMPARE(record.submittedUtc, center.clock.nowUtc());
    QCOMPARE(record.endedUtc, center.clock.nowUtc());
    QCOMPARE(record.startedUtc, center.clock.nowUtc().addSecs(-600));
    QCOMPARE(record.supersededBy, 0);
    QVERIFY(forms.myDrafts().isEmpty());
    QCOMPARE(count(center, QStringLiteral("form_drafts")), 0);

    // Audited with ids only.
    const auto audited = auditEntries(center, QStringLiteral("form.submit"));
    QCOMPARE(audited.size(), 1);
    QCOMPARE(audited.at(0).subjectId, QString::number(submissionId));
    QCOMPARE(auditEntries(center, QStringLiteral("visit.done")).size(), 1);
    const QString everything = everythingAudited(center);
    QVERIFY(!everything.contains(kMobile));
    QVERIFY(!everything.contains(kObservation));
    QVERIFY(center.session->audit().verify().ok);

    // The visit is done: another report on it is refused.
    QCOMPARE(forms.startDraft(version, {0, 0, visit}, &draftId, &session).code,
             StoreErrorCode::InvalidInput);
}

void TestFormService::submitToAMember()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(1);
    const qint64 other = center.openHousehold(2);
    domain::Member child;
    child.person.firstName = QStringLiteral("زهرا");
    child.person.lastName = QStringLiteral("خانواده");
    child.person.sex = QStringLiteral("female");
    child.relation = QStringLiteral("child");
    QVERIFY(services::HouseholdService(*center.session).addMember(household, child).ok());
    qint64 childId = 0;
    for (const auto &member :
         storage::HouseholdRepository(center.session->database()).currentMembers(household))
        if (member.relation == QLatin1String("child"))
            childId = member.person.id;
    QVERIFY(childId > 0);

    FormService forms(*center.session);
    qint64 version = 0;
    QVERIFY(forms
                .install(homeVisitForm(QStringLiteral("1"), QStringLiteral("بازدید")),
                         FormService::Origin::Import, &version)
                .ok());
    qint64 draftId = 0;
    std::unique_ptr<FormSession> session;
    // A person of another household is refused.
    QCOMPARE(forms.startDraft(version, {other, childId, 0}, &draftId, &session).code,
             StoreErrorCode::InvalidInput);
    QVERIFY(forms.startDraft(version, {0, childId, 0}, &draftId, &session).ok());
    QVERIFY(fill(*session));
    QVERIFY(forms.submit(draftId, *session).ok());
    const auto person =
        storage::HouseholdRepository(center.session->database()).personById(childId);
    QCOMPARE(person->mobile, kMobile);
    QCOMPARE(person->maritalStatus, QStringLiteral("widowed"));
    QVERIFY(headOf(center, household).mobile.isEmpty());
    QCOMPARE(forms.submissionsOf(household).at(0).personId, childId);
}

void TestFormService::refusedSubmitWritesNothing()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(1);
    const qint64 visit = planVisit(center, household);
    FormService forms(*center.session);
    qint64 version = 0;
    QVERIFY(forms
                .install(homeVisitForm(QStringLiteral("1"), QStringLiteral("بازدید")),
                         FormService::Origin::Import, &version)
                .ok());
    qint64 draftId = 0;
    std::unique_ptr<FormSession> session;
    QVERIFY(forms.startDraft(version, {household, 0, visit}, &draftId, &session).ok());
    const int timeline = timelineKinds(center, household).size();

    // A required answer missing: refused with the form's own problem.
    QVERIFY(session->setValue(QStringLiteral("/data/housing"), QStringLiteral("tenant")).ok());
    auto refused = forms.submit(draftId, *session);
    QCOMPARE(refused.code, StoreErrorCode::InvalidInput);
    QVERIFY(!refused.message.isEmpty());

    // A case-field answer the household file cannot take (a mobile number that is not one).
    QVERIFY(fill(*session, QStringLiteral("12")));
    refused = forms.submit(draftId, *session);
    QCOMPARE(refused.code, StoreErrorCode::InvalidInput);

    QCOMPARE(count(center, QStringLiteral("form_submissions")), 0);
    QCOMPARE(forms.myDrafts().size(), 1);
    QVERIFY(householdOf(center, household).housing.isEmpty());
    QVERIFY(headOf(center, household).mobile.isEmpty());
    QCOMPARE(timelineKinds(center, household).size(), timeline);
    QCOMPARE(storage::VisitRepository(center.session->database()).visit(visit)->status,
             QStringLiteral("planned"));
    QVERIFY(auditEntries(center, QStringLiteral("form.submit")).isEmpty());

    // Mended, it goes through.
    QVERIFY(session->setValue(QStringLiteral("/data/mobile"), kMobile).ok());
    QVERIFY(forms.submit(draftId, *session).ok());
}

void TestFormService::failureInsideSubmitRollsBackEverything()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(1);
    const qint64 visit = planVisit(center, household);
    FormService forms(*center.session);
    qint64 version = 0;
    QVERIFY(forms
                .install(homeVisitForm(QStringLiteral("1"), QStringLiteral("بازدید")),
                         FormService::Origin::Import, &version)
                .ok());
    qint64 draftId = 0;
    std::unique_ptr<FormSession> session;
    QVERIFY(forms.startDraft(version, {household, 0, visit}, &draftId, &session).ok());
    QVERIFY(fill(*session));
    QVERIFY(forms.saveDraft(draftId, *session).ok());
    const int timeline = timelineKinds(center, household).size();
    const int audited = center.session->audit().recent(1000).size();

    // The store refuses the last timeline entry: by then the submission is stored and the
    // household and its head are updated inside the transaction.
    QSqlQuery q(center.session->database());
    QVERIFY2(q.exec(QStringLiteral(
                 "CREATE TEMP TRIGGER inject_failure BEFORE INSERT ON timeline_events "
                 "WHEN NEW.kind = 'visit.done' BEGIN SELECT RAISE(ABORT, 'injected'); END")),
             qPrintable(q.lastError().text()));
    const auto failed = forms.submit(draftId, *session);
    QCOMPARE(failed.code, StoreErrorCode::Database);

    QCOMPARE(count(center, QStringLiteral("form_submissions")), 0);
    QVERIFY(householdOf(center, household).housing.isEmpty());
    QCOMPARE(householdOf(center, household).monthlyRent, qint64(0));
    QVERIFY(headOf(center, household).mobile.isEmpty());
    QVERIFY(headOf(center, household).maritalStatus.isEmpty());
    QCOMPARE(timelineKinds(center, household).size(), timeline);
    QCOMPARE(storage::VisitRepository(center.session->database()).visit(visit)->status,
             QStringLiteral("planned"));
    QCOMPARE(center.session->audit().recent(1000).size(), audited);
    QCOMPARE(forms.myDrafts().size(), 1);
    std::unique_ptr<FormSession> resumed;
    QVERIFY(forms.resumeDraft(draftId, &resumed).ok());
    QCOMPARE(resumed->value(QStringLiteral("/data/observations")), kObservation);

    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.inject_failure")));
    QVERIFY(forms.submit(draftId, *resumed).ok());
    QCOMPARE(count(center, QStringLiteral("form_submissions")), 1);
    QCOMPARE(headOf(center, household).mobile, kMobile);
    QVERIFY(center.session->audit().verify().ok);
}

void TestFormService::correctionSupersedes()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 household = center.openHousehold(1);
    FormService forms(*center.session);
    qint64 version = 0;
    QVERIFY(forms
                .install(homeVisitForm(QStringLiteral("1"), QStringLiteral("بازدید")),
                         FormService::Origin::Import, &version)
                .ok());
    qint64 draftId = 0;
    std::unique_ptr<FormSession> session;
    QVERIFY(forms.startDraft(version, {household, 0, 0}, &draftId, &session).ok());
    QVERIFY(fill(*session));
    qint64 original = 0;
    QVERIFY(forms.submit(draftId, *session, &original).ok());
    storage::FormSubmissionRecord before;
    QVERIFY(forms.submission(original, &before).ok());

    // The correction opens with the submitted answers.
    center.clock.advanceSeconds(3600);
    qint64 correctionDraft = 0;
    std::unique_ptr<FormSession> correcting;
    const auto opened = forms.correct(original, &correctionDraft, &correcting);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(correcting->value(QStringLiteral("/data/observations")), kObservation);
    QCOMPARE(correcting->value(QStringLiteral("/data/mobile")), kMobile);
    QVERIFY(correcting->instanceId() != QStringLiteral("uuid:") + before.uuid);
    QCOMPARE(forms.myDrafts().at(0).correctsSubmission, original);
    // Asking again resumes the same draft.
    qint64 sameDraft = 0;
    std::unique_ptr<FormSession> again;
    QVERIFY(forms.correct(original, &sameDraft, &again).ok());
    QCOMPARE(sameDraft, correctionDraft);
    QCOMPARE(count(center, QStringLiteral("form_drafts")), 1);

    const QString newMobile = QStringLiteral("09129876543");
    QVERIFY(correcting->setValue(QStringLiteral("/data/mobile"), newMobile).ok());
    qint64 correction = 0;
    const auto submitted = forms.submit(correctionDraft, *correcting, &correction);
    QVERIFY2(submitted.ok(), qPrintable(submitted.message));

    storage::FormSubmissionRecord after;
    QVERIFY(forms.submission(correction, &after).ok());
    QCOMPARE(after.supersedes, original);
    QVERIFY(after.uuid != before.uuid);
    QVERIFY(after.instanceXml.contains(
        (QStringLiteral("<deprecatedID>uuid:") + before.uuid + QStringLiteral("</deprecatedID>"))
            .toUtf8()));
    QCOMPARE(after.formVersionId, before.formVersionId);
    QCOMPARE(headOf(center, household).mobile, newMobile);

    // The original stays exactly as it was, marked superseded.
    storage::FormSubmissionRecord old;
    QVERIFY(forms.submission(original, &old).ok());
    QCOMPARE(old.instanceXml, before.instanceXml);
    QCOMPARE(old.supersededBy, correction);
    const auto listed = forms.submissionsOf(household);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).id, correction);
    QCOMPARE(listed.at(1).supersededBy, correction);
    bool noted = false;
    for (const auto &event : services::HouseholdService(*center.session).timeline(household))
        if (event.kind == QLatin1String("form.submitted") &&
            event.details.value(QStringLiteral("submission")).toLongLong() == correction)
            noted = event.details.value(QStringLiteral("supersedes")).toLongLong() == original;
    QVERIFY(noted);

    // Only the latest version is corrected.
    QCOMPARE(forms.correct(original, &sameDraft, &again).code, StoreErrorCode::InvalidInput);
    QVERIFY(forms.correct(correction, &sameDraft, &again).ok());
}

void TestFormService::accessIsChecked()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    FormService managerForms(*center.session);
    qint64 version = 0;
    QVERIFY(managerForms
                .install(homeVisitForm(QStringLiteral("1"), QStringLiteral("بازدید")),
                         FormService::Origin::Import, &version)
                .ok());
    center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    center.addWorker(QStringLiteral("reza"), domain::WorkerRole::SocialWorker);
    center.addWorker(QStringLiteral("mina"), domain::WorkerRole::Reception);

    QVERIFY(center.session->signIn(QStringLiteral("sara"), test::kWorkerPassword).ok());
    const qint64 sarasFile = center.openHousehold(1);
    QVERIFY(sarasFile > 0);
    FormService forms(*center.session);
    qint64 submitted = 0;
    qint64 sarasDraft = 0;
    {
        qint64 draftId = 0;
        std::unique_ptr<FormSession> session;
        QVERIFY(forms.startDraft(version, {sarasFile, 0, 0}, &draftId, &session).ok());
        QVERIFY(fill(*session));
        QVERIFY(forms.submit(draftId, *session, &submitted).ok());
        QVERIFY(forms.startDraft(version, {sarasFile, 0, 0}, &sarasDraft, &session).ok());
    }

    // Another social worker: not their file.
    QVERIFY(center.session->signIn(QStringLiteral("reza"), test::kWorkerPassword).ok());
    qint64 draftId = 0;
    std::unique_ptr<FormSession> session;
    QCOMPARE(forms.startDraft(version, {sarasFile, 0, 0}, &draftId, &session).code,
             StoreErrorCode::NotPermitted);
    QVERIFY(!session);
    QVERIFY(forms.submissionsOf(sarasFile).isEmpty());
    QVERIFY(forms.draftsOf(sarasFile).isEmpty());
    storage::FormSubmissionRecord record;
    QCOMPARE(forms.submission(submitted, &record).code, StoreErrorCode::NotPermitted);
    QCOMPARE(forms.correct(submitted, &draftId, &session).code, StoreErrorCode::NotPermitted);
    QCOMPARE(forms.resumeDraft(sarasDraft, &session).code, StoreErrorCode::NotPermitted);
    QCOMPARE(forms.discardDraft(sarasDraft).code, StoreErrorCode::NotPermitted);
    QVERIFY(forms.myDrafts().isEmpty());

    // Reception works no household's forms.
    QVERIFY(center.session->signIn(QStringLiteral("mina"), test::kWorkerPassword).ok());
    QCOMPARE(forms.startDraft(version, {sarasFile, 0, 0}, &draftId, &session).code,
             StoreErrorCode::NotPermitted);

    // The manager reads every file's forms and may correct them.
    QVERIFY(center.session->signIn(QStringLiteral("manager"), test::kManagerPassword).ok());
    QVERIFY(forms.submission(submitted, &record).ok());
    QCOMPARE(record.workerName, QStringLiteral("sara"));
    QCOMPARE(forms.submissionsOf(sarasFile).size(), 1);
    QCOMPARE(forms.draftsOf(sarasFile).size(), 1);
    // ... but continues no one else's draft.
    QCOMPARE(forms.resumeDraft(sarasDraft, &session).code, StoreErrorCode::NotPermitted);
    QVERIFY(forms.correct(submitted, &draftId, &session).ok());
    QVERIFY(forms.discardDraft(sarasDraft).ok());
    QCOMPARE(count(center, QStringLiteral("form_submissions")), 1);
}

QTEST_GUILESS_MAIN(TestFormService)
#include "tst_formservice.moc"
