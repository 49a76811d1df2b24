#include "locale/jalali.h"

#include <QTest>

using namespace pluslife::locale;

class TestJalali : public QObject {
    Q_OBJECT
private slots:
    void anchors_data();
    void anchors();
    void nowruzFollowsTheEquinox_data();
    void nowruzFollowsTheEquinox();
    void roundTripEveryDay();
    void leapYears();
    void format();
    void formatLong();
    void parse_data();
    void parse();
    void startOfWeekIsSaturday();
    void invalidDates();
};

void TestJalali::anchors_data()
{
    QTest::addColumn<QDate>("gregorian");
    QTest::addColumn<int>("y");
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("d");
    QTest::newRow("1403 Nowruz") << QDate(2024, 3, 20) << 1403 << 1 << 1;
    QTest::newRow("1404 Nowruz") << QDate(2025, 3, 21) << 1404 << 1 << 1;
    QTest::newRow("1405 Nowruz") << QDate(2026, 3, 21) << 1405 << 1 << 1;
    QTest::newRow("today") << QDate(2026, 11, 23) << 1405 << 9 << 2;
    QTest::newRow("1403 Esfand 30") << QDate(2025, 3, 20) << 1403 << 12 << 30;
    QTest::newRow("1404 last day") << QDate(2025, 3, 20).addDays(365) << 1404 << 12 << 29;
    QTest::newRow("12 Mordad 1403") << QDate(2024, 8, 2) << 1403 << 5 << 12;
    QTest::newRow("Mehr starts") << QDate(2026, 9, 23) << 1405 << 7 << 1;
}

void TestJalali::anchors()
{
    QFETCH(QDate, gregorian);
    QFETCH(int, y);
    QFETCH(int, m);
    QFETCH(int, d);
    const auto ymd = toJalali(gregorian);
    QVERIFY(ymd);
    QCOMPARE(*ymd, (JalaliYmd{y, m, d}));
    QCOMPARE(fromJalali(y, m, d), gregorian);
    QCOMPARE(fromJalali(JalaliYmd{y, m, d}), gregorian);
    QCOMPARE(jalaliYear(gregorian), y);
}

// 1 Farvardin is the day of the March equinox when it falls before noon Tehran time, else the
// next day. Equinox instants computed independently of Qt (astronomical ephemeris).
void TestJalali::nowruzFollowsTheEquinox_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("nowruz");
    const struct {
        int year;
        QDate nowruz;
    } table[] = {
        {1390, QDate(2011, 3, 21)}, {1391, QDate(2012, 3, 20)}, {1392, QDate(2013, 3, 21)},
        {1393, QDate(2014, 3, 21)}, {1394, QDate(2015, 3, 21)}, {1395, QDate(2016, 3, 20)},
        {1396, QDate(2017, 3, 21)}, {1397, QDate(2018, 3, 21)}, {1398, QDate(2019, 3, 21)},
        {1399, QDate(2020, 3, 20)}, {1400, QDate(2021, 3, 21)}, {1401, QDate(2022, 3, 21)},
        {1402, QDate(2023, 3, 21)}, {1403, QDate(2024, 3, 20)}, {1404, QDate(2025, 3, 21)},
        {1405, QDate(2026, 3, 21)}, {1406, QDate(2027, 3, 21)}, {1407, QDate(2028, 3, 20)},
        {1408, QDate(2029, 3, 20)}, {1409, QDate(2030, 3, 21)}, {1410, QDate(2031, 3, 21)},
        {1411, QDate(2032, 3, 20)},
    };
    for (const auto &row : table) {
        QTest::addRow("%d", row.year) << row.year << row.nowruz;
    }
}

void TestJalali::nowruzFollowsTheEquinox()
{
    QFETCH(int, year);
    QFETCH(QDate, nowruz);
    QCOMPARE(fromJalali(year, 1, 1), nowruz);
}

void TestJalali::roundTripEveryDay()
{
    const QDate first = fromJalali(1390, 1, 1);
    const QDate last = fromJalali(1410, 12, jalaliDaysInMonth(1410, 12));
    QVERIFY(first.isValid() && last.isValid());
    JalaliYmd previous = *toJalali(first.addDays(-1));
    QCOMPARE(previous, (JalaliYmd{1389, 12, 29}));
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        const auto ymd = toJalali(d);
        QVERIFY(ymd);
        QCOMPARE(fromJalali(*ymd), d);
        // Consecutive days advance by exactly one Jalali day.
        const bool nextDay = ymd->year == previous.year && ymd->month == previous.month &&
                             ymd->day == previous.day + 1;
        const bool nextMonth = ymd->year == previous.year && ymd->month == previous.month + 1 &&
                               ymd->day == 1 &&
                               previous.day == jalaliDaysInMonth(previous.year, previous.month);
        const bool nextYear = ymd->year == previous.year + 1 && ymd->month == 1 && ymd->day == 1 &&
                              previous.month == 12;
        QVERIFY2(nextDay || nextMonth || nextYear, qPrintable(d.toString(Qt::ISODate)));
        // Months 1–6 have 31 days, 7–11 have 30, Esfand 29 or 30.
        const int expectedLength = ymd->month <= 6    ? 31
                                   : ymd->month <= 11 ? 30
                                                      : 29 + int(isJalaliLeapYear(ymd->year));
        QCOMPARE(jalaliDaysInMonth(ymd->year, ymd->month), expectedLength);
        // Text round trip.
        QCOMPARE(parseJalaliDate(formatJalaliDateAscii(d)), std::optional<QDate>(d));
        previous = *ymd;
    }
}

void TestJalali::leapYears()
{
    QVERIFY(isJalaliLeapYear(1403));
    QVERIFY(!isJalaliLeapYear(1404));
    QVERIFY(!isJalaliLeapYear(1405));
    QVERIFY(!isJalaliLeapYear(1406));
    QVERIFY(!isJalaliLeapYear(1407));
    QVERIFY(isJalaliLeapYear(1408));
    QVERIFY(fromJalali(1403, 12, 30).isValid());
    QVERIFY(!fromJalali(1404, 12, 30).isValid());
    QVERIFY(parseJalaliDate(u"1403/12/30"));
    QVERIFY(!parseJalaliDate(u"1404/12/30"));
}

void TestJalali::format()
{
    const QLocale fa(QLocale::Persian, QLocale::Iran);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QDate d(2024, 8, 2);
    QCOMPARE(formatJalaliDate(d, fa), QStringLiteral("۱۴۰۳/۰۵/۱۲"));
    QCOMPARE(formatJalaliDate(d, en), QStringLiteral("1403/05/12"));
    QCOMPARE(formatJalaliDateAscii(QDate(2026, 3, 21)), QStringLiteral("1405/01/01"));
    QCOMPARE(formatJalaliDate(QDate(), fa), QString());
}

void TestJalali::formatLong()
{
    const QLocale fa(QLocale::Persian, QLocale::Iran);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    // 2024-08-03 is a Saturday, 13 Mordad 1403.
    QCOMPARE(formatJalaliLong(QDate(2024, 8, 3), fa), QStringLiteral("شنبه ۱۳ مرداد ۱۴۰۳"));
    QCOMPARE(formatJalaliLong(QDate(2024, 8, 3), en), QStringLiteral("Saturday 13 Mordad 1403"));
    QCOMPARE(formatJalaliLong(QDate(2026, 3, 21), fa), QStringLiteral("شنبه ۱ فروردین ۱۴۰۵"));
    QCOMPARE(formatJalaliMonthYear(1405, 9, fa), QStringLiteral("آذر ۱۴۰۵"));
    QCOMPARE(formatJalaliMonthYear(1405, 9, en), QStringLiteral("Azar 1405"));
}

void TestJalali::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // invalid: must be refused
    const QDate d(2024, 8, 2);           // 1403/05/12
    QTest::newRow("latin") << QStringLiteral("1403/05/12") << d;
    QTest::newRow("persian") << QStringLiteral("۱۴۰۳/۰۵/۱۲") << d;
    QTest::newRow("arabic-indic") << QStringLiteral("١٤٠٣/٠٥/١٢") << d;
    QTest::newRow("mixed digits") << QStringLiteral("۱۴03/٠5/1۲") << d;
    QTest::newRow("dashes") << QStringLiteral("1403-05-12") << d;
    QTest::newRow("dots") << QStringLiteral("1403.5.12") << d;
    QTest::newRow("arabic decimal separator") << QStringLiteral("۱۴۰۳٫۵٫۱۲") << d;
    QTest::newRow("spaces") << QStringLiteral("  1403 / 5 / 12 ") << d;
    QTest::newRow("no zero padding") << QStringLiteral("1403/5/12") << d;
    QTest::newRow("compact") << QStringLiteral("14030512") << d;
    QTest::newRow("direction marks") << QStringLiteral("\u200F1403/05/12\u200E") << d;
    QTest::newRow("leap esfand 30") << QStringLiteral("1403/12/30") << QDate(2025, 3, 20);
    QTest::newRow("non-leap esfand 30") << QStringLiteral("1404/12/30") << QDate();
    QTest::newRow("month 13") << QStringLiteral("1403/13/01") << QDate();
    QTest::newRow("day 0") << QStringLiteral("1403/01/00") << QDate();
    QTest::newRow("mehr 31") << QStringLiteral("1403/07/31") << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("03/05/12") << QDate();
    QTest::newRow("day first") << QStringLiteral("12/05/1403") << QDate();
    QTest::newRow("letters") << QStringLiteral("1403/مرداد/12") << QDate();
    QTest::newRow("two fields") << QStringLiteral("1403/05") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestJalali::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const auto parsed = parseJalaliDate(text);
    if (expected.isValid()) {
        QVERIFY(parsed);
        QCOMPARE(*parsed, expected);
    } else {
        QVERIFY2(!parsed, qPrintable(parsed ? parsed->toString(Qt::ISODate) : QString()));
    }
}

void TestJalali::startOfWeekIsSaturday()
{
    // 2026-11-23 is a Monday; its week began on Saturday 2026-11-21.
    QCOMPARE(startOfJalaliWeek(QDate(2026, 11, 23)), QDate(2026, 11, 21));
    QCOMPARE(startOfJalaliWeek(QDate(2026, 11, 21)), QDate(2026, 11, 21)); // Saturday
    QCOMPARE(startOfJalaliWeek(QDate(2026, 11, 27)), QDate(2026, 11, 21)); // Friday
    QCOMPARE(startOfJalaliWeek(QDate(2026, 11, 28)), QDate(2026, 11, 28)); // next Saturday
    for (QDate d(2026, 1, 1); d < QDate(2026, 3, 1); d = d.addDays(1)) {
        const QDate s = startOfJalaliWeek(d);
        QCOMPARE(s.dayOfWeek(), int(Qt::Saturday));
        QVERIFY(s <= d && s.daysTo(d) < 7);
    }
}

void TestJalali::invalidDates()
{
    QVERIFY(!toJalali(QDate()));
    QCOMPARE(jalaliYear(QDate()), 0);
    QVERIFY(!fromJalali(0, 1, 1).isValid());
    QVERIFY(!startOfJalaliWeek(QDate()).isValid());
}

QTEST_APPLESS_MAIN(TestJalali)
#include "tst_jalali.moc"
