#pragma once

// Helpers shared by the translation units of FormView (formview.cpp, formviewbuild.cpp,
// formviewchanges.cpp, formviewkeyboard.cpp). Not part of the public API: include only from
// ui/forms/formview*.cpp.

#include <QString>

class QLabel;
class QWidget;

namespace pluslife::ui::detail {

// A bold, slightly larger wrapped label for a page, group or repeat title; hidden when empty.
QLabel *makeHeading(const QString &text, QWidget *parent);

} // namespace pluslife::ui::detail
