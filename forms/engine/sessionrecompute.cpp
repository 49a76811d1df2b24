// FormSession::Impl: recomputing relevance, calculates, jr:count, required, read-only and
// constraints after a change, telling the renderer what changed, and typing an answer.
#include "formsession.h"

#include "locale/digits.h"
#include "odkfunctions.h"
#include "sessionstate.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <cmath>
#include <functional>

namespace pluslife::forms {

using namespace session;

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
    // Rows removed here take their descendants with them; those may be parents of a nested
    // counted repeat further down the list, and must not be looked at again.
    QSet<const xmlNode *> freed;
    const auto forget = [&](xmlNodePtr row) {
        std::function<void(const xmlNode *)> mark = [&](const xmlNode *node) {
            freed.insert(node);
            states.remove(node);
            for (const xmlNode *child = node->children; child; child = child->next) {
                if (child->type == XML_ELEMENT_NODE)
                    mark(child);
            }
        };
        mark(row);
    };
    for (auto it = repeatControls.cbegin(); it != repeatControls.cend(); ++it) {
        const FormControl &control = form->controls.at(it.value());
        if (control.countExpression.isEmpty())
            continue;
        const QString parentGeneric = it.key().section(QLatin1Char('/'), 0, -2);
        // A relative count is written from a row ("../m", as pyxform does for a nested repeat)
        // but evaluated here from the row's parent, which exists even when there are no rows.
        QString count = control.countExpression.trimmed();
        if (count.startsWith(QLatin1String("../")))
            count = count.mid(3);
        const QString name = it.key().section(QLatin1Char('/'), -1);
        const QList<xmlNodePtr> snapshotOrder = order;
        for (xmlNodePtr parent : snapshotOrder) {
            if (freed.contains(parent) || genericPathOf(parent) != parentGeneric ||
                !state(parent).relevant)
                continue;
            const double wanted = evaluator->evaluateNumber(count, parent);
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
                forget(last);
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

} // namespace pluslife::forms
