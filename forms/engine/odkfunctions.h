#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <libxml/xpath.h>

#include <optional>

namespace pluslife::forms {

// Registers the ODK XForms function library (and our overrides of round, position and concat,
// whose ODK forms take more arguments than XPath 1.0's) on an XPath context whose userData is
// the Evaluator.
void registerOdkFunctions(xmlXPathContextPtr context);

// Dates and times as ODK writes them in an instance.
QString isoDate(const QDate &date);
QString isoDateTime(const QDateTime &dateTime); // yyyy-MM-ddTHH:mm:ss.zzz+hh:mm
std::optional<QDateTime> parseDateOrDateTime(const QString &text);
// Days since 1970-01-01 (fractional for a date-time), NaN when text is neither.
double daysSinceEpoch(const QString &text);

} // namespace pluslife::forms
