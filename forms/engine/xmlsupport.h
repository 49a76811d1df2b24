#pragma once

#include <QByteArray>
#include <QString>

#include <libxml/tree.h>
#include <libxml/xpath.h>

#include <memory>

// Small ownership and conversion helpers around libxml2, private to the engine.
namespace pluslife::forms::xml {

struct DocFree {
    void operator()(xmlDocPtr doc) const { xmlFreeDoc(doc); }
};
struct ObjectFree {
    void operator()(xmlXPathObjectPtr object) const { xmlXPathFreeObject(object); }
};
struct ContextFree {
    void operator()(xmlXPathContextPtr context) const { xmlXPathFreeContext(context); }
};
struct CompFree {
    void operator()(xmlXPathCompExprPtr comp) const { xmlXPathFreeCompExpr(comp); }
};
using Doc = std::unique_ptr<xmlDoc, DocFree>;
using Object = std::unique_ptr<xmlXPathObject, ObjectFree>;
using Context = std::unique_ptr<xmlXPathContext, ContextFree>;
using Comp = std::unique_ptr<xmlXPathCompExpr, CompFree>;

inline const xmlChar *chars(const QByteArray &utf8)
{
    return reinterpret_cast<const xmlChar *>(utf8.constData());
}
inline QString text(const xmlChar *value)
{
    return value ? QString::fromUtf8(reinterpret_cast<const char *>(value)) : QString();
}
// Takes ownership of a string libxml2 allocated.
inline QString takeText(xmlChar *value)
{
    QString result = text(value);
    xmlFree(value);
    return result;
}
inline QString name(const xmlNode *node)
{
    return text(node->name);
}
QString attribute(const xmlNode *node, const char *name, const char *nsHref = nullptr);
bool hasAttribute(const xmlNode *node, const char *name, const char *nsHref = nullptr);
QString nodeText(const xmlNode *node);                   // string value (all descendant text)
void setNodeText(xmlNodePtr node, const QString &value); // leaves only; a no-op on a group
bool isElement(const xmlNode *node);
bool hasElementChildren(const xmlNode *node);
bool inNamespace(const xmlNode *node, const char *href);
xmlNodePtr firstElementChild(const xmlNode *node);
xmlNodePtr nextElementSibling(const xmlNode *node);
// Drops namespaces declared as the XForms default from elements, so instance paths like
// /data/name match with plain XPath 1.0 name tests.
void stripDefaultNamespace(xmlNodePtr node);
// Removes whitespace-only text from elements that hold elements (indentation of the form).
void stripIndentation(xmlNodePtr node);
QByteArray serialize(xmlDocPtr doc);
// A new document whose root is a deep copy of `node`.
Doc documentOf(const xmlNode *node);
Doc parse(const QByteArray &bytes, QString *error = nullptr, int *errorLine = nullptr);

inline constexpr const char *kXFormsNs = "http://www.w3.org/2002/xforms";
inline constexpr const char *kXhtmlNs = "http://www.w3.org/1999/xhtml";
inline constexpr const char *kJavaRosaNs = "http://openrosa.org/javarosa";
inline constexpr const char *kOdkNs = "http://www.opendatakit.org/xforms";
inline constexpr const char *kEntitiesNs = "http://www.opendatakit.org/xforms/entities";
inline constexpr const char *kPlusLifeNs = "urn:pluslife:xforms:1";

} // namespace pluslife::forms::xml
