#include "wrappedlabel.h"

namespace pluslife::ui {

QLabel *makeWrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    alignToReadingSide(label);
    return label;
}

void alignToReadingSide(QLabel *label)
{
    const Qt::Alignment side =
        label->layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    label->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter | side);
}

} // namespace pluslife::ui
