// The needs rules file and the service catalog: the shipped files load, a malformed or
// inconsistent file is refused with a message naming the problem, and the scoring arithmetic of
// each indicator (hand-computed below).
#include "domain/needsrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pluslife::domain;

namespace {

QJsonObject shippedRulesJson()
{
    QFile file(QStringLiteral(":/pluslife/domain/data/needs-rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

// Sets a value at a dotted path ("indicators.income.weight").
QJsonObject with(QJsonObject root, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            root.remove(path.first());
        else
            root.insert(path.first(), value);
        return root;
    }
    root.insert(path.first(), with(root.value(path.first()).toObject(), path.mid(1), value));
    return root;
}

} // namespace

class TestNeedsRules : public QObject {
    Q_OBJECT

private slots:
    void shippedFilesLoad();
    void malformedRulesAreRefused_data();
    void malformedRulesAreRefused();
    void malformedCatalogIsRefused();
    void scoresAHandComputedHousehold();
    void indicatorsAreCapped();
    void bandsFollowTheCutOffs();
};

void TestNeedsRules::shippedFilesLoad()
{
    const auto catalog = ServiceCatalog::shipped();
    QVERIFY(catalog->contains(QStringLiteral("19041053100")));
    QVERIFY(catalog->contains(QStringLiteral("19011053106")));
    QVERIFY(catalog->contains(QStringLiteral("19011060100")));
    QCOMPARE(catalog->find(QStringLiteral("19011053106"))->parentId, QStringLiteral("19041053000"));
    QString error;
    const auto rules = NeedsRules::shipped(&error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->version(), QStringLiteral("1405.1"));
    QCOMPARE(rules->effectiveFrom(), QDate(2026, 3, 21));
    QCOMPARE(rules->incomePerHeadThreshold(), qint64(40000000));
    int total = 0;
    for (const QString &key : NeedsRules::indicatorKeys()) {
        total += rules->weight(key);
        QVERIFY(!NeedsRules::indicatorDisplayName(key).isEmpty());
    }
    QCOMPARE(total, 100);
}

void TestNeedsRules::malformedRulesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named"); // what the message must name
    const QJsonObject good = shippedRulesJson();
    QVERIFY(!good.isEmpty());
    QTest::newRow("not json") << QByteArray("{\"format\": 1, \"version\": ")
                              << QStringLiteral("JSON");
    QTest::newRow("no version") << bytes(with(good, {QStringLiteral("version")},
                                              QJsonValue::Undefined))
                                << QStringLiteral("version");
    QTest::newRow("bad date") << bytes(with(good, {QStringLiteral("effectiveFrom")},
                                            QStringLiteral("1405/01/01")))
                              << QStringLiteral("effectiveFrom");
    QTest::newRow("no threshold") << bytes(with(good,
                                                {QStringLiteral("incomePerHeadThresholdRials")},
                                                QJsonValue::Undefined))
                                  << QStringLiteral("incomePerHeadThresholdRials");
    QTest::newRow("weights not 100")
        << bytes(with(good,
                      {QStringLiteral("indicators"), QStringLiteral("female_head"),
                       QStringLiteral("weight")},
                      9))
        << QStringLiteral("99");
    QTest::newRow("unknown indicator")
        << bytes(with(good, {QStringLiteral("indicators"), QStringLiteral("horoscope")},
                      QJsonObject{{QStringLiteral("weight"), 0}}))
        << QStringLiteral("horoscope");
    QTest::newRow("missing indicator")
        << bytes(with(good, {QStringLiteral("indicators"), QStringLiteral("debt")},
                      QJsonValue::Undefined))
        << QStringLiteral("indicators.debt");
    QTest::newRow("bands out of order")
        << bytes(with(good, {QStringLiteral("bands"), QStringLiteral("high")}, 70))
        << QStringLiteral("urgent");
    QTest::newRow("points above weight")
        << bytes(with(good,
                      {QStringLiteral("indicators"), QStringLiteral("elderly"),
                       QStringLiteral("perMember")},
                      7))
        << QStringLiteral("indicators.elderly.perMember");
    QTest::newRow("missing severity level")
        << bytes(with(good,
                      {QStringLiteral("indicators"), QStringLiteral("disability"),
                       QStringLiteral("levels"), QStringLiteral("severe")},
                      QJsonValue::Undefined))
        << QStringLiteral("severe");
    QJsonArray steps{
        QJsonObject{{QStringLiteral("ratioBelow"), 1.0}, {QStringLiteral("points"), 12}},
        QJsonObject{{QStringLiteral("ratioBelow"), 0.5}, {QStringLiteral("points"), 18}}};
    QTest::newRow("steps out of order")
        << bytes(with(
               good,
               {QStringLiteral("indicators"), QStringLiteral("income"), QStringLiteral("steps")},
               steps))
        << QStringLiteral("indicators.income.steps");
    QJsonArray suggestions = good.value(QStringLiteral("suggestions")).toArray();
    suggestions.append(
        QJsonObject{{QStringLiteral("key"), QStringLiteral("made_up")},
                    {QStringLiteral("when"), QJsonArray{QStringLiteral("female_head")}},
                    {QStringLiteral("service"), QStringLiteral("99999999999")}});
    QTest::newRow("service not in catalog")
        << bytes(with(good, {QStringLiteral("suggestions")}, suggestions))
        << QStringLiteral("99999999999");
    suggestions = good.value(QStringLiteral("suggestions")).toArray();
    suggestions.append(
        QJsonObject{{QStringLiteral("key"), QStringLiteral("odd")},
                    {QStringLiteral("when"), QJsonArray{QStringLiteral("owns_a_yacht")}},
                    {QStringLiteral("service"), QStringLiteral("19041062100")}});
    QTest::newRow("unknown fact") << bytes(with(good, {QStringLiteral("suggestions")}, suggestions))
                                  << QStringLiteral("owns_a_yacht");
}

void TestNeedsRules::malformedRulesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    QString error;
    QVERIFY(!NeedsRules::fromJson(json, *ServiceCatalog::shipped(), &error));
    QVERIFY2(error.contains(named), qPrintable(error));
}

void TestNeedsRules::malformedCatalogIsRefused()
{
    QString error;
    QVERIFY(!ServiceCatalog::fromJson("{\"format\":1,\"services\":[{\"id\":\"1904\",\"fa\":\"x\","
                                      "\"en\":\"x\"}]}",
                                      &error));
    QVERIFY2(error.contains(QStringLiteral("1904")), qPrintable(error));
    QVERIFY(!ServiceCatalog::fromJson("{\"format\":1,\"services\":[{\"id\":\"19041053100\","
                                      "\"parent\":\"19041053000\",\"fa\":\"x\",\"en\":\"x\"}]}",
                                      &error));
    QVERIFY2(error.contains(QStringLiteral("19041053000")), qPrintable(error));
}

void TestNeedsRules::scoresAHandComputedHousehold()
{
    const auto rules = NeedsRules::shipped();
    NeedsFacts f;
    f.members = 4;
    f.dependants = 3;    // household_size: 3 × 2 = 6
    f.femaleHead = true; // female_head: 10
    f.disabled = 1;
    f.worstSeverity = QStringLiteral("moderate"); // disability: 7
    f.chronicallyIll = 0;                         // 0
    f.elderly = 1;                                // elderly: 1 × 3 = 3
    f.youngChildren = 1;                          // young_children: 1 × 3 = 3
    f.monthlyIncome = 100000000; // 25,000,000 a head / 40,000,000 = 0.625 < 1.0: income 12
    f.housing = QStringLiteral("tenant");
    f.monthlyRent = 25000000;                   // burden 0.25 < 0.3: housing = tenant 4
    f.employment = QStringLiteral("homemaker"); // employment: 4
    f.debtKnown = true;
    f.hasDebts = false; // debt: 0
    f.uninsured = 2;    // insurance: 2 × 2 = 4
    f.visitKnown = true;
    f.visitObservations = {QStringLiteral("food.sometimes_short")}; // home_visit: 2
    // 6 + 10 + 7 + 0 + 3 + 3 + 12 + 4 + 4 + 0 + 4 + 2 = 55: high (40 ≤ 55 < 60)
    const NeedsScore s = rules->score(f);
    QCOMPARE(s.score, 55);
    QCOMPARE(s.band, QStringLiteral("high"));
    QCOMPARE(s.contributions.size(), 12);
    QCOMPARE(s.contributions.at(0).indicator, QStringLiteral("household_size"));
    QCOMPARE(s.contributions.at(0).points, 6);
    QCOMPARE(s.contributions.at(6).points, 12);
    QCOMPARE(s.contributions.at(7).points, 4);
    QVERIFY(s.flags.contains(QStringLiteral("low_income")));
    QVERIFY(!s.flags.contains(QStringLiteral("very_low_income")));
    QVERIFY(!s.flags.contains(QStringLiteral("rent_burden")));
    // female head + low income, female head + food short, disability assessed (no),
    // uninsured, young children: in the order of the rules file.
    QList<QPair<QString, QString>> expected{
        {QStringLiteral("female_head_support"), QStringLiteral("19041053100")},
        {QStringLiteral("female_head_food"), QStringLiteral("19041062101")},
        {QStringLiteral("no_insurance"), QStringLiteral("19011060100")},
        {QStringLiteral("child_screening"), QStringLiteral("16021056103")}};
    QCOMPARE(s.suggestions, expected);
    QCOMPARE(rules->suggestionDisplayName(QStringLiteral("female_head_support")),
             NeedsRules::flagDisplayName(QStringLiteral("female_head")) + QStringLiteral(" + ") +
                 NeedsRules::flagDisplayName(QStringLiteral("low_income")));
}

void TestNeedsRules::indicatorsAreCapped()
{
    const auto rules = NeedsRules::shipped();
    NeedsFacts f;
    f.members = 9;
    f.dependants = 7; // 14, capped at 8
    f.disabled = 3;
    f.worstSeverity = QStringLiteral("very-severe"); // 14 + 2 × 3 = 20, capped at 14
    f.visitKnown = true;
    f.visitObservations = {QStringLiteral("condition.unsafe"),
                           QStringLiteral("food.often_short")}; // 8 → 6
    f.monthlyIncome = 0;                                        // ratio 0: 18
    f.housing = QStringLiteral("tenant");
    f.monthlyRent = 5000000; // no income: the whole rent is a burden: 10
    QCOMPARE(rules->points(QStringLiteral("household_size"), f), 8);
    QCOMPARE(rules->points(QStringLiteral("disability"), f), 14);
    QCOMPARE(rules->points(QStringLiteral("home_visit"), f), 6);
    QCOMPARE(rules->points(QStringLiteral("income"), f), 18);
    QCOMPARE(rules->points(QStringLiteral("housing"), f), 10);
    // A disability without an assessed severity counts as "unknown" (7) and suggests the
    // severity assessment.
    NeedsFacts g;
    g.disabled = 1;
    g.worstSeverity = QStringLiteral("unknown");
    QCOMPARE(rules->points(QStringLiteral("disability"), g), 7);
    QVERIFY(rules->score(g).flags.contains(QStringLiteral("disability_unassessed")));
    QCOMPARE(rules->score(g).suggestions.first().second, QStringLiteral("16031057102"));
    // Nothing known: nothing scored.
    QCOMPARE(rules->score(NeedsFacts()).score, 0);
    QCOMPARE(rules->score(NeedsFacts()).band, QStringLiteral("low"));
}

void TestNeedsRules::bandsFollowTheCutOffs()
{
    const auto rules = NeedsRules::shipped();
    QCOMPARE(rules->bandFor(100), QStringLiteral("urgent"));
    QCOMPARE(rules->bandFor(60), QStringLiteral("urgent"));
    QCOMPARE(rules->bandFor(59), QStringLiteral("high"));
    QCOMPARE(rules->bandFor(40), QStringLiteral("high"));
    QCOMPARE(rules->bandFor(39), QStringLiteral("medium"));
    QCOMPARE(rules->bandFor(20), QStringLiteral("medium"));
    QCOMPARE(rules->bandFor(19), QStringLiteral("low"));
    QCOMPARE(rules->bandFor(0), QStringLiteral("low"));
}

QTEST_GUILESS_MAIN(TestNeedsRules)
#include "tst_needsrules.moc"
