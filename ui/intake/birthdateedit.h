#pragma once

#include "widgets/jalalidateedit.h"

namespace pluslife::ui {

// A Jalali birth date that may be "not known" (the minimum date, shown as a word). A date field
// showing a word has no sections to type into, so as soon as the worker enters the field or
// types, a starting date takes its place with the year selected; leaving the field without a
// change makes it "not known" again.
class BirthDateEdit : public JalaliDateEdit {
    Q_OBJECT
public:
    explicit BirthDateEdit(QWidget *parent = nullptr);

    QDate birthDate() const; // invalid when not known
    void setBirthDate(const QDate &date);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void startTyping();

    bool m_starting = false; // showing the starting date, nothing typed yet
};

} // namespace pluslife::ui
