#include "tst_needsassessment.h"

void TestNeedsAssessment::scoresHandComputedHouseholds()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const Households h = openFour(center);
    NeedsAssessment needs(*center.session);
    NeedsAssessment::Result r;

    // A: size 2 dependants × 2 = 4; female head 10; disability 0; chronic 0; elderly 0;
    // under 6: 1 × 3 = 3; income 45,000,000 / 3 = 15,000,000 a head, 0.375 of 40,000,000
    // (< 0.5) = 18; housing: tenant 4, rent burden 20/45 = 0.44 (≥ 0.3) = 7; casual work 5;
    // debt: has debts 2, overdue 4 (instalments 5,000,000 < 0.3 × 45,000,000) = 4;
    // uninsured 1 × 2 = 2; no home visit 0.
    // 4 + 10 + 0 + 0 + 0 + 3 + 18 + 7 + 5 + 4 + 2 + 0 = 53: high.
    QVERIFY(needs.assess(h.a, &r).ok());
    QCOMPARE(r.score, 53);
    QCOMPARE(r.band, QStringLiteral("high"));
    QCOMPARE(r.ruleVersion, QStringLiteral("1405.1"));
    QCOMPARE(r.contributions.size(), 12);
    QCOMPARE(pointsOf(r, QStringLiteral("household_size")), 4);
    QCOMPARE(pointsOf(r, QStringLiteral("income")), 18);
    QCOMPARE(pointsOf(r, QStringLiteral("housing")), 7);
    QCOMPARE(pointsOf(r, QStringLiteral("debt")), 4);
    QCOMPARE(pointsOf(r, QStringLiteral("insurance")), 2);
    for (const auto &c : r.contributions) {
        QVERIFY(!c.name.isEmpty());
        QVERIFY2(!c.value.isEmpty(), qPrintable(c.indicator));
    }
    QStringList services;
    for (const auto &s : r.suggestions)
        services << s.serviceId;
    // female head + low income, no insurance, rent burden, very low income (pension), a child
    // under 6 (screening), debt + low income (social work).
    QCOMPARE(services, (QStringList{QStringLiteral("19041053100"), QStringLiteral("19011060100"),
                                    QStringLiteral("19061062110"), QStringLiteral("19041062100"),
                                    QStringLiteral("16021056103"), QStringLiteral("19091062116")}));
    QCOMPARE(r.suggestions.first().ruleKey, QStringLiteral("female_head_support"));

    // B: 2 dependants (both ≥ 60) × 2 = 4; female head 0; disability severe 11; chronic
    // 1 × 3 = 3; elderly 2 × 3 = 6; under 6: 0; income not known 0; owner 0; pension: retired 2;
    // debt not known 0; uninsured 0; home visit: poor condition 2.
    // 4 + 0 + 11 + 3 + 6 + 0 + 0 + 0 + 2 + 0 + 0 + 2 = 28: medium.
    QVERIFY(needs.assess(h.b, &r).ok());
    QCOMPARE(r.score, 28);
    QCOMPARE(r.band, QStringLiteral("medium"));
    QCOMPARE(pointsOf(r, QStringLiteral("disability")), 11);
    QCOMPARE(pointsOf(r, QStringLiteral("home_visit")), 2);
    QCOMPARE(r.suggestions.size(), 1);
    QCOMPARE(r.suggestions.first().serviceId, QStringLiteral("19011053106"));

    // C: nothing scores (employed owner, insured, no dependants): 0, low.
    QVERIFY(needs.assess(h.c, &r).ok());
    QCOMPARE(r.score, 0);
    QCOMPARE(r.band, QStringLiteral("low"));
    QVERIFY(r.suggestions.isEmpty());

    // D: no dependants 0; female head 10; disability very severe 14 + 1 other × 3 = 17, capped
    // 14; income 0 (ratio 0) 18; housing: no income, so the rent is all burden 10 (eviction
    // risk 10 too); unable to work 8; debt 2; uninsured 0; home visit: unsafe 4 + food often
    // short 4 + lacking 2 = 10, capped 6.
    // 0 + 10 + 14 + 0 + 0 + 0 + 18 + 10 + 8 + 2 + 0 + 6 = 68: urgent.
    QVERIFY(needs.assess(h.d, &r).ok());
    QCOMPARE(r.score, 68);
    QCOMPARE(r.band, QStringLiteral("urgent"));
    QCOMPARE(pointsOf(r, QStringLiteral("disability")), 14);
    QCOMPARE(pointsOf(r, QStringLiteral("home_visit")), 6);
    services.clear();
    for (const auto &s : r.suggestions)
        services << s.serviceId;
    QVERIFY(services.contains(QStringLiteral("19041053100")));  // female head + low income
    QVERIFY(services.contains(QStringLiteral("19041062101")));  // female head + food short
    QVERIFY(services.contains(QStringLiteral("19011053106")));  // severe disability
    QVERIFY(services.contains(QStringLiteral("19061062113")));  // disability + no access
    QCOMPARE(services.count(QStringLiteral("19061062110")), 1); // rent burden and eviction: once
}

void TestNeedsAssessment::theLatestSubmissionCounts()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const Households h = openFour(center);
    NeedsAssessment needs(*center.session);
    NeedsAssessment::Result r;
    QVERIFY(needs.assess(h.a, &r).ok());
    QCOMPARE(pointsOf(r, QStringLiteral("income")), 18);
    // A correction a day later: income 150,000,000 → 50,000,000 a head, 1.25 of the threshold
    // (< 1.5) = 5; no debts now; rent burden 20/150 = 0.13: tenant 4.
    submit(center, h.a, QStringLiteral("initial_interview"),
           QStringLiteral("<household><size>3</size><head_work>casual</head_work></household>"
                          "<income><monthly_income>150000000</monthly_income></income>"
                          "<debts><has_debts>no</has_debts></debts>"),
           center.clock.nowUtc().addDays(-2));
    QVERIFY(needs.assess(h.a, &r).ok());
    QCOMPARE(pointsOf(r, QStringLiteral("income")), 5);
    QCOMPARE(pointsOf(r, QStringLiteral("debt")), 0);
    QCOMPARE(pointsOf(r, QStringLiteral("housing")), 4);
    // 4 + 10 + 3 + 5 + 4 + 5 + 0 + 2 = 33: medium.
    QCOMPARE(r.score, 33);
    QCOMPARE(r.band, QStringLiteral("medium"));
}

void TestNeedsAssessment::storingRecordsTheRuleVersionAndPriority()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const Households h = openFour(center);
    NeedsAssessment needs(*center.session);
    QVERIFY(needs.store(h.a).ok());
    auto stored = needs.current(h.a);
    QVERIFY(stored);
    QCOMPARE(stored->ruleVersion, QStringLiteral("1405.1"));
    QCOMPARE(stored->score, 53);
    QCOMPARE(stored->computedBand, QStringLiteral("high"));
    QVERIFY(stored->overrideBand.isEmpty());
    QCOMPARE(stored->computedUtc, center.clock.nowUtc());
    // The caseload's priority filter finds it.
    HouseholdService::SearchFilter filter;
    filter.priority = QStringLiteral("high");
    const auto found = HouseholdService(*center.session).search(QString(), filter);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, h.a);
    // Nothing changed: no second row.
    QVERIFY(needs.store(h.a).ok());
    QCOMPARE(scoreRows(center, h.a), 1);
    // New rules from the central window: a new row recording their version.
    NeedsAssessment next(*center.session, rulesVersion(QStringLiteral("1405.2")));
    QVERIFY(next.rules());
    center.clock.advanceSeconds(3600);
    QVERIFY(next.store(h.a).ok());
    QCOMPARE(scoreRows(center, h.a), 2);
    stored = next.current(h.a);
    QCOMPARE(stored->ruleVersion, QStringLiteral("1405.2"));
    QCOMPARE(stored->score, 53);
    bool onTimeline = false;
    for (const auto &event : HouseholdService(*center.session).timeline(h.a))
        if (event.kind == QLatin1String("needs.scored") &&
            event.details.value(QStringLiteral("rules")).toString() == QLatin1String("1405.2"))
            onTimeline = true;
    QVERIFY(onTimeline);
}

void TestNeedsAssessment::overrideNeedsAReasonAndIsAudited()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const Households h = openFour(center);
    NeedsAssessment needs(*center.session);
    const QString reason =
        QStringLiteral("سرپرست به‌تازگی کار را از دست داده است");
    QCOMPARE(needs.overrideBand(h.c, QStringLiteral("urgent"), QStringLiteral("  ")).code,
             StoreErrorCode::InvalidInput);
    QCOMPARE(needs.overrideBand(h.c, QStringLiteral("critical"), reason).code,
             StoreErrorCode::InvalidInput);
    QVERIFY(!needs.current(h.c)); // nothing stored by a refused override
    QVERIFY(needs.overrideBand(h.c, QStringLiteral("urgent"), reason).ok());
    auto stored = needs.current(h.c);
    QVERIFY(stored);
    QCOMPARE(stored->computedBand, QStringLiteral("low")); // the computed band stays visible
    QCOMPARE(stored->overrideBand, QStringLiteral("urgent"));
    QCOMPARE(stored->effectiveBand(), QStringLiteral("urgent"));
    QCOMPARE(stored->overrideReason, reason);
    QCOMPARE(stored->overrideBy, center.session->worker().id);
    HouseholdService::SearchFilter filter;
    filter.priority = QStringLiteral("urgent");
    QCOMPARE(HouseholdService(*center.session).search(QString(), filter).size(), 1);

    // Audited with ids only: the reason stays out of the audit log.
    bool audited = false;
    for (const auto &entry : center.session->audit().recent(20)) {
        if (entry.action != QLatin1String("needs.override"))
            continue;
        audited = true;
        QCOMPARE(entry.subjectType, QStringLiteral("household"));
        QCOMPARE(entry.subjectId, QString::number(h.c));
        QCOMPARE(entry.actorId, center.session->worker().id);
        for (const QVariant &value : entry.details)
            QVERIFY(!value.toString().contains(reason));
    }
    QVERIFY(audited);
    QVERIFY(center.session->audit().verify().ok);
    bool onTimeline = false;
    for (const auto &event : HouseholdService(*center.session).timeline(h.c))
        if (event.kind == QLatin1String("needs.overridden")) {
            onTimeline = true;
            QCOMPARE(event.details.value(QStringLiteral("computed")).toString(),
                     QStringLiteral("low"));
            QCOMPARE(event.details.value(QStringLiteral("band")).toString(),
                     QStringLiteral("urgent"));
        }
    QVERIFY(onTimeline);

    // A re-score under new rules keeps the override and its reason.
    NeedsAssessment next(*center.session, rulesVersion(QStringLiteral("1405.2")));
    QVERIFY(next.store(h.c).ok());
    stored = next.current(h.c);
    QCOMPARE(stored->ruleVersion, QStringLiteral("1405.2"));
    QCOMPARE(stored->overrideBand, QStringLiteral("urgent"));
    QCOMPARE(stored->overrideReason, reason);
}

void TestNeedsAssessment::rankingOrderAndFilters()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const Households h = openFour(center);
    const qint64 sara = center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    NeedsAssessment needs(*center.session);
    auto ids = [](const QList<NeedsAssessment::Ranked> &list) {
        QList<qint64> out;
        for (const auto &r : list)
            out << r.householdId;
        return out;
    };
    storage::StoreError error;
    // D 68 urgent, A 53 high, B 28 medium, C 0 low.
    auto ranked = needs.rankAll(NeedsAssessment::RankFilter(), &error);
    QVERIFY(error.ok());
    QCOMPARE(ids(ranked), (QList<qint64>{h.d, h.a, h.b, h.c}));
    QCOMPARE(ranked.at(0).score, 68);
    QCOMPARE(ranked.at(1).effectiveBand, QStringLiteral("high"));
    QVERIFY(!ranked.at(0).fileNumber.isEmpty());
    QVERIFY(!ranked.at(0).headName.isEmpty());

    // An override moves C among the urgent ones, below the higher score.
    QVERIFY(needs.overrideBand(h.c, QStringLiteral("urgent"), QStringLiteral("دلیل")).ok());
    ranked = needs.rankAll();
    QCOMPARE(ids(ranked), (QList<qint64>{h.d, h.c, h.a, h.b}));
    QCOMPARE(ranked.at(1).computedBand, QStringLiteral("low"));
    QCOMPARE(ranked.at(1).overrideBand, QStringLiteral("urgent"));

    NeedsAssessment::RankFilter filter;
    filter.band = QStringLiteral("high");
    QCOMPARE(ids(needs.rankAll(filter)), QList<qint64>{h.a});
    filter.band = QStringLiteral("urgent");
    QCOMPARE(ids(needs.rankAll(filter)), (QList<qint64>{h.d, h.c}));

    assign(center, h.a, sara);
    assign(center, h.b, sara);
    filter = {};
    filter.workerId = sara;
    ranked = needs.rankAll(filter);
    QCOMPARE(ids(ranked), (QList<qint64>{h.a, h.b}));
    QCOMPARE(ranked.first().workerName, QStringLiteral("sara"));
    filter.workerId = 0;
    QCOMPARE(ids(needs.rankAll(filter)), (QList<qint64>{h.d, h.c}));
    filter.workerId = sara;
    filter.band = QStringLiteral("medium");
    QCOMPARE(ids(needs.rankAll(filter)), QList<qint64>{h.b});

    // A closed file leaves the ranking.
    QVERIFY(HouseholdService(*center.session)
                .setStatus(h.b, QStringLiteral("closed"), QStringLiteral("x"))
                .ok());
    filter.band.clear();
    QCOMPARE(ids(needs.rankAll(filter)), QList<qint64>{h.a});
}

void TestNeedsAssessment::rolesAndScope()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const Households h = openFour(center);
    const qint64 sara = center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    const qint64 reza = center.addWorker(QStringLiteral("reza"), domain::WorkerRole::SocialWorker);
    center.addWorker(QStringLiteral("desk"), domain::WorkerRole::Reception);
    assign(center, h.a, sara);
    assign(center, h.b, reza);

    QVERIFY(center.session->signIn(QStringLiteral("desk"), test::kWorkerPassword).ok());
    NeedsAssessment::Result r;
    QCOMPARE(NeedsAssessment(*center.session).assess(h.a, &r).code, StoreErrorCode::NotPermitted);
    storage::StoreError error;
    QVERIFY(
        NeedsAssessment(*center.session).rankAll(NeedsAssessment::RankFilter(), &error).isEmpty());
    QCOMPARE(error.code, StoreErrorCode::NotPermitted);

    QVERIFY(center.session->signIn(QStringLiteral("sara"), test::kWorkerPassword).ok());
    NeedsAssessment needs(*center.session);
    QVERIFY(needs.assess(h.a, &r).ok());
    QCOMPARE(needs.assess(h.b, &r).code, StoreErrorCode::NotPermitted); // reza's file
    QCOMPARE(needs.overrideBand(h.b, QStringLiteral("urgent"), QStringLiteral("x")).code,
             StoreErrorCode::NotPermitted);
    QVERIFY(needs.overrideBand(h.a, QStringLiteral("urgent"), QStringLiteral("x")).ok());
    // Her own file (now urgent by her override, below D's 68) and the unassigned queue, never
    // reza's.
    QList<qint64> seen;
    for (const auto &ranked : needs.rankAll())
        seen << ranked.householdId;
    QCOMPARE(seen, (QList<qint64>{h.d, h.a, h.c}));
}

QTEST_GUILESS_MAIN(TestNeedsAssessment)
