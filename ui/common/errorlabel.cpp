#include "errorlabel.h"

#include "wrappedlabel.h"

using namespace Qt::StringLiterals;

namespace pluslife::ui {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    alignToReadingSide(this);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void ErrorLabel::showError(const QString &message)
{
    setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    setText(message);
    setAccessibleDescription(message);
    setVisible(!message.isEmpty());
}

void ErrorLabel::showNotice(const QString &message)
{
    setStyleSheet(u"color: #1b5e20;"_s);
    setText(message);
    setAccessibleDescription(message);
    setVisible(!message.isEmpty());
}

void ErrorLabel::clearMessage()
{
    clear();
    hide();
}

} // namespace pluslife::ui
