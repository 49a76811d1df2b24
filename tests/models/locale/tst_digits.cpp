#include "locale/digits.h"

#include <QTest>

using namespace pluslife::locale;

class TestDigits : public QObject {
    Q_OBJECT
private slots:
    void normalize_data();
    void normalize();
    void normalizeNumber_data();
    void normalizeNumber();
    void digitsOnlyKeepsOrder();
    void isAllDigits();
    void localize();
};

void TestDigits::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("persian") << QStringLiteral("۰۱۲۳۴۵۶۷۸۹") << QStringLiteral("0123456789");
    QTest::newRow("arabic-indic") << QStringLiteral("٠١٢٣٤٥٦٧٨٩") << QStringLiteral("0123456789");
    QTest::newRow("latin") << QStringLiteral("0123456789") << QStringLiteral("0123456789");
    QTest::newRow("mixed with text")
        << QStringLiteral("پلاک ۱۲ واحد ٣ - 4") << QStringLiteral("پلاک 12 واحد 3 - 4");
    QTest::newRow("arabic separators") << QStringLiteral("۱٬۲۳۴٫۵") << QStringLiteral("1,234.5");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("letters untouched") << QStringLiteral("abc ی ک") << QStringLiteral("abc ی ک");
}

void TestDigits::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normalizeDigits(input), expected);
}

void TestDigits::normalizeNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("persian grouped") << QStringLiteral("۱٬۲۳۴٬۵۶۷") << QStringLiteral("1234567");
    QTest::newRow("decimal") << QStringLiteral("۱۲٫۵") << QStringLiteral("12.5");
    QTest::newRow("latin grouped") << QStringLiteral("1,234,567") << QStringLiteral("1234567");
    QTest::newRow("spaces") << QStringLiteral(" ۱ ۰۰۰ ") << QStringLiteral("1000");
    QTest::newRow("minus sign") << QStringLiteral("\u2212۵") << QStringLiteral("-5");
}

void TestDigits::normalizeNumber()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(pluslife::locale::normalizeNumber(input), expected);
}

void TestDigits::digitsOnlyKeepsOrder()
{
    QCOMPARE(digitsOnly(u"۰۹۱۲-۳۴۵ ۶۷۸۹"), QStringLiteral("09123456789"));
    QCOMPARE(digitsOnly(u"abc"), QString());
}

void TestDigits::isAllDigits()
{
    QVERIFY(pluslife::locale::isAllDigits(u"۰۱٢3"));
    QVERIFY(!pluslife::locale::isAllDigits(u"12 3"));
    QVERIFY(!pluslife::locale::isAllDigits(u""));
}

void TestDigits::localize()
{
    const QLocale fa(QLocale::Persian, QLocale::Iran);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(localizeDigits(QStringLiteral("1403/05/12"), fa), QStringLiteral("۱۴۰۳/۰۵/۱۲"));
    QCOMPARE(localizeDigits(QStringLiteral("1403/05/12"), en), QStringLiteral("1403/05/12"));
    // Decided by the locale's zero digit, not by a list of languages.
    const QLocale ar(QLocale::Arabic, QLocale::Egypt);
    QCOMPARE(localizeDigits(QStringLiteral("42"), ar),
             ar.zeroDigit() == QStringLiteral("0") ? QStringLiteral("42") : QStringLiteral("٤٢"));
    // Round trip.
    QCOMPARE(normalizeDigits(localizeDigits(QStringLiteral("0123456789"), fa)),
             QStringLiteral("0123456789"));
}

QTEST_APPLESS_MAIN(TestDigits)
#include "tst_digits.moc"
