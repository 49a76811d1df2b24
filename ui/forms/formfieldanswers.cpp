#include "formfield.h"

#include "formeditors.h"
#include "formvalues.h"
#include "locale/digits.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

// FormField: answers in and out of the editor (in the engine's form), and the keyboard.

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

// What a trigger stores once acknowledged (as ODK Collect does).
const QString kTriggerValue = u"OK"_s;

} // namespace

void FormField::setEditorAnswer(const QString &value)
{
    m_updating = true;
    const QLocale loc = locale();
    switch (m_editor) {
    case Editor::Text:
        if (m_line->text() != value)
            m_line->setText(value);
        break;
    case Editor::Number:
        m_line->setText(numberForDisplay(value, m_type, loc));
        break;
    case Editor::Raw:
        m_line->setText(value);
        break;
    case Editor::MultilineText:
        if (m_plain->toPlainText() != value)
            m_plain->setPlainText(value);
        break;
    case Editor::Date:
        m_date->setAnswer(dateFromValue(value));
        break;
    case Editor::Time:
        m_time->setAnswer(timeFromValue(value));
        break;
    case Editor::DateTime:
        m_date->setAnswer(dateFromValue(value));
        m_time->setAnswer(dateFromValue(value).isValid() ? timeFromValue(value.mid(11)) : QTime());
        break;
    case Editor::Radio: {
        // An exclusive group cannot be left with nothing checked.
        m_group->setExclusive(false);
        for (QAbstractButton *button : std::as_const(m_choiceButtons))
            button->setChecked(button->property("choiceValue").toString() == value);
        m_group->setExclusive(true);
        break;
    }
    case Editor::Combo:
        m_combo->setCurrentIndex(value.isEmpty() ? -1 : m_combo->findData(value));
        break;
    case Editor::Checks: {
        const QStringList chosen = value.split(u' ', Qt::SkipEmptyParts);
        for (QAbstractButton *button : std::as_const(m_choiceButtons))
            button->setChecked(chosen.contains(button->property("choiceValue").toString()));
        break;
    }
    case Editor::Upload:
        m_fileName->setText(value.isEmpty() ? tr("No file chosen") : value);
        break;
    case Editor::Trigger:
        m_button->setChecked(!value.isEmpty());
        m_button->setText(value.isEmpty() ? tr("Acknowledge") : tr("Acknowledged"));
        break;
    case Editor::None:
        break;
    }
    m_updating = false;
}

QString FormField::editorAnswer() const
{
    switch (m_editor) {
    case Editor::Text:
        return m_line->text();
    case Editor::Number:
        return locale::normalizeNumber(m_line->text());
    case Editor::Raw:
        return locale::normalizeDigits(m_line->text());
    case Editor::MultilineText:
        return m_plain->toPlainText();
    case Editor::Date:
        return dateToValue(m_date->answer());
    case Editor::Time:
        return timeToValue(m_time->answer());
    case Editor::DateTime:
        return dateTimeToValue(m_date->answer(), m_time->answer());
    case Editor::Radio:
        for (QAbstractButton *button : m_choiceButtons) {
            if (button->isChecked())
                return button->property("choiceValue").toString();
        }
        return {};
    case Editor::Combo:
        return m_combo->currentIndex() < 0 ? QString() : m_combo->currentData().toString();
    case Editor::Checks: {
        QStringList chosen;
        for (QAbstractButton *button : m_choiceButtons) {
            if (button->isChecked())
                chosen.append(button->property("choiceValue").toString());
        }
        return chosen.join(u' ');
    }
    case Editor::Upload:
        return m_value;
    case Editor::Trigger:
        return m_button->isChecked() ? kTriggerValue : QString();
    case Editor::None:
        break;
    }
    return m_value;
}

// ---------------------------------------------------------------- focus

QWidget *FormField::focusTarget() const
{
    if (m_note || m_readOnly || m_calculated)
        return nullptr;
    switch (m_editor) {
    case Editor::Text:
    case Editor::Number:
    case Editor::Raw:
        return m_line;
    case Editor::MultilineText:
        return m_plain;
    case Editor::Date:
    case Editor::DateTime:
        return m_date;
    case Editor::Time:
        return m_time;
    case Editor::Radio:
    case Editor::Checks:
        for (QAbstractButton *button : m_choiceButtons) {
            if (button->isChecked())
                return button;
        }
        return m_choiceButtons.isEmpty() ? nullptr : m_choiceButtons.first();
    case Editor::Combo:
        return m_combo;
    case Editor::Upload:
    case Editor::Trigger:
        return m_button;
    case Editor::None:
        break;
    }
    return nullptr;
}

bool FormField::canTakeFocus() const
{
    const QWidget *target = focusTarget();
    return target && m_relevant.value_or(true) && target->isEnabled();
}

void FormField::focusEditor(bool selectText)
{
    QWidget *target = focusTarget();
    if (!target)
        return;
    target->setFocus(Qt::OtherFocusReason);
    if (m_line && selectText)
        m_line->selectAll();
}

std::optional<std::pair<QString, int>> FormField::typing() const
{
    if (!m_line)
        return std::nullopt;
    return std::make_pair(m_line->text(), m_line->cursorPosition());
}

void FormField::restoreTyping(const std::pair<QString, int> &typing)
{
    if (!m_line)
        return;
    m_updating = true;
    m_line->setText(typing.first);
    m_line->setCursorPosition(typing.second);
    m_updating = false;
}

} // namespace pluslife::ui
