#pragma once

#include <QDateTime>
#include <QString>

namespace pluslife::ui {

// A screening time as the lists show it: Jalali date and time, digits of the UI locale.
QString screeningWhenText(const QDateTime &utc);

} // namespace pluslife::ui
