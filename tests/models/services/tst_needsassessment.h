#pragma once

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

namespace needstest {

inline QString nationalCode(int serial)
{
    const QString nine = QStringLiteral("3%1").arg(serial, 8, 10, QLatin1Char('0'));
    int sum = 0;
    for (int d = 0; d < 9; ++d)
        sum += nine.at(d).digitValue() * (10 - d);
    const int r = sum % 11;
    return nine + QString::number(r < 2 ? r : 11 - r);
}

inline domain::Person person(const QString &first, const QString &sex, const QDate &born)
{
    domain::Person p;
    p.firstName = first;
    p.lastName = QStringLiteral("آزمون");
    p.sex = sex;
    p.birthDate = born;
    return p;
}

inline qint64 openFile(test::CenterFixture &center, int serial, domain::Person head,
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
inline void submit(test::CenterFixture &center, qint64 householdId, const QString &formId,
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

inline void assign(test::CenterFixture &center, qint64 householdId, qint64 workerId)
{
    QSqlQuery q(center.session->database());
    q.prepare(QStringLiteral("UPDATE households SET worker_id = ? WHERE id = ?"));
    q.addBindValue(workerId);
    q.addBindValue(householdId);
    QVERIFY(q.exec());
}

inline int scoreRows(test::CenterFixture &center, qint64 householdId)
{
    QSqlQuery q(center.session->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM needs_scores WHERE household_id = ?"));
    q.addBindValue(householdId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

// The shipped rules under another version (what a file from the central window would be).
inline std::shared_ptr<const domain::NeedsRules> rulesVersion(const QString &version)
{
    QFile file(QStringLiteral(":/pluslife/domain/data/needs-rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root.insert(QStringLiteral("version"), version);
    return domain::NeedsRules::fromJson(QJsonDocument(root).toJson(),
                                        *domain::ServiceCatalog::shipped(), nullptr);
}

inline int pointsOf(const NeedsAssessment::Result &result, const QString &indicator)
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

inline Households openFour(test::CenterFixture &center)
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
inline QList<domain::FollowUpTask> planTasks(test::CenterFixture &center, qint64 householdId)
{
    QList<domain::FollowUpTask> tasks;
    for (const auto &task : TaskService(*center.session).ofHousehold(householdId))
        if (task.origin == QLatin1String("support-plan"))
            tasks << task;
    return tasks;
}

inline QString planStatus(test::CenterFixture &center, qint64 planId)
{
    QSqlQuery q(center.session->database());
    q.prepare(QStringLiteral("SELECT status FROM support_plans WHERE id = ?"));
    q.addBindValue(planId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace needstest

using namespace needstest;

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
