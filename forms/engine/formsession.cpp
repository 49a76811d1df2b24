// FormSession's public face: starting and resuming, answers, repeats, and what a draft or a
// submission stores. The live state is FormSession::Impl (sessionstate.h).
#include "formsession.h"

#include "locale/digits.h"
#include "odkfunctions.h"
#include "sessionstate.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <cmath>

namespace pluslife::forms {

using namespace session;

FormSession::FormSession(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}
FormSession::~FormSession() = default;

std::unique_ptr<FormSession> FormSession::start(FormDefinitionPtr form, FormContext context)
{
    auto impl = std::make_unique<Impl>();
    impl->form = std::move(form);
    impl->context = std::move(context);
    impl->started = impl->now();
    impl->doc = xml::parse(impl->form->primaryInstanceXml);
    QString error;
    if (!impl->doc || !impl->setUp(&error))
        return nullptr;
    impl->applyPreloads();
    impl->applySetValues(QStringLiteral("odk-instance-first-load"), nullptr);
    impl->recompute();
    return std::unique_ptr<FormSession>(new FormSession(std::move(impl)));
}

std::unique_ptr<FormSession> FormSession::resume(FormDefinitionPtr form, FormContext context,
                                                 const QByteArray &instanceXml, QString *error)
{
    auto impl = std::make_unique<Impl>();
    impl->form = std::move(form);
    impl->context = std::move(context);
    impl->started = impl->now();
    QString parseError;
    impl->doc = xml::parse(instanceXml, &parseError);
    xmlNodePtr root = impl->doc ? impl->root() : nullptr;
    if (!root || xml::name(root) != impl->form->rootName ||
        xml::attribute(root, "id") != impl->form->formId) {
        if (error)
            *error = Impl::tr("The saved answers do not belong to this form.");
        return nullptr;
    }
    const auto started = parseDateOrDateTime(xml::attribute(root, "started", xml::kPlusLifeNs));
    if (started)
        impl->started = *started;
    if (!impl->setUp(error))
        return nullptr;
    impl->recompute();
    return std::unique_ptr<FormSession>(new FormSession(std::move(impl)));
}

const FormDefinition &FormSession::definition() const
{
    return *m_impl->form;
}

FormDefinitionPtr FormSession::definitionPtr() const
{
    return m_impl->form;
}

QString FormSession::language() const
{
    return m_impl->evaluator->language();
}

void FormSession::setLanguage(const QString &language)
{
    if (m_impl->form->languages.contains(language))
        m_impl->evaluator->setLanguage(language);
}

QString FormSession::value(const QString &path) const
{
    xmlNodePtr node = m_impl->nodeAt(path);
    return node ? xml::nodeText(node) : QString();
}

FormChange FormSession::setValue(const QString &path, const QString &value)
{
    FormChange change;
    xmlNodePtr node = m_impl->nodeAt(path);
    if (!node || xml::hasElementChildren(node) || node == m_impl->root()) {
        change.error = Impl::tr("There is no question at %1.").arg(path);
        return change;
    }
    const Impl::NodeState &nodeState = m_impl->state(node);
    if (nodeState.readOnly) {
        change.error = Impl::tr("This answer is filled in by the form and cannot be changed.");
        return change;
    }
    const DataType type = nodeState.bind ? nodeState.bind->type : DataType::String;
    QString typed = m_impl->typedValue(type, value, &change.error);
    if (!change.error.isEmpty())
        return change;
    const int controlIndex = m_impl->form->controlForRef(nodeState.genericPath);
    if (controlIndex >= 0 && !typed.isEmpty()) {
        const FormControl &control = m_impl->form->controls.at(controlIndex);
        if (control.kind == FormControl::Kind::Select1 ||
            control.kind == FormControl::Kind::Select) {
            QStringList known;
            for (const FormChoiceItem &choice : m_impl->choicesFor(control, node))
                known << choice.value;
            const QStringList picked =
                typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            for (const QString &one : picked) {
                if (!known.contains(one)) {
                    change.error = Impl::tr("Choose one of the listed answers.");
                    return change;
                }
            }
            if (control.kind == FormControl::Kind::Select1 && picked.size() > 1) {
                change.error = Impl::tr("Choose only one answer.");
                return change;
            }
            typed = picked.join(QLatin1Char(' '));
        }
    }
    if (typed == xml::nodeText(node))
        return change;
    const auto before = m_impl->snapshot();
    xml::setNodeText(node, typed);
    const bool structure = m_impl->recompute();
    return m_impl->diff(before, structure);
}

FormChange FormSession::addRepeat(const QString &repeatPath)
{
    FormChange change;
    const QString parentPath = repeatPath.section(QLatin1Char('/'), 0, -2);
    const QString name = repeatPath.section(QLatin1Char('/'), -1);
    xmlNodePtr parent = m_impl->nodeAt(parentPath);
    const QString generic =
        parent ? m_impl->genericPathOf(parent) + QLatin1Char('/') + name : QString();
    if (!parent || !m_impl->isRepeatPath(generic)) {
        change.error = Impl::tr("There is no repeat at %1.").arg(repeatPath);
        return change;
    }
    const FormControl &control = m_impl->form->controls.at(m_impl->repeatControls.value(generic));
    if (control.noAddRemove || !control.countExpression.isEmpty()) {
        change.error = Impl::tr("The form sets how many of these there are.");
        return change;
    }
    const auto before = m_impl->snapshot();
    m_impl->addInstance(parent, name, generic);
    m_impl->recompute();
    return m_impl->diff(before, true);
}

FormChange FormSession::removeRepeat(const QString &instancePath)
{
    FormChange change;
    xmlNodePtr node = m_impl->nodeAt(instancePath);
    const QString generic = node ? m_impl->genericPathOf(node) : QString();
    if (!node || !m_impl->isRepeatPath(generic) || !instancePath.endsWith(QLatin1Char(']'))) {
        change.error = Impl::tr("There is no repeat row at %1.").arg(instancePath);
        return change;
    }
    const FormControl &control = m_impl->form->controls.at(m_impl->repeatControls.value(generic));
    if (control.noAddRemove || !control.countExpression.isEmpty()) {
        change.error = Impl::tr("The form sets how many of these there are.");
        return change;
    }
    const auto before = m_impl->snapshot();
    xmlUnlinkNode(node);
    xmlFreeNode(node);
    m_impl->indexNodes();
    m_impl->recompute();
    return m_impl->diff(before, true);
}

int FormSession::repeatCount(const QString &repeatPath) const
{
    xmlNodePtr parent = m_impl->nodeAt(repeatPath.section(QLatin1Char('/'), 0, -2));
    const QString name = repeatPath.section(QLatin1Char('/'), -1);
    int count = 0;
    for (xmlNodePtr child = parent ? xml::firstElementChild(parent) : nullptr; child;
         child = xml::nextElementSibling(child)) {
        if (xml::name(child) == name)
            ++count;
    }
    return count;
}

QByteArray FormSession::instanceXml() const
{
    // When the filling started travels with the draft, so a resumed draft keeps it.
    xmlNodePtr root = m_impl->root();
    xmlNsPtr ns = xmlSearchNsByHref(m_impl->doc.get(), root, BAD_CAST xml::kPlusLifeNs);
    if (!ns)
        ns = xmlNewNs(root, BAD_CAST xml::kPlusLifeNs, BAD_CAST "pluslife");
    xmlSetNsProp(root, ns, BAD_CAST "started", xml::chars(isoDateTime(m_impl->started).toUtf8()));
    return xml::serialize(m_impl->doc.get());
}

QString FormSession::instanceId() const
{
    xmlNodePtr meta = childNamed(m_impl->root(), QStringLiteral("meta"), false);
    xmlNodePtr id = meta ? childNamed(meta, QStringLiteral("instanceID"), false) : nullptr;
    return id ? xml::nodeText(id) : QString();
}

QDateTime FormSession::startedAt() const
{
    return m_impl->started;
}

QByteArray FormSession::submissionXml(const QString &deprecatedId)
{
    const QDateTime end = m_impl->now();
    for (xmlNodePtr node : std::as_const(m_impl->order)) {
        const FormBind *bind = m_impl->state(node).bind;
        if (bind && bind->preload == QLatin1String("timestamp") &&
            bind->preloadParams == QLatin1String("end"))
            xml::setNodeText(node, isoDateTime(end));
    }
    if (!deprecatedId.isEmpty()) {
        xmlNodePtr meta = childNamed(m_impl->root(), QStringLiteral("meta"), true);
        xml::setNodeText(childNamed(meta, QStringLiteral("deprecatedID"), true), deprecatedId);
        // As ODK does with an edited submission: the correction is an instance of its own.
        xmlNodePtr instanceId = childNamed(meta, QStringLiteral("instanceID"), true);
        if (xml::nodeText(instanceId) == deprecatedId)
            xml::setNodeText(instanceId, newInstanceId());
        m_impl->indexNodes();
        m_impl->recompute();
    }
    xml::Doc copy(xmlCopyDoc(m_impl->doc.get(), 1));
    // Walk the live instance and its copy side by side; drop what is not relevant.
    std::function<void(xmlNodePtr, xmlNodePtr)> prune = [&](xmlNodePtr live, xmlNodePtr copied) {
        xmlNodePtr l = xml::firstElementChild(live);
        xmlNodePtr c = xml::firstElementChild(copied);
        while (l && c) {
            xmlNodePtr nextL = xml::nextElementSibling(l);
            xmlNodePtr nextC = xml::nextElementSibling(c);
            if (!m_impl->state(l).relevant) {
                xmlUnlinkNode(c);
                xmlFreeNode(c);
            } else {
                prune(l, c);
            }
            l = nextL;
            c = nextC;
        }
    };
    xmlNodePtr copyRoot = xmlDocGetRootElement(copy.get());
    prune(m_impl->root(), copyRoot);
    // The draft bookkeeping attribute is not part of the submission.
    xmlNsPtr ns = xmlSearchNsByHref(copy.get(), copyRoot, BAD_CAST xml::kPlusLifeNs);
    if (ns)
        xmlUnsetNsProp(copyRoot, ns, BAD_CAST "started");
    return xml::serialize(copy.get());
}

QHash<QString, QString> FormSession::caseFieldValues() const
{
    QHash<QString, QString> values;
    for (xmlNodePtr node : std::as_const(m_impl->order)) {
        const Impl::NodeState &nodeState = m_impl->state(node);
        if (!nodeState.bind || nodeState.bind->saveTo.isEmpty() || !nodeState.relevant)
            continue;
        const QString value = xml::nodeText(node);
        if (!value.isEmpty())
            values.insert(nodeState.bind->saveTo, value);
    }
    return values;
}

} // namespace pluslife::forms
