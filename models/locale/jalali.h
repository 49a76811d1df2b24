#pragma once

#include <QCalendar>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

// The Solar Hijri (Jalali) calendar for every date shown or typed, on top of Qt's own Jalali
// QCalendar (QDate stays the storage type: a day is a day whatever calendar names it).
namespace pluslife::locale {

struct JalaliYmd {
    int year = 0;
    int month = 0; // 1 = Farvardin … 12 = Esfand
    int day = 0;

    friend bool operator==(const JalaliYmd &, const JalaliYmd &) = default;
};

QCalendar jalaliCalendar();

// The Jalali parts of a date; nullopt for an invalid QDate.
std::optional<JalaliYmd> toJalali(QDate date);
// The day with those Jalali parts; an invalid QDate when they do not name a day
// (e.g. 1404/12/30: 1404 is not a leap year).
QDate fromJalali(const JalaliYmd &ymd);
QDate fromJalali(int year, int month, int day);

bool isJalaliLeapYear(int year);
int jalaliYear(QDate date); // 0 for an invalid date
int jalaliDaysInMonth(int year, int month);

// Saturday on or before the date (the Iranian week runs Saturday … Friday).
QDate startOfJalaliWeek(QDate date);

// "1403/05/12" with the locale's digits (Persian digits in fa). Empty for an invalid date.
QString formatJalaliDate(QDate date, const QLocale &locale);
// "1403/05/12" always in ASCII digits: for files, logs and the wire.
QString formatJalaliDateAscii(QDate date);
// Day name, day, month name and year from the locale with the Jalali calendar:
// fa: "جمعه ۱۲ مرداد ۱۴۰۳", en: "Friday 12 Mordad 1403". Empty for an invalid date.
QString formatJalaliLong(QDate date, const QLocale &locale);
// Month name and year: "مرداد ۱۴۰۳" / "Mordad 1403".
QString formatJalaliMonthYear(int year, int month, const QLocale &locale);

// Reads a Jalali date as people type it: year, month, day in that order; Persian, Arabic-Indic
// or Latin digits; separators '/', '-', '.', '٫' or spaces (runs allowed); month and day with
// or without a leading zero; also 8 digits written together (14030512). The year must have four
// digits (a two-digit year is ambiguous and refused). Direction marks and surrounding space are
// ignored. nullopt when the text is not a valid Jalali date.
std::optional<QDate> parseJalaliDate(QStringView text);

} // namespace pluslife::locale
