#include "formfield.h"

#include "common/wrappedlabel.h"
#include "formeditors.h"

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

// FormField: building the editor a question's type and appearance call for, and its choices.

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

// More choices than this, and a select-one becomes a drop-down list.
constexpr int kMaxRadioChoices = 6;

bool hasAppearance(const QString &appearance, QStringView word)
{
    const QStringList words = appearance.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (w.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

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

} // namespace pluslife::ui
