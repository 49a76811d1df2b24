#pragma once

#include <QStringList>

namespace pluslife::ui {

// Iran's 31 provinces by their Persian names, in Persian alphabetical order. Offered in an
// editable list: a name typed differently (or a future province) is still accepted.
QStringList iranProvinces();

} // namespace pluslife::ui
