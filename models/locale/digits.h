#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

// Digit handling for a Persian-first UI: input may arrive in Persian (۰–۹), Arabic-Indic
// (٠–٩) or Latin digits, is stored as ASCII, and is shown with the digits of the UI locale.
namespace pluslife::locale {

// Every decimal digit (Unicode category Nd: Persian, Arabic-Indic, Latin, ...) becomes its
// ASCII digit. The Arabic decimal separator ٫ (U+066B) becomes '.', the Arabic thousands
// separator ٬ (U+066C) becomes ','. Nothing else changes.
QString normalizeDigits(QStringView text);

// For numbers typed by a person: normalizeDigits(), then grouping separators (',' '٬', and
// spaces, thin/no-break spaces) are removed, the Persian/Arabic minus forms become '-', and the
// result is trimmed: "۱٬۲۳۴٫۵" -> "1234.5". The result is not checked to be a number.
QString normalizeNumber(QStringView text);

// Only the ASCII digits of normalizeDigits(text), in order: "۰۹۱۲-۳۴۵ ۶۷۸۹" -> "09123456789".
QString digitsOnly(QStringView text);

// True when every character of text is a decimal digit of any script (and text is not empty).
bool isAllDigits(QStringView text);

// ASCII digits 0–9 in text become the digits of the locale (QLocale::zeroDigit()): Persian
// digits for fa_IR, unchanged for a locale whose zero digit is '0'. Other characters stay.
QString localizeDigits(const QString &ascii, const QLocale &locale);

} // namespace pluslife::locale
