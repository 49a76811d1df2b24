#pragma once

#include "formdefinition.h"
#include "xmlsupport.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

namespace pluslife::forms {

// XPath evaluation over one instance document with the ODK function library: compiled
// expressions are cached per expression text, `current()` and `once()` see the node the
// expression belongs to, `instance('id')` reaches the form's secondary instances.
class Evaluator {
public:
    Evaluator(const FormDefinition &form, xmlDocPtr instance, std::function<QDateTime()> now);
    ~Evaluator();
    Evaluator(const Evaluator &) = delete;
    Evaluator &operator=(const Evaluator &) = delete;

    void setLanguage(const QString &language) { m_language = language; }
    QString language() const { return m_language; }

    // Null on an evaluation error (logged nowhere: the caller decides what it means).
    xml::Object evaluate(const QString &expression, xmlNodePtr contextNode);
    QString evaluateString(const QString &expression, xmlNodePtr contextNode);
    bool evaluateBool(const QString &expression, xmlNodePtr contextNode, bool fallback);
    double evaluateNumber(const QString &expression, xmlNodePtr contextNode);

    // Calculate results: numbers as XPath strings them, NaN and infinities as empty.
    static QString resultText(xmlXPathObjectPtr result);

    // Used by the function library.
    const FormDefinition &form() const { return m_form; }
    xmlNodePtr currentNode() const { return m_current; }
    xmlDocPtr secondaryInstance(const QString &id) const;
    QDateTime now() const { return m_now(); }
    QString itextText(const QString &id) const;

    // Registers the ODK function library and the namespaces forms use on a context; shared by
    // the form checker so that what it accepts is exactly what runs.
    static void prepareContext(xmlXPathContextPtr context, Evaluator *owner);

private:
    xmlXPathCompExprPtr compiled(const QString &expression);

    const FormDefinition &m_form;
    xml::Context m_context;
    QHash<QString, xmlXPathCompExprPtr> m_compiled;
    QHash<QString, xmlDocPtr> m_secondary;
    std::function<QDateTime()> m_now;
    QString m_language;
    xmlNodePtr m_current = nullptr;
};

} // namespace pluslife::forms
