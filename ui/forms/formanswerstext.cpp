#include "formanswerstext.h"

#include "locale/digits.h"
#include "locale/jalali.h"

#include <QDateTime>
#include <QRegularExpression>

namespace pluslife::ui {

namespace {

using forms::FormItem;

void appendItems(const QList<FormItem> &items, const QLocale &locale, QString &out)
{
    for (const FormItem &item : items) {
        if (!item.relevant)
            continue;
        switch (item.kind) {
        case FormItem::Kind::Group:
        case FormItem::Kind::RepeatInstance: {
            QString inner;
            appendItems(item.children, locale, inner);
            if (inner.isEmpty())
                break;
            if (!item.label.isEmpty())
                out += QStringLiteral("<h3>%1</h3>").arg(item.label.toHtmlEscaped());
            out += inner;
            break;
        }
        case FormItem::Kind::Repeat: {
            int row = 0;
            for (FormItem instance : item.children) {
                ++row;
                instance.label = QStringLiteral("%1 %2").arg(
                    item.label, locale::localizeDigits(QString::number(row), locale));
                appendItems({instance}, locale, out);
            }
            break;
        }
        default: {
            if (item.isNote) {
                if (!item.label.isEmpty())
                    out += QStringLiteral("<p><i>%1</i></p>").arg(item.label.toHtmlEscaped());
                break;
            }
            const QString value = FormAnswersText::displayValue(item, locale);
            if (value.isEmpty())
                break;
            out +=
                QStringLiteral("<p><b>%1</b><br/>%2</p>")
                    .arg(item.label.toHtmlEscaped(),
                         value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
            break;
        }
        }
    }
}

} // namespace

QString FormAnswersText::displayValue(const FormItem &item, const QLocale &locale)
{
    if (item.value.isEmpty())
        return QString();
    switch (item.type) {
    case forms::DataType::Select1:
    case forms::DataType::Select: {
        QStringList labels;
        const QStringList values =
            item.value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const QString &value : values) {
            QString label = value;
            for (const forms::FormChoiceItem &choice : item.choices) {
                if (choice.value == value)
                    label = choice.label;
            }
            labels << label;
        }
        return labels.join(tr(", "));
    }
    case forms::DataType::Date:
        return locale::formatJalaliDate(QDate::fromString(item.value, QStringLiteral("yyyy-MM-dd")),
                                        locale);
    case forms::DataType::DateTime: {
        const QDateTime when = QDateTime::fromString(item.value, Qt::ISODateWithMs).toLocalTime();
        return locale::formatJalaliDate(when.date(), locale) + QLatin1Char(' ') +
               locale::localizeDigits(when.time().toString(QStringLiteral("HH:mm")), locale);
    }
    case forms::DataType::Time:
        return locale::localizeDigits(item.value.left(5), locale);
    case forms::DataType::Int:
    case forms::DataType::Decimal: {
        bool ok = false;
        const double number = item.value.toDouble(&ok);
        if (!ok)
            return item.value;
        return item.type == forms::DataType::Int ? locale.toString(qint64(number))
                                                 : locale.toString(number, 'g', 12);
    }
    case forms::DataType::Binary:
        return tr("Attached file: %1").arg(item.value);
    default:
        if (item.kind == FormItem::Kind::Trigger)
            return tr("Acknowledged");
        return item.value; // free text stays as the worker typed it
    }
}

QString FormAnswersText::html(const forms::FormSession &answers, const QLocale &locale)
{
    QString body;
    appendItems(answers.allItems(), locale, body);
    const bool rtl = locale.textDirection() == Qt::RightToLeft;
    return QStringLiteral("<html><body dir=\"%1\"><h2>%2</h2>%3</body></html>")
        .arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"),
             answers.definition().title.toHtmlEscaped(),
             body.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("No answers.").toHtmlEscaped())
                            : body);
}

} // namespace pluslife::ui
