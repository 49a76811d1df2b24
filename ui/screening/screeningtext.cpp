#include "screeningtext.h"

#include "locale/digits.h"
#include "locale/jalali.h"

#include <QLocale>

namespace pluslife::ui {

QString screeningWhenText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    return locale::formatJalaliDate(local.date(), locale) + QLatin1Char(' ') +
           locale::localizeDigits(local.time().toString(QStringLiteral("HH:mm")), locale);
}

} // namespace pluslife::ui
