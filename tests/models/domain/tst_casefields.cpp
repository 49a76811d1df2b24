// The entities:saveto vocabulary: which fields a form may write, which it never may, how each
// value is checked and stored, and that a refused value changes nothing.
#include "domain/casefields.h"
#include "domain/choices.h"

#include <QTest>

using namespace pluslife::domain;

class TestCaseFields : public QObject {
    Q_OBJECT

private slots:
    void vocabulary();
    void criticalFieldsAreNeverCaseFields();
    void validate_data();
    void validate();
    void applyToHousehold();
    void applyToPerson();
    void refusedValueChangesNothing();
};

void TestCaseFields::vocabulary()
{
    const QStringList keys = caseFieldKeys();
    for (const char *key :
         {"household.housing", "household.monthly_rent", "household.income_sources",
          "person.marital_status", "person.education", "person.disability_type",
          "person.disability_severity", "person.insurance", "person.occupation",
          "person.chronic_illness", "person.mobile", "person.landline"}) {
        QVERIFY2(keys.contains(QLatin1String(key)), key);
        QVERIFY(isCaseField(QLatin1String(key)));
        QVERIFY(!caseFieldDisplayName(QLatin1String(key)).isEmpty());
        QVERIFY(caseFieldDisplayName(QLatin1String(key)) != QLatin1String(key));
    }
    QCOMPARE(keys.size(), 12);
    QVERIFY(isHouseholdCaseField(QStringLiteral("household.housing")));
    QVERIFY(!isHouseholdCaseField(QStringLiteral("person.mobile")));
    QVERIFY(isPersonCaseField(QStringLiteral("person.mobile")));
    QVERIFY(!isPersonCaseField(QStringLiteral("household.housing")));
    QVERIFY(!isCaseField(QStringLiteral("household.status")));
    QVERIFY(!isCaseField(QStringLiteral("household.worker_id")));
    QVERIFY(!isCaseField(QString()));
    QCOMPARE(caseFieldDisplayName(QStringLiteral("x.y")), QStringLiteral("x.y"));
}

void TestCaseFields::criticalFieldsAreNeverCaseFields()
{
    for (const char *key :
         {"person.national_code", "person.first_name", "person.last_name", "person.father_name",
          "person.birth_date", "person.sex", "person.died_on"}) {
        QVERIFY2(isCriticalField(QLatin1String(key)), key);
        QVERIFY2(!isCaseField(QLatin1String(key)), key);
        QVERIFY(!validateCaseField(QLatin1String(key), QStringLiteral("x")).isEmpty());
        Person p;
        p.firstName = QStringLiteral("مریم");
        QString error;
        QVERIFY(
            !pluslife::domain::applyToPerson(p, QLatin1String(key), QStringLiteral("علی"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(p.firstName, QStringLiteral("مریم"));
    }
    QCOMPARE(criticalFieldKeys().size(), 7);
    QVERIFY(!isCriticalField(QStringLiteral("person.mobile")));
}

void TestCaseFields::validate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("stored");

    QTest::newRow("housing key") << "household.housing"
                                 << "tenant" << true << "tenant";
    QTest::newRow("housing unknown") << "household.housing"
                                     << "castle" << false << "";
    QTest::newRow("housing empty clears") << "household.housing"
                                          << "" << true << "";
    QTest::newRow("rent") << "household.monthly_rent"
                          << "25000000" << true << "25000000";
    QTest::newRow("rent persian digits")
        << "household.monthly_rent" << QStringLiteral("۱۲۰۰۰۰۰") << true << "1200000";
    QTest::newRow("rent zero") << "household.monthly_rent"
                               << "0" << true << "0";
    QTest::newRow("rent negative") << "household.monthly_rent"
                                   << "-5" << false << "";
    QTest::newRow("rent decimal") << "household.monthly_rent"
                                  << "12.5" << false << "";
    QTest::newRow("rent text") << "household.monthly_rent"
                               << "abc" << false << "";
    QTest::newRow("rent huge") << "household.monthly_rent"
                               << "12345678901234567890" << false << "";
    QTest::newRow("income") << "household.income_sources"
                            << "wages  pension wages" << true << "wages pension";
    QTest::newRow("income comma") << "household.income_sources"
                                  << "wages,pension" << false << "";
    QTest::newRow("marital") << "person.marital_status"
                             << "widowed" << true << "widowed";
    QTest::newRow("marital bad") << "person.marital_status"
                                 << "engaged" << false << "";
    QTest::newRow("education") << "person.education"
                               << "diploma" << true << "diploma";
    QTest::newRow("disability") << "person.disability_type"
                                << "visual" << true << "visual";
    QTest::newRow("severity") << "person.disability_severity"
                              << "severe" << true << "severe";
    QTest::newRow("severity bad") << "person.disability_severity"
                                  << "visual" << false << "";
    QTest::newRow("insurance") << "person.insurance"
                               << "social-security" << true << "social-security";
    QTest::newRow("occupation") << "person.occupation" << QStringLiteral("  راننده ") << true
                                << QStringLiteral("راننده");
    QTest::newRow("occupation long")
        << "person.occupation" << QString(201, QLatin1Char('x')) << false << "";
    QTest::newRow("illness") << "person.chronic_illness" << QStringLiteral("دیابت") << true
                             << QStringLiteral("دیابت");
    QTest::newRow("mobile") << "person.mobile" << QStringLiteral("۰۹۱۲ ۳۴۵ ۶۷۸۹") << true
                            << "09123456789";
    QTest::newRow("mobile +98") << "person.mobile"
                                << "+989123456789" << true << "09123456789";
    QTest::newRow("mobile bad") << "person.mobile"
                                << "0212345678" << false << "";
    QTest::newRow("landline") << "person.landline"
                              << "021-3344 5566" << true << "02133445566";
    QTest::newRow("landline persian")
        << "person.landline" << QStringLiteral("۳۳۴۴۵۵۶۶") << true << "33445566";
    QTest::newRow("landline letters") << "person.landline"
                                      << "0213344abc" << false << "";
    QTest::newRow("landline short") << "person.landline"
                                    << "12" << false << "";
    QTest::newRow("unknown field") << "household.status"
                                   << "closed" << false << "";
}

void TestCaseFields::validate()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, stored);
    QString normalized = QStringLiteral("untouched");
    const QString error = validateCaseField(field, value, &normalized);
    QCOMPARE(error.isEmpty(), ok);
    if (ok)
        QCOMPARE(normalized, stored);
    else
        QCOMPARE(normalized, QStringLiteral("untouched"));
}

void TestCaseFields::applyToHousehold()
{
    Household h;
    h.housing = QStringLiteral("owner");
    QVERIFY(pluslife::domain::applyToHousehold(h, QStringLiteral("household.housing"),
                                               QStringLiteral("tenant")));
    QCOMPARE(h.housing, QStringLiteral("tenant"));
    QVERIFY(pluslife::domain::applyToHousehold(h, QStringLiteral("household.monthly_rent"),
                                               QStringLiteral("۳۰۰۰۰۰۰۰")));
    QCOMPARE(h.monthlyRent, qint64(30000000));
    QVERIFY(pluslife::domain::applyToHousehold(h, QStringLiteral("household.income_sources"),
                                               QStringLiteral("subsidy charity")));
    QCOMPARE(h.incomeSources, (QStringList{QStringLiteral("subsidy"), QStringLiteral("charity")}));
    QCOMPARE(caseFieldValue(h, QStringLiteral("household.income_sources")),
             QStringLiteral("subsidy charity"));
    QCOMPARE(caseFieldValue(h, QStringLiteral("household.monthly_rent")),
             QStringLiteral("30000000"));
    QCOMPARE(caseFieldValue(h, QStringLiteral("household.housing")), QStringLiteral("tenant"));
    QCOMPARE(caseFieldValue(h, QStringLiteral("person.mobile")), QString());
    // A person's field is not the household's.
    QString error;
    QVERIFY(!pluslife::domain::applyToHousehold(h, QStringLiteral("person.mobile"),
                                                QStringLiteral("09123456789"), &error));
    QVERIFY(!error.isEmpty());
}

void TestCaseFields::applyToPerson()
{
    Person p;
    p.firstName = QStringLiteral("مریم");
    p.nationalCode = QStringLiteral("0012345679");
    const QList<QPair<QString, QString>> answers{
        {QStringLiteral("person.marital_status"), QStringLiteral("married")},
        {QStringLiteral("person.education"), QStringLiteral("university")},
        {QStringLiteral("person.occupation"), QStringLiteral("معلم")},
        {QStringLiteral("person.disability_type"), QStringLiteral("hearing")},
        {QStringLiteral("person.disability_severity"), QStringLiteral("mild")},
        {QStringLiteral("person.chronic_illness"), QStringLiteral("آسم")},
        {QStringLiteral("person.insurance"), QStringLiteral("health")},
        {QStringLiteral("person.mobile"), QStringLiteral("9123456789")},
        {QStringLiteral("person.landline"), QStringLiteral("02155667788")}};
    for (const auto &[field, value] : answers) {
        QString error;
        QVERIFY2(pluslife::domain::applyToPerson(p, field, value, &error), qPrintable(error));
    }
    QCOMPARE(p.maritalStatus, QStringLiteral("married"));
    QCOMPARE(p.education, QStringLiteral("university"));
    QCOMPARE(p.occupation, QStringLiteral("معلم"));
    QCOMPARE(p.disabilityType, QStringLiteral("hearing"));
    QCOMPARE(p.disabilitySeverity, QStringLiteral("mild"));
    QCOMPARE(p.chronicIllness, QStringLiteral("آسم"));
    QCOMPARE(p.insurance, QStringLiteral("health"));
    QCOMPARE(p.mobile, QStringLiteral("09123456789"));
    QCOMPARE(p.landline, QStringLiteral("02155667788"));
    QCOMPARE(p.firstName, QStringLiteral("مریم"));
    QCOMPARE(p.nationalCode, QStringLiteral("0012345679"));

    for (const auto &[field, value] : answers)
        QVERIFY(!caseFieldValue(p, field).isEmpty());
    QCOMPARE(caseFieldValue(p, QStringLiteral("person.mobile")), QStringLiteral("09123456789"));
    QCOMPARE(caseFieldValue(p, QStringLiteral("person.first_name")), QString());
    // An empty answer clears the field.
    QVERIFY(pluslife::domain::applyToPerson(p, QStringLiteral("person.occupation"), QString()));
    QVERIFY(p.occupation.isEmpty());
    QVERIFY(!pluslife::domain::applyToPerson(p, QStringLiteral("household.housing"),
                                             QStringLiteral("owner")));
}

void TestCaseFields::refusedValueChangesNothing()
{
    Person p;
    p.mobile = QStringLiteral("09121111111");
    QString error;
    QVERIFY(!pluslife::domain::applyToPerson(p, QStringLiteral("person.mobile"),
                                             QStringLiteral("12"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(p.mobile, QStringLiteral("09121111111"));

    Household h;
    h.monthlyRent = 5;
    QVERIFY(!pluslife::domain::applyToHousehold(h, QStringLiteral("household.monthly_rent"),
                                                QStringLiteral("-1"), &error));
    QCOMPARE(h.monthlyRent, qint64(5));
    QVERIFY(error.contains(caseFieldDisplayName(QStringLiteral("household.monthly_rent"))));
}

QTEST_GUILESS_MAIN(TestCaseFields)
#include "tst_casefields.moc"
