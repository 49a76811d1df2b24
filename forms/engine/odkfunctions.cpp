#include "odkfunctions.h"

#include "evaluator.h"
#include "xmlsupport.h"

#include <libxml/xpathInternals.h>

#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <cmath>
#include <limits>

namespace pluslife::forms {

namespace {

Evaluator *owner(xmlXPathParserContextPtr ctxt)
{
    return static_cast<Evaluator *>(ctxt->context->userData);
}

QString popString(xmlXPathParserContextPtr ctxt)
{
    return xml::takeText(xmlXPathPopString(ctxt));
}

void pushString(xmlXPathParserContextPtr ctxt, const QString &value)
{
    valuePush(ctxt, xmlXPathNewString(xml::chars(value.toUtf8())));
}

void pushNumber(xmlXPathParserContextPtr ctxt, double value)
{
    valuePush(ctxt, xmlXPathNewFloat(value));
}

void pushBool(xmlXPathParserContextPtr ctxt, bool value)
{
    valuePush(ctxt, xmlXPathNewBoolean(value ? 1 : 0));
}

QStringList selectedValues(const QString &list)
{
    return list.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

#define PLUSLIFE_ARITY(test)                                                                       \
    if (!(test)) {                                                                                 \
        xmlXPathSetArityError(ctxt);                                                               \
        return;                                                                                    \
    }

void selectedFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 2)
    const QString value = popString(ctxt).trimmed();
    pushBool(ctxt, selectedValues(popString(ctxt)).contains(value));
}

void countSelectedFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 1)
    pushNumber(ctxt, double(selectedValues(popString(ctxt)).size()));
}

void selectedAtFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 2)
    const double index = xmlXPathPopNumber(ctxt);
    const QStringList values = selectedValues(popString(ctxt));
    const bool inRange = !std::isnan(index) && index >= 0 && index < double(values.size());
    pushString(ctxt, inRange ? values.at(int(index)) : QString());
}

void ifFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 3)
    xml::Object otherwise(valuePop(ctxt));
    xml::Object then(valuePop(ctxt));
    xml::Object condition(valuePop(ctxt));
    const bool chosen = condition && xmlXPathCastToBoolean(condition.get());
    valuePush(ctxt, chosen ? then.release() : otherwise.release());
}

void coalesceFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 2)
    const QString second = popString(ctxt);
    const QString first = popString(ctxt);
    pushString(ctxt, first.isEmpty() ? second : first);
}

// ODK's concat takes any number of arguments and joins every node of a node-set.
void concatFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    QStringList parts;
    for (int i = 0; i < nargs; ++i) {
        xml::Object arg(valuePop(ctxt));
        if (!arg)
            break;
        QString part;
        if (arg->type == XPATH_NODESET && arg->nodesetval) {
            for (int n = 0; n < arg->nodesetval->nodeNr; ++n)
                part += xml::nodeText(arg->nodesetval->nodeTab[n]);
        } else {
            part = xml::takeText(xmlXPathCastToString(arg.get()));
        }
        parts.prepend(part);
    }
    pushString(ctxt, parts.join(QString()));
}

void substrFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 2 || nargs == 3)
    double end = std::numeric_limits<double>::infinity();
    if (nargs == 3)
        end = xmlXPathPopNumber(ctxt);
    const double start = xmlXPathPopNumber(ctxt);
    const QString text = popString(ctxt);
    const qsizetype from =
        std::isnan(start) ? 0 : qBound<qsizetype>(0, qsizetype(start), text.size());
    const qsizetype to = std::isnan(end) || std::isinf(end)
                             ? text.size()
                             : qBound<qsizetype>(from, qsizetype(end), text.size());
    pushString(ctxt, text.mid(from, to - from));
}

void regexFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 2)
    const QString pattern = popString(ctxt);
    const QString text = popString(ctxt);
    const QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    pushBool(ctxt, re.isValid() && re.match(text).hasMatch());
}

void todayFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 0)
    pushString(ctxt, isoDate(owner(ctxt)->now().date()));
}

void nowFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 0)
    pushString(ctxt, isoDateTime(owner(ctxt)->now()));
}

void dateFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 1)
    xml::Object arg(valuePop(ctxt));
    if (arg && arg->type == XPATH_NUMBER) {
        const double days = arg->floatval;
        pushString(ctxt, std::isnan(days)
                             ? QString()
                             : isoDate(QDate(1970, 1, 1).addDays(qint64(std::floor(days)))));
        return;
    }
    const QString text = arg ? xml::takeText(xmlXPathCastToString(arg.get())) : QString();
    const auto parsed = parseDateOrDateTime(text);
    pushString(ctxt, parsed ? isoDate(parsed->date()) : QString());
}

void decimalDateTimeFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 1)
    xml::Object arg(valuePop(ctxt));
    if (arg && arg->type == XPATH_NUMBER) {
        pushNumber(ctxt, arg->floatval);
        return;
    }
    pushNumber(ctxt,
               arg ? daysSinceEpoch(xml::takeText(xmlXPathCastToString(arg.get()))) : std::nan(""));
}

QString formatDate(const QDateTime &when, const QString &format)
{
    static const char *const shortMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const char *const shortDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    QString out;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c != QLatin1Char('%') || i + 1 == format.size()) {
            out += c;
            continue;
        }
        const QChar f = format.at(++i);
        const QDate d = when.date();
        const QTime t = when.time();
        auto two = [](int v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
        switch (f.unicode()) {
        case 'Y':
            out += QString::number(d.year());
            break;
        case 'y':
            out += two(d.year() % 100);
            break;
        case 'm':
            out += two(d.month());
            break;
        case 'n':
            out += QString::number(d.month());
            break;
        case 'b':
            out += QLatin1String(shortMonths[d.month() - 1]);
            break;
        case 'd':
            out += two(d.day());
            break;
        case 'e':
            out += QString::number(d.day());
            break;
        case 'H':
            out += two(t.hour());
            break;
        case 'h':
            out += QString::number(t.hour());
            break;
        case 'M':
            out += two(t.minute());
            break;
        case 'S':
            out += two(t.second());
            break;
        case '3':
            out += QStringLiteral("%1").arg(t.msec(), 3, 10, QLatin1Char('0'));
            break;
        case 'a':
            out += QLatin1String(shortDays[d.dayOfWeek() - 1]);
            break;
        default:
            out += QLatin1Char('%');
            out += f;
            break;
        }
    }
    return out;
}

void formatDateFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 2)
    const QString format = popString(ctxt);
    xml::Object arg(valuePop(ctxt));
    std::optional<QDateTime> when;
    if (arg && arg->type == XPATH_NUMBER && !std::isnan(arg->floatval)) {
        const qint64 msecs = qint64(std::llround(arg->floatval * 86400000.0));
        when = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
    } else if (arg) {
        when = parseDateOrDateTime(xml::takeText(xmlXPathCastToString(arg.get())));
    }
    pushString(ctxt, when ? formatDate(*when, format) : QString());
}

void intFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 1)
    const double value = xmlXPathPopNumber(ctxt);
    pushNumber(ctxt, std::isnan(value) || std::isinf(value) ? value : std::trunc(value));
}

// XPath's round(x) (half up, towards +infinity) and ODK's round(x, digits) (half away from
// zero, as JavaRosa's BigDecimal rounding does).
void roundFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 1 || nargs == 2)
    const double digits = nargs == 2 ? xmlXPathPopNumber(ctxt) : 0.0;
    const double value = xmlXPathPopNumber(ctxt);
    if (std::isnan(value) || std::isinf(value) || std::isnan(digits)) {
        pushNumber(ctxt, nargs == 2 && std::isnan(digits) ? std::nan("") : value);
        return;
    }
    if (nargs == 1) {
        pushNumber(ctxt, std::floor(value + 0.5));
        return;
    }
    const double scale = std::pow(10.0, std::trunc(digits));
    const double rounded = std::copysign(std::floor(std::fabs(value) * scale + 0.5), value) / scale;
    pushNumber(ctxt, rounded);
}

// position() as XPath 1.0; position(node) as ODK: the 1-based index of a repeat instance.
void positionFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 0 || nargs == 1)
    if (nargs == 0) {
        pushNumber(ctxt, double(ctxt->context->proximityPosition));
        return;
    }
    xml::Object arg(valuePop(ctxt));
    if (!arg || arg->type != XPATH_NODESET || !arg->nodesetval || arg->nodesetval->nodeNr == 0) {
        pushNumber(ctxt, std::nan(""));
        return;
    }
    xmlNodePtr node = arg->nodesetval->nodeTab[0];
    int index = 1;
    for (xmlNodePtr prev = node->prev; prev; prev = prev->prev) {
        if (prev->type == XML_ELEMENT_NODE && xmlStrEqual(prev->name, node->name))
            ++index;
    }
    pushNumber(ctxt, double(index));
}

void onceFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 1)
    const QString candidate = popString(ctxt);
    xmlNodePtr current = owner(ctxt)->currentNode();
    const QString existing = current ? xml::nodeText(current) : QString();
    pushString(ctxt, existing.isEmpty() ? candidate : existing);
}

void uuidFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 0)
    pushString(ctxt, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void currentFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 0)
    valuePush(ctxt, xmlXPathNewNodeSet(owner(ctxt)->currentNode()));
}

void instanceFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 1)
    xmlDocPtr doc = owner(ctxt)->secondaryInstance(popString(ctxt));
    // The document node: instance('x')/root/item reaches <root> as its child.
    valuePush(ctxt, xmlXPathNewNodeSet(doc ? reinterpret_cast<xmlNodePtr>(doc) : nullptr));
}

void itextFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 1)
    pushString(ctxt, owner(ctxt)->itextText(popString(ctxt).trimmed()));
}

void booleanFromStringFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 1)
    const QString text = popString(ctxt).trimmed();
    pushBool(ctxt, text == QLatin1String("true") || text == QLatin1String("1"));
}

// Generic instance path of a node: /data/members/name.
QString genericPath(const xmlNode *node)
{
    QStringList names;
    for (const xmlNode *n = node; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        names.prepend(xml::name(n));
    return QLatin1Char('/') + names.join(QLatin1Char('/'));
}

QString resolveGenericPath(const QString &path, const xmlNode *context)
{
    QString cleaned = path.trimmed();
    cleaned.remove(QRegularExpression(QStringLiteral("\\[[^\\]]*\\]")));
    if (cleaned.startsWith(QLatin1Char('/')))
        return cleaned;
    QStringList parts =
        context ? genericPath(context).split(QLatin1Char('/'), Qt::SkipEmptyParts) : QStringList();
    for (const QString &step : cleaned.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (step == QLatin1String(".."))
            parts.removeLast();
        else if (step != QLatin1String("."))
            parts << step;
    }
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

void choiceNameFunction(xmlXPathParserContextPtr ctxt, int nargs)
{
    PLUSLIFE_ARITY(nargs == 2)
    const QString path = popString(ctxt);
    const QString value = popString(ctxt).trimmed();
    Evaluator *evaluator = owner(ctxt);
    const FormDefinition &form = evaluator->form();
    const int index = form.controlForRef(resolveGenericPath(path, evaluator->currentNode()));
    QString label;
    if (index >= 0 && !value.isEmpty()) {
        const FormControl &control = form.controls.at(index);
        for (const StaticChoice &choice : control.choices) {
            if (choice.value == value)
                label = form.plainText(choice.label, evaluator->language());
        }
        if (!control.itemsetNodeset.isEmpty()) {
            xmlNodePtr here = evaluator->currentNode();
            xml::Object items = evaluator->evaluate(control.itemsetNodeset, here);
            if (items && items->type == XPATH_NODESET && items->nodesetval) {
                for (int i = 0; i < items->nodesetval->nodeNr; ++i) {
                    xmlNodePtr item = items->nodesetval->nodeTab[i];
                    if (evaluator->evaluateString(control.itemsetValueRef, item) == value) {
                        label = evaluator->evaluateString(control.itemsetLabelRef, item);
                        break;
                    }
                }
            }
            // evaluate() above moved the XPath context; give the caller its node back.
            ctxt->context->node = here;
        }
    }
    pushString(ctxt, label);
}

struct Registration {
    const char *name;
    const char *ns;
    xmlXPathFunction function;
};

} // namespace

void registerOdkFunctions(xmlXPathContextPtr context)
{
    static const Registration functions[] = {
        {"selected", nullptr, selectedFunction},
        {"count-selected", nullptr, countSelectedFunction},
        {"selected-at", nullptr, selectedAtFunction},
        {"choice-name", xml::kJavaRosaNs, choiceNameFunction},
        {"itext", xml::kJavaRosaNs, itextFunction},
        {"if", nullptr, ifFunction},
        {"coalesce", nullptr, coalesceFunction},
        {"concat", nullptr, concatFunction},
        {"substr", nullptr, substrFunction},
        {"regex", nullptr, regexFunction},
        {"today", nullptr, todayFunction},
        {"now", nullptr, nowFunction},
        {"date", nullptr, dateFunction},
        {"decimal-date-time", nullptr, decimalDateTimeFunction},
        {"format-date", nullptr, formatDateFunction},
        {"int", nullptr, intFunction},
        {"round", nullptr, roundFunction},
        {"position", nullptr, positionFunction},
        {"once", nullptr, onceFunction},
        {"uuid", nullptr, uuidFunction},
        {"current", nullptr, currentFunction},
        {"instance", nullptr, instanceFunction},
        {"boolean-from-string", nullptr, booleanFromStringFunction},
    };
    for (const Registration &r : functions) {
        const xmlChar *ns = r.ns ? BAD_CAST r.ns : nullptr;
        // Built-ins we extend (round, position, concat) are replaced, not added beside.
        xmlXPathRegisterFuncNS(context, BAD_CAST r.name, ns, nullptr);
        xmlXPathRegisterFuncNS(context, BAD_CAST r.name, ns, r.function);
    }
}

QString isoDate(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

QString isoDateTime(const QDateTime &dateTime)
{
    const int offset = dateTime.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<QDateTime> parseDateOrDateTime(const QString &input)
{
    const QString text = input.trimmed();
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (date.isValid())
            return QDateTime(date, QTime(0, 0), QTimeZone::utc());
        return std::nullopt;
    }
    QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dateTime.isValid())
        dateTime = QDateTime::fromString(text, Qt::ISODate);
    if (!dateTime.isValid())
        return std::nullopt;
    return dateTime;
}

double daysSinceEpoch(const QString &text)
{
    const auto parsed = parseDateOrDateTime(text);
    if (!parsed)
        return std::nan("");
    return double(parsed->toMSecsSinceEpoch()) / 86400000.0;
}

} // namespace pluslife::forms
