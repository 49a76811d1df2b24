#include "tst_formservice.h"

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

QTEST_GUILESS_MAIN(TestFormService)
