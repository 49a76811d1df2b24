#include "formfield.h"

#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "formvalues.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

// FormField: construction and showing the item's state (label, hint, read-only value, problem).
// The editors are built in formfieldeditors.cpp; answers in and out and the keyboard are in
// formfieldanswers.cpp.

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

bool textHasOutput(const forms::FormDefinition &form, const forms::TextSpec &spec)
{
    const auto hasOutput = [](const QList<forms::TextPart> &parts) {
        return std::any_of(parts.cbegin(), parts.cend(),
                           [](const forms::TextPart &part) { return part.isOutput; });
    };
    if (spec.itextId.isEmpty())
        return hasOutput(spec.parts);
    for (auto language = form.itext.cbegin(); language != form.itext.cend(); ++language) {
        const auto text = language->constFind(spec.itextId);
        if (text != language->cend() && hasOutput(*text))
            return true;
    }
    return false;
}

bool sameChoices(const QList<forms::FormChoiceItem> &a, const QList<forms::FormChoiceItem> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).value != b.at(i).value || a.at(i).label != b.at(i).label)
            return false;
    }
    return true;
}

} // namespace

FormField::FormField(const forms::FormDefinition &definition, const forms::FormItem &item,
                     QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
    , m_path(item.path)
    , m_control(item.control)
    , m_type(item.type)
    , m_appearance(item.appearance)
    , m_note(item.isNote)
{
    setObjectName(u"field:"_s + m_path);
    if (item.control >= 0 && item.control < m_definition.controls.size()) {
        const forms::FormControl &control = m_definition.controls.at(item.control);
        if (const forms::FormBind *bind = m_definition.bindFor(control.ref))
            m_calculated = !bind->calculate.isEmpty();
        m_dynamicText =
            textHasOutput(m_definition, control.label) || textHasOutput(m_definition, control.hint);
    }

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 4, 0, 4);
    m_layout->setSpacing(3);
    m_label = makeWrappedLabel(QString(), this);
    m_label->setObjectName(u"label:"_s + m_path);
    if (!m_note) {
        QFont bold = m_label->font();
        bold.setBold(true);
        m_label->setFont(bold);
    }
    m_layout->addWidget(m_label);
    m_editorBox = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(m_editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_editorBox);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(u"error:"_s + m_path);
    m_layout->addWidget(m_error);

    buildEditor(item);
    update(item);
    m_refreshCount = 0; // the first showing is not a refresh
}

FormField::~FormField() = default;

void FormField::update(const forms::FormItem &item, bool editing)
{
    ++m_refreshCount;
    if (m_relevant != item.relevant) {
        m_relevant = item.relevant;
        setVisible(item.relevant);
    }
    if (m_labelText != item.label || m_required != item.required ||
        m_label->text().isEmpty() != item.label.isEmpty())
        applyLabel(item);
    const QString hint = m_hint ? m_hint->text() : QString();
    if (hint != item.hint)
        applyHint(item.hint);
    if ((m_editor == Editor::Radio || m_editor == Editor::Combo || m_editor == Editor::Checks) &&
        !sameChoices(m_choices, item.choices)) {
        buildChoices(item);
        setEditorAnswer(item.value); // new widgets: show the answer whatever it is
    } else if (!editing && m_refused.isEmpty() && editorAnswer() != item.value) {
        setEditorAnswer(item.value);
    }
    m_value = item.value;
    if (item.problem.isEmpty())
        m_issue.clear();
    m_problem = item.problem;
    applyReadOnly(item.readOnly);
    if (m_display && !m_display->isHidden())
        m_display->setText(shownValue(item));
    applyProblem();
}

void FormField::showStoredAnswer()
{
    if (m_refused.isEmpty() && editorAnswer() != m_value)
        setEditorAnswer(m_value);
}

void FormField::applyLabel(const forms::FormItem &item)
{
    m_labelText = item.label;
    m_required = item.required;
    m_label->setText(m_required ? tr("%1 *", "the label of a required question").arg(m_labelText)
                                : m_labelText);
    m_label->setAccessibleDescription(m_required ? tr("Required") : QString());
    m_label->setVisible(!m_labelText.isEmpty());
}

void FormField::applyHint(const QString &hint)
{
    if (hint.isEmpty()) {
        if (m_hint)
            m_hint->hide();
        return;
    }
    if (!m_hint) {
        m_hint = makeWrappedLabel(QString(), this);
        m_hint->setObjectName(u"hint:"_s + m_path);
        QPalette palette = m_hint->palette();
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        m_hint->setPalette(palette);
        m_layout->insertWidget(1, m_hint);
    }
    m_hint->setText(hint);
    m_hint->show();
}

void FormField::applyReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const bool display = m_note || ((readOnly || m_calculated) && m_editor != Editor::None);
    if (!m_note)
        m_editorBox->setVisible(!display);
    if (!display) {
        if (m_display)
            m_display->hide();
        return;
    }
    if (m_note && m_value.isEmpty()) {
        if (m_display)
            m_display->hide();
        return;
    }
    if (!m_display) {
        m_display = makeWrappedLabel(QString(), this);
        m_display->setObjectName(u"value:"_s + m_path);
        m_display->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_layout->insertWidget(m_layout->indexOf(m_editorBox) + 1, m_display);
    }
    m_display->show();
}

QString FormField::shownValue(const forms::FormItem &item) const
{
    const QString shown = formDisplayValue(item);
    return shown.isEmpty() ? tr("—", "a read-only question with no value yet") : shown;
}

void FormField::applyProblem()
{
    QString message = m_refused;
    if (message.isEmpty() && m_revealed)
        message = m_problem.isEmpty() ? m_issue : m_problem;
    if (message == m_error->text() && m_error->isVisibleTo(this) == !message.isEmpty())
        return;
    if (message.isEmpty())
        m_error->clearMessage();
    else
        m_error->showError(message);
}

void FormField::setRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    applyProblem();
}

void FormField::showRefused(const QString &message)
{
    m_refused = message;
    applyProblem();
}

void FormField::clearRefused()
{
    if (m_refused.isEmpty())
        return;
    m_refused.clear();
    applyProblem();
}

void FormField::showIssue(const QString &message)
{
    m_issue = message;
    m_revealed = true;
    applyProblem();
}

void FormField::emitAnswer()
{
    if (m_updating)
        return;
    emit answered(editorAnswer());
}

} // namespace pluslife::ui
