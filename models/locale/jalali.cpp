#include "jalali.h"

#include "digits.h"

#include <QStringList>

namespace pluslife::locale {

QCalendar jalaliCalendar()
{
    return QCalendar(QCalendar::System::Jalali);
}

std::optional<JalaliYmd> toJalali(QDate date)
{
    if (!date.isValid()) {
        return std::nullopt;
    }
    const QCalendar::YearMonthDay parts = jalaliCalendar().partsFromDate(date);
    if (!parts.isValid()) {
        return std::nullopt;
    }
    return JalaliYmd{parts.year, parts.month, parts.day};
}

QDate fromJalali(const JalaliYmd &ymd)
{
    return fromJalali(ymd.year, ymd.month, ymd.day);
}

QDate fromJalali(int year, int month, int day)
{
    const QCalendar cal = jalaliCalendar();
    if (year <= 0 || !cal.isDateValid(year, month, day)) {
        return {};
    }
    return cal.dateFromParts(year, month, day);
}

bool isJalaliLeapYear(int year)
{
    return jalaliCalendar().isLeapYear(year);
}

int jalaliYear(QDate date)
{
    const auto ymd = toJalali(date);
    return ymd ? ymd->year : 0;
}

int jalaliDaysInMonth(int year, int month)
{
    return jalaliCalendar().daysInMonth(month, year);
}

QDate startOfJalaliWeek(QDate date)
{
    if (!date.isValid()) {
        return {};
    }
    // Qt: Monday = 1 … Saturday = 6, Sunday = 7.
    const int sinceSaturday = (date.dayOfWeek() - Qt::Saturday + 7) % 7;
    return date.addDays(-sinceSaturday);
}

QString formatJalaliDateAscii(QDate date)
{
    const auto ymd = toJalali(date);
    if (!ymd) {
        return {};
    }
    return QStringLiteral("%1/%2/%3")
        .arg(ymd->year, 4, 10, QLatin1Char('0'))
        .arg(ymd->month, 2, 10, QLatin1Char('0'))
        .arg(ymd->day, 2, 10, QLatin1Char('0'));
}

QString formatJalaliDate(QDate date, const QLocale &locale)
{
    return localizeDigits(formatJalaliDateAscii(date), locale);
}

QString formatJalaliLong(QDate date, const QLocale &locale)
{
    if (!date.isValid()) {
        return {};
    }
    return locale.toString(date, QStringView(u"dddd d MMMM yyyy"), jalaliCalendar());
}

QString formatJalaliMonthYear(int year, int month, const QLocale &locale)
{
    const QCalendar cal = jalaliCalendar();
    const QString monthName = cal.standaloneMonthName(locale, month, year);
    if (monthName.isEmpty()) {
        return {};
    }
    return monthName + u' ' + localizeDigits(QString::number(year), locale);
}

namespace {

bool isDateSeparator(QChar c)
{
    return c == u'/' || c == u'-' || c == u'.' || c == u'\\' || c == u'\u2044' || c == u'\u2215' ||
           c.isSpace();
}

bool isIgnorable(QChar c)
{
    return c == u'\u200E' || c == u'\u200F' || c == u'\u061C' || c == u'\u200C' ||
           (c >= u'\u202A' && c <= u'\u202E') || (c >= u'\u2066' && c <= u'\u2069');
}

} // namespace

std::optional<QDate> parseJalaliDate(QStringView text)
{
    // normalizeDigits() also turns the Arabic decimal separator ٫ into '.'.
    const QString ascii = normalizeDigits(text);
    QStringList fields;
    QString current;
    for (const QChar c : ascii) {
        if (isIgnorable(c)) {
            continue;
        }
        if (c >= u'0' && c <= u'9') {
            current.append(c);
        } else if (isDateSeparator(c)) {
            if (!current.isEmpty()) {
                fields.append(current);
                current.clear();
            }
        } else {
            return std::nullopt;
        }
    }
    if (!current.isEmpty()) {
        fields.append(current);
    }
    if (fields.size() == 1 && fields.front().size() == 8) {
        const QString all = fields.front();
        fields = {all.left(4), all.mid(4, 2), all.mid(6, 2)};
    }
    if (fields.size() != 3 || fields[0].size() != 4 || fields[1].size() > 2 ||
        fields[2].size() > 2) {
        return std::nullopt;
    }
    const QDate date = fromJalali(fields[0].toInt(), fields[1].toInt(), fields[2].toInt());
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date;
}

} // namespace pluslife::locale
