#include "evaluator.h"

#include "odkfunctions.h"

#include <libxml/xpathInternals.h>

#include <cmath>

namespace pluslife::forms {

namespace {

// libxml2 would print XPath errors to stderr; a form's bad expression is reported by the
// checker, and an evaluation error only makes a result empty.
#if LIBXML_VERSION >= 21200
void ignoreXPathError(void *, const xmlError *) {}
#else
void ignoreXPathError(void *, xmlError *) {}
#endif

} // namespace

Evaluator::Evaluator(const FormDefinition &form, xmlDocPtr instance, std::function<QDateTime()> now)
    : m_form(form)
    , m_context(xmlXPathNewContext(instance))
    , m_now(std::move(now))
{
    prepareContext(m_context.get(), this);
    for (auto it = form.secondaryInstances.cbegin(); it != form.secondaryInstances.cend(); ++it) {
        xml::Doc doc = xml::parse(it.value());
        if (doc)
            m_secondary.insert(it.key(), doc.release());
    }
    m_language = form.defaultLanguage();
}

Evaluator::~Evaluator()
{
    for (xmlXPathCompExprPtr comp : std::as_const(m_compiled))
        xmlXPathFreeCompExpr(comp);
    for (xmlDocPtr doc : std::as_const(m_secondary))
        xmlFreeDoc(doc);
}

void Evaluator::prepareContext(xmlXPathContextPtr context, Evaluator *owner)
{
    context->userData = owner;
    context->error = ignoreXPathError;
    xmlXPathRegisterNs(context, BAD_CAST "jr", BAD_CAST xml::kJavaRosaNs);
    xmlXPathRegisterNs(context, BAD_CAST "odk", BAD_CAST xml::kOdkNs);
    registerOdkFunctions(context);
}

xmlXPathCompExprPtr Evaluator::compiled(const QString &expression)
{
    auto found = m_compiled.constFind(expression);
    if (found != m_compiled.cend())
        return found.value();
    xmlXPathCompExprPtr comp =
        xmlXPathCtxtCompile(m_context.get(), xml::chars(expression.toUtf8()));
    m_compiled.insert(expression, comp); // null too: a bad expression fails once, quietly
    return comp;
}

xml::Object Evaluator::evaluate(const QString &expression, xmlNodePtr contextNode)
{
    xmlXPathCompExprPtr comp = compiled(expression);
    if (!comp)
        return nullptr;
    m_context->node = contextNode;
    m_context->contextSize = 1;
    m_context->proximityPosition = 1;
    xmlNodePtr previous = m_current;
    m_current = contextNode;
    xml::Object result(xmlXPathCompiledEval(comp, m_context.get()));
    m_current = previous;
    return result;
}

QString Evaluator::evaluateString(const QString &expression, xmlNodePtr contextNode)
{
    xml::Object result = evaluate(expression, contextNode);
    return result ? resultText(result.get()) : QString();
}

bool Evaluator::evaluateBool(const QString &expression, xmlNodePtr contextNode, bool fallback)
{
    if (expression.isEmpty())
        return fallback;
    xml::Object result = evaluate(expression, contextNode);
    return result ? xmlXPathCastToBoolean(result.get()) != 0 : fallback;
}

double Evaluator::evaluateNumber(const QString &expression, xmlNodePtr contextNode)
{
    xml::Object result = evaluate(expression, contextNode);
    return result ? xmlXPathCastToNumber(result.get()) : std::nan("");
}

QString Evaluator::resultText(xmlXPathObjectPtr result)
{
    if (result->type == XPATH_NUMBER) {
        const double value = result->floatval;
        if (std::isnan(value) || std::isinf(value))
            return QString();
        // XPath 1.0 never writes an exponent (libxml2 does past 1e9): 3550000000, 0.000012.
        if (value == std::trunc(value) && std::fabs(value) < 1e15)
            return QString::number(qint64(value));
        QString text = QString::number(value, 'f', 12);
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return text;
    }
    return xml::takeText(xmlXPathCastToString(result));
}

xmlDocPtr Evaluator::secondaryInstance(const QString &id) const
{
    return m_secondary.value(id, nullptr);
}

QString Evaluator::itextText(const QString &id) const
{
    TextSpec spec;
    spec.itextId = id;
    return m_form.plainText(spec, m_language);
}

} // namespace pluslife::forms
