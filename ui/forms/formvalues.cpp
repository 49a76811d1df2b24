#include "formvalues.h"

#include "locale/digits.h"
#include "locale/jalali.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

QString offsetText(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(QChar(offsetSeconds < 0 ? u'-' : u'+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString localTimeText(const QString &value, const QLocale &locale)
{
    const QTime time = timeFromValue(value);
    return time.isValid() ? locale::localizeDigits(time.toString(u"HH:mm"_s), locale) : QString();
}

} // namespace

QString numberForDisplay(const QString &ascii, forms::DataType type, const QLocale &locale)
{
    QString text = ascii;
    if (type == forms::DataType::Decimal && locale.decimalPoint() != u"."_s)
        text.replace(u'.', locale.decimalPoint());
    return locale::localizeDigits(text, locale);
}

QDate dateFromValue(const QString &value)
{
    return QDate::fromString(value.left(10), Qt::ISODate);
}

QString dateToValue(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QTime timeFromValue(const QString &value)
{
    return QTime::fromString(value.left(5), u"HH:mm"_s);
}

QString timeToValue(const QTime &time)
{
    return time.isValid() ? time.toString(u"HH:mm:ss.zzz"_s) : QString();
}

QString dateTimeToValue(const QDate &date, const QTime &time)
{
    if (!date.isValid())
        return {};
    const QDateTime when(date, time.isValid() ? time : QTime(0, 0));
    return when.toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + offsetText(when.offsetFromUtc());
}

QString formDisplayValue(const forms::FormItem &item, const QLocale &locale)
{
    const QString &value = item.value;
    if (value.isEmpty())
        return {};
    if (item.kind == forms::FormItem::Kind::Select1 || item.kind == forms::FormItem::Kind::Select) {
        const QStringList chosen = item.kind == forms::FormItem::Kind::Select
                                       ? value.split(u' ', Qt::SkipEmptyParts)
                                       : QStringList{value};
        QStringList labels;
        for (const QString &one : chosen) {
            QString label = one;
            for (const forms::FormChoiceItem &choice : item.choices) {
                if (choice.value == one) {
                    label = choice.label;
                    break;
                }
            }
            labels.append(label);
        }
        return locale.createSeparatedList(labels);
    }
    switch (item.type) {
    case forms::DataType::Int:
    case forms::DataType::Decimal:
        return numberForDisplay(value, item.type, locale);
    case forms::DataType::Date: {
        const QDate date = dateFromValue(value);
        return date.isValid() ? locale::formatJalaliDate(date, locale) : value;
    }
    case forms::DataType::Time: {
        const QString shown = localTimeText(value, locale);
        return shown.isEmpty() ? value : shown;
    }
    case forms::DataType::DateTime: {
        const QDate date = dateFromValue(value);
        if (!date.isValid())
            return value;
        const QString time = localTimeText(value.mid(11), locale);
        return time.isEmpty() ? locale::formatJalaliDate(date, locale)
                              : locale::formatJalaliDate(date, locale) + u' ' + time;
    }
    default:
        return value;
    }
}

} // namespace pluslife::ui
