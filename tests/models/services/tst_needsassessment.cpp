// Needs assessment and the support plan on a real store: scores of hand-computed households
// (arithmetic in the comments; rules: models/domain/data/needs-rules.json, clock 2026-11-23),
// facts read from the latest interview and visit report, rule versions recorded, overrides
// audited with a mandatory reason, ranking order and filters, and the plan with its role checks.
#include "services/needsassessment.h"
#include "services/referralservice.h"
#include "services/taskservice.h"
#include "services/visitservice.h"
#include "servicetestfixture.h"
#include "storage/auditlog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

using namespace pluslife;
using namespace pluslife::services;
using storage::StoreErrorCode;

namespace {

QString nationalCode(int serial)
{
    const QString nine = QStringLiteral("3%1").arg(serial, 8, 10, QLatin1Char('0'));
    int sum = 0;
    for (int d = 0; d < 9; ++d)
        sum += nine.at(d).digitValue() * (10 - d);
    const int r = sum % 11;
    return nine + QString::number(r < 2 ? r : 11 - r);
}

domain::Person person(const QString &first, const QString &sex, const QDate &born)
{
    domain::Person p;
    p.firstName = first;
    p.lastName = QStringLiteral("آزمون");
    p.sex = sex;
    p.birthDate = born;
    return p;
}

qint64 openFile(test::CenterFixture &center, int serial, domain::Person head,
                const QList<domain::Member> &others, const QString &housing, qint64 rent,
                const QStringList &sources)
{
    HouseholdService::NewFile file;
    head.nationalCode = nationalCode(serial);
    file.head = head;
    file.others = others;
    file.housing = housing;
    file.monthlyRent = rent;
    file.incomeSources = sources;
    domain::Household created;
    const auto error = HouseholdService(*center.session).openFile(file, &created);
    if (!error.ok())
        qWarning("openFile: %s", qPrintable(error.message));
    return created.id;
}

// A submitted form straight into the store (the forms engine is not what is tested here).
void submit(test::CenterFixture &center, qint64 householdId, const QString &formId,
            const QString &instance, const QDateTime &at)
{
    QSqlDatabase db = center.session->database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM form_versions WHERE form_id = ?"));
    q.addBindValue(formId);
    QVERIFY(q.exec());
    qint64 versionId = 0;
    if (q.next()) {
        versionId = q.value(0).toLongLong();
    } else {
        const QByteArray source = "<h:html/>" + formId.toUtf8();
        q.prepare(
            QStringLiteral("INSERT INTO form_versions (form_id, version, source_xml, "
                           "sha256, origin, installed_utc) VALUES (?, '1', ?, ?, 'library', ?)"));
        q.addBindValue(formId);
        q.addBindValue(source);
        q.addBindValue(QString::fromLatin1(
            QCryptographicHash::hash(source, QCryptographicHash::Sha256).toHex()));
        q.addBindValue(at.toString(Qt::ISODate));
        QVERIFY(q.exec());
        versionId = q.lastInsertId().toLongLong();
    }
    q.prepare(QStringLiteral(
        "INSERT INTO form_submissions (uuid, form_version_id, household_id, worker_id, device_id, "
        "started_utc, ended_utc, submitted_utc, instance_xml) VALUES (?, ?, ?, ?, 'test', ?, ?, ?, "
        "?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(versionId);
    q.addBindValue(householdId);
    q.addBindValue(center.session->worker().id);
    q.addBindValue(at.toString(Qt::ISODateWithMs));
    q.addBindValue(at.toString(Qt::ISODateWithMs));
    q.addBindValue(at.toString(Qt::ISODateWithMs));
    q.addBindValue(QStringLiteral("<?xml version=\"1.0\"?><data id=\"%1\" version=\"1\">%2<meta>"
                                  "<instanceID>uuid:x</instanceID></meta></data>")
                       .arg(formId, instance)
                       .toUtf8());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void assign(test::CenterFixture &center, qint64 householdId, qint64 workerId)
{
    QSqlQuery q(center.session->database());
    q.prepare(QStringLiteral("UPDATE households SET worker_id = ? WHERE id = ?"));
    q.addBindValue(workerId);
    q.addBindValue(householdId);
    QVERIFY(q.exec());
}

int scoreRows(test::CenterFixture &center, qint64 householdId)
{
    QSqlQuery q(center.session->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM needs_scores WHERE household_id = ?"));
    q.addBindValue(householdId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

// The shipped rules under another version (what a file from the central window would be).
std::shared_ptr<const domain::NeedsRules> rulesVersion(const QString &version)
{
    QFile file(QStringLiteral(":/pluslife/domain/data/needs-rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root.insert(QStringLiteral("version"), version);
    return domain::NeedsRules::fromJson(QJsonDocument(root).toJson(),
                                        *domain::ServiceCatalog::shipped(), nullptr);
}

int pointsOf(const NeedsAssessment::Result &result, const QString &indicator)
{
    for (const auto &c : result.contributions)
        if (c.indicator == indicator)
            return c.points;
    return -1;
}

// The four households of the tests. Ages on 2026-11-23.
struct Households {
    qint64 a = 0, b = 0, c = 0, d = 0;
};

Households openFour(test::CenterFixture &center)
{
    Households h;
    const QDateTime when = center.clock.nowUtc().addDays(-3);
    // A: female head (35), children of 4 and 11; tenant at 20,000,000 a month; the head has no
    // insurance. Interview: 3 people, income 45,000,000, casual work, one overdue debt with an
    // instalment of 5,000,000.
    {
        domain::Person head =
            person(QStringLiteral("مریم"), QStringLiteral("female"), QDate(1991, 5, 1));
        head.insurance = QStringLiteral("none");
        domain::Person small =
            person(QStringLiteral("سارا"), QStringLiteral("female"), QDate(2022, 1, 1));
        small.insurance = QStringLiteral("health");
        domain::Person pupil =
            person(QStringLiteral("علی"), QStringLiteral("male"), QDate(2015, 3, 1));
        pupil.insurance = QStringLiteral("health");
        h.a = openFile(center, 1, head,
                       {{small, QStringLiteral("child"), {}}, {pupil, QStringLiteral("child"), {}}},
                       QStringLiteral("tenant"), 20000000, {QStringLiteral("casual")});
        submit(
            center, h.a, QStringLiteral("initial_interview"),
            QStringLiteral("<household><size>3</size><children>2</children><elderly>0</elderly>"
                           "<female_head>yes</female_head><head_work>casual</head_work></household>"
                           "<income><sources>casual</sources><monthly_income>45000000</"
                           "monthly_income></income>"
                           "<debts><has_debts>yes</has_debts><debt><creditor>bank</creditor>"
                           "<remaining>90000000</remaining><instalment>5000000</instalment>"
                           "<overdue>yes</overdue></debt></debts>"
                           "<housing><tenure>tenant</tenure><monthly_rent>20000000</monthly_rent>"
                           "<eviction_risk>no</eviction_risk></housing>"
                           "<assessment><risks>none</risks></assessment>"),
            when);
    }
    // B: male head (70) with a severe physical disability, his wife (65) with diabetes, both
    // insured; owners living on a pension; the last home visit found the dwelling in poor
    // condition (issue 3's visit note). No interview.
    {
        domain::Person head =
            person(QStringLiteral("حسن"), QStringLiteral("male"), QDate(1956, 1, 10));
        head.disabilityType = QStringLiteral("physical");
        head.disabilitySeverity = QStringLiteral("severe");
        head.insurance = QStringLiteral("health");
        domain::Person wife =
            person(QStringLiteral("زهرا"), QStringLiteral("female"), QDate(1961, 6, 1));
        wife.chronicIllness = QStringLiteral("دیابت");
        wife.insurance = QStringLiteral("health");
        h.b = openFile(center, 2, head, {{wife, QStringLiteral("spouse"), {}}},
                       QStringLiteral("owner"), 0, {QStringLiteral("pension")});
        VisitService visits(*center.session);
        domain::Visit visit;
        visit.householdId = h.b;
        visit.plannedDate = center.clock.nowUtc().date();
        if (!visits.schedule(&visit).ok() ||
            !visits
                 .recordDone(visit.id,
                             {{QStringLiteral("observations"), QStringLiteral("نم")},
                              {QStringLiteral("housing_condition"), QStringLiteral("poor")}})
                 .ok())
            qWarning("visit failed");
    }
    // C: male head (40), employed, owner, insured. No interview.
    {
        domain::Person head =
            person(QStringLiteral("رضا"), QStringLiteral("male"), QDate(1986, 2, 1));
        head.insurance = QStringLiteral("social-security");
        h.c = openFile(center, 3, head, {}, QStringLiteral("owner"), 0, {QStringLiteral("wage")});
    }
    // D: female head (50) with a very severe disability, her son (20) with a moderate one; no
    // income, unable to work, tenant at 10,000,000 at risk of eviction, a debt; the home visit
    // report found an unsafe dwelling, food often short, basic items lacking, no access.
    {
        domain::Person head =
            person(QStringLiteral("فاطمه"), QStringLiteral("female"), QDate(1976, 4, 4));
        head.disabilityType = QStringLiteral("physical");
        head.disabilitySeverity = QStringLiteral("very-severe");
        head.insurance = QStringLiteral("health");
        domain::Person son =
            person(QStringLiteral("محمد"), QStringLiteral("male"), QDate(2006, 1, 1));
        son.disabilityType = QStringLiteral("intellectual");
        son.disabilitySeverity = QStringLiteral("moderate");
        son.insurance = QStringLiteral("health");
        h.d = openFile(center, 4, head, {{son, QStringLiteral("child"), {}}},
                       QStringLiteral("tenant"), 10000000, {QStringLiteral("none")});
        submit(center, h.d, QStringLiteral("initial_interview"),
               QStringLiteral(
                   "<household><size>2</size><head_work>unable</head_work></household>"
                   "<income><monthly_income>0</monthly_income></income>"
                   "<debts><has_debts>yes</has_debts><debt><instalment>0</instalment>"
                   "<overdue>no</overdue></debt></debts>"
                   "<housing><tenure>tenant</tenure><eviction_risk>yes</eviction_risk></housing>"),
               when);
        submit(center, h.d, QStringLiteral("home_visit_report"),
               QStringLiteral(
                   "<visit><outcome>done</outcome></visit>"
                   "<dwelling><condition>unsafe</condition><accessible>no</accessible></dwelling>"
                   "<facilities><heating>gas_heater</heating><hazards>none</hazards></facilities>"
                   "<assets><state>lacking</state></assets>"
                   "<living><food>often_short</food><risk_signs>none</risk_signs></living>"),
               when);
    }
    return h;
}

// The household's follow-up tasks made by its support plans.
QList<domain::FollowUpTask> planTasks(test::CenterFixture &center, qint64 householdId)
{
    QList<domain::FollowUpTask> tasks;
    for (const auto &task : TaskService(*center.session).ofHousehold(householdId))
        if (task.origin == QLatin1String("support-plan"))
            tasks << task;
    return tasks;
}

QString planStatus(test::CenterFixture &center, qint64 planId)
{
    QSqlQuery q(center.session->database());
    q.prepare(QStringLiteral("SELECT status FROM support_plans WHERE id = ?"));
    q.addBindValue(planId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestNeedsAssessment : public QObject {
    Q_OBJECT

private slots:
    void scoresHandComputedHouseholds();
    void theLatestSubmissionCounts();
    void storingRecordsTheRuleVersionAndPriority();
    void overrideNeedsAReasonAndIsAudited();
    void rankingOrderAndFilters();
    void rolesAndScope();
    void supportPlanProposeEditApprove();
    void approvalGivesFollowUpTasks();
    void failedFollowUpRollsTheApprovalBack();
    void storeAllFollowsTheRules();
};

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

QTEST_GUILESS_MAIN(TestNeedsAssessment)
#include "tst_needsassessment.moc"
