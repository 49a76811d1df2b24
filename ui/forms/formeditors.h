#pragma once

#include "widgets/jalalidateedit.h"

#include <QTimeEdit>
#include <QValidator>

// The editors of the form renderer that Qt does not have as such: date and time fields that can
// be empty (a form question starts unanswered), and a number field that takes the digits of any
// script. Used by FormView; usable on their own.
namespace pluslife::ui {

// A Jalali date that may be unanswered. Empty, it shows a short word (a QDateEdit has no empty
// state: the minimum date stands for "no date"). As soon as the worker enters the field or types
// a digit, today takes its place with the year selected, so the date can be typed section by
// section ("14030512" or "1403/05/12"); leaving the field without a change makes it empty again,
// and so does Delete or Backspace with the whole text selected. answerChanged() is emitted for
// changes made by the worker only (typing, the popup, arrow keys, Enter on the starting date),
// never for setAnswer() nor for the starting date alone.
class FormDateEdit : public JalaliDateEdit {
    Q_OBJECT
public:
    explicit FormDateEdit(QWidget *parent = nullptr);

    QDate answer() const; // invalid when empty
    void setAnswer(const QDate &date);
    bool isStarting() const { return m_starting; }

signals:
    void answerChanged(const QDate &date);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void startTyping();

    bool m_starting = false; // showing today as a starting point, nothing chosen yet
    bool m_programmatic = false;
};

// A time of day (hours and minutes, digits of the widget's locale, any script typed) that may be
// unanswered, in the same way as FormDateEdit: the minimum time (00:00) shows as the empty word,
// so midnight itself is entered as 00:01 at the earliest. answerChanged() as in FormDateEdit.
class FormTimeEdit : public QTimeEdit {
    Q_OBJECT
public:
    explicit FormTimeEdit(QWidget *parent = nullptr);

    QTime answer() const; // invalid when empty
    void setAnswer(const QTime &time);
    bool isStarting() const { return m_starting; }

    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

signals:
    void answerChanged(const QTime &time);

protected:
    QDateTime dateTimeFromText(const QString &text) const override;
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void startTyping();
    void applyDisplayFormat();

    bool m_starting = false;
    bool m_programmatic = false;
};

// For a line edit holding a number: digits of any script (Persian ۰–۹, Arabic-Indic ٠–٩, Latin),
// a leading minus in its several forms, grouping separators and spaces, and (for decimals) one
// decimal separator ('.', '٫' or the locale's). Typed digits become the digits of the edit's
// locale as they are typed (same length, so the cursor stays put). Whether the text is a number
// the form accepts is the engine's call: this only refuses keystrokes that can never help.
class NumberInputValidator : public QValidator {
    Q_OBJECT
public:
    NumberInputValidator(bool decimals, QObject *parent = nullptr);

    State validate(QString &input, int &pos) const override;

private:
    bool m_decimals;
};

} // namespace pluslife::ui
