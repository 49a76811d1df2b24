#include "displaytext.h"

#include "locale/digits.h"

namespace pluslife::ui {
namespace {

QString isolated(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x2066) + text + QChar(0x2069);
}

} // namespace

QString fileNumberText(const QString &fileNumber, const QLocale &locale)
{
    QStringList parts = fileNumber.split(QLatin1Char('-'));
    for (QString &part : parts) {
        if (locale::isAllDigits(part))
            part = locale::localizeDigits(part, locale);
    }
    return isolated(parts.join(QLatin1Char('-')));
}

QString numberText(const QString &ascii, const QLocale &locale)
{
    return isolated(locale::localizeDigits(ascii, locale));
}

} // namespace pluslife::ui
