#pragma once

#include <QLocale>
#include <QString>

namespace pluslife::ui {

// Numbers shown inside right-to-left text keep their own left-to-right order: these return the
// text wrapped in a left-to-right isolate (U+2066 … U+2069), with the locale's digits.

// A file number ("1001-6TJ-000012"): the all-digit parts get the locale's digits, the
// letter-and-digit tag of the device stays as stored.
QString fileNumberText(const QString &fileNumber, const QLocale &locale);
// A number with spaces or dashes (a mobile "0912 345 6789", a postal code), the locale's digits.
QString numberText(const QString &ascii, const QLocale &locale);

} // namespace pluslife::ui
