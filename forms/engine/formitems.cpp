#include "formsession.h"
#include "sessionstate.h"

namespace pluslife::forms {

namespace {

FormItem::Kind itemKind(FormControl::Kind kind)
{
    switch (kind) {
    case FormControl::Kind::Group:
        return FormItem::Kind::Group;
    case FormControl::Kind::Repeat:
        return FormItem::Kind::Repeat;
    case FormControl::Kind::Input:
        return FormItem::Kind::Input;
    case FormControl::Kind::Select1:
        return FormItem::Kind::Select1;
    case FormControl::Kind::Select:
        return FormItem::Kind::Select;
    case FormControl::Kind::Upload:
        return FormItem::Kind::Upload;
    case FormControl::Kind::Trigger:
        return FormItem::Kind::Trigger;
    }
    return FormItem::Kind::Input;
}

bool isLeaf(FormItem::Kind kind)
{
    return kind != FormItem::Kind::Group && kind != FormItem::Kind::Repeat &&
           kind != FormItem::Kind::RepeatInstance;
}

void collectProblems(const QList<FormItem> &items, QList<FormIssue> &issues)
{
    for (const FormItem &item : items) {
        if (!item.relevant)
            continue;
        if (isLeaf(item.kind) && !item.problem.isEmpty())
            issues.append({item.path, item.control, item.problem});
        collectProblems(item.children, issues);
    }
}

} // namespace

QString FormSession::Impl::resolveText(const TextSpec &spec, xmlNodePtr node) const
{
    const QList<TextPart> *parts = &spec.parts;
    if (!spec.itextId.isEmpty()) {
        parts = nullptr;
        for (const QString &lang : {evaluator->language(), form->defaultLanguage()}) {
            const auto texts = form->itext.constFind(lang);
            if (texts == form->itext.cend())
                continue;
            const auto entry = texts->constFind(spec.itextId);
            if (entry != texts->cend()) {
                parts = &entry.value();
                break;
            }
        }
        if (!parts)
            return QString();
    }
    QString out;
    for (const TextPart &part : *parts)
        out += part.isOutput ? evaluator->evaluateString(part.text, node) : part.text;
    return out;
}

QList<FormChoiceItem> FormSession::Impl::choicesFor(const FormControl &control,
                                                    xmlNodePtr node) const
{
    QList<FormChoiceItem> choices;
    for (const StaticChoice &choice : control.choices)
        choices.append({choice.value, resolveText(choice.label, node)});
    if (!control.itemsetNodeset.isEmpty()) {
        xml::Object items = evaluator->evaluate(control.itemsetNodeset, node);
        if (items && items->type == XPATH_NODESET && items->nodesetval) {
            // Copy the node list first: evaluating labels reuses the XPath context.
            QList<xmlNodePtr> nodes;
            for (int i = 0; i < items->nodesetval->nodeNr; ++i)
                nodes.append(items->nodesetval->nodeTab[i]);
            for (xmlNodePtr item : nodes) {
                choices.append({evaluator->evaluateString(control.itemsetValueRef, item).trimmed(),
                                evaluator->evaluateString(control.itemsetLabelRef, item)});
            }
        }
    }
    return choices;
}

xmlNodePtr FormSession::Impl::resolveControlNode(const QString &ref, xmlNodePtr contextNode) const
{
    // Walk from the context (a repeat row or the root) down the rest of the generic path.
    const QString contextGeneric = genericPathOf(contextNode);
    if (ref == contextGeneric)
        return contextNode;
    if (!ref.startsWith(contextGeneric + QLatin1Char('/')))
        return nullptr;
    const QStringList steps =
        ref.mid(contextGeneric.size() + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    xmlNodePtr node = contextNode;
    for (const QString &step : steps) {
        const QByteArray name = step.toUtf8();
        xmlNodePtr found = nullptr;
        for (xmlNodePtr child = xml::firstElementChild(node); child;
             child = xml::nextElementSibling(child)) {
            if (xmlStrEqual(child->name, xml::chars(name))) {
                found = child;
                break;
            }
        }
        if (!found)
            return nullptr;
        node = found;
    }
    return node;
}

QString FormSession::Impl::problemFor(const FormBind *bind, const NodeState &nodeState,
                                      const QString &value, xmlNodePtr node) const
{
    if (!bind || !nodeState.relevant)
        return QString();
    if (!nodeState.constraintOk) {
        const QString message = resolveText(bind->constraintMessage, node);
        return message.isEmpty() ? tr("This answer is not valid.") : message;
    }
    if (revealRequired && nodeState.required && value.isEmpty()) {
        const QString message = resolveText(bind->requiredMessage, node);
        return message.isEmpty() ? tr("This answer is required.") : message;
    }
    return QString();
}

FormItem FormSession::Impl::buildItem(int controlIndex, xmlNodePtr contextNode) const
{
    const FormControl &control = form->controls.at(controlIndex);
    FormItem item;
    item.kind = itemKind(control.kind);
    item.control = controlIndex;
    item.appearance = control.appearance;

    if (control.kind == FormControl::Kind::Repeat) {
        const QString parentRef = control.ref.section(QLatin1Char('/'), 0, -2);
        const QString name = control.ref.section(QLatin1Char('/'), -1);
        xmlNodePtr parent = resolveControlNode(parentRef, contextNode);
        if (!parent)
            return item;
        item.path = instancePath(parent) + QLatin1Char('/') + name;
        item.label = resolveText(control.label, parent);
        item.relevant = state(parent).relevant;
        item.canAddRemove = !control.noAddRemove && control.countExpression.isEmpty();
        for (xmlNodePtr row = xml::firstElementChild(parent); row;
             row = xml::nextElementSibling(row)) {
            if (xml::name(row) != name)
                continue;
            FormItem instance;
            instance.kind = FormItem::Kind::RepeatInstance;
            instance.control = controlIndex;
            instance.path = instancePath(row);
            instance.label = item.label;
            instance.relevant = state(row).relevant;
            instance.canAddRemove = item.canAddRemove;
            for (int child : control.children) {
                FormItem built = buildItem(child, row);
                if (!built.path.isEmpty() || built.kind == FormItem::Kind::Group)
                    instance.children.append(built);
            }
            item.children.append(instance);
        }
        return item;
    }

    // The usual ODK shape wraps a repeat in a group with the same ref: that group names no
    // node of its own (it would be the first row, or nothing when there are no rows yet).
    const bool wrapsRepeat = control.kind == FormControl::Kind::Group && isRepeatPath(control.ref);
    xmlNodePtr node = control.ref.isEmpty() || wrapsRepeat
                          ? nullptr
                          : resolveControlNode(control.ref, contextNode);
    if (!control.ref.isEmpty() && !wrapsRepeat && !node)
        return item; // path stays empty: the instance lacks this node
    xmlNodePtr textContext = node ? node : contextNode;
    item.label = resolveText(control.label, textContext);
    item.hint = resolveText(control.hint, textContext);
    if (node) {
        item.path = instancePath(node);
        const NodeState &nodeState = state(node);
        item.relevant = nodeState.relevant;
        item.required = nodeState.required;
        item.readOnly = nodeState.readOnly;
        item.calculated = nodeState.bind && !nodeState.bind->calculate.isEmpty();
        if (nodeState.bind)
            item.type = nodeState.bind->type;
        else if (control.kind == FormControl::Kind::Select1)
            item.type = DataType::Select1;
        else if (control.kind == FormControl::Kind::Select)
            item.type = DataType::Select;
        if (isLeaf(item.kind)) {
            item.value = xml::nodeText(node);
            item.isNote = control.kind == FormControl::Kind::Input && nodeState.bind &&
                          !nodeState.bind->readonly.isEmpty() &&
                          nodeState.bind->calculate.isEmpty() && nodeState.readOnly &&
                          (item.type == DataType::String);
            item.problem = problemFor(nodeState.bind, nodeState, item.value, node);
        }
    } else if (wrapsRepeat) {
        xmlNodePtr parent =
            resolveControlNode(control.ref.section(QLatin1Char('/'), 0, -2), contextNode);
        item.relevant = parent ? state(parent).relevant : true;
    } else if (contextNode) {
        item.relevant = state(contextNode).relevant;
    }
    if (control.kind == FormControl::Kind::Select1 || control.kind == FormControl::Kind::Select)
        item.choices = choicesFor(control, node);
    if (control.kind == FormControl::Kind::Group) {
        for (int child : control.children) {
            FormItem built = buildItem(child, contextNode);
            if (!built.path.isEmpty() || built.kind == FormItem::Kind::Group)
                item.children.append(built);
        }
    }
    return item;
}

QList<FormPage> FormSession::pages() const
{
    QList<FormPage> pages;
    const FormDefinition &form = *m_impl->form;
    FormPage loose;
    auto flushLoose = [&] {
        if (!loose.controls.isEmpty()) {
            loose.title = form.title;
            pages.append(loose);
            loose = FormPage();
        }
    };
    for (int index : form.topLevel) {
        const FormControl &control = form.controls.at(index);
        if (control.kind == FormControl::Kind::Group || control.kind == FormControl::Kind::Repeat) {
            flushLoose();
            FormPage page;
            page.title = m_impl->resolveText(control.label, m_impl->root());
            if (page.title.isEmpty())
                page.title = form.title;
            page.controls << index;
            pages.append(page);
        } else {
            loose.controls << index;
        }
    }
    flushLoose();
    return pages;
}

QList<FormItem> FormSession::pageItems(int page) const
{
    const QList<FormPage> all = pages();
    QList<FormItem> items;
    if (page < 0 || page >= all.size())
        return items;
    for (int index : all.at(page).controls)
        items.append(m_impl->buildItem(index, m_impl->root()));
    return items;
}

bool FormSession::isPageRelevant(int page) const
{
    const QList<FormPage> all = pages();
    if (page < 0 || page >= all.size())
        return false;
    const FormDefinition &form = *m_impl->form;
    for (int index : all.at(page).controls) {
        const FormControl &control = form.controls.at(index);
        QString ref = control.ref;
        // A repeat (or the group around it) is as relevant as the node that holds its rows.
        if (control.kind == FormControl::Kind::Repeat || m_impl->isRepeatPath(ref))
            ref = ref.section(QLatin1Char('/'), 0, -2);
        if (ref.isEmpty())
            return true; // a group without a node: its questions decide; show it
        xmlNodePtr node = m_impl->resolveControlNode(ref, m_impl->root());
        if (node && m_impl->state(node).relevant)
            return true;
    }
    return false;
}

QList<FormItem> FormSession::allItems() const
{
    QList<FormItem> items;
    for (int index : m_impl->form->topLevel)
        items.append(m_impl->buildItem(index, m_impl->root()));
    return items;
}

FormItem FormSession::item(const QString &path) const
{
    xmlNodePtr node = m_impl->nodeAt(path);
    if (!node)
        return FormItem();
    const QString generic = m_impl->genericPathOf(node);
    const bool repeatRow = m_impl->isRepeatPath(generic) && path.endsWith(QLatin1Char(']'));
    const bool repeatContainer = m_impl->isRepeatPath(generic) && !repeatRow;
    int controlIndex = -1;
    if (m_impl->isRepeatPath(generic)) {
        controlIndex = m_impl->repeatControls.value(generic);
    } else {
        for (int i = 0; i < m_impl->form->controls.size(); ++i) {
            if (m_impl->form->controls.at(i).ref == generic) {
                controlIndex = i;
                break;
            }
        }
    }
    if (controlIndex < 0)
        return FormItem();
    // The context is the nearest repeat row above (above the row itself for repeats).
    xmlNodePtr context = (repeatRow || repeatContainer) ? node->parent : node->parent;
    while (context && context->type == XML_ELEMENT_NODE &&
           !m_impl->isRepeatPath(m_impl->genericPathOf(context)))
        context = context->parent;
    if (!context || context->type != XML_ELEMENT_NODE)
        context = m_impl->root();
    FormItem built = m_impl->buildItem(controlIndex, context);
    if (repeatRow) {
        for (const FormItem &row : std::as_const(built.children)) {
            if (row.path == path)
                return row;
        }
        return FormItem();
    }
    return built;
}

QList<FormIssue> FormSession::validate() const
{
    m_impl->revealRequired = true;
    QList<FormIssue> issues;
    collectProblems(allItems(), issues);
    return issues;
}

} // namespace pluslife::forms
