#include "locale/validators.h"

#include <QTest>

using namespace pluslife::locale;
using Problem = ValidationResult::Problem;

Q_DECLARE_METATYPE(pluslife::locale::ValidationResult::Problem)

class TestValidators : public QObject {
    Q_OBJECT
private slots:
    void nationalCode_data();
    void nationalCode();
    void nationalCodeRejectsEveryRepeatedDigit();
    void nationalCodeErrorsAreMessages();
    void postalCode_data();
    void postalCode();
    void mobile_data();
    void mobile();
    void mobileDisplay();
};

void TestValidators::nationalCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized"); // empty when invalid
    QTest::addColumn<Problem>("problem");
    QTest::newRow("domain valid 1")
        << QStringLiteral("0076229645") << QStringLiteral("0076229645") << Problem::None;
    QTest::newRow("domain valid 2")
        << QStringLiteral("1583250689") << QStringLiteral("1583250689") << Problem::None;
    QTest::newRow("domain invalid")
        << QStringLiteral("1234567890") << QString() << Problem::BadChecksum;
    QTest::newRow("persian digits")
        << QStringLiteral("۰۰۷۶۲۲۹۶۴۵") << QStringLiteral("0076229645") << Problem::None;
    QTest::newRow("arabic-indic digits")
        << QStringLiteral("١٥٨٣٢٥٠٦٨٩") << QStringLiteral("1583250689") << Problem::None;
    QTest::newRow("dashes and spaces")
        << QStringLiteral(" 007-622964-5 ") << QStringLiteral("0076229645") << Problem::None;
    QTest::newRow("8 digits padded")
        << QStringLiteral("76229645") << QStringLiteral("0076229645") << Problem::None;
    QTest::newRow("9 digits padded")
        << QStringLiteral("123456789") << QStringLiteral("0123456789") << Problem::None;
    QTest::newRow("7 digits") << QStringLiteral("6229645") << QString() << Problem::TooShort;
    QTest::newRow("11 digits") << QStringLiteral("00762296450") << QString() << Problem::TooLong;
    QTest::newRow("letters") << QStringLiteral("00762a9645") << QString() << Problem::BadCharacters;
    QTest::newRow("empty") << QString() << QString() << Problem::Empty;
    QTest::newRow("ten ones") << QStringLiteral("1111111111") << QString()
                              << Problem::RepeatedDigit;
    QTest::newRow("ten zeros") << QStringLiteral("0000000000") << QString()
                               << Problem::RepeatedDigit;
    QTest::newRow("check digit off by one")
        << QStringLiteral("0076229646") << QString() << Problem::BadChecksum;
}

void TestValidators::nationalCode()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(Problem, problem);
    const ValidationResult r = validateNationalCode(input);
    QCOMPARE(r.problem, problem);
    QCOMPARE(r.ok, !normalized.isEmpty());
    QCOMPARE(bool(r), r.ok);
    QCOMPARE(r.normalized, normalized);
    QCOMPARE(isValidNationalCode(input), r.ok);
    QCOMPARE(normalizeNationalCode(input).value_or(QString()), normalized);
}

void TestValidators::nationalCodeRejectsEveryRepeatedDigit()
{
    for (char16_t d = u'0'; d <= u'9'; ++d) {
        const QString code(10, QChar(d));
        QVERIFY2(!isValidNationalCode(code), qPrintable(code));
    }
}

void TestValidators::nationalCodeErrorsAreMessages()
{
    QVERIFY(validateNationalCode(u"1234567890").error.size() > 5);
    QVERIFY(validateNationalCode(u"0076229645").error.isEmpty());
}

void TestValidators::postalCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<Problem>("problem");
    QTest::newRow("plain") << QStringLiteral("1357913579") << QStringLiteral("1357913579")
                           << Problem::None;
    QTest::newRow("NNNNN-NNNNN") << QStringLiteral("13579-13579") << QStringLiteral("1357913579")
                                 << Problem::None;
    QTest::newRow("persian with dash")
        << QStringLiteral("۱۳۵۷۹-۱۳۵۷۹") << QStringLiteral("1357913579") << Problem::None;
    QTest::newRow("9 digits") << QStringLiteral("135791357") << QString() << Problem::TooShort;
    QTest::newRow("11 digits") << QStringLiteral("13579135791") << QString() << Problem::TooLong;
    QTest::newRow("repeated") << QStringLiteral("11111-11111") << QString()
                              << Problem::RepeatedDigit;
    QTest::newRow("letter") << QStringLiteral("13579-1357x") << QString() << Problem::BadCharacters;
    QTest::newRow("empty") << QStringLiteral("  ") << QString() << Problem::Empty;
}

void TestValidators::postalCode()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(Problem, problem);
    const ValidationResult r = validatePostalCode(input);
    QCOMPARE(r.problem, problem);
    QCOMPARE(r.normalized, normalized);
    QCOMPARE(normalizePostalCode(input).value_or(QString()), normalized);
    QCOMPARE(r.error.isEmpty(), r.ok);
}

void TestValidators::mobile_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<Problem>("problem");
    const QString n = QStringLiteral("09123456789");
    QTest::newRow("09") << QStringLiteral("09123456789") << n << Problem::None;
    QTest::newRow("grouped") << QStringLiteral("0912 345 6789") << n << Problem::None;
    QTest::newRow("dashes") << QStringLiteral("0912-345-6789") << n << Problem::None;
    QTest::newRow("persian") << QStringLiteral("۰۹۱۲۳۴۵۶۷۸۹") << n << Problem::None;
    QTest::newRow("arabic-indic") << QStringLiteral("٠٩١٢٣٤٥٦٧٨٩") << n << Problem::None;
    QTest::newRow("+989") << QStringLiteral("+989123456789") << n << Problem::None;
    QTest::newRow("+98 spaced") << QStringLiteral("+98 912 345 6789") << n << Problem::None;
    QTest::newRow("+98 with trunk zero")
        << QStringLiteral("+98 0912 345 6789") << n << Problem::None;
    QTest::newRow("00989") << QStringLiteral("00989123456789") << n << Problem::None;
    QTest::newRow("989") << QStringLiteral("989123456789") << n << Problem::None;
    QTest::newRow("9 without zero") << QStringLiteral("9123456789") << n << Problem::None;
    QTest::newRow("persian +98") << QStringLiteral("+۹۸۹۱۲۳۴۵۶۷۸۹") << n << Problem::None;
    QTest::newRow("parentheses") << QStringLiteral("(0912) 345-6789") << n << Problem::None;
    QTest::newRow("landline") << QStringLiteral("02112345678") << QString() << Problem::BadPrefix;
    QTest::newRow("other country")
        << QStringLiteral("+4412345678") << QString() << Problem::BadPrefix;
    QTest::newRow("too short") << QStringLiteral("0912345678") << QString() << Problem::TooShort;
    QTest::newRow("too long") << QStringLiteral("091234567890") << QString() << Problem::TooLong;
    QTest::newRow("typing 98 prefix")
        << QStringLiteral("98912345678") << QString() << Problem::TooShort;
    QTest::newRow("typing +98") << QStringLiteral("+98") << QString() << Problem::TooShort;
    QTest::newRow("plus inside") << QStringLiteral("0912+3456789") << QString()
                                 << Problem::BadCharacters;
    QTest::newRow("letters") << QStringLiteral("0912abc6789") << QString()
                             << Problem::BadCharacters;
    QTest::newRow("empty") << QString() << QString() << Problem::Empty;
}

void TestValidators::mobile()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(Problem, problem);
    const ValidationResult r = validateMobile(input);
    QCOMPARE(r.problem, problem);
    QCOMPARE(r.normalized, normalized);
    QCOMPARE(normalizeMobile(input).value_or(QString()), normalized);
    QCOMPARE(r.error.isEmpty(), r.ok);
}

void TestValidators::mobileDisplay()
{
    QCOMPARE(formatMobileForDisplay(QStringLiteral("09123456789")),
             QStringLiteral("0912 345 6789"));
    QCOMPARE(formatMobileForDisplay(QStringLiteral("12345")), QStringLiteral("12345"));
}

QTEST_APPLESS_MAIN(TestValidators)
#include "tst_validators.moc"
