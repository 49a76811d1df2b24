#include "formview.h"

#include "formfield.h"

#include <QApplication>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>

// FormView: answers going to the session and the changes they make shown; repeat instances
// added and removed; files chosen for upload questions.

namespace pluslife::ui {

void FormView::commit(FormField *field, const QString &value)
{
    const QString path = field->path();
    const forms::FormChange change = m_session.setValue(path, value);
    if (!change.ok()) {
        field->showRefused(change.error);
        return;
    }
    field->clearRefused();
    m_revealed.insert(path);
    field->setRevealed(true);
    applyChange(change, field, true);
    emit edited();
}

forms::FormChange FormView::setAnswer(const QString &path, const QString &value)
{
    FormField *target = m_fieldByPath.value(path);
    const forms::FormChange change = m_session.setValue(path, value);
    if (!change.ok()) {
        if (target)
            target->showRefused(change.error);
        return change;
    }
    m_revealed.insert(path);
    if (target) {
        target->clearRefused();
        target->setRevealed(true);
    }
    applyChange(change, target, false);
    emit edited();
    return change;
}

void FormView::applyChange(const forms::FormChange &change, FormField *origin, bool editing)
{
    if (change.structureChanged) {
        rebuildKeepingFocus(focusedName(), editing ? origin : nullptr);
        m_lastRefreshCount = int(m_fields.size());
        return;
    }
    QSet<FormField *> refreshed;
    for (const QString &path : change.changedPaths) {
        if (FormField *target = m_fieldByPath.value(path)) {
            if (refreshed.contains(target))
                continue;
            refreshed.insert(target);
            target->update(m_session.item(path), editing && target == origin);
        } else if (m_sections.contains(path)) {
            refreshSection(path);
        }
    }
    // Labels showing answers (<output/>) are not named by the change: they are few, refresh them.
    for (FormField *target : std::as_const(m_dynamicText)) {
        if (!refreshed.contains(target)) {
            refreshed.insert(target);
            target->update(m_session.item(target->path()), editing && target == origin);
        }
    }
    if (origin && !refreshed.contains(origin)) {
        // Unchanged as stored (e.g. "12." kept as 12): its problem may still have to show.
        refreshed.insert(origin);
        origin->update(m_session.item(origin->path()), editing);
    }
    m_lastRefreshCount = int(refreshed.size());
    if (!change.changedPaths.isEmpty())
        updateNavigation();
}

QString FormView::focusedName() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        return {};
    if (const FormField *owner = fieldContaining(focus))
        return owner->path();
    return focus->objectName();
}

void FormView::rebuildKeepingFocus(const QString &focusName, const FormField *typedIn)
{
    const int scrolled = m_scroll->verticalScrollBar()->value();
    // The worker is typing in the question whose answer changed the structure (a jr:count):
    // what is typed and the cursor go over to the rebuilt question.
    const auto typing = typedIn && typedIn->path() == focusName ? typedIn->typing() : std::nullopt;
    buildPage();
    m_scroll->verticalScrollBar()->setValue(scrolled);
    if (focusName.isEmpty())
        return;
    if (FormField *target = m_fieldByPath.value(focusName)) {
        if (typing)
            target->restoreTyping(*typing);
        target->focusEditor(!typing);
        return;
    }
    if (auto *widget = m_content->findChild<QWidget *>(focusName))
        widget->setFocus(Qt::OtherFocusReason);
}

void FormView::addRepeatInstance(const QString &repeatPath)
{
    const forms::FormChange change = m_session.addRepeat(repeatPath);
    if (!change.ok()) {
        QMessageBox::warning(this, tr("Add"), change.error);
        return;
    }
    applyChange(change, nullptr, false);
    // The keyboard goes to the first question of the new instance.
    const QString instancePrefix =
        repeatPath + u'[' + QString::number(m_session.repeatCount(repeatPath)) + u']';
    for (FormField *candidate : std::as_const(m_fields)) {
        if (candidate->path().startsWith(instancePrefix + u'/') && candidate->canTakeFocus()) {
            m_scroll->ensureWidgetVisible(candidate);
            candidate->focusEditor();
            break;
        }
    }
    emit edited();
}

void FormView::removeRepeatInstance(const QString &instancePath, const QString &title)
{
    if (m_confirmRemove && !m_confirmRemove(this, title))
        return;
    const forms::FormChange change = m_session.removeRepeat(instancePath);
    if (!change.ok()) {
        QMessageBox::warning(this, tr("Remove"), change.error);
        return;
    }
    // Paths after the removed instance now name other answers.
    const QString repeatPath = instancePath.left(instancePath.lastIndexOf(u'['));
    m_revealed.removeIf([&repeatPath](const QString &path) { return path.startsWith(repeatPath); });
    applyChange(change, nullptr, false);
    emit edited();
}

void FormView::chooseAttachment(FormField *field)
{
    const forms::FormDefinition &form = m_session.definition();
    const QString mediaType = field->control() >= 0 && field->control() < form.controls.size()
                                  ? form.controls.at(field->control()).mediaType
                                  : QString();
    const QString path = field->path();
    const QString file = m_chooseFile ? m_chooseFile(this, mediaType) : QString();
    if (!file.isEmpty())
        emit attachmentRequested(path, file);
}

} // namespace pluslife::ui
