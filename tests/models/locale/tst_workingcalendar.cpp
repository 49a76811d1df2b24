#include "locale/jalali.h"
#include "locale/workingcalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace pluslife::locale;

namespace {

QJsonObject week(const QString &thursday)
{
    return QJsonObject{{QStringLiteral("saturday"), QStringLiteral("working")},
                       {QStringLiteral("sunday"), QStringLiteral("working")},
                       {QStringLiteral("monday"), QStringLiteral("working")},
                       {QStringLiteral("tuesday"), QStringLiteral("working")},
                       {QStringLiteral("wednesday"), QStringLiteral("working")},
                       {QStringLiteral("thursday"), thursday},
                       {QStringLiteral("friday"), QStringLiteral("closed")}};
}

// A small valid file: national pattern (Thursday half day), province "23" closing Thursdays
// from 1405/07/01, two holidays, one closure.
QJsonObject sampleDocument()
{
    QJsonArray patterns{
        QJsonObject{{QStringLiteral("scope"), QStringLiteral("national")},
                    {QStringLiteral("effective_from"), QStringLiteral("1403/01/01")},
                    {QStringLiteral("days"), week(QStringLiteral("half_day"))}},
        QJsonObject{{QStringLiteral("scope"), QStringLiteral("23")},
                    {QStringLiteral("effective_from"), QStringLiteral("۱۴۰۵/۰۷/۰۱")},
                    {QStringLiteral("days"), week(QStringLiteral("closed"))}},
    };
    QJsonArray holidays{
        QJsonObject{
            {QStringLiteral("date"), QStringLiteral("1405/11/22")},
            {QStringLiteral("gregorian"), QStringLiteral("2027-02-11")},
            {QStringLiteral("name_fa"), QStringLiteral("پیروزی انقلاب اسلامی")},
            {QStringLiteral("name_en"), QStringLiteral("Victory of the Islamic Revolution")}},
        QJsonObject{{QStringLiteral("date"), QStringLiteral("1405/12/19")},
                    {QStringLiteral("name_fa"), QStringLiteral("عید سعید فطر")},
                    {QStringLiteral("name_en"), QStringLiteral("Eid al-Fitr")},
                    {QStringLiteral("lunar"), true},
                    {QStringLiteral("hijri"), QStringLiteral("1448-10-01")}},
    };
    QJsonArray closures{
        QJsonObject{{QStringLiteral("date"), QStringLiteral("1405/09/10")},
                    {QStringLiteral("scope"), QStringLiteral("23")},
                    {QStringLiteral("reason_fa"), QStringLiteral("آلودگی هوا")},
                    {QStringLiteral("reason_en"), QStringLiteral("Air pollution")}},
    };
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("pluslife-working-calendar")},
                       {QStringLiteral("schema_version"), 1},
                       {QStringLiteral("source"), QStringLiteral("test")},
                       {QStringLiteral("covered_years"),
                        QJsonObject{{QStringLiteral("from"), 1405}, {QStringLiteral("to"), 1405}}},
                       {QStringLiteral("weekly_patterns"), patterns},
                       {QStringLiteral("holidays"), holidays},
                       {QStringLiteral("closures"), closures}};
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

WorkingCalendar sample()
{
    QString error;
    auto cal = WorkingCalendar::fromJson(toBytes(sampleDocument()), &error);
    if (!cal) {
        qFatal("sample calendar refused: %s", qPrintable(error));
    }
    return *cal;
}

QDate j(int y, int m, int d)
{
    return fromJalali(y, m, d);
}

} // namespace

class TestWorkingCalendar : public QObject {
    Q_OBJECT
private slots:
    void shippedCoversTheCurrentAndNextYear();
    void shippedHolidays_data();
    void shippedHolidays();
    void shippedWeek();
    void holidayNames();
    void addWorkingDaysSkipsWeekendAndHoliday();
    void workingDaysBetweenMatchesAddWorkingDays();
    void provincePatternIsEffectiveDated();
    void closures();
    void managerClosureRoundTrips();
    void malformed_data();
    void malformed();
};

void TestWorkingCalendar::shippedCoversTheCurrentAndNextYear()
{
    const WorkingCalendar cal = WorkingCalendar::shipped();
    QCOMPARE(cal.coveredJalaliYears(), qMakePair(1405, 1406));
    QVERIFY(cal.coversDate(QDate(2026, 11, 23)));
    QVERIFY(!cal.coversDate(j(1407, 1, 1)));
    for (int year : {1405, 1406}) {
        const QList<Holiday> list = cal.holidaysInJalaliYear(year);
        QSet<QDate> days;
        int lunar = 0;
        for (const Holiday &h : list) {
            days.insert(h.date);
            lunar += h.lunar ? 1 : 0;
            QVERIFY(!h.nameFa.isEmpty() && !h.nameEn.isEmpty());
            QCOMPARE(jalaliYear(h.date), year);
        }
        // The Iranian list has 26–27 official holidays a year; some may coincide.
        QVERIFY2(days.size() >= 24 && days.size() <= 28, qPrintable(QString::number(days.size())));
        QVERIFY(lunar >= 15);
        QVERIFY(!cal.source().isEmpty());
        QVERIFY(!cal.notes().isEmpty());
    }
    // The shipped file survives its own writer.
    const auto again = WorkingCalendar::fromJson(cal.toJson());
    QVERIFY(again);
    QCOMPARE(again->holidays().size(), cal.holidays().size());
}

void TestWorkingCalendar::shippedHolidays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("lunar");
    for (int y : {1405, 1406}) {
        for (int d = 1; d <= 4; ++d) {
            QTest::addRow("%d Nowruz %d", y, d) << j(y, 1, d) << false;
        }
        QTest::addRow("%d 12 Farvardin", y) << j(y, 1, 12) << false;
        QTest::addRow("%d 13 Farvardin", y) << j(y, 1, 13) << false;
        QTest::addRow("%d 14 Khordad", y) << j(y, 3, 14) << false;
        QTest::addRow("%d 15 Khordad", y) << j(y, 3, 15) << false;
        QTest::addRow("%d 22 Bahman", y) << j(y, 11, 22) << false;
        QTest::addRow("%d 29 Esfand", y) << j(y, 12, 29) << false;
    }
    // Lunar ones whose month starts are clear-cut (see the file's notes for the margins).
    QTest::newRow("Arbaeen 1448") << j(1405, 5, 13) << true;
    QTest::newRow("Eid al-Fitr 1448") << j(1405, 12, 19) << true;
    QTest::newRow("Eid al-Adha 1448") << j(1406, 2, 27) << true;
}

void TestWorkingCalendar::shippedHolidays()
{
    QFETCH(QDate, date);
    QFETCH(bool, lunar);
    const WorkingCalendar cal = WorkingCalendar::shipped();
    QCOMPARE(cal.dayKind(date), DayKind::Holiday);
    QVERIFY(!cal.isWorkingDay(date));
    // Solar ones are listed as solar (a lunar one may fall on the same day), lunar as lunar.
    bool listed = false;
    for (const Holiday &h : cal.holidaysOn(date)) {
        listed = listed || h.lunar == lunar;
    }
    QVERIFY(listed);
}

void TestWorkingCalendar::shippedWeek()
{
    const WorkingCalendar cal = WorkingCalendar::shipped();
    // Week of 1405/08/30 (Saturday 2026-11-21) to 1405/09/06 (Friday 2026-11-27).
    QCOMPARE(QDate(2026, 11, 21).dayOfWeek(), int(Qt::Saturday));
    QCOMPARE(cal.dayKind(QDate(2026, 11, 21)), DayKind::Working);
    QCOMPARE(cal.dayKind(QDate(2026, 11, 23)), DayKind::Working);
    QCOMPARE(cal.dayKind(QDate(2026, 11, 26)), DayKind::HalfDay); // Thursday
    QVERIFY(cal.isWorkingDay(QDate(2026, 11, 26)));
    QCOMPARE(cal.dayKind(QDate(2026, 11, 27)), DayKind::Weekend); // Friday
    QVERIFY(!cal.isWorkingDay(QDate(2026, 11, 27)));
    // Every Friday of the covered years is closed.
    for (QDate d = j(1405, 1, 1); d < j(1407, 1, 1); d = d.addDays(1)) {
        if (d.dayOfWeek() == Qt::Friday) {
            QVERIFY2(!cal.isWorkingDay(d), qPrintable(formatJalaliDateAscii(d)));
        }
    }
}

void TestWorkingCalendar::holidayNames()
{
    const WorkingCalendar cal = WorkingCalendar::shipped();
    const QLocale fa(QLocale::Persian, QLocale::Iran);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QVERIFY(cal.holidayName(j(1405, 1, 3), fa).contains(QStringLiteral("نوروز")));
    QVERIFY(cal.holidayName(j(1405, 1, 3), en).contains(QStringLiteral("Nowruz")));
    QVERIFY(cal.holidayName(j(1405, 11, 22), en).contains(QStringLiteral("Revolution")));
    // Eid al-Fitr 1447 falls on Nowruz: both names.
    const QString both = cal.holidayName(j(1405, 1, 1), en);
    QVERIFY2(both.contains(QStringLiteral("Nowruz")) &&
                 both.contains(QStringLiteral("Eid al-Fitr")),
             qPrintable(both));
    QCOMPARE(cal.holidayName(QDate(2026, 11, 23), en), QString());
}

void TestWorkingCalendar::addWorkingDaysSkipsWeekendAndHoliday()
{
    const WorkingCalendar cal = sample();
    // Wednesday 1405/11/21; Thursday 1405/11/22 is a holiday, Friday the weekend.
    const QDate wednesday = j(1405, 11, 21);
    QCOMPARE(wednesday.dayOfWeek(), int(Qt::Wednesday));
    QCOMPARE(cal.dayKind(j(1405, 11, 22)), DayKind::Holiday);
    QCOMPARE(cal.addWorkingDays(wednesday, 1), j(1405, 11, 24)); // Saturday
    QCOMPARE(cal.addWorkingDays(wednesday, 2), j(1405, 11, 25));
    QCOMPARE(cal.addWorkingDays(j(1405, 11, 24), -1), wednesday);
    QCOMPARE(cal.addWorkingDays(wednesday, 0), wednesday);
    // Province 23 closes Thursdays, so a plain week has five working days there, six nationally.
    const QDate saturday = j(1405, 9, 14);
    QCOMPARE(saturday.dayOfWeek(), int(Qt::Saturday));
    QCOMPARE(cal.addWorkingDays(saturday, 6), j(1405, 9, 21));        // next Saturday
    QCOMPARE(cal.addWorkingDays(saturday, 5, u"23"), j(1405, 9, 21)); // Thu closed too
    // Same thing on the shipped file.
    const WorkingCalendar shipped = WorkingCalendar::shipped();
    QCOMPARE(shipped.addWorkingDays(wednesday, 1), j(1405, 11, 24));
    // Friday 1405/12/28 + 1 working day skips 29 Esfand and the four days of Nowruz.
    QCOMPARE(j(1405, 12, 28).dayOfWeek(), int(Qt::Friday));
    QCOMPARE(shipped.addWorkingDays(j(1405, 12, 28), 1), j(1406, 1, 5));
}

void TestWorkingCalendar::workingDaysBetweenMatchesAddWorkingDays()
{
    const WorkingCalendar cal = WorkingCalendar::shipped();
    const QDate start = j(1405, 12, 15);
    for (int n = -30; n <= 30; ++n) {
        const QDate d = cal.addWorkingDays(start, n);
        QVERIFY(d.isValid());
        QCOMPARE(cal.workingDaysBetween(start, d), n);
    }
    QCOMPARE(cal.workingDaysBetween(start, start), 0);
    // A Friday–Friday span holds one week's working days (Thursday half day counts).
    QCOMPARE(cal.workingDaysBetween(QDate(2026, 11, 20), QDate(2026, 11, 27)), 6);
}

void TestWorkingCalendar::provincePatternIsEffectiveDated()
{
    const WorkingCalendar cal = sample();
    const QDate thursdayBefore = j(1405, 6, 26); // before 1405/07/01
    const QDate thursdayAfter = j(1405, 7, 2);
    QCOMPARE(thursdayBefore.dayOfWeek(), int(Qt::Thursday));
    QCOMPARE(thursdayAfter.dayOfWeek(), int(Qt::Thursday));
    QCOMPARE(cal.dayKind(thursdayBefore, u"23"), DayKind::HalfDay);
    QCOMPARE(cal.dayKind(thursdayAfter, u"23"), DayKind::Weekend);
    QCOMPARE(cal.dayKind(thursdayAfter), DayKind::HalfDay);
    QCOMPARE(cal.dayKind(thursdayAfter, u"07"), DayKind::HalfDay); // no pattern of its own
    // Before every pattern: the earliest national one.
    QCOMPARE(cal.dayKind(QDate(2000, 1, 7)), DayKind::Weekend); // a Friday
}

void TestWorkingCalendar::closures()
{
    const WorkingCalendar cal = sample();
    const QDate day = j(1405, 9, 10);
    QCOMPARE(cal.dayKind(day, u"23"), DayKind::Closure);
    QCOMPARE(cal.dayKind(day),
             day.dayOfWeek() == Qt::Thursday ? DayKind::HalfDay : DayKind::Working);
    QCOMPARE(cal.holidayName(day, QLocale(QLocale::Persian, QLocale::Iran), u"23"),
             QStringLiteral("آلودگی هوا"));
    QCOMPARE(cal.holidayName(day, QLocale(QLocale::English), u"23"),
             QStringLiteral("Air pollution"));
}

void TestWorkingCalendar::managerClosureRoundTrips()
{
    WorkingCalendar cal = sample();
    const QDate saturday = j(1405, 9, 14);
    QVERIFY(cal.isWorkingDay(saturday));
    cal.addClosure(saturday, QString(), QStringLiteral("قطعی برق"), QStringLiteral("Power cut"));
    QCOMPARE(cal.dayKind(saturday), DayKind::Closure); // "local": this center, any province
    QCOMPARE(cal.dayKind(saturday, u"23"), DayKind::Closure);

    const auto reread = WorkingCalendar::fromJson(cal.toJson());
    QVERIFY(reread);
    QCOMPARE(reread->dayKind(saturday), DayKind::Closure);
    QCOMPARE(reread->closures().size(), 2);
    QCOMPARE(reread->dayKind(j(1405, 7, 2), u"23"), DayKind::Weekend);

    QVERIFY(cal.removeClosure(saturday, LocalScope));
    QVERIFY(cal.isWorkingDay(saturday));
    QVERIFY(!cal.removeClosure(saturday, LocalScope));
}

void TestWorkingCalendar::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions"); // part of the error message

    QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("/");

    auto mutate = [](auto change) {
        QJsonObject o = sampleDocument();
        change(o);
        return toBytes(o);
    };
    QTest::newRow("wrong format") << mutate([](QJsonObject &o) {
        o.insert(QStringLiteral("format"), QStringLiteral("something-else"));
    }) << QStringLiteral("format");
    QTest::newRow("future schema")
        << mutate([](QJsonObject &o) { o.insert(QStringLiteral("schema_version"), 99); })
        << QStringLiteral("schema_version");
    QTest::newRow("no covered years")
        << mutate([](QJsonObject &o) { o.remove(QStringLiteral("covered_years")); })
        << QStringLiteral("covered_years");
    QTest::newRow("no patterns") << mutate([](QJsonObject &o) {
        o.insert(QStringLiteral("weekly_patterns"), QJsonArray());
    }) << QStringLiteral("weekly_patterns");
    QTest::newRow("bad day kind") << mutate([](QJsonObject &o) {
        QJsonArray p = o.value(QStringLiteral("weekly_patterns")).toArray();
        QJsonObject first = p.at(0).toObject();
        QJsonObject days = first.value(QStringLiteral("days")).toObject();
        days.insert(QStringLiteral("friday"), QStringLiteral("weekend"));
        first.insert(QStringLiteral("days"), days);
        p.replace(0, first);
        o.insert(QStringLiteral("weekly_patterns"), p);
    }) << QStringLiteral("weekly_patterns[0]");
    QTest::newRow("no national pattern") << mutate([](QJsonObject &o) {
        QJsonArray p = o.value(QStringLiteral("weekly_patterns")).toArray();
        p.removeAt(0);
        o.insert(QStringLiteral("weekly_patterns"), p);
    }) << QStringLiteral("national");
    QTest::newRow("invalid holiday date") << mutate([](QJsonObject &o) {
        QJsonArray h = o.value(QStringLiteral("holidays")).toArray();
        QJsonObject first = h.at(0).toObject();
        first.insert(QStringLiteral("date"), QStringLiteral("1404/12/30"));
        first.remove(QStringLiteral("gregorian"));
        h.replace(0, first);
        o.insert(QStringLiteral("holidays"), h);
    }) << QStringLiteral("holidays[0]");
    QTest::newRow("holiday outside years") << mutate([](QJsonObject &o) {
        QJsonArray h = o.value(QStringLiteral("holidays")).toArray();
        QJsonObject second = h.at(1).toObject();
        second.insert(QStringLiteral("date"), QStringLiteral("1450/01/01"));
        h.replace(1, second);
        o.insert(QStringLiteral("holidays"), h);
    }) << QStringLiteral("holidays[1]");
    QTest::newRow("gregorian mismatch") << mutate([](QJsonObject &o) {
        QJsonArray h = o.value(QStringLiteral("holidays")).toArray();
        QJsonObject first = h.at(0).toObject();
        first.insert(QStringLiteral("gregorian"), QStringLiteral("2027-02-12"));
        h.replace(0, first);
        o.insert(QStringLiteral("holidays"), h);
    }) << QStringLiteral("gregorian");
    QTest::newRow("missing name") << mutate([](QJsonObject &o) {
        QJsonArray h = o.value(QStringLiteral("holidays")).toArray();
        QJsonObject first = h.at(0).toObject();
        first.remove(QStringLiteral("name_en"));
        h.replace(0, first);
        o.insert(QStringLiteral("holidays"), h);
    }) << QStringLiteral("name_en");
    QTest::newRow("closure without reason") << mutate([](QJsonObject &o) {
        o.insert(QStringLiteral("closures"),
                 QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("1405/01/20")},
                                        {QStringLiteral("scope"), QStringLiteral("national")}}});
    }) << QStringLiteral("closures[0]");
}

void TestWorkingCalendar::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    const auto cal = WorkingCalendar::fromJson(json, &error);
    QVERIFY(!cal);
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(!WorkingCalendar::fromJson(json)); // no error pointer: still refused
}

QTEST_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
