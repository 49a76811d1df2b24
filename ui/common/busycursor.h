#pragma once

#include <QGuiApplication>

namespace pluslife::ui {

// A wait cursor while the key derivation of a sign-in runs (about half a second by design), so
// the pause reads as work, not as a hang.
class BusyCursor {
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace pluslife::ui
