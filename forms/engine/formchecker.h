#pragma once

#include "formparser.h"
#include "xmlsupport.h"

#include <QCoreApplication>
#include <QSet>

#include <cstring>

#include <memory>

namespace pluslife::forms {

// Helpers shared by the checker's two translation units.
namespace checker {

inline bool isXForms(const xmlNode *node, const char *localName)
{
    return xml::isElement(node) && xml::inNamespace(node, xml::kXFormsNs) &&
           std::strcmp(reinterpret_cast<const char *>(node->name), localName) == 0;
}

inline int lineOf(const xmlNode *node)
{
    return node ? int(xmlGetLineNo(node)) : 0;
}

} // namespace checker

// Reads one XForms document into a FormDefinition and lists everything that keeps it from
// running here. Used once per parseForm() call.
class FormChecker {
    Q_DECLARE_TR_FUNCTIONS(FormParser)

public:
    explicit FormChecker(const QByteArray &xml);
    FormParseResult run();

private:
    void problem(const xmlNode *node, const QString &feature, const QString &message);
    void readHead(xmlNodePtr head);
    void readModel(xmlNodePtr model);
    void readPrimaryInstance(xmlNodePtr instance);
    void readSecondaryInstance(xmlNodePtr instance, const QString &id);
    void readItext(xmlNodePtr itext);
    void readBind(xmlNodePtr bind);
    void readSetValue(xmlNodePtr node, const QString &contextRef);
    void readBody(xmlNodePtr parentElement, int parentControl, const QString &contextRef);
    void readControl(xmlNodePtr element, int parentControl, const QString &contextRef);
    void readSelectItems(xmlNodePtr element, FormControl &control);
    TextSpec readText(xmlNodePtr element);
    TextSpec messageSpec(const QString &attributeValue);
    QList<TextPart> readParts(xmlNodePtr element);
    void checkExpression(const xmlNode *node, const QString &expression);
    void checkPath(const xmlNode *node, const QString &path, const QString &what);
    QString resolveRef(const QString &ref, const QString &contextRef) const;
    void finish();

    QByteArray m_xml;
    std::shared_ptr<FormDefinition> m_form;
    QList<FormProblem> m_problems;
    xml::Doc m_doc;
    xml::Context m_checkContext;
    QSet<QString> m_instancePaths;
    QSet<QString> m_repeatPaths;
    QString m_rootPath;
};

} // namespace pluslife::forms
