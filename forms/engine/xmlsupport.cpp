#include "xmlsupport.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>

#include <cstring>

namespace pluslife::forms::xml {

QString attribute(const xmlNode *node, const char *attrName, const char *nsHref)
{
    xmlChar *value = nsHref ? xmlGetNsProp(node, BAD_CAST attrName, BAD_CAST nsHref)
                            : xmlGetNoNsProp(node, BAD_CAST attrName);
    return value ? takeText(value) : QString();
}

bool hasAttribute(const xmlNode *node, const char *attrName, const char *nsHref)
{
    return (nsHref ? xmlHasNsProp(node, BAD_CAST attrName, BAD_CAST nsHref)
                   : xmlHasNsProp(node, BAD_CAST attrName, nullptr)) != nullptr;
}

QString nodeText(const xmlNode *node)
{
    return takeText(xmlNodeGetContent(node));
}

void setNodeText(xmlNodePtr node, const QString &value)
{
    // Values live in leaves: writing a group's text would free the elements under it while the
    // session still holds them (a calculate or preload bound to a group, in a damaged form).
    if (hasElementChildren(node))
        return;
    // xmlNodeSetContent would read entity references in the value; text is set as it is.
    xmlNodeSetContent(node, nullptr);
    if (!value.isEmpty())
        xmlNodeAddContent(node, chars(value.toUtf8()));
}

bool isElement(const xmlNode *node)
{
    return node && node->type == XML_ELEMENT_NODE;
}

bool hasElementChildren(const xmlNode *node)
{
    for (const xmlNode *child = node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE)
            return true;
    }
    return false;
}

bool inNamespace(const xmlNode *node, const char *href)
{
    if (!node->ns || !node->ns->href)
        return href == nullptr;
    return href && std::strcmp(reinterpret_cast<const char *>(node->ns->href), href) == 0;
}

xmlNodePtr firstElementChild(const xmlNode *node)
{
    for (xmlNodePtr child = node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE)
            return child;
    }
    return nullptr;
}

xmlNodePtr nextElementSibling(const xmlNode *node)
{
    for (xmlNodePtr next = node->next; next; next = next->next) {
        if (next->type == XML_ELEMENT_NODE)
            return next;
    }
    return nullptr;
}

// Two passes: every reference goes before any declaration is freed (a child may refer to a
// default namespace its ancestor declares).
static void clearDefaultNamespaceReferences(xmlNodePtr node)
{
    if (node->ns && !node->ns->prefix)
        node->ns = nullptr;
    for (xmlNodePtr child = node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE)
            clearDefaultNamespaceReferences(child);
    }
}

static void dropDefaultNamespaceDeclarations(xmlNodePtr node)
{
    xmlNsPtr *link = &node->nsDef;
    while (*link) {
        if (!(*link)->prefix) {
            xmlNsPtr unused = *link;
            *link = unused->next;
            unused->next = nullptr;
            xmlFreeNs(unused);
        } else {
            link = &(*link)->next;
        }
    }
    for (xmlNodePtr child = node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE)
            dropDefaultNamespaceDeclarations(child);
    }
}

void stripDefaultNamespace(xmlNodePtr node)
{
    if (!isElement(node))
        return;
    clearDefaultNamespaceReferences(node);
    dropDefaultNamespaceDeclarations(node);
}

void stripIndentation(xmlNodePtr node)
{
    if (!hasElementChildren(node))
        return;
    xmlNodePtr child = node->children;
    while (child) {
        xmlNodePtr next = child->next;
        if (child->type == XML_TEXT_NODE && xmlIsBlankNode(child)) {
            xmlUnlinkNode(child);
            xmlFreeNode(child);
        } else if (child->type == XML_COMMENT_NODE) {
            xmlUnlinkNode(child);
            xmlFreeNode(child);
        } else if (child->type == XML_ELEMENT_NODE) {
            stripIndentation(child);
        }
        child = next;
    }
}

QByteArray serialize(xmlDocPtr doc)
{
    xmlChar *buffer = nullptr;
    int size = 0;
    xmlDocDumpFormatMemoryEnc(doc, &buffer, &size, "UTF-8", 0);
    QByteArray result(reinterpret_cast<const char *>(buffer), size);
    xmlFree(buffer);
    return result;
}

Doc documentOf(const xmlNode *node)
{
    Doc doc(xmlNewDoc(BAD_CAST "1.0"));
    xmlNodePtr copy = xmlDocCopyNode(const_cast<xmlNodePtr>(node), doc.get(), 1);
    xmlDocSetRootElement(doc.get(), copy);
    return doc;
}

Doc parse(const QByteArray &bytes, QString *error, int *errorLine)
{
    xmlParserCtxtPtr context = xmlNewParserCtxt();
    if (!context)
        return nullptr;
    // No network, no external DTDs, no entity substitution: a form is data from outside.
    const int options = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR;
    Doc doc(xmlCtxtReadMemory(context, bytes.constData(), int(bytes.size()), "form.xml", "UTF-8",
                              options));
    if (!doc) {
        const xmlError *problem = xmlCtxtGetLastError(context);
        if (error)
            *error =
                problem && problem->message ? text(BAD_CAST problem->message).trimmed() : QString();
        if (errorLine)
            *errorLine = problem ? problem->line : 0;
    }
    xmlFreeParserCtxt(context);
    return doc;
}

} // namespace pluslife::forms::xml
