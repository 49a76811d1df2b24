#include "formfield.h"

#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "formeditors.h"
#include "formvalues.h"
#include "locale/digits.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

// More choices than this, and a select-one becomes a drop-down list.
constexpr int kMaxRadioChoices = 6;
// What a trigger stores once acknowledged (as ODK Collect does).
const QString kTriggerValue = u"OK"_s;

bool hasAppearance(const QString &appearance, QStringView word)
{
    const QStringList words = appearance.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (w.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

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

void FormField::buildEditor(const forms::FormItem &item)
{
    using Kind = forms::FormItem::Kind;
    using forms::DataType;
    if (m_note) {
        m_editor = Editor::None;
        m_editorBox->hide();
        return;
    }
    switch (item.kind) {
    case Kind::Select1:
    case Kind::Select:
        buildChoices(item);
        return;
    case Kind::Upload:
        m_editor = Editor::Upload;
        break;
    case Kind::Trigger:
        m_editor = Editor::Trigger;
        break;
    default:
        switch (item.type) {
        case DataType::Int:
        case DataType::Decimal:
            m_editor = Editor::Number;
            break;
        case DataType::Date:
            m_editor = Editor::Date;
            break;
        case DataType::Time:
            m_editor = Editor::Time;
            break;
        case DataType::DateTime:
            m_editor = Editor::DateTime;
            break;
        case DataType::Barcode:
        case DataType::Geopoint:
        case DataType::Binary:
            m_editor = Editor::Raw;
            break;
        default:
            m_editor =
                hasAppearance(m_appearance, u"multiline") ? Editor::MultilineText : Editor::Text;
            break;
        }
        break;
    }

    QLayout *layout = m_editorBox->layout();
    switch (m_editor) {
    case Editor::Text:
    case Editor::Number:
    case Editor::Raw: {
        m_line = new QLineEdit(m_editorBox);
        m_line->setObjectName(m_path);
        if (m_editor == Editor::Number) {
            auto *validator =
                new NumberInputValidator(item.type == forms::DataType::Decimal, m_line);
            validator->setLocale(m_line->locale());
            m_line->setValidator(validator);
        }
        layout->addWidget(m_line);
        connect(m_line, &QLineEdit::textEdited, this, &FormField::emitAnswer);
        connect(m_line, &QLineEdit::editingFinished, this, &FormField::editingFinished);
        break;
    }
    case Editor::MultilineText:
        m_plain = new QPlainTextEdit(m_editorBox);
        m_plain->setObjectName(m_path);
        m_plain->setTabChangesFocus(true);
        m_plain->setFixedHeight(m_plain->fontMetrics().lineSpacing() * 4 + 12);
        layout->addWidget(m_plain);
        connect(m_plain, &QPlainTextEdit::textChanged, this, &FormField::emitAnswer);
        break;
    case Editor::Date:
    case Editor::Time:
    case Editor::DateTime: {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        if (m_editor != Editor::Time) {
            m_date = new FormDateEdit(m_editorBox);
            m_date->setObjectName(m_path);
            row->addWidget(m_date);
            connect(m_date, &FormDateEdit::answerChanged, this, &FormField::emitAnswer);
        }
        if (m_editor != Editor::Date) {
            m_time = new FormTimeEdit(m_editorBox);
            m_time->setObjectName(m_editor == Editor::Time ? m_path : m_path + u"#time"_s);
            row->addWidget(m_time);
            connect(m_time, &FormTimeEdit::answerChanged, this, &FormField::emitAnswer);
        }
        row->addStretch(1);
        static_cast<QVBoxLayout *>(layout)->addLayout(row);
        break;
    }
    case Editor::Upload: {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        m_button = new QPushButton(m_editorBox);
        m_button->setObjectName(m_path);
        m_button->setAutoDefault(false);
        const forms::FormControl *control =
            item.control >= 0 && item.control < m_definition.controls.size()
                ? &m_definition.controls.at(item.control)
                : nullptr;
        const bool image =
            !control || control->mediaType.isEmpty() || control->mediaType.startsWith(u"image"_s);
        m_button->setText(image ? tr("Choose an image…") : tr("Choose a file…"));
        m_fileName = makeWrappedLabel(QString(), m_editorBox);
        m_fileName->setObjectName(u"file:"_s + m_path);
        row->addWidget(m_button);
        row->addWidget(m_fileName, 1);
        static_cast<QVBoxLayout *>(layout)->addLayout(row);
        connect(m_button, &QPushButton::clicked, this, &FormField::uploadClicked);
        break;
    }
    case Editor::Trigger: {
        m_button = new QPushButton(tr("Acknowledge"), m_editorBox);
        m_button->setObjectName(m_path);
        m_button->setCheckable(true);
        m_button->setAutoDefault(false);
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_button);
        row->addStretch(1);
        static_cast<QVBoxLayout *>(layout)->addLayout(row);
        connect(m_button, &QPushButton::clicked, this, &FormField::emitAnswer);
        break;
    }
    default:
        break;
    }
    m_label->setBuddy(focusTarget());
}

void FormField::buildChoices(const forms::FormItem &item)
{
    const bool hadFocus = m_editorBox->isAncestorOf(QApplication::focusWidget());
    // Throw the old choice widgets away (later: this may run inside one of their signals).
    if (m_combo) {
        m_combo->hide();
        m_combo->deleteLater();
        m_combo = nullptr;
    }
    for (QAbstractButton *button : std::as_const(m_choiceButtons)) {
        button->hide();
        button->deleteLater();
    }
    m_choiceButtons.clear();
    if (m_group) {
        m_group->deleteLater();
        m_group = nullptr;
    }

    m_choices = item.choices;
    auto *layout = static_cast<QVBoxLayout *>(m_editorBox->layout());
    if (item.kind == forms::FormItem::Kind::Select) {
        m_editor = Editor::Checks;
        for (const forms::FormChoiceItem &choice : std::as_const(m_choices)) {
            auto *check = new QCheckBox(choice.label, m_editorBox);
            check->setObjectName(m_path + u'=' + choice.value);
            check->setProperty("choiceValue", choice.value);
            // As wide as its text: a click beside it is not a choice.
            layout->addWidget(check, 0, Qt::AlignLeft);
            m_choiceButtons.append(check);
            connect(check, &QCheckBox::clicked, this, &FormField::emitAnswer);
        }
    } else if (m_choices.size() > kMaxRadioChoices || hasAppearance(m_appearance, u"minimal") ||
               hasAppearance(m_appearance, u"autocomplete") ||
               hasAppearance(m_appearance, u"search")) {
        m_editor = Editor::Combo;
        m_combo = new QComboBox(m_editorBox);
        m_combo->setObjectName(m_path);
        m_combo->setPlaceholderText(tr("Choose…"));
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        for (const forms::FormChoiceItem &choice : std::as_const(m_choices))
            m_combo->addItem(choice.label, choice.value);
        m_combo->setCurrentIndex(-1);
        layout->addWidget(m_combo, 0, Qt::AlignLeft); // mirrored under RTL
        connect(m_combo, &QComboBox::activated, this, &FormField::emitAnswer);
    } else {
        m_editor = Editor::Radio;
        m_group = new QButtonGroup(this);
        m_group->setExclusive(true);
        for (const forms::FormChoiceItem &choice : std::as_const(m_choices)) {
            auto *radio = new QRadioButton(choice.label, m_editorBox);
            radio->setObjectName(m_path + u'=' + choice.value);
            radio->setProperty("choiceValue", choice.value);
            layout->addWidget(radio, 0, Qt::AlignLeft);
            m_group->addButton(radio);
            m_choiceButtons.append(radio);
        }
        connect(m_group, &QButtonGroup::buttonClicked, this, &FormField::emitAnswer);
    }
    m_label->setBuddy(focusTarget());
    if (hadFocus)
        focusEditor();
}

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

// ---------------------------------------------------------------- answers in and out

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
