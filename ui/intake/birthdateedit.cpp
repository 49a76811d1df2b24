#include "birthdateedit.h"

#include <QKeyEvent>

namespace pluslife::ui {
namespace {

const QDate kUnknown(1900, 1, 1);

} // namespace

BirthDateEdit::BirthDateEdit(QWidget *parent)
    : JalaliDateEdit(parent)
{
    setMinimumDate(kUnknown);
    setMaximumDate(QDate::currentDate());
    setSpecialValueText(tr("Not known"));
    setDate(kUnknown);
    connect(this, &QDateEdit::dateChanged, this, [this] { m_starting = false; });
}

QDate BirthDateEdit::birthDate() const
{
    return date() == minimumDate() ? QDate() : date();
}

void BirthDateEdit::setBirthDate(const QDate &value)
{
    m_starting = false;
    setDate(value.isValid() ? value : minimumDate());
}

void BirthDateEdit::startTyping()
{
    if (date() != minimumDate())
        return;
    setDate(QDate::currentDate());
    m_starting = true; // after setDate, whose dateChanged cleared it
    setSelectedSection(QDateTimeEdit::YearSection);
}

void BirthDateEdit::focusInEvent(QFocusEvent *event)
{
    JalaliDateEdit::focusInEvent(event);
    startTyping();
}

void BirthDateEdit::focusOutEvent(QFocusEvent *event)
{
    JalaliDateEdit::focusOutEvent(event);
    if (m_starting)
        setBirthDate({});
}

void BirthDateEdit::keyPressEvent(QKeyEvent *event)
{
    if (!event->text().isEmpty() && event->text().at(0).isDigit())
        startTyping();
    JalaliDateEdit::keyPressEvent(event);
}

} // namespace pluslife::ui
