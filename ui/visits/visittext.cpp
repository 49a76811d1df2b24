#include "visittext.h"

#include "caseload/displaytext.h"
#include "locale/digits.h"
#include "services/session.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace pluslife::ui::visits {
QDate today(const services::Session &session)
{
    return session.clock().nowUtc().date();
}

QString visitTimeText(const QTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return QCoreApplication::translate("VisitText", "any time");
    return QChar(0x2066) + locale::localizeDigits(time.toString(u"HH:mm"_s), locale) +
           QChar(0x2069);
}

QString visitStatusText(const QString &status)
{
    if (status == u"done"_s)
        return QCoreApplication::translate("VisitText", "Done");
    if (status == u"cancelled"_s)
        return QCoreApplication::translate("VisitText", "Cancelled");
    return QCoreApplication::translate("VisitText", "Planned");
}

QString inReadingDirection(const QString &line)
{
    const QChar mark(QGuiApplication::layoutDirection() == Qt::RightToLeft ? 0x200F : 0x200E);
    return mark + line;
}

QStringList visitLines(const domain::Visit &visit, const QLocale &locale)
{
    QStringList lines{inReadingDirection(visitTimeText(visit.plannedTime, locale)),
                      inReadingDirection(fileNumberText(visit.fileNumber, locale))};
    if (!visit.purpose.isEmpty())
        lines << inReadingDirection(visit.purpose);
    return lines;
}

QString visitLine(const domain::Visit &visit, const QLocale &locale)
{
    return visitLines(visit, locale).join(u" · "_s);
}

QStringList housingConditionKeys()
{
    return {u"good"_s, u"fair"_s, u"poor"_s, u"unsafe"_s};
}

QString housingConditionText(const QString &key)
{
    if (key == u"good"_s)
        return QCoreApplication::translate("VisitText", "Good");
    if (key == u"fair"_s)
        return QCoreApplication::translate("VisitText", "Fair");
    if (key == u"poor"_s)
        return QCoreApplication::translate("VisitText", "Poor");
    if (key == u"unsafe"_s)
        return QCoreApplication::translate("VisitText", "Unsafe");
    return key;
}

QStringList agreementKeys()
{
    return {u"yes"_s, u"no"_s, u"partly"_s};
}

QString agreementText(const QString &key)
{
    if (key == u"yes"_s)
        return QCoreApplication::translate("VisitText", "Yes");
    if (key == u"no"_s)
        return QCoreApplication::translate("VisitText", "No");
    if (key == u"partly"_s)
        return QCoreApplication::translate("VisitText", "Partly");
    return key;
}

QSize itemSizeForLines(const QWidget *list, qsizetype lines)
{
    return {1, int(lines) * list->fontMetrics().lineSpacing() + 8};
}

} // namespace pluslife::ui::visits
