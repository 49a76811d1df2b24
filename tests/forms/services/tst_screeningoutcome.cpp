#include "tst_screeningoutcome.h"

class TestScreeningOutcome : public QObject {
    Q_OBJECT

private:
    test::CenterFixture m_center;
    qint64 m_household = 0;
    qint64 m_child = 0;
    QHash<QString, qint64> m_forms;

    QDate today() const { return m_center.clock.nowUtc().date(); }
    // A birth date `days` days before today.
    QString bornDaysAgo(int days) const { return today().addDays(-days).toString(Qt::ISODate); }
    QString bornMonthsAgo(int months) const
    {
        return today().addMonths(-months).addDays(-10).toString(Qt::ISODate);
    }

    int count(const QString &sql)
    {
        QSqlQuery q(m_center.session->database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    int referrals() { return count(QStringLiteral("SELECT count(*) FROM referrals")); }
    int tasks() { return count(QStringLiteral("SELECT count(*) FROM followup_tasks")); }
    int results() { return count(QStringLiteral("SELECT count(*) FROM screening_results")); }
    int submissions() { return count(QStringLiteral("SELECT count(*) FROM form_submissions")); }

    // Fills `formId` about the child with `answers`; returns the band the form calculated, and
    // submits it when `submit` (the error, if any, in `error`).
    QString fill(const QString &formId, const Answers &answers, bool submit = true,
                 qint64 *submissionId = nullptr, storage::StoreError *error = nullptr)
    {
        FormService forms(*m_center.session);
        qint64 draftId = 0;
        std::unique_ptr<FormSession> filling;
        const auto started = forms.startDraft(
            m_forms.value(formId), FormSubject{m_household, m_child, 0}, &draftId, &filling);
        if (!started.ok()) {
            qWarning() << started.message;
            return QStringLiteral("<not started>");
        }
        for (const auto &[path, value] : answers) {
            const auto change = filling->setValue(path, value);
            if (!change.ok()) {
                qWarning() << path << value << change.error;
                return QStringLiteral("<refused>");
            }
        }
        const QString band = filling->value(QStringLiteral("/data/result/band"));
        if (submit) {
            const auto submitted = forms.submit(draftId, *filling, submissionId);
            if (error)
                *error = submitted;
            else if (!submitted.ok())
                qWarning() << submitted.message;
        }
        return band;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_center.create());
        QVERIFY(FormService(*m_center.session).installLibrary().ok());
        for (const auto &form : FormService(*m_center.session).installedForms())
            m_forms.insert(form.formId, form.latestVersionId);
        for (const char *id :
             {"screening_vision", "screening_hearing", "screening_genetic", "screening_autism"}) {
            QVERIFY2(m_forms.value(QLatin1String(id)) > 0, id);
        }
        m_household = m_center.openHousehold(1);
        QVERIFY(m_household > 0);
        domain::Member child;
        child.person.firstName = QStringLiteral("آوا");
        child.person.lastName = QStringLiteral("خانواده");
        child.person.sex = QStringLiteral("female");
        child.person.birthDate = today().addMonths(-24);
        child.relation = QStringLiteral("child");
        services::HouseholdService households(*m_center.session);
        QVERIFY(households.addMember(m_household, child).ok());
        domain::Household household;
        QList<domain::Member> members;
        QVERIFY(households.open(m_household, &household, &members).ok());
        for (const auto &member : members)
            if (member.relation == QLatin1String("child"))
                m_child = member.person.id;
        QVERIFY(m_child > 0);
    }

    void rulesOnTheRoot()
    {
        FormService forms(*m_center.session);
        const auto autism = forms.load(m_forms.value(QStringLiteral("screening_autism")));
        QVERIFY(autism && forms::ScreeningOutcome::isScreening(*autism));
        QCOMPARE(forms::ScreeningOutcome::rules(*autism).serviceId, QStringLiteral("16041056101"));
        QCOMPARE(forms::ScreeningOutcome::rules(*autism).recheckDays, 30);
        const auto vision = forms.load(m_forms.value(QStringLiteral("screening_vision")));
        QCOMPARE(forms::ScreeningOutcome::rules(*vision).serviceId, QStringLiteral("16021056103"));
        const auto interview = forms.load(m_forms.value(QStringLiteral("initial_interview")));
        QVERIFY(interview && !forms::ScreeningOutcome::isScreening(*interview));
    }

    void autismBands_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("band");
        QTest::newRow("0") << 0 << "low";
        QTest::newRow("2") << 2 << "low";
        QTest::newRow("3") << 3 << "follow-up";
        QTest::newRow("7") << 7 << "follow-up";
        QTest::newRow("8") << 8 << "refer";
        QTest::newRow("20") << 20 << "refer";
    }
    void autismBands()
    {
        QFETCH(int, score);
        QFETCH(QString, band);
        QCOMPARE(fill(QStringLiteral("screening_autism"), autism(score, bornMonthsAgo(24)), false),
                 band);
    }

    void autismAgeOutsideRangeNeedsConfirmation()
    {
        FormService forms(*m_center.session);
        qint64 draftId = 0;
        std::unique_ptr<FormSession> filling;
        QVERIFY(forms
                    .startDraft(m_forms.value(QStringLiteral("screening_autism")),
                                FormSubject{m_household, m_child, 0}, &draftId, &filling)
                    .ok());
        for (const auto &[path, value] : autism(1, bornMonthsAgo(40)))
            QVERIFY(filling->setValue(path, value).ok());
        QVERIFY(filling->item(QStringLiteral("/data/child/age_note")).relevant);
        const auto issues = filling->validate();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, QStringLiteral("/data/child/age_confirm"));
        QVERIFY(!forms.submit(draftId, *filling).ok());
        QVERIFY(filling->setValue(QStringLiteral("/data/child/age_confirm"), QStringLiteral("OK"))
                    .ok());
        QVERIFY(filling->validate().isEmpty());
        QVERIFY(forms.discardDraft(draftId).ok());
        // 16 and 30 months are inside the range.
        for (const int months : {16, 30}) {
            QVERIFY(forms
                        .startDraft(m_forms.value(QStringLiteral("screening_autism")),
                                    FormSubject{m_household, m_child, 0}, &draftId, &filling)
                        .ok());
            QVERIFY(filling
                        ->setValue(QStringLiteral("/data/child/birth_date"),
                                   today().addMonths(-months).addDays(-3).toString(Qt::ISODate))
                        .ok());
            QVERIFY2(!filling->item(QStringLiteral("/data/child/age_note")).relevant,
                     qPrintable(QString::number(months)));
            QVERIFY(forms.discardDraft(draftId).ok());
        }
    }

    void visionBands_data()
    {
        QTest::addColumn<int>("ageDays");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("squint");
        QTest::addColumn<QString>("band");
        // 3-year-olds (36-47 months) pass from 5/10, older children from 7/10.
        const int age3 = 42 * 30 + 10, age47 = 1446, age48 = 1477, age5 = 60 * 30 + 10;
        QTest::newRow("3y 5/10 both: normal") << age3 << "5"
                                              << "5"
                                              << "no"
                                              << "normal";
        QTest::newRow("3y right 4/10: refer") << age3 << "4"
                                              << "5"
                                              << "no"
                                              << "refer";
        QTest::newRow("3y left 4/10: refer") << age3 << "5"
                                             << "4"
                                             << "no"
                                             << "refer";
        QTest::newRow("47 months 5/10: normal") << age47 << "5"
                                                << "5"
                                                << "no"
                                                << "normal";
        QTest::newRow("48 months 5/10: refer") << age48 << "5"
                                               << "5"
                                               << "no"
                                               << "refer";
        QTest::newRow("5y 7/10 both: normal") << age5 << "7"
                                              << "7"
                                              << "no"
                                              << "normal";
        QTest::newRow("5y 6/10: refer") << age5 << "6"
                                        << "7"
                                        << "no"
                                        << "refer";
        QTest::newRow("5y one line apart: normal") << age5 << "8"
                                                   << "7"
                                                   << "no"
                                                   << "normal";
        QTest::newRow("5y two lines apart: refer") << age5 << "9"
                                                   << "7"
                                                   << "no"
                                                   << "refer";
        QTest::newRow("5y two lines apart, left: refer") << age5 << "10"
                                                         << "8"
                                                         << "no"
                                                         << "refer";
        QTest::newRow("squint: refer") << age5 << "10"
                                       << "10"
                                       << "yes"
                                       << "refer";
        QTest::newRow("not testable: follow-up") << age5 << ""
                                                 << ""
                                                 << "no"
                                                 << "follow-up";
        QTest::newRow("not testable with squint: refer") << age5 << ""
                                                         << ""
                                                         << "yes"
                                                         << "refer";
    }
    void visionBands()
    {
        QFETCH(int, ageDays);
        QFETCH(QString, right);
        QFETCH(QString, left);
        QFETCH(QString, squint);
        QFETCH(QString, band);
        QCOMPARE(fill(QStringLiteral("screening_vision"),
                      vision(bornDaysAgo(ageDays), right, left, squint), false),
                 band);
    }

    void hearingBands_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("band");
        QTest::newRow("device pass pass") << "device" << 0 << "pass"
                                          << "pass"
                                          << "normal";
        QTest::newRow("device refer right") << "device" << 0 << "refer"
                                            << "pass"
                                            << "refer";
        QTest::newRow("device refer left") << "device" << 0 << "pass"
                                           << "refer"
                                           << "refer";
        QTest::newRow("questions 0") << "questionnaire" << 0 << ""
                                     << ""
                                     << "normal";
        QTest::newRow("questions 1") << "questionnaire" << 1 << ""
                                     << ""
                                     << "normal";
        QTest::newRow("questions 2") << "questionnaire" << 2 << ""
                                     << ""
                                     << "refer";
        QTest::newRow("questions 8") << "questionnaire" << 8 << ""
                                     << ""
                                     << "refer";
    }
    void hearingBands()
    {
        QFETCH(QString, mode);
        QFETCH(int, score);
        QFETCH(QString, right);
        QFETCH(QString, left);
        QFETCH(QString, band);
        QCOMPARE(fill(QStringLiteral("screening_hearing"),
                      mode == QLatin1String("device") ? hearingDevice(right, left)
                                                      : hearingQuestions(score),
                      false),
                 band);
    }

    void geneticBands_data()
    {
        QTest::addColumn<QString>("consanguinity");
        QTest::addColumn<QString>("diseases");
        QTest::addColumn<bool>("affectedChild");
        QTest::addColumn<bool>("miscarriages");
        QTest::addColumn<QString>("band");
        QTest::newRow("nothing") << "none"
                                 << "none" << false << false << "low";
        QTest::newRow("first cousins only (1)") << "first_cousin"
                                                << "none" << false << false << "low";
        QTest::newRow("miscarriages only (1)") << "distant"
                                               << "none" << false << true << "low";
        QTest::newRow("cousins and miscarriages (2)") << "second_cousin"
                                                      << "none" << false << true << "refer";
        QTest::newRow("family disease (2)") << "none"
                                            << "thalassemia" << false << false << "refer";
        QTest::newRow("affected child (2)") << "unknown"
                                            << "none" << true << false << "refer";
    }
    void geneticBands()
    {
        QFETCH(QString, consanguinity);
        QFETCH(QString, diseases);
        QFETCH(bool, affectedChild);
        QFETCH(bool, miscarriages);
        QFETCH(QString, band);
        QCOMPARE(fill(QStringLiteral("screening_genetic"),
                      genetic(consanguinity, diseases, affectedChild, miscarriages), false),
                 band);
    }

    void referMakesOneReferralAndOneTask()
    {
        const int r0 = referrals(), t0 = tasks(), s0 = results();
        qint64 submission = 0;
        QCOMPARE(fill(QStringLiteral("screening_autism"), autism(8, bornMonthsAgo(24)), true,
                      &submission),
                 QStringLiteral("refer"));
        QVERIFY(submission > 0);
        QCOMPARE(referrals(), r0 + 1);
        QCOMPARE(tasks(), t0 + 1);
        QCOMPARE(results(), s0 + 1);
        const auto list = services::ReferralService(*m_center.session).ofHousehold(m_household);
        QVERIFY(!list.isEmpty());
        const domain::Referral &referral = list.first();
        QCOMPARE(referral.kind, QStringLiteral("behzisti-service"));
        QCOMPARE(referral.serviceId, QStringLiteral("16041056101"));
        QCOMPARE(referral.origin, QStringLiteral("screening"));
        QCOMPARE(referral.originId, submission);
        QCOMPARE(referral.personId, m_child);
        QCOMPARE(referral.householdId, m_household);
        QCOMPARE(referral.state, QStringLiteral("draft"));
        services::ScreeningResult result;
        QVERIFY(
            services::ScreeningHistory(*m_center.session).ofSubmission(submission, &result).ok());
        QCOMPARE(result.band, QStringLiteral("refer"));
        QVERIFY(result.hasScore);
        QCOMPARE(result.score, 8);
        QCOMPARE(result.referralId, referral.id);
        QCOMPARE(result.personId, m_child);

        // The vision form refers to its own catalog service.
        QCOMPARE(fill(QStringLiteral("screening_vision"),
                      vision(bornDaysAgo(60 * 30), QStringLiteral("3"), QStringLiteral("8"))),
                 QStringLiteral("refer"));
        QCOMPARE(referrals(), r0 + 2);
        QCOMPARE(tasks(), t0 + 2);
        QCOMPARE(
            services::ReferralService(*m_center.session).ofHousehold(m_household).first().serviceId,
            QStringLiteral("16021056103"));
    }

    void normalMakesNothing()
    {
        const int r0 = referrals(), t0 = tasks(), s0 = results();
        qint64 submission = 0;
        QCOMPARE(fill(QStringLiteral("screening_autism"), autism(2, bornMonthsAgo(24)), true,
                      &submission),
                 QStringLiteral("low"));
        QCOMPARE(fill(QStringLiteral("screening_hearing"),
                      hearingDevice(QStringLiteral("pass"), QStringLiteral("pass"))),
                 QStringLiteral("normal"));
        QCOMPARE(
            fill(QStringLiteral("screening_genetic"),
                 genetic(QStringLiteral("first_cousin"), QStringLiteral("none"), false, false)),
            QStringLiteral("low"));
        QCOMPARE(referrals(), r0);
        QCOMPARE(tasks(), t0);
        QCOMPARE(results(), s0 + 3);
        services::ScreeningResult result;
        QVERIFY(
            services::ScreeningHistory(*m_center.session).ofSubmission(submission, &result).ok());
        QCOMPARE(result.band, QStringLiteral("low"));
        QCOMPARE(result.score, 2);
        QCOMPARE(result.referralId, 0);
        QCOMPARE(result.taskId, 0);
    }

    void followUpMakesATaskOnly()
    {
        const int r0 = referrals(), t0 = tasks();
        qint64 submission = 0;
        QCOMPARE(fill(QStringLiteral("screening_autism"), autism(3, bornMonthsAgo(24)), true,
                      &submission),
                 QStringLiteral("follow-up"));
        QCOMPARE(referrals(), r0);
        QCOMPARE(tasks(), t0 + 1);
        services::ScreeningResult result;
        QVERIFY(
            services::ScreeningHistory(*m_center.session).ofSubmission(submission, &result).ok());
        QVERIFY(result.taskId > 0);
        domain::FollowUpTask task;
        QVERIFY(services::TaskService(*m_center.session).load(result.taskId, &task).ok());
        QCOMPARE(task.origin, QStringLiteral("screening"));
        QCOMPARE(task.originId, submission);
        QCOMPARE(task.personId, m_child);
        QCOMPARE(task.dueDate, today().addDays(30)); // pluslife:recheck-days="30"
        QCOMPARE(task.workerId, m_center.session->worker().id);

        // Vision: a child who could not be tested is screened again.
        QCOMPARE(fill(QStringLiteral("screening_vision"),
                      vision(bornDaysAgo(50 * 30), QString(), QString())),
                 QStringLiteral("follow-up"));
        QCOMPARE(referrals(), r0);
        QCOMPARE(tasks(), t0 + 2);
    }

    void referralFailureLeavesNothing()
    {
        // The follow-up task of the referral cannot be written: the whole submission fails.
        QSqlQuery q(m_center.session->database());
        QVERIFY(
            q.exec(QStringLiteral("CREATE TEMP TRIGGER no_tasks BEFORE INSERT ON followup_tasks "
                                  "BEGIN SELECT RAISE(ABORT, 'no tasks today'); END")));
        const int r0 = referrals(), t0 = tasks(), s0 = results(), f0 = submissions();
        const int drafts0 = count(QStringLiteral("SELECT count(*) FROM form_drafts"));
        storage::StoreError error;
        QCOMPARE(fill(QStringLiteral("screening_autism"), autism(12, bornMonthsAgo(24)), true,
                      nullptr, &error),
                 QStringLiteral("refer"));
        QVERIFY(!error.ok());
        QCOMPARE(referrals(), r0);
        QCOMPARE(tasks(), t0);
        QCOMPARE(results(), s0);
        QCOMPARE(submissions(), f0);
        // The draft is kept to submit again.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM form_drafts")), drafts0 + 1);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER no_tasks")));

        // The result row cannot be written: no referral is left behind.
        QVERIFY(q.exec(
            QStringLiteral("CREATE TEMP TRIGGER no_results BEFORE INSERT ON screening_results "
                           "BEGIN SELECT RAISE(ABORT, 'no results today'); END")));
        QCOMPARE(fill(QStringLiteral("screening_hearing"),
                      hearingDevice(QStringLiteral("refer"), QStringLiteral("refer")), true,
                      nullptr, &error),
                 QStringLiteral("refer"));
        QVERIFY(!error.ok());
        QCOMPARE(referrals(), r0);
        QCOMPARE(tasks(), t0);
        QCOMPARE(submissions(), f0);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER no_results")));
    }

    void correctionKeepsOneReferral()
    {
        qint64 submission = 0;
        QCOMPARE(fill(QStringLiteral("screening_hearing"),
                      hearingDevice(QStringLiteral("refer"), QStringLiteral("pass")), true,
                      &submission),
                 QStringLiteral("refer"));
        const int r0 = referrals(), t0 = tasks();
        FormService forms(*m_center.session);
        qint64 draftId = 0;
        std::unique_ptr<FormSession> filling;
        QVERIFY(forms.correct(submission, &draftId, &filling).ok());
        QVERIFY(
            filling->setValue(QStringLiteral("/data/result/remarks"), QStringLiteral("تکرار شد"))
                .ok());
        qint64 corrected = 0;
        QVERIFY(forms.submit(draftId, *filling, &corrected).ok());
        QCOMPARE(referrals(), r0);
        QCOMPARE(tasks(), t0);
        services::ScreeningResult result;
        services::ScreeningHistory history(*m_center.session);
        QVERIFY(history.ofSubmission(corrected, &result).ok());
        QVERIFY(result.referralId > 0);
        QVERIFY(!history.ofSubmission(submission, &result).ok()); // superseded
    }

    void historyNewestFirst()
    {
        // A child of another household, screened three times a day apart.
        const qint64 household = m_center.openHousehold(2);
        domain::Member child;
        child.person.firstName = QStringLiteral("سینا");
        child.person.lastName = QStringLiteral("کودک");
        child.person.sex = QStringLiteral("male");
        child.relation = QStringLiteral("child");
        services::HouseholdService households(*m_center.session);
        QVERIFY(households.addMember(household, child).ok());
        domain::Household file;
        QList<domain::Member> members;
        QVERIFY(households.open(household, &file, &members).ok());
        const qint64 saveHousehold = m_household, saveChild = m_child;
        m_household = household;
        for (const auto &member : members)
            if (member.relation == QLatin1String("child"))
                m_child = member.person.id;
        QCOMPARE(fill(QStringLiteral("screening_vision"),
                      vision(bornDaysAgo(50 * 30), QStringLiteral("10"), QStringLiteral("10"))),
                 QStringLiteral("normal"));
        m_center.clock.advanceSeconds(86400);
        QCOMPARE(fill(QStringLiteral("screening_hearing"), hearingQuestions(2)),
                 QStringLiteral("refer"));
        m_center.clock.advanceSeconds(86400);
        QCOMPARE(fill(QStringLiteral("screening_genetic"),
                      genetic(QStringLiteral("none"), QStringLiteral("none"), false, false)),
                 QStringLiteral("low"));
        const QList<services::ScreeningResult> list =
            services::ScreeningHistory(*m_center.session).ofPerson(m_child);
        m_household = saveHousehold;
        m_child = saveChild;
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).formId, QStringLiteral("screening_genetic"));
        QCOMPARE(list.at(1).formId, QStringLiteral("screening_hearing"));
        QCOMPARE(list.at(2).formId, QStringLiteral("screening_vision"));
        QVERIFY(list.at(0).screenedUtc > list.at(1).screenedUtc);
        QCOMPARE(list.at(1).band, QStringLiteral("refer"));
        QVERIFY(list.at(1).hasScore);
        QCOMPARE(list.at(1).score, 2);
        QVERIFY(!list.at(2).hasScore); // the vision form has no score
        QCOMPARE(list.at(0).workerName, m_center.session->worker().displayName);
        QVERIFY(!list.at(0).formTitle.isEmpty());
        QCOMPARE(services::ScreeningHistory(*m_center.session).ofHousehold(household).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestScreeningOutcome)
#include "tst_screeningoutcome.moc"
