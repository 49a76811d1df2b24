#pragma once

#include <QLabel>

namespace pluslife::ui {

// A plain-text label that wraps and starts at the reading side of the interface. A wrapping
// QLabel takes its direction from the text itself, so in the Persian interface a code or a
// Latin name would otherwise stick to the left edge.
QLabel *makeWrappedLabel(const QString &text, QWidget *parent);
// The same alignment for an existing wrapping label.
void alignToReadingSide(QLabel *label);

} // namespace pluslife::ui
