#include "formview.h"

#include "formfield.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>

// FormView: validation, moving the keyboard from question to question and page to page.

namespace pluslife::ui {
namespace {

bool isEnterKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

} // namespace

bool FormView::validateAndFocus()
{
    const QList<forms::FormIssue> issues = m_session.validate();
    for (const forms::FormIssue &issue : issues)
        m_revealed.insert(issue.path);
    if (issues.isEmpty())
        return true;
    const forms::FormIssue &first = issues.first();
    const int page = pageOfControl(first.control);
    if (page >= 0 && page != m_page) {
        goToPage(page);
    } else {
        for (FormField *candidate : std::as_const(m_fields)) {
            if (m_revealed.contains(candidate->path())) {
                candidate->setRevealed(true);
                candidate->update(m_session.item(candidate->path()));
            }
        }
    }
    for (const forms::FormIssue &issue : issues) {
        if (FormField *target = m_fieldByPath.value(issue.path))
            target->showIssue(issue.message);
    }
    if (FormField *target = m_fieldByPath.value(first.path)) {
        m_scroll->ensureWidgetVisible(target);
        target->focusEditor();
    }
    return false;
}

FormField *FormView::fieldContaining(const QWidget *widget) const
{
    for (const QWidget *w = widget; w && w != this; w = w->parentWidget()) {
        if (auto *owner = qobject_cast<FormField *>(const_cast<QWidget *>(w)))
            return m_fields.contains(owner) ? owner : nullptr;
    }
    return nullptr;
}

void FormView::focusFirstField()
{
    for (FormField *candidate : std::as_const(m_fields)) {
        if (candidate->canTakeFocus() && candidate->isVisibleTo(m_content)) {
            candidate->focusEditor();
            return;
        }
    }
}

void FormView::focusNextField(FormField *from)
{
    const qsizetype start = m_fields.indexOf(from);
    for (qsizetype i = start + 1; i < m_fields.size(); ++i) {
        FormField *candidate = m_fields.at(i);
        if (candidate->canTakeFocus() && candidate->isVisibleTo(m_content)) {
            m_scroll->ensureWidgetVisible(candidate);
            candidate->focusEditor();
            return;
        }
    }
    nextPage();
}

void FormView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    const QWidget *focus = QApplication::focusWidget();
    if (!focus || !m_content || !m_content->isAncestorOf(focus))
        focusFirstField();
}

void FormView::keyPressEvent(QKeyEvent *event)
{
    // Enter not taken by the editor itself (line edits, date fields, choices pass it on).
    if (isEnterKey(event)) {
        QWidget *focus = QApplication::focusWidget();
        auto *button = qobject_cast<QPushButton *>(focus);
        if (event->modifiers() & Qt::ControlModifier) {
            nextPage();
        } else if (button && isAncestorOf(button) && !fieldContaining(button)) {
            button->click(); // add, remove, previous, next
        } else if (FormField *owner = fieldContaining(focus)) {
            focusNextField(owner);
        }
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool FormView::eventFilter(QObject *watched, QEvent *event)
{
    // A multi-line text keeps Enter for new lines: Ctrl+Enter moves on to the next page.
    if (event->type() == QEvent::KeyPress && qobject_cast<QPlainTextEdit *>(watched)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isEnterKey(key) && (key->modifiers() & Qt::ControlModifier)) {
            nextPage();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pluslife::ui
