#pragma once

#include <QString>

#include <chrono>

namespace pluslife::ui {

// Puts a secret (the recovery code) on the clipboard and takes it off again after
// `clearAfter`, or when the app quits, unless something else was copied in the meantime.
void copySensitiveText(const QString &text,
                       std::chrono::milliseconds clearAfter = std::chrono::seconds(60));

} // namespace pluslife::ui
