#include "formchecker.h"

#include "domain/casefields.h"
#include "evaluator.h"
#include "xpathscan.h"

#include <libxml/xpathInternals.h>

#include <QRegularExpression>

#include <cstring>

namespace pluslife::forms {

namespace {

bool isXForms(const xmlNode *node, const char *localName)
{
    return xml::isElement(node) && xml::inNamespace(node, xml::kXFormsNs) &&
           std::strcmp(reinterpret_cast<const char *>(node->name), localName) == 0;
}

int lineOf(const xmlNode *node)
{
    return node ? int(xmlGetLineNo(node)) : 0;
}

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

std::optional<DataType> dataTypeOf(QString type)
{
    if (type.contains(QLatin1Char(':')))
        type = type.section(QLatin1Char(':'), 1);
    static const QHash<QString, DataType> types = {
        {QStringLiteral("string"), DataType::String},
        {QStringLiteral("int"), DataType::Int},
        {QStringLiteral("integer"), DataType::Int},
        {QStringLiteral("decimal"), DataType::Decimal},
        {QStringLiteral("date"), DataType::Date},
        {QStringLiteral("time"), DataType::Time},
        {QStringLiteral("dateTime"), DataType::DateTime},
        {QStringLiteral("select1"), DataType::Select1},
        {QStringLiteral("select"), DataType::Select},
        {QStringLiteral("barcode"), DataType::Barcode},
        {QStringLiteral("geopoint"), DataType::Geopoint},
        {QStringLiteral("binary"), DataType::Binary},
    };
    if (type.isEmpty())
        return DataType::String;
    const auto found = types.constFind(type);
    if (found == types.cend())
        return std::nullopt;
    return found.value();
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

void FormChecker::readBind(xmlNodePtr node)
{
    FormBind bind;
    bind.line = lineOf(node);
    bind.nodeset = resolveRef(xml::attribute(node, "nodeset"), m_rootPath);
    if (xml::attribute(node, "nodeset").isEmpty()) {
        problem(node, QStringLiteral("bind"), tr("A bind needs a nodeset."));
        return;
    }
    checkPath(node, bind.nodeset, QStringLiteral("bind"));
    const QString type = xml::attribute(node, "type");
    const auto dataType = dataTypeOf(type);
    if (!dataType) {
        problem(node, type, tr("The data type \"%1\" is not supported.").arg(type));
    } else {
        bind.type = *dataType;
    }
    bind.relevant = xml::attribute(node, "relevant");
    bind.required = xml::attribute(node, "required");
    bind.constraint = xml::attribute(node, "constraint");
    bind.calculate = xml::attribute(node, "calculate");
    bind.readonly = xml::attribute(node, "readonly");
    bind.requiredMessage = messageSpec(xml::attribute(node, "requiredMsg", xml::kJavaRosaNs));
    bind.constraintMessage = messageSpec(xml::attribute(node, "constraintMsg", xml::kJavaRosaNs));
    bind.preload = xml::attribute(node, "preload", xml::kJavaRosaNs);
    bind.preloadParams = xml::attribute(node, "preloadParams", xml::kJavaRosaNs);
    bind.saveTo = xml::attribute(node, "saveto", xml::kEntitiesNs);
    for (const QString *expression :
         {&bind.relevant, &bind.required, &bind.constraint, &bind.calculate, &bind.readonly}) {
        if (!expression->isEmpty())
            checkExpression(node, *expression);
    }
    if (!bind.preload.isEmpty()) {
        static const QSet<QString> known = {
            QStringLiteral("date/today"),        QStringLiteral("timestamp/start"),
            QStringLiteral("timestamp/end"),     QStringLiteral("property/username"),
            QStringLiteral("property/deviceid"), QStringLiteral("uid/")};
        const QString key = bind.preload + QLatin1Char('/') +
                            (bind.preload == QLatin1String("uid") ? QString() : bind.preloadParams);
        if (!known.contains(key))
            problem(node, QStringLiteral("jr:preload"),
                    tr("The preload \"%1 %2\" is not supported.")
                        .arg(bind.preload, bind.preloadParams));
    }
    if (!bind.saveTo.isEmpty()) {
        if (domain::isCriticalField(bind.saveTo)) {
            problem(node, QStringLiteral("entities:saveto"),
                    tr("\"%1\" is an identity field: a form may not change it.").arg(bind.saveTo));
        } else if (!domain::isCaseField(bind.saveTo)) {
            problem(node, QStringLiteral("entities:saveto"),
                    tr("\"%1\" is not a case field a form can save to.").arg(bind.saveTo));
        }
    }
    m_form->bindByPath.insert(bind.nodeset, int(m_form->binds.size()));
    m_form->binds.append(bind);
}

void FormChecker::readSetValue(xmlNodePtr node, const QString &contextRef)
{
    FormSetValue setValue;
    setValue.line = lineOf(node);
    setValue.event = xml::attribute(node, "event");
    setValue.ref = resolveRef(xml::attribute(node, "ref"), contextRef);
    setValue.value = xml::attribute(node, "value");
    if (setValue.event != QLatin1String("odk-instance-first-load") &&
        setValue.event != QLatin1String("odk-new-repeat")) {
        problem(node, QStringLiteral("setvalue"),
                tr("The setvalue event \"%1\" is not supported.").arg(setValue.event));
        return;
    }
    checkPath(node, setValue.ref, QStringLiteral("setvalue"));
    if (!setValue.value.isEmpty())
        checkExpression(node, setValue.value);
    m_form->setValues.append(setValue);
}

void FormChecker::readBody(xmlNodePtr parentElement, int parentControl, const QString &contextRef)
{
    for (xmlNodePtr child = xml::firstElementChild(parentElement); child;
         child = xml::nextElementSibling(child))
        readControl(child, parentControl, contextRef);
}

void FormChecker::readControl(xmlNodePtr element, int parentControl, const QString &contextRef)
{
    const QString name = xml::name(element);
    static const QHash<QString, FormControl::Kind> kinds = {
        {QStringLiteral("group"), FormControl::Kind::Group},
        {QStringLiteral("repeat"), FormControl::Kind::Repeat},
        {QStringLiteral("input"), FormControl::Kind::Input},
        {QStringLiteral("select1"), FormControl::Kind::Select1},
        {QStringLiteral("select"), FormControl::Kind::Select},
        {QStringLiteral("upload"), FormControl::Kind::Upload},
        {QStringLiteral("trigger"), FormControl::Kind::Trigger},
    };
    if (isXForms(element, "label") || isXForms(element, "hint")) {
        return; // read by the enclosing control
    }
    if (isXForms(element, "setvalue")) {
        readSetValue(element, contextRef);
        return;
    }
    if (!xml::inNamespace(element, xml::kXFormsNs) || !kinds.contains(name)) {
        const QString shown = element->ns && element->ns->prefix
                                  ? xml::text(element->ns->prefix) + QLatin1Char(':') + name
                                  : name;
        problem(element, shown, tr("The control \"%1\" is not supported.").arg(shown));
        return;
    }
    FormControl control;
    control.kind = kinds.value(name);
    control.line = lineOf(element);
    control.parent = parentControl;
    control.appearance = xml::attribute(element, "appearance");
    control.fieldList =
        control.appearance.split(QLatin1Char(' ')).contains(QStringLiteral("field-list"));
    const QString ref =
        xml::attribute(control.kind == FormControl::Kind::Repeat ? element : element,
                       control.kind == FormControl::Kind::Repeat ? "nodeset" : "ref");
    if (ref.isEmpty() && control.kind != FormControl::Kind::Group) {
        problem(element, name,
                control.kind == FormControl::Kind::Repeat
                    ? tr("A repeat needs a nodeset.")
                    : tr("The %1 control needs a ref.").arg(name));
        return;
    }
    if (!ref.isEmpty()) {
        control.ref = resolveRef(ref, contextRef);
        checkPath(element, control.ref, name);
    }
    for (xmlNodePtr child = xml::firstElementChild(element); child;
         child = xml::nextElementSibling(child)) {
        if (isXForms(child, "label"))
            control.label = readText(child);
        else if (isXForms(child, "hint"))
            control.hint = readText(child);
    }
    if (control.kind == FormControl::Kind::Repeat) {
        control.countExpression = xml::attribute(element, "count", xml::kJavaRosaNs);
        if (!control.countExpression.isEmpty())
            checkExpression(element, control.countExpression);
        control.noAddRemove = xml::attribute(element, "noAddRemove", xml::kJavaRosaNs)
                                  .contains(QLatin1String("true"));
        m_repeatPaths.insert(control.ref);
    }
    if (control.kind == FormControl::Kind::Upload)
        control.mediaType = xml::attribute(element, "mediatype");
    if (control.kind == FormControl::Kind::Select1 || control.kind == FormControl::Kind::Select)
        readSelectItems(element, control);

    const int index = int(m_form->controls.size());
    m_form->controls.append(control);
    if (parentControl < 0)
        m_form->topLevel.append(index);
    else
        m_form->controls[parentControl].children.append(index);

    if (control.kind == FormControl::Kind::Group || control.kind == FormControl::Kind::Repeat) {
        for (xmlNodePtr child = xml::firstElementChild(element); child;
             child = xml::nextElementSibling(child)) {
            if (!isXForms(child, "label") && !isXForms(child, "hint"))
                readControl(child, index, control.ref.isEmpty() ? contextRef : control.ref);
        }
    }
}

void FormChecker::readSelectItems(xmlNodePtr element, FormControl &control)
{
    for (xmlNodePtr child = xml::firstElementChild(element); child;
         child = xml::nextElementSibling(child)) {
        if (isXForms(child, "item")) {
            StaticChoice choice;
            for (xmlNodePtr part = xml::firstElementChild(child); part;
                 part = xml::nextElementSibling(part)) {
                if (isXForms(part, "label"))
                    choice.label = readText(part);
                else if (isXForms(part, "value"))
                    choice.value = xml::nodeText(part).trimmed();
            }
            if (choice.value.isEmpty() || choice.value.contains(QLatin1Char(' ')))
                problem(child, QStringLiteral("item"),
                        tr("A choice needs a value without spaces."));
            control.choices.append(choice);
        } else if (isXForms(child, "itemset")) {
            control.itemsetNodeset = xml::attribute(child, "nodeset");
            checkExpression(child, control.itemsetNodeset);
            for (xmlNodePtr part = xml::firstElementChild(child); part;
                 part = xml::nextElementSibling(part)) {
                const QString partRef = xml::attribute(part, "ref");
                if (isXForms(part, "value"))
                    control.itemsetValueRef = partRef;
                else if (isXForms(part, "label"))
                    control.itemsetLabelRef = partRef;
            }
            if (control.itemsetValueRef.isEmpty() || control.itemsetLabelRef.isEmpty()) {
                problem(child, QStringLiteral("itemset"),
                        tr("An itemset needs a value ref and a label ref."));
            } else {
                checkExpression(child, control.itemsetValueRef);
                checkExpression(child, control.itemsetLabelRef);
                control.itemsetLabelIsItext =
                    control.itemsetLabelRef.trimmed().startsWith(QLatin1String("jr:itext"));
            }
        }
    }
}

void FormChecker::checkExpression(const xmlNode *node, const QString &expression)
{
    if (expression.trimmed().isEmpty()) {
        problem(node, QStringLiteral("xpath"), tr("An expression is empty."));
        return;
    }
    const XPathScan scan = scanXPath(expression);
    bool unsupported = false;
    for (const QString &function : scan.functions) {
        if (!supportedFunctions().contains(function)) {
            problem(node, function + QStringLiteral("()"),
                    tr("The function %1() is not supported.").arg(function));
            unsupported = true;
        }
    }
    if (scan.rawDateOperation) {
        problem(node, QStringLiteral("date arithmetic"),
                tr("Dates are compared or subtracted directly in \"%1\"; use "
                   "decimal-date-time() on both sides.")
                    .arg(expression));
    }
    if (unsupported)
        return;
    xmlXPathCompExprPtr comp =
        xmlXPathCtxtCompile(m_checkContext.get(), xml::chars(expression.toUtf8()));
    if (!comp) {
        problem(node, QStringLiteral("xpath"),
                tr("The expression \"%1\" is not valid XPath.").arg(expression));
        return;
    }
    xmlXPathFreeCompExpr(comp);
}

void FormChecker::checkPath(const xmlNode *node, const QString &path, const QString &what)
{
    if (!m_instancePaths.contains(path))
        problem(node, what,
                tr("%1 refers to %2, which is not in the form's instance.").arg(what, path));
}

QString FormChecker::resolveRef(const QString &ref, const QString &contextRef) const
{
    QString cleaned = ref.trimmed();
    QStringList parts;
    if (!cleaned.startsWith(QLatin1Char('/')))
        parts = contextRef.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &step : cleaned.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (step == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (step != QLatin1String(".")) {
            parts << step;
        }
    }
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
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
