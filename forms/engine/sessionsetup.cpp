// FormSession::Impl: building the live instance (templates, preloads, setvalue events, repeat
// rows) and finding nodes by instance path.
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

} // namespace pluslife::forms
