#include "tst_needsassessment.h"

void TestNeedsAssessment::supportPlanProposeEditApprove()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const Households h = openFour(center);
    const qint64 sara = center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    assign(center, h.a, sara);
    QVERIFY(center.session->signIn(QStringLiteral("sara"), test::kWorkerPassword).ok());
    NeedsAssessment needs(*center.session);

    NeedsAssessment::Plan plan;
    QVERIFY(needs.proposePlan(h.a, &plan).ok());
    QCOMPARE(plan.status, QStringLiteral("draft"));
    QCOMPARE(plan.ruleVersion, QStringLiteral("1405.1"));
    QCOMPARE(plan.items.size(), 6);
    QCOMPARE(plan.items.first().serviceId, QStringLiteral("19041053100"));
    QCOMPARE(plan.items.first().suggestedBy, QStringLiteral("female_head_support"));
    QCOMPARE(plan.items.first().status, QStringLiteral("proposed"));
    QVERIFY(needs.current(h.a)); // the score the plan rests on is kept

    // Worker edits.
    qint64 added = 0;
    QVERIFY(
        needs.addPlanItem(plan.id, QStringLiteral("19011053107"), QStringLiteral("یادداشت"), &added)
            .ok());
    QCOMPARE(needs.addPlanItem(plan.id, QStringLiteral("19011053107"), {}).code,
             StoreErrorCode::InvalidInput); // already there
    QCOMPARE(needs.addPlanItem(plan.id, QStringLiteral("12345678901"), {}).code,
             StoreErrorCode::InvalidInput); // not in the catalog
    const qint64 pension = plan.items.at(3).id;
    QCOMPARE(plan.items.at(3).serviceId, QStringLiteral("19041062100"));
    QCOMPARE(needs.removePlanItem(pension, QString()).code, StoreErrorCode::InvalidInput);
    QVERIFY(needs.removePlanItem(pension, QStringLiteral("مستمری دیگری دارند")).ok());
    QCOMPARE(needs.removePlanItem(pension, QStringLiteral("again")).code,
             StoreErrorCode::InvalidInput);
    QVERIFY(needs.acceptPlanItem(plan.items.at(0).id).ok());
    QCOMPARE(needs.acceptPlanItem(plan.items.at(0).id).code, StoreErrorCode::InvalidInput);

    // Only the manager approves.
    QCOMPARE(needs.approvePlan(plan.id).code, StoreErrorCode::NotPermitted);
    QVERIFY(center.session->signIn(QStringLiteral("manager"), test::kManagerPassword).ok());
    NeedsAssessment managers(*center.session);
    QVERIFY(managers.approvePlan(plan.id).ok());
    auto current = managers.currentPlan(h.a);
    QVERIFY(current);
    QCOMPARE(current->id, plan.id);
    QCOMPARE(current->status, QStringLiteral("approved"));
    QCOMPARE(current->approvedBy, center.session->worker().id);
    QCOMPARE(current->items.size(), 7);
    for (const auto &item : current->items) {
        if (item.id == pension) {
            QCOMPARE(item.status, QStringLiteral("removed"));
            QCOMPARE(item.note, QStringLiteral("مستمری دیگری دارند"));
        } else {
            QCOMPARE(item.status, QStringLiteral("accepted"));
        }
        if (item.id == added)
            QVERIFY(item.suggestedBy.isEmpty());
    }
    // An approved plan is not edited: a new proposal replaces it once approved.
    QCOMPARE(managers.addPlanItem(plan.id, QStringLiteral("16021054106"), {}).code,
             StoreErrorCode::InvalidInput);
    NeedsAssessment::Plan second;
    QVERIFY(managers.proposePlan(h.a, &second).ok());
    QCOMPARE(managers.currentPlan(h.a)->id, second.id);
    QVERIFY(managers.approvePlan(second.id).ok());
    QSqlQuery q(center.session->database());
    QVERIFY(q.exec(QStringLiteral("SELECT status FROM support_plans WHERE id = %1").arg(plan.id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("superseded"));

    QStringList kinds;
    for (const auto &event : HouseholdService(*center.session).timeline(h.a))
        kinds << event.kind;
    for (const char *kind : {"plan.proposed", "plan.item_added", "plan.item_removed",
                             "plan.item_accepted", "plan.approved"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    QVERIFY(center.session->audit().verify().ok);
}

void TestNeedsAssessment::approvalGivesFollowUpTasks()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const Households h = openFour(center);
    const qint64 sara = center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    assign(center, h.a, sara);
    const qint64 manager = center.session->worker().id;
    NeedsAssessment needs(*center.session);
    const QDate due = ReferralService(*center.session).defaultDueDate();
    QVERIFY(due > center.clock.nowUtc().date());

    // A: six services proposed, one removed: five tasks for sara, the file's worker.
    NeedsAssessment::Plan plan;
    QVERIFY(needs.proposePlan(h.a, &plan).ok());
    QCOMPARE(plan.items.size(), 6);
    const qint64 removed = plan.items.at(3).id;
    QVERIFY(needs.removePlanItem(removed, QStringLiteral("مستمری دیگری دارند")).ok());
    QVERIFY(planTasks(center, h.a).isEmpty()); // a draft gives no task
    QVERIFY(needs.approvePlan(plan.id).ok());
    auto tasks = planTasks(center, h.a);
    QCOMPARE(tasks.size(), 5);
    QHash<qint64, QString> serviceOf;
    for (const auto &item : std::as_const(plan.items))
        serviceOf.insert(item.id, item.serviceId);
    QSet<qint64> origins;
    for (const auto &task : std::as_const(tasks)) {
        QCOMPARE(task.workerId, sara);
        QCOMPARE(task.dueDate, due);
        QCOMPARE(task.createdBy, manager);
        QVERIFY(task.isOpen());
        QVERIFY(serviceOf.contains(task.originId));
        QCOMPARE(task.title, NeedsAssessment::tr("Arrange: %1")
                                 .arg(needs.catalog().displayName(serviceOf.value(task.originId))));
        origins << task.originId;
    }
    QCOMPARE(origins.size(), 5);
    QVERIFY(!origins.contains(removed));
    // Sara finds them in her list.
    QCOMPARE(TaskService(*center.session).openTasks(sara).size(), 5);

    // B has no worker: its one task goes to the manager who approved.
    NeedsAssessment::Plan planB;
    QVERIFY(needs.proposePlan(h.b, &planB).ok());
    QCOMPARE(planB.items.size(), 1);
    QVERIFY(needs.approvePlan(planB.id).ok());
    const auto tasksB = planTasks(center, h.b);
    QCOMPARE(tasksB.size(), 1);
    QCOMPARE(tasksB.first().workerId, manager);
    QCOMPARE(tasksB.first().originId, planB.items.first().id);

    // A later plan for A: the same six services. The first service's task is done; the removed
    // one never had one. Only these two get a task: the other four are still open.
    const QString firstService = plan.items.at(0).serviceId;
    for (const auto &task : std::as_const(tasks))
        if (serviceOf.value(task.originId) == firstService)
            QVERIFY(
                TaskService(*center.session).complete(task.id, QStringLiteral("انجام شد")).ok());
    NeedsAssessment::Plan second;
    QVERIFY(needs.proposePlan(h.a, &second).ok());
    QCOMPARE(second.items.size(), 6);
    QVERIFY(needs.approvePlan(second.id).ok());
    tasks = planTasks(center, h.a);
    QCOMPARE(tasks.size(), 7);
    QStringList renewed;
    for (const auto &task : std::as_const(tasks)) {
        QVERIFY(task.isOpen() || serviceOf.value(task.originId) == firstService);
        for (const auto &item : std::as_const(second.items))
            if (item.id == task.originId)
                renewed << item.serviceId;
    }
    renewed.sort();
    QStringList expected{firstService, serviceOf.value(removed)};
    expected.sort();
    QCOMPARE(renewed, expected);
    // Approving again is refused (no longer a draft) and adds nothing.
    QCOMPARE(needs.approvePlan(second.id).code, StoreErrorCode::InvalidInput);
    QCOMPARE(planTasks(center, h.a).size(), 7);
    QVERIFY(center.session->audit().verify().ok);
}

void TestNeedsAssessment::failedFollowUpRollsTheApprovalBack()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const Households h = openFour(center);
    NeedsAssessment needs(*center.session);
    auto itemStatuses = [&center](qint64 planId) {
        QStringList statuses;
        QSqlQuery q(center.session->database());
        q.prepare(QStringLiteral("SELECT status FROM support_plan_items WHERE plan_id = ?"));
        q.addBindValue(planId);
        if (q.exec())
            while (q.next())
                statuses << q.value(0).toString();
        return statuses;
    };
    auto timelineHas = [&center](qint64 householdId, const char *kind) {
        for (const auto &event : HouseholdService(*center.session).timeline(householdId))
            if (event.kind == QLatin1String(kind))
                return true;
        return false;
    };

    // D's worker has left the center (deactivated): no task can be given to her, so the plan
    // stays a draft with its items as they were.
    const qint64 reza = center.addWorker(QStringLiteral("reza"), domain::WorkerRole::SocialWorker);
    assign(center, h.d, reza);
    NeedsAssessment::Plan planD;
    QVERIFY(needs.proposePlan(h.d, &planD).ok());
    QVERIFY(!planD.items.isEmpty());
    QSqlQuery q(center.session->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE workers SET active = 0 WHERE id = %1").arg(reza)));
    QVERIFY(!needs.approvePlan(planD.id).ok());
    QCOMPARE(planStatus(center, planD.id), QStringLiteral("draft"));
    QVERIFY(!itemStatuses(planD.id).contains(QStringLiteral("accepted")));
    QVERIFY(planTasks(center, h.d).isEmpty());
    QVERIFY(!timelineHas(h.d, "plan.approved"));

    // A's second plan: the task store refuses the insert (an injected failure) after the first
    // plan was superseded and the second's items accepted; all of it is undone.
    NeedsAssessment::Plan first;
    QVERIFY(needs.proposePlan(h.a, &first).ok());
    QVERIFY(needs.removePlanItem(first.items.at(3).id, QStringLiteral("x")).ok());
    QVERIFY(needs.approvePlan(first.id).ok());
    QCOMPARE(planTasks(center, h.a).size(), 5);
    NeedsAssessment::Plan second;
    QVERIFY(needs.proposePlan(h.a, &second).ok());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_tasks BEFORE INSERT ON "
                                  "followup_tasks BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    QVERIFY(!needs.approvePlan(second.id).ok());
    QCOMPARE(planStatus(center, first.id), QStringLiteral("approved"));
    QCOMPARE(planStatus(center, second.id), QStringLiteral("draft"));
    QVERIFY(!itemStatuses(second.id).contains(QStringLiteral("accepted")));
    QCOMPARE(planTasks(center, h.a).size(), 5);
    QCOMPARE(needs.currentPlan(h.a)->id, second.id);
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_tasks")));
    QVERIFY(needs.approvePlan(second.id).ok());
    QCOMPARE(planStatus(center, first.id), QStringLiteral("superseded"));
    QCOMPARE(planTasks(center, h.a).size(), 6); // the service removed from the first plan
    QVERIFY(center.session->audit().verify().ok);
}

void TestNeedsAssessment::storeAllFollowsTheRules()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const Households h = openFour(center);
    NeedsAssessment needs(*center.session);
    QVERIFY(needs.overrideBand(h.c, QStringLiteral("high"), QStringLiteral("دلیل")).ok());
    int stored = -1;
    QVERIFY(needs.storeAll(&stored).ok());
    QCOMPARE(stored, 3); // C already had its score (with the override)
    QCOMPARE(needs.current(h.d)->computedBand, QStringLiteral("urgent"));
    QCOMPARE(needs.current(h.b)->score, 28);
    QCOMPARE(needs.current(h.c)->effectiveBand(), QStringLiteral("high"));
    QVERIFY(needs.storeAll(&stored).ok());
    QCOMPARE(stored, 0); // nothing changed
    NeedsAssessment next(*center.session, rulesVersion(QStringLiteral("1405.2")));
    QVERIFY(next.storeAll(&stored).ok());
    QCOMPARE(stored, 4);
    QCOMPARE(next.current(h.c)->ruleVersion, QStringLiteral("1405.2"));
    QCOMPARE(next.current(h.c)->overrideBand, QStringLiteral("high")); // carried
    QCOMPARE(next.current(h.c)->overrideReason, QStringLiteral("دلیل"));
    HouseholdService::SearchFilter filter;
    filter.priority = QStringLiteral("medium");
    const auto medium = HouseholdService(*center.session).search(QString(), filter);
    QCOMPARE(medium.size(), 1);
    QCOMPARE(medium.first().id, h.b);
    // Managers only.
    center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    QVERIFY(center.session->signIn(QStringLiteral("sara"), test::kWorkerPassword).ok());
    QCOMPARE(NeedsAssessment(*center.session).storeAll().code, StoreErrorCode::NotPermitted);
    QVERIFY(center.session->audit().verify().ok);
}
