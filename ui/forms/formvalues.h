#pragma once

#include "engine/formsession.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

// Answers between the engine's stored form (ASCII digits, ISO dates as ODK writes them) and what
// a person reads and types (the UI locale's digits, Jalali dates).
namespace pluslife::ui {

// "1234.5" -> "۱۲۳۴٫۵" in Persian (digits and, for decimals, the decimal separator of `locale`).
QString numberForDisplay(const QString &ascii, forms::DataType type, const QLocale &locale);

// ODK dates are yyyy-MM-dd (Gregorian); a dateTime's first ten characters are its date.
QDate dateFromValue(const QString &value);
QString dateToValue(const QDate &date); // "" for an invalid date
// Times are stored as the engine keeps them, HH:mm:ss.zzz ("14:30:00.000"); hours and minutes
// are read from any value starting with HH:mm (an ODK time with its UTC offset too).
QTime timeFromValue(const QString &value);
QString timeToValue(const QTime &time); // "" for an invalid time
// "2024-08-02T14:30:00.000+03:30" (local offset of that moment); "" without a valid date. A
// missing time is midnight.
QString dateTimeToValue(const QDate &date, const QTime &time);

// The stored answer of `item` as a person reads it: digits of the UI locale, Jalali dates, the
// labels of the chosen choices. Empty when unanswered.
QString formDisplayValue(const forms::FormItem &item, const QLocale &locale = QLocale());

} // namespace pluslife::ui
