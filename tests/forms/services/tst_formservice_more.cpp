#include "tst_formservice.h"

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
