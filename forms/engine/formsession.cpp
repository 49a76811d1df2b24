#include "formsession.h"

#include "locale/digits.h"
#include "odkfunctions.h"
#include "sessionstate.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <cmath>

namespace pluslife::forms {

namespace {

constexpr int kMaxRepeatCount = 1000; // a jr:count beyond this is a form error, not a family
constexpr int kMaxPasses = 8;         // calculates that feed calculates settle within this

QString newInstanceId()
{
    return QStringLiteral("uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

xmlNodePtr childNamed(xmlNodePtr parent, const QString &name, bool create)
{
    const QByteArray utf8 = name.toUtf8();
    for (xmlNodePtr child = xml::firstElementChild(parent); child;
         child = xml::nextElementSibling(child)) {
        if (xmlStrEqual(child->name, xml::chars(utf8)))
            return child;
    }
    return create ? xmlNewChild(parent, nullptr, xml::chars(utf8), nullptr) : nullptr;
}

} // namespace

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

QDateTime FormSession::Impl::now() const
{
    return context.now ? context.now() : QDateTime::currentDateTime();
}

bool FormSession::Impl::setUp(QString *error)
{
    evaluator = std::make_unique<Evaluator>(*form, doc.get(), [this] { return now(); });
    if (!context.language.isEmpty() && form->languages.contains(context.language))
        evaluator->setLanguage(context.language);
    for (int i = 0; i < form->controls.size(); ++i) {
        if (form->controls.at(i).kind == FormControl::Kind::Repeat)
            repeatControls.insert(form->controls.at(i).ref, i);
    }
    prepareTemplates();
    xmlNodePtr meta = childNamed(root(), QStringLiteral("meta"), true);
    xmlNodePtr instanceId = childNamed(meta, QStringLiteral("instanceID"), true);
    if (xml::nodeText(instanceId).isEmpty())
        xml::setNodeText(instanceId, newInstanceId());
    indexNodes();
    if (error)
        error->clear();
    return true;
}

void FormSession::Impl::prepareTemplates()
{
    // Templates come from the form as published, so a resumed draft adds the same rows.
    xml::Doc original = xml::parse(form->primaryInstanceXml);
    QHash<QString, QList<xmlNodePtr>> byPath;
    std::function<void(xmlNodePtr, const QString &)> walk = [&](xmlNodePtr node,
                                                                const QString &prefix) {
        const QString path = prefix + QLatin1Char('/') + xml::name(node);
        if (isRepeatPath(path))
            byPath[path].append(node);
        for (xmlNodePtr child = xml::firstElementChild(node); child;
             child = xml::nextElementSibling(child))
            walk(child, path);
    };
    walk(xmlDocGetRootElement(original.get()), QString());
    for (auto it = byPath.cbegin(); it != byPath.cend(); ++it) {
        xmlNodePtr chosen = it.value().first();
        for (xmlNodePtr candidate : it.value()) {
            if (xml::hasAttribute(candidate, "template", xml::kJavaRosaNs)) {
                chosen = candidate;
                break;
            }
        }
        xmlNodePtr before = chosen->prev;
        while (before && before->type != XML_ELEMENT_NODE)
            before = before->prev;
        templateAfter.insert(it.key(), before ? xml::name(before) : QString());
        xml::Doc copy = xml::documentOf(chosen);
        xmlNodePtr copyRoot = xmlDocGetRootElement(copy.get());
        xmlUnsetNsProp(copyRoot, xmlSearchNsByHref(copy.get(), copyRoot, BAD_CAST xml::kJavaRosaNs),
                       BAD_CAST "template");
        // Nested templates (zero rows to start) go; a nested first row stays as one row.
        std::function<void(xmlNodePtr)> dropTemplates = [&](xmlNodePtr node) {
            xmlNodePtr child = xml::firstElementChild(node);
            while (child) {
                xmlNodePtr next = xml::nextElementSibling(child);
                if (xml::hasAttribute(child, "template", xml::kJavaRosaNs)) {
                    xmlUnlinkNode(child);
                    xmlFreeNode(child);
                } else {
                    dropTemplates(child);
                }
                child = next;
            }
        };
        dropTemplates(copyRoot);
        templates[it.key()] = std::move(copy);
    }
    // The live instance keeps no template rows.
    std::function<void(xmlNodePtr)> dropLive = [&](xmlNodePtr node) {
        xmlNodePtr child = xml::firstElementChild(node);
        while (child) {
            xmlNodePtr next = xml::nextElementSibling(child);
            if (xml::hasAttribute(child, "template", xml::kJavaRosaNs)) {
                xmlUnlinkNode(child);
                xmlFreeNode(child);
            } else {
                dropLive(child);
            }
            child = next;
        }
    };
    dropLive(root());
}

void FormSession::Impl::indexNodes()
{
    states.clear();
    order.clear();
    std::function<void(xmlNodePtr, const QString &)> walk = [&](xmlNodePtr node,
                                                                const QString &prefix) {
        NodeState nodeState;
        nodeState.genericPath = prefix + QLatin1Char('/') + xml::name(node);
        nodeState.bind = form->bindFor(nodeState.genericPath);
        states.insert(node, nodeState);
        order.append(node);
        for (xmlNodePtr child = xml::firstElementChild(node); child;
             child = xml::nextElementSibling(child))
            walk(child, nodeState.genericPath);
    };
    walk(root(), QString());
}

const FormSession::Impl::NodeState &FormSession::Impl::state(const xmlNode *node) const
{
    static const NodeState none;
    const auto found = states.constFind(node);
    return found == states.cend() ? none : found.value();
}

QString FormSession::Impl::genericPathOf(const xmlNode *node) const
{
    return state(node).genericPath;
}

void FormSession::Impl::applyPreloads()
{
    const QDateTime startedAt = started;
    for (xmlNodePtr node : std::as_const(order)) {
        const FormBind *bind = state(node).bind;
        if (!bind || bind->preload.isEmpty())
            continue;
        QString value;
        if (bind->preload == QLatin1String("date") && bind->preloadParams == QLatin1String("today"))
            value = isoDate(startedAt.date());
        else if (bind->preload == QLatin1String("timestamp") &&
                 bind->preloadParams == QLatin1String("start"))
            value = isoDateTime(startedAt);
        else if (bind->preloadParams == QLatin1String("username"))
            value = context.userName;
        else if (bind->preloadParams == QLatin1String("deviceid"))
            value = context.deviceId;
        else if (bind->preload == QLatin1String("uid"))
            value = newInstanceId();
        else
            continue;
        if (xml::nodeText(node).isEmpty())
            xml::setNodeText(node, value);
    }
}

void FormSession::Impl::applySetValues(const QString &event, xmlNodePtr within)
{
    const QString withinPath = within ? genericPathOf(within) : QString();
    for (const FormSetValue &setValue : form->setValues) {
        if (setValue.event != event)
            continue;
        if (within && !setValue.ref.startsWith(withinPath + QLatin1Char('/')) &&
            setValue.ref != withinPath)
            continue;
        xmlNodePtr target = within ? resolveControlNode(setValue.ref, within)
                                   : resolveControlNode(setValue.ref, root());
        if (!target)
            continue;
        xml::setNodeText(target, setValue.value.isEmpty()
                                     ? QString()
                                     : evaluator->evaluateString(setValue.value, target));
    }
}

QString FormSession::Impl::calculatedValue(const FormBind &bind, xmlNodePtr node)
{
    xml::Object result = evaluator->evaluate(bind.calculate, node);
    if (!result)
        return QString();
    if (bind.type == DataType::Int && result->type == XPATH_NUMBER) {
        const double value = result->floatval;
        return std::isnan(value) || std::isinf(value) ? QString()
                                                      : QString::number(qint64(std::trunc(value)));
    }
    if (bind.type == DataType::Int || bind.type == DataType::Decimal) {
        const QString text = Evaluator::resultText(result.get());
        const double number = xmlXPathCastToNumber(result.get());
        if (result->type != XPATH_NUMBER && !text.isEmpty() && std::isnan(number))
            return QString();
        if (bind.type == DataType::Int && !text.isEmpty())
            return QString::number(qint64(std::trunc(number)));
        return text;
    }
    if (result->type == XPATH_BOOLEAN && bind.type == DataType::String)
        return result->boolval ? QStringLiteral("true") : QStringLiteral("false");
    return Evaluator::resultText(result.get());
}

bool FormSession::Impl::recompute()
{
    bool structureChanged = false;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        bool changed = false;
        for (xmlNodePtr node : std::as_const(order)) {
            NodeState &nodeState = states[node];
            const bool parentRelevant = node->parent && node->parent->type == XML_ELEMENT_NODE
                                            ? state(node->parent).relevant
                                            : true;
            const bool own = !nodeState.bind || nodeState.bind->relevant.isEmpty() ||
                             evaluator->evaluateBool(nodeState.bind->relevant, node, true);
            nodeState.relevant = parentRelevant && own;
            if (nodeState.relevant && nodeState.bind && !nodeState.bind->calculate.isEmpty()) {
                const QString value = calculatedValue(*nodeState.bind, node);
                if (value != xml::nodeText(node)) {
                    xml::setNodeText(node, value);
                    changed = true;
                }
            }
        }
        if (adjustCounts()) {
            indexNodes();
            structureChanged = true;
            changed = true;
        }
        if (!changed)
            break;
    }
    for (xmlNodePtr node : std::as_const(order)) {
        NodeState &nodeState = states[node];
        const FormBind *bind = nodeState.bind;
        if (!bind)
            continue;
        nodeState.required = evaluator->evaluateBool(bind->required, node, false);
        nodeState.readOnly =
            !bind->calculate.isEmpty() || evaluator->evaluateBool(bind->readonly, node, false);
        nodeState.constraintOk = true;
        if (!bind->constraint.isEmpty() && nodeState.relevant && !xml::nodeText(node).isEmpty())
            nodeState.constraintOk = evaluator->evaluateBool(bind->constraint, node, true);
    }
    return structureChanged;
}

bool FormSession::Impl::adjustCounts()
{
    bool changed = false;
    for (auto it = repeatControls.cbegin(); it != repeatControls.cend(); ++it) {
        const FormControl &control = form->controls.at(it.value());
        if (control.countExpression.isEmpty())
            continue;
        const QString parentGeneric = it.key().section(QLatin1Char('/'), 0, -2);
        const QString name = it.key().section(QLatin1Char('/'), -1);
        const QList<xmlNodePtr> snapshotOrder = order;
        for (xmlNodePtr parent : snapshotOrder) {
            if (genericPathOf(parent) != parentGeneric || !state(parent).relevant)
                continue;
            const double wanted = evaluator->evaluateNumber(control.countExpression, parent);
            const int target =
                std::isnan(wanted) ? 0 : qBound(0, int(std::trunc(wanted)), kMaxRepeatCount);
            QList<xmlNodePtr> rows;
            for (xmlNodePtr child = xml::firstElementChild(parent); child;
                 child = xml::nextElementSibling(child)) {
                if (xml::name(child) == name)
                    rows.append(child);
            }
            while (rows.size() > target) {
                xmlNodePtr last = rows.takeLast();
                states.remove(last);
                xmlUnlinkNode(last);
                xmlFreeNode(last);
                changed = true;
            }
            while (rows.size() < target) {
                rows.append(addInstance(parent, name, it.key()));
                changed = true;
            }
        }
    }
    return changed;
}

xmlNodePtr FormSession::Impl::addInstance(xmlNodePtr parent, const QString &name,
                                          const QString &generic)
{
    const auto found = templates.find(generic);
    xmlNodePtr copy = found != templates.end()
                          ? xmlDocCopyNode(xmlDocGetRootElement(found->second.get()), doc.get(), 1)
                          : xmlNewDocNode(doc.get(), nullptr, xml::chars(name.toUtf8()), nullptr);
    xmlNodePtr lastRow = nullptr;
    xmlNodePtr lastBefore = nullptr;
    const QString before = templateAfter.value(generic);
    for (xmlNodePtr child = xml::firstElementChild(parent); child;
         child = xml::nextElementSibling(child)) {
        if (xml::name(child) == name)
            lastRow = child;
        else if (!before.isEmpty() && xml::name(child) == before)
            lastBefore = child;
    }
    if (lastRow)
        xmlAddNextSibling(lastRow, copy);
    else if (lastBefore)
        xmlAddNextSibling(lastBefore, copy);
    else if (xmlNodePtr first = xml::firstElementChild(parent))
        xmlAddPrevSibling(first, copy);
    else
        xmlAddChild(parent, copy);
    // The new row's nodes need their state before odk-new-repeat expressions look at them.
    indexNodes();
    applySetValues(QStringLiteral("odk-new-repeat"), copy);
    return copy;
}

xmlNodePtr FormSession::Impl::nodeAt(const QString &path) const
{
    static const QRegularExpression step(QStringLiteral("^([^\\[\\]]+)(?:\\[(\\d+)\\])?$"));
    const QStringList steps = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    xmlNodePtr node = root();
    if (steps.isEmpty() || !node || steps.first() != xml::name(node))
        return nullptr;
    for (qsizetype i = 1; i < steps.size() && node; ++i) {
        const auto match = step.match(steps.at(i));
        if (!match.hasMatch())
            return nullptr;
        const QString name = match.captured(1);
        int wanted = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
        xmlNodePtr found = nullptr;
        for (xmlNodePtr child = xml::firstElementChild(node); child;
             child = xml::nextElementSibling(child)) {
            if (xml::name(child) == name && --wanted == 0) {
                found = child;
                break;
            }
        }
        node = found;
    }
    return node;
}

QString FormSession::Impl::instancePath(const xmlNode *node) const
{
    QStringList steps;
    for (const xmlNode *n = node; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
        QString step = xml::name(n);
        if (isRepeatPath(genericPathOf(n))) {
            int index = 1;
            for (const xmlNode *prev = n->prev; prev; prev = prev->prev) {
                if (prev->type == XML_ELEMENT_NODE && xmlStrEqual(prev->name, n->name))
                    ++index;
            }
            step += QStringLiteral("[%1]").arg(index);
        }
        steps.prepend(step);
    }
    return QLatin1Char('/') + steps.join(QLatin1Char('/'));
}

QHash<const xmlNode *, FormSession::Impl::Snapshot> FormSession::Impl::snapshot() const
{
    QHash<const xmlNode *, Snapshot> result;
    result.reserve(order.size());
    for (xmlNodePtr node : order) {
        const NodeState &s = state(node);
        const QString value = xml::hasElementChildren(node) ? QString() : xml::nodeText(node);
        result.insert(node, {value, s.relevant, s.required, s.readOnly, s.constraintOk});
    }
    return result;
}

bool FormSession::Impl::showsAnswers(const FormControl &control) const
{
    for (const TextSpec *spec : {&control.label, &control.hint}) {
        for (const TextPart &part : spec->parts) {
            if (part.isOutput)
                return true;
        }
        if (spec->itextId.isEmpty())
            continue;
        for (const auto &texts : form->itext) {
            for (const TextPart &part : texts.value(spec->itextId)) {
                if (part.isOutput)
                    return true;
            }
        }
    }
    return false;
}

FormChange FormSession::Impl::diff(const QHash<const xmlNode *, Snapshot> &before,
                                   bool structureChanged) const
{
    FormChange change;
    change.structureChanged = structureChanged;
    const auto after = snapshot();
    for (xmlNodePtr node : order) {
        const auto old = before.constFind(node);
        if (old == before.cend() || !(old.value() == after.value(node)))
            change.changedPaths << instancePath(node);
    }
    // Itemsets may filter on anything, and a label may show any answer: those questions are
    // refreshed after every change.
    for (int i = 0; i < form->controls.size(); ++i) {
        const FormControl &control = form->controls.at(i);
        if (control.itemsetNodeset.isEmpty() && !showsAnswers(control))
            continue;
        for (xmlNodePtr node : order) {
            if (genericPathOf(node) == control.ref) {
                const QString path = instancePath(node);
                if (!change.changedPaths.contains(path))
                    change.changedPaths << path;
            }
        }
    }
    if (before.size() != after.size())
        change.structureChanged = true;
    return change;
}

QString FormSession::Impl::typedValue(DataType type, const QString &raw, QString *error) const
{
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty())
        return QString();
    switch (type) {
    case DataType::Int: {
        const QString number = locale::normalizeNumber(trimmed);
        static const QRegularExpression whole(QStringLiteral("^[-+]?\\d{1,15}$"));
        if (!whole.match(number).hasMatch()) {
            *error = tr("Enter a whole number.");
            return QString();
        }
        return QString::number(number.toLongLong());
    }
    case DataType::Decimal: {
        const QString number = locale::normalizeNumber(trimmed);
        static const QRegularExpression decimal(QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)$"));
        if (!decimal.match(number).hasMatch() || number.size() > 30) {
            *error = tr("Enter a number.");
            return QString();
        }
        return QString::number(number.toDouble(), 'g', 15);
    }
    case DataType::Date: {
        const QDate date =
            QDate::fromString(locale::normalizeDigits(trimmed), QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid()) {
            *error = tr("Enter a valid date.");
            return QString();
        }
        return isoDate(date);
    }
    case DataType::Time: {
        const QString text = locale::normalizeDigits(trimmed);
        QTime time = QTime::fromString(text.left(8), QStringLiteral("HH:mm:ss"));
        if (!time.isValid())
            time = QTime::fromString(text.left(5), QStringLiteral("HH:mm"));
        if (!time.isValid()) {
            *error = tr("Enter a valid time.");
            return QString();
        }
        // As ODK writes a time: with the device's offset from UTC.
        const QString withOffset = isoDateTime(QDateTime(now().date(), time, now().timeZone()));
        return withOffset.mid(withOffset.indexOf(QLatin1Char('T')) + 1);
    }
    case DataType::DateTime: {
        const auto parsed = parseDateOrDateTime(locale::normalizeDigits(trimmed));
        if (!parsed) {
            *error = tr("Enter a valid date and time.");
            return QString();
        }
        return isoDateTime(*parsed);
    }
    default:
        return raw;
    }
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
