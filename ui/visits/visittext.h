#pragma once

#include "domain/visit.h"

#include <QDate>
#include <QLocale>
#include <QSize>
#include <QString>

class QWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui::visits {

// "Today" as the visit rules see it (the session's clock, the day VisitService compares with).
QDate today(const services::Session &session);
// "۰۹:۳۰" with the locale's digits, or "any time" for a visit without a time.
QString visitTimeText(const QTime &time, const QLocale &locale);
// Translated "planned" / "done" / "cancelled".
QString visitStatusText(const QString &status);
// Starts a line in the reading direction of the interface (RLM under right-to-left, LRM
// otherwise), so that a line beginning with a number or a Latin word still reads from the
// right in the Persian interface.
QString inReadingDirection(const QString &line);
// One line for headings: time, file number and purpose.
QString visitLine(const domain::Visit &visit, const QLocale &locale);
// The same on separate lines (time; file number; purpose), for narrow day columns and lists.
QStringList visitLines(const domain::Visit &visit, const QLocale &locale);
// A list item's height for `lines` lines of the widget's font (the item delegate's own estimate
// drops the last line of multi-line text in a word-wrapping list).
QSize itemSizeForLines(const QWidget *list, qsizetype lines);
// The housing-condition keys of the structured note and their translated names.
QStringList housingConditionKeys();
QString housingConditionText(const QString &key);
// "yes" / "no" / "partly": does what was seen match the declared information.
QStringList agreementKeys();
QString agreementText(const QString &key);

} // namespace pluslife::ui::visits
