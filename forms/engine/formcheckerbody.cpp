// Reading an XForms document: binds, setvalue events and the body's controls, and checking
// every expression and path they name.
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

} // namespace

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

} // namespace pluslife::forms
