#include "locale/workingcalendar.h"
#include "widgets/jalalidateedit.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTest>
#include <QTextCharFormat>

using pluslife::ui::JalaliCalendarWidget;
using pluslife::ui::JalaliDateEdit;

namespace {

const QLocale Persian(QLocale::Persian, QLocale::Iran);
const QLocale English(QLocale::English, QLocale::UnitedStates);

// Sends the characters as key presses with their text, as a keyboard layout would (QTest's
// keyClicks only knows ASCII).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        const int key = c.isDigit() && c.unicode() < 128 ? Qt::Key_0 + (c.unicode() - u'0')
                                                         : int(Qt::Key_unknown);
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

QLineEdit *lineEditOf(JalaliDateEdit &edit)
{
    return edit.findChild<QLineEdit *>();
}

// Replaces the whole text as a paste would, through the line edit's validation.
void pasteText(JalaliDateEdit &edit, const QString &text)
{
    QLineEdit *line = lineEditOf(edit);
    line->selectAll();
    line->insert(text);
    QTest::keyClick(&edit, Qt::Key_Enter); // interprets the text, like leaving the field
}

} // namespace

class TestJalaliDateEdit : public QObject {
    Q_OBJECT
private slots:
    void persianRtlShowsPersianDigitsYearFirst();
    void englishShowsLatinDigits();
    void directionChangesKeepYearFirst();
    void typingLatinDigitsInPersianWidget();
    void typingPersianDigitsInEnglishWidget();
    void typingWithSeparators_data();
    void typingWithSeparators();
    void pastingAnyShape_data();
    void pastingAnyShape();
    void invalidDateIsRefused();
    void popupWeekStartsSaturdayAndOnlyFridayIsWeekend();
    void popupMarksHolidaysFromTheWorkingCalendar();
};

void TestJalaliDateEdit::persianRtlShowsPersianDigitsYearFirst()
{
    JalaliDateEdit edit;
    edit.setLocale(Persian);
    edit.setLayoutDirection(Qt::RightToLeft);
    edit.setDate(QDate(2024, 8, 2));
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QCOMPARE(edit.text(), QStringLiteral("۱۴۰۳/۰۵/۱۲"));
    QVERIFY(edit.text().startsWith(QStringLiteral("۱۴۰۳"))); // logical order: year first
    QCOMPARE(edit.calendar().name(), QStringLiteral("Jalali"));
    QVERIFY(edit.calendarPopup());
    QVERIFY(edit.jalaliCalendarWidget() != nullptr);
    QCOMPARE(edit.jalaliCalendarWidget()->locale(), Persian);
}

void TestJalaliDateEdit::englishShowsLatinDigits()
{
    JalaliDateEdit edit(QDate(2026, 11, 23));
    edit.setLocale(English);
    QCOMPARE(edit.text(), QStringLiteral("1405/09/02"));
    QCOMPARE(edit.jalaliCalendarWidget()->locale(), English); // follows the widget's locale
}

void TestJalaliDateEdit::directionChangesKeepYearFirst()
{
    JalaliDateEdit edit(QDate(2024, 8, 2));
    edit.setLocale(English);
    QCOMPARE(edit.displayFormat(), QStringLiteral("yyyy/MM/dd"));
    QCOMPARE(edit.text(), QStringLiteral("1403/05/12"));
    edit.setLayoutDirection(Qt::RightToLeft);
    QCOMPARE(edit.text(), QStringLiteral("1403/05/12"));
    QCOMPARE(edit.date(), QDate(2024, 8, 2));
    edit.setLayoutDirection(Qt::LeftToRight);
    QCOMPARE(edit.text(), QStringLiteral("1403/05/12"));
    // The application-wide direction (a Persian UI sets it once at start-up).
    JalaliDateEdit follower(QDate(2024, 8, 2));
    follower.setLocale(English);
    QApplication::setLayoutDirection(Qt::RightToLeft);
    QCoreApplication::processEvents();
    QVERIFY(follower.isRightToLeft());
    QCOMPARE(follower.text(), QStringLiteral("1403/05/12"));
    JalaliDateEdit created(QDate(2024, 8, 2)); // created under RTL
    created.setLocale(English);
    QCOMPARE(created.text(), QStringLiteral("1403/05/12"));
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QCoreApplication::processEvents();
    QCOMPARE(follower.text(), QStringLiteral("1403/05/12"));
    QCOMPARE(created.text(), QStringLiteral("1403/05/12"));
}

void TestJalaliDateEdit::typingLatinDigitsInPersianWidget()
{
    JalaliDateEdit edit(QDate(2024, 3, 20));
    edit.setLocale(Persian);
    edit.setLayoutDirection(Qt::RightToLeft);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    edit.setSelectedSection(QDateTimeEdit::YearSection);
    typeText(&edit, QStringLiteral("14030512")); // sections advance by themselves
    QCOMPARE(edit.date(), QDate(2024, 8, 2));
    QCOMPARE(edit.text(), QStringLiteral("۱۴۰۳/۰۵/۱۲"));

    pasteText(edit, QStringLiteral("1404/01/01"));
    QCOMPARE(edit.date(), QDate(2025, 3, 21));
    QCOMPARE(edit.text(), QStringLiteral("۱۴۰۴/۰۱/۰۱"));
}

void TestJalaliDateEdit::typingPersianDigitsInEnglishWidget()
{
    JalaliDateEdit edit(QDate(2024, 3, 20));
    edit.setLocale(English);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    edit.setSelectedSection(QDateTimeEdit::YearSection);
    typeText(&edit, QStringLiteral("۱۴۰۳۰۵۱۲"));
    QCOMPARE(edit.date(), QDate(2024, 8, 2));
    QCOMPARE(edit.text(), QStringLiteral("1403/05/12"));

    edit.setSelectedSection(QDateTimeEdit::DaySection);
    typeText(&edit, QStringLiteral("٢٠")); // Arabic-Indic digits
    QCOMPARE(edit.date(), QDate(2024, 8, 10));
}

void TestJalaliDateEdit::typingWithSeparators_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addRow("fa slashes") << Persian << QStringLiteral("۱۳۶۴/۰۱/۱۳");
    QTest::addRow("fa latin slashes") << Persian << QStringLiteral("1364/01/13");
    QTest::addRow("en slashes") << English << QStringLiteral("1364/01/13");
    QTest::addRow("en dashes") << English << QStringLiteral("1364-01-13");
}

void TestJalaliDateEdit::typingWithSeparators()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    JalaliDateEdit edit(QDate(2026, 11, 23));
    edit.setLocale(locale);
    if (locale.textDirection() == Qt::RightToLeft)
        edit.setLayoutDirection(Qt::RightToLeft);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    edit.setSelectedSection(QDateTimeEdit::YearSection);
    typeText(&edit, typed);
    QCOMPARE(edit.date(), QDate(1985, 4, 2)); // 1364/01/13
}

void TestJalaliDateEdit::pastingAnyShape_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    const QList<QPair<const char *, QLocale>> locales = {{"fa", Persian}, {"en", English}};
    for (const auto &[name, loc] : locales) {
        QTest::addRow("%s latin", name) << loc << QStringLiteral("1403/05/12");
        QTest::addRow("%s persian", name) << loc << QStringLiteral("۱۴۰۳/۰۵/۱۲");
        QTest::addRow("%s arabic-indic dashes", name) << loc << QStringLiteral("١٤٠٣-٥-١٢");
        QTest::addRow("%s compact", name) << loc << QStringLiteral("14030512");
        QTest::addRow("%s mixed spaced", name) << loc << QStringLiteral("۱۴۰۳ 5 12");
    }
}

void TestJalaliDateEdit::pastingAnyShape()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    JalaliDateEdit edit(QDate(2026, 11, 23));
    edit.setLocale(locale);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    pasteText(edit, text);
    QCOMPARE(edit.date(), QDate(2024, 8, 2));
}

void TestJalaliDateEdit::invalidDateIsRefused()
{
    JalaliDateEdit edit(QDate(2026, 11, 23));
    edit.setLocale(English);
    QString input = QStringLiteral("1404/12/30"); // 1404 is not a leap year
    int pos = 0;
    // Never accepted as typed (Qt's parser may clamp the day to the month's last one).
    const QValidator::State state = edit.validate(input, pos);
    QVERIFY2(state != QValidator::Acceptable || input != QStringLiteral("1404/12/30"),
             qPrintable(input));
    input = QStringLiteral("1404/13/01");
    pos = 0;
    QVERIFY(edit.validate(input, pos) != QValidator::Acceptable);
    input = QStringLiteral("۱۴۰۳/۱۲/۳۰");
    pos = 0;
    QCOMPARE(edit.validate(input, pos), QValidator::Acceptable);
    QCOMPARE(input, QStringLiteral("1403/12/30")); // digits of the widget's locale
}

void TestJalaliDateEdit::popupWeekStartsSaturdayAndOnlyFridayIsWeekend()
{
    JalaliDateEdit edit;
    edit.setLocale(Persian);
    JalaliCalendarWidget *popup = edit.jalaliCalendarWidget();
    QVERIFY(popup);
    QCOMPARE(popup->calendar().name(), QStringLiteral("Jalali"));
    QCOMPARE(popup->firstDayOfWeek(), Qt::Saturday);
    const QColor red = JalaliCalendarWidget::closedDayFormat().foreground().color();
    QCOMPARE(popup->weekdayTextFormat(Qt::Friday).foreground().color(), red);
    for (Qt::DayOfWeek day :
         {Qt::Saturday, Qt::Sunday, Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday}) {
        QVERIFY2(popup->weekdayTextFormat(day).foreground().color() != red,
                 qPrintable(QString::number(day)));
    }
    // The shown page is a Jalali month.
    popup->setSelectedDate(QDate(2026, 11, 23));
    QCOMPARE(popup->yearShown(), 1405);
    QCOMPARE(popup->monthShown(), 9);
}

void TestJalaliDateEdit::popupMarksHolidaysFromTheWorkingCalendar()
{
    const auto calendar = pluslife::locale::WorkingCalendar::shipped();
    JalaliCalendarWidget popup;
    popup.setWorkingCalendar(&calendar);
    popup.setSelectedDate(QDate(2027, 2, 11)); // 22 Bahman 1405
    const QColor red = JalaliCalendarWidget::closedDayFormat().foreground().color();
    QCOMPARE(popup.dateTextFormat(QDate(2027, 2, 11)).foreground().color(), red);
    QVERIFY(popup.dateTextFormat(QDate(2027, 2, 13)).foreground().color() != red);
    // Weekend from the weekly pattern: still Friday only.
    QCOMPARE(popup.weekdayTextFormat(Qt::Friday).foreground().color(), red);
    QVERIFY(popup.weekdayTextFormat(Qt::Saturday).foreground().color() != red);
    popup.setWorkingCalendar(nullptr);
    QVERIFY(popup.dateTextFormat(QDate(2027, 2, 11)).foreground().color() != red);
}

QTEST_MAIN(TestJalaliDateEdit)
#include "tst_jalalidateedit.moc"
