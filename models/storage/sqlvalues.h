#pragma once

#include <QString>

namespace pluslife::storage {

// A null QString binds as SQL NULL (as with Qt's own drivers); text columns that are NOT NULL
// with '' as "nothing" get their value through this.
inline QString textValue(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace pluslife::storage
