// Reading an XForms document: the head, the model (instances, itext, binds are in
// formcheckerbody.cpp) and the final checks across the whole form.
#include "formchecker.h"

#include "domain/casefields.h"
#include "evaluator.h"
#include "xpathscan.h"

#include <libxml/xpathInternals.h>

#include <QRegularExpression>

#include <cstring>

namespace pluslife::forms {

using namespace checker;

namespace {

QString languageCode(const QString &lang)
{
    static const QRegularExpression inParens(QStringLiteral("\\(([A-Za-z-]+)\\)\\s*$"));
    const auto match = inParens.match(lang);
    if (match.hasMatch())
        return match.captured(1).toLower();
    const QString lower = lang.trimmed().toLower();
    if (lower == QLatin1String("persian") || lower == QLatin1String("farsi"))
        return QStringLiteral("fa");
    if (lower == QLatin1String("english"))
        return QStringLiteral("en");
    return lower;
}

QString itextIdOf(const QString &ref)
{
    static const QRegularExpression itext(
        QStringLiteral("^\\s*jr:itext\\(\\s*['\"]([^'\"]*)['\"]\\s*\\)\\s*$"));
    const auto match = itext.match(ref);
    return match.hasMatch() ? match.captured(1) : QString();
}

void collectPaths(const xmlNode *node, const QString &prefix, QSet<QString> &paths)
{
    const QString path = prefix + QLatin1Char('/') + xml::name(node);
    paths.insert(path);
    for (xmlNodePtr child = xml::firstElementChild(node); child;
         child = xml::nextElementSibling(child))
        collectPaths(child, path, paths);
}

} // namespace

FormChecker::FormChecker(const QByteArray &xml)
    : m_xml(xml)
    , m_form(std::make_shared<FormDefinition>())
{}

void FormChecker::problem(const xmlNode *node, const QString &feature, const QString &message)
{
    m_problems.append({lineOf(node), feature, message});
}

FormParseResult FormChecker::run()
{
    FormParseResult result;
    QString parseError;
    int parseLine = 0;
    m_doc = xml::parse(m_xml, &parseError, &parseLine);
    if (!m_doc) {
        m_problems.append({parseLine, QStringLiteral("xml"),
                           tr("The file is not well-formed XML (%1).").arg(parseError)});
        result.problems = m_problems;
        return result;
    }
    m_form->sourceXml = m_xml;
    m_checkContext.reset(xmlXPathNewContext(m_doc.get()));
    Evaluator::prepareContext(m_checkContext.get(), nullptr);

    xmlNodePtr root = xmlDocGetRootElement(m_doc.get());
    if (m_doc->intSubset) {
        problem(root, QStringLiteral("DOCTYPE"),
                tr("A form must not declare a DOCTYPE or entities."));
    }
    if (!root || !xml::inNamespace(root, xml::kXhtmlNs) ||
        std::strcmp(reinterpret_cast<const char *>(root->name), "html") != 0) {
        problem(root, QStringLiteral("h:html"),
                tr("This is not an XForms document: the root element must be h:html."));
        result.problems = m_problems;
        return result;
    }
    xmlNodePtr head = nullptr;
    xmlNodePtr body = nullptr;
    for (xmlNodePtr child = xml::firstElementChild(root); child;
         child = xml::nextElementSibling(child)) {
        if (xml::inNamespace(child, xml::kXhtmlNs) && xml::name(child) == QLatin1String("head"))
            head = child;
        else if (xml::inNamespace(child, xml::kXhtmlNs) &&
                 xml::name(child) == QLatin1String("body"))
            body = child;
    }
    if (!head || !body) {
        problem(root, QStringLiteral("h:head"), tr("The form needs both h:head and h:body."));
        result.problems = m_problems;
        return result;
    }
    readHead(head);
    if (m_rootPath.isEmpty()) {
        result.problems = m_problems;
        return result;
    }
    readBody(body, -1, m_rootPath);
    finish();
    result.problems = m_problems;
    if (m_problems.isEmpty())
        result.form = m_form;
    return result;
}

void FormChecker::readHead(xmlNodePtr head)
{
    xmlNodePtr model = nullptr;
    for (xmlNodePtr child = xml::firstElementChild(head); child;
         child = xml::nextElementSibling(child)) {
        if (xml::inNamespace(child, xml::kXhtmlNs) && xml::name(child) == QLatin1String("title"))
            m_form->title = xml::nodeText(child).trimmed();
        else if (isXForms(child, "model"))
            model = child;
    }
    if (!model) {
        problem(head, QStringLiteral("model"), tr("The form has no model."));
        return;
    }
    readModel(model);
}

void FormChecker::readModel(xmlNodePtr model)
{
    QList<xmlNodePtr> binds;
    QList<xmlNodePtr> setValues;
    for (xmlNodePtr child = xml::firstElementChild(model); child;
         child = xml::nextElementSibling(child)) {
        const QString name = xml::name(child);
        if (isXForms(child, "instance")) {
            const QString id = xml::attribute(child, "id");
            if (xml::hasAttribute(child, "src")) {
                problem(child, QStringLiteral("instance src"),
                        tr("External secondary instances (src=) are not supported; put the "
                           "choices inside the form."));
            } else if (id.isEmpty() && m_rootPath.isEmpty()) {
                readPrimaryInstance(child);
            } else if (!id.isEmpty()) {
                readSecondaryInstance(child, id);
            } else {
                problem(child, QStringLiteral("instance"),
                        tr("Only the first instance may be without an id."));
            }
        } else if (isXForms(child, "bind")) {
            binds << child;
        } else if (isXForms(child, "itext")) {
            readItext(child);
        } else if (isXForms(child, "setvalue")) {
            setValues << child;
        } else if (isXForms(child, "submission")) {
            // Encryption and submission URLs are Collect's concern; the desk stores locally.
        } else {
            problem(child, name, tr("The model element \"%1\" is not supported.").arg(name));
        }
    }
    if (m_rootPath.isEmpty()) {
        problem(model, QStringLiteral("instance"), tr("The form has no primary instance."));
        return;
    }
    for (xmlNodePtr bind : std::as_const(binds))
        readBind(bind);
    for (xmlNodePtr setValue : std::as_const(setValues))
        readSetValue(setValue, m_rootPath);
}

void FormChecker::readPrimaryInstance(xmlNodePtr instance)
{
    xmlNodePtr root = xml::firstElementChild(instance);
    if (!root) {
        problem(instance, QStringLiteral("instance"), tr("The primary instance is empty."));
        return;
    }
    m_form->rootName = xml::name(root);
    m_rootPath = QLatin1Char('/') + m_form->rootName;
    m_form->formId = xml::attribute(root, "id");
    m_form->version = xml::attribute(root, "version");
    m_form->activityCode = xml::attribute(root, "activity", xml::kPlusLifeNs);
    if (m_form->formId.isEmpty()) {
        problem(root, QStringLiteral("id"),
                tr("The primary instance root needs an id attribute (the form id)."));
    } else if (!QRegularExpression(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,99}$"))
                    .match(m_form->formId)
                    .hasMatch()) {
        problem(root, QStringLiteral("id"),
                tr("The form id \"%1\" must be Latin letters, digits, _ . or -.")
                    .arg(m_form->formId.left(100)));
    }
    collectPaths(root, QString(), m_instancePaths);
    xml::Doc copy = xml::documentOf(root);
    xmlNodePtr copyRoot = xmlDocGetRootElement(copy.get());
    xml::stripDefaultNamespace(copyRoot);
    xml::stripIndentation(copyRoot);
    m_form->primaryInstanceXml = xml::serialize(copy.get());
}

void FormChecker::readSecondaryInstance(xmlNodePtr instance, const QString &id)
{
    xmlNodePtr root = xml::firstElementChild(instance);
    if (!root) {
        problem(instance, QStringLiteral("instance"), tr("The instance \"%1\" is empty.").arg(id));
        return;
    }
    xml::Doc copy = xml::documentOf(root);
    xmlNodePtr copyRoot = xmlDocGetRootElement(copy.get());
    xml::stripDefaultNamespace(copyRoot);
    xml::stripIndentation(copyRoot);
    m_form->secondaryInstances.insert(id, xml::serialize(copy.get()));
}

void FormChecker::readItext(xmlNodePtr itext)
{
    QString defaultLanguage;
    for (xmlNodePtr translation = xml::firstElementChild(itext); translation;
         translation = xml::nextElementSibling(translation)) {
        if (!isXForms(translation, "translation")) {
            problem(translation, xml::name(translation),
                    tr("itext may hold only translation elements."));
            continue;
        }
        const QString code = languageCode(xml::attribute(translation, "lang"));
        if (code.isEmpty()) {
            problem(translation, QStringLiteral("lang"), tr("A translation needs a lang."));
            continue;
        }
        const QString isDefault = xml::attribute(translation, "default");
        if (isDefault.contains(QLatin1String("true")))
            defaultLanguage = code;
        m_form->languages << code;
        auto &texts = m_form->itext[code];
        for (xmlNodePtr text = xml::firstElementChild(translation); text;
             text = xml::nextElementSibling(text)) {
            const QString id = xml::attribute(text, "id");
            QList<TextPart> chosen;
            bool found = false;
            for (xmlNodePtr value = xml::firstElementChild(text); value;
                 value = xml::nextElementSibling(value)) {
                const QString form = xml::attribute(value, "form");
                // Media forms (image, audio, video) are not shown on the desk; the plain
                // text is, and a short form only when there is no plain one.
                if (form.isEmpty() || (form == QLatin1String("short") && !found)) {
                    chosen = readParts(value);
                    found = form.isEmpty() || found;
                }
            }
            texts.insert(id, chosen);
        }
    }
    // Persian first unless the form names another default: the desk is Persian first.
    if (defaultLanguage.isEmpty() && m_form->languages.contains(QStringLiteral("fa")))
        defaultLanguage = QStringLiteral("fa");
    if (!defaultLanguage.isEmpty()) {
        m_form->languages.removeAll(defaultLanguage);
        m_form->languages.prepend(defaultLanguage);
    }
}

QList<TextPart> FormChecker::readParts(xmlNodePtr element)
{
    QList<TextPart> parts;
    for (xmlNodePtr child = element->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            const QString text = xml::text(child->content);
            if (!parts.isEmpty() && !parts.last().isOutput)
                parts.last().text += text;
            else
                parts.append({false, text});
        } else if (isXForms(child, "output")) {
            QString value = xml::attribute(child, "value");
            if (value.isEmpty())
                value = xml::attribute(child, "ref");
            checkExpression(child, value);
            parts.append({true, value});
        } else if (child->type == XML_ELEMENT_NODE) {
            problem(child, xml::name(child),
                    tr("\"%1\" is not allowed inside a label.").arg(xml::name(child)));
        }
    }
    // Indentation around a label goes; spaces between its text and an output stay.
    static const QRegularExpression leading(QStringLiteral("^\\s+"));
    static const QRegularExpression trailing(QStringLiteral("\\s+$"));
    if (!parts.isEmpty() && !parts.first().isOutput)
        parts.first().text.remove(leading);
    if (!parts.isEmpty() && !parts.last().isOutput)
        parts.last().text.remove(trailing);
    return parts;
}

TextSpec FormChecker::readText(xmlNodePtr element)
{
    TextSpec spec;
    const QString ref = xml::attribute(element, "ref");
    if (!ref.isEmpty()) {
        spec.itextId = itextIdOf(ref);
        if (spec.itextId.isEmpty())
            problem(element, QStringLiteral("ref"),
                    tr("A label's ref must be jr:itext('…'), not \"%1\".").arg(ref));
        return spec;
    }
    spec.parts = readParts(element);
    return spec;
}

TextSpec FormChecker::messageSpec(const QString &attributeValue)
{
    TextSpec spec;
    if (attributeValue.isEmpty())
        return spec;
    spec.itextId = itextIdOf(attributeValue);
    if (spec.itextId.isEmpty())
        spec.parts.append({false, attributeValue});
    return spec;
}

void FormChecker::finish()
{
    // A bind that saves to a case field must name one answer, not one per repeat instance.
    for (const FormBind &bind : std::as_const(m_form->binds)) {
        if (bind.saveTo.isEmpty())
            continue;
        for (const QString &repeat : std::as_const(m_repeatPaths)) {
            if (bind.nodeset.startsWith(repeat + QLatin1Char('/'))) {
                m_problems.append({bind.line, QStringLiteral("entities:saveto"),
                                   tr("A case field cannot be saved from inside a repeat.")});
            }
        }
    }
    // A choice that the case field would refuse is caught now, not at the worker's submit.
    for (const FormBind &bind : std::as_const(m_form->binds)) {
        if (bind.saveTo.isEmpty() || !domain::isCaseField(bind.saveTo))
            continue;
        const int control = m_form->controlForRef(bind.nodeset);
        if (control < 0)
            continue;
        for (const StaticChoice &choice : m_form->controls.at(control).choices) {
            if (!domain::validateCaseField(bind.saveTo, choice.value).isEmpty()) {
                m_problems.append({m_form->controls.at(control).line,
                                   QStringLiteral("entities:saveto"),
                                   tr("The choice \"%1\" is not a value %2 accepts.")
                                       .arg(choice.value, bind.saveTo)});
            }
        }
    }
    if (m_form->languages.isEmpty())
        m_form->languages << QStringLiteral("fa");
    if (m_form->title.isEmpty())
        m_form->title = m_form->formId;
}

} // namespace pluslife::forms
