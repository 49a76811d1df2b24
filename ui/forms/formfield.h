#pragma once

#include "engine/formdefinition.h"
#include "engine/formsession.h"

#include <QList>
#include <QWidget>

#include <optional>
#include <utility>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace pluslife::ui {

class ErrorLabel;
class FormDateEdit;
class FormTimeEdit;

// One question of a form on screen (a part of FormView): its label (marked when required), its
// hint, the editor its type and appearance call for, and the message of what is wrong with the
// answer. It knows how to show a stored answer and how to read the worker's answer back in the
// engine's form (ASCII digits, Gregorian yyyy-MM-dd dates, space-separated selects); it never
// talks to the session itself: FormView commits what answered() reports and hands back the
// resulting FormItem through update().
//
// Object names, for tests and automation: the field is "field:<path>", its focusable editor
// "<path>", a choice's radio or check button "<path>=<value>", the message "error:<path>", the
// shown value of a read-only question "value:<path>".
class FormField : public QWidget {
    Q_OBJECT
public:
    FormField(const forms::FormDefinition &definition, const forms::FormItem &item,
              QWidget *parent = nullptr);
    ~FormField() override;

    QString path() const { return m_path; }
    int control() const { return m_control; } // index into the definition's controls
    forms::DataType type() const { return m_type; }

    // Shows the item's current state. With `editing` (the worker is typing in this very field
    // and the change came from it) the text being typed is left alone, cursor and all.
    void update(const forms::FormItem &item, bool editing = false);
    // Shows the stored answer again in the editor (when the worker leaves the field).
    void showStoredAnswer();

    // Whether the question's problem (required, constraint) is shown: once the worker has
    // answered it, or after a validation.
    void setRevealed(bool revealed);
    bool isRevealed() const { return m_revealed; }
    // The engine refused what was typed: the message stays beside the field, and the text too,
    // until an answer is accepted.
    void showRefused(const QString &message);
    void clearRefused();
    // A validation message for this question (shown even if the item has no problem text).
    void showIssue(const QString &message);

    // The widget that takes the keyboard for this question; nullptr when there is nothing to
    // answer (a note, a read-only or calculated value).
    QWidget *focusTarget() const;
    bool canTakeFocus() const;
    // Moves the keyboard here (the checked radio button of a choice, or its first); a line
    // edit's text is selected with `selectText`.
    void focusEditor(bool selectText = true);
    // What is being typed in the line edit, with the cursor (a rebuilt page carries it over to
    // the new field); nullopt for other editors.
    std::optional<std::pair<QString, int>> typing() const;
    void restoreTyping(const std::pair<QString, int> &typing);
    // Whether the label or hint shows values of the form (<output/>): such a text changes with
    // answers that FormChange::changedPaths does not name.
    bool hasDynamicText() const { return m_dynamicText; }
    // How many times update() changed what this field shows (tests check that an edit refreshes
    // only the questions it touched).
    int refreshCount() const { return m_refreshCount; }

signals:
    // The worker changed the answer; `value` is in the engine's form.
    void answered(const QString &value);
    // The upload button was pressed: the view asks for a file.
    void uploadClicked();
    // The worker left the editor (line edits: editing finished).
    void editingFinished();

private:
    enum class Editor {
        None,
        Text,
        MultilineText,
        Number,
        Raw,
        Date,
        Time,
        DateTime,
        Radio,
        Combo,
        Checks,
        Upload,
        Trigger
    };

    void buildEditor(const forms::FormItem &item);
    void buildChoices(const forms::FormItem &item);
    void setEditorAnswer(const QString &value);
    QString editorAnswer() const;
    void applyLabel(const forms::FormItem &item);
    void applyHint(const QString &hint);
    void applyProblem();
    void applyReadOnly(bool readOnly);
    void emitAnswer();
    QString shownValue(const forms::FormItem &item) const;

    const forms::FormDefinition &m_definition;
    QString m_path;
    int m_control = -1;
    forms::DataType m_type = forms::DataType::String;
    Editor m_editor = Editor::None;
    QString m_appearance;
    bool m_calculated = false;
    bool m_note = false;
    bool m_readOnly = false;
    bool m_revealed = false;
    std::optional<bool> m_relevant; // as last shown (unknown before the first update)
    bool m_updating = false;        // the editor is being set from the stored answer
    bool m_dynamicText = false;
    int m_refreshCount = 0;
    QString m_value;   // the stored answer last shown
    QString m_problem; // the item's problem last seen
    QString m_refused;
    QString m_issue;
    QList<forms::FormChoiceItem> m_choices;
    QString m_labelText;
    bool m_required = false;

    QVBoxLayout *m_layout = nullptr;
    QLabel *m_label = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_editorBox = nullptr;
    QLabel *m_display = nullptr;
    ErrorLabel *m_error = nullptr;

    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_plain = nullptr;
    FormDateEdit *m_date = nullptr;
    FormTimeEdit *m_time = nullptr;
    QComboBox *m_combo = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QAbstractButton *> m_choiceButtons;
    QPushButton *m_button = nullptr; // upload, trigger
    QLabel *m_fileName = nullptr;
};

} // namespace pluslife::ui
