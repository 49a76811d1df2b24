#pragma once

#include <QString>

namespace pluslife::storage {

// The desktop app and pluslife-admin must agree on where a store lives by default.
// Call applyApplicationIdentity() right after creating the Q(Core)Application.
void applyApplicationIdentity();
// The platform's per-user application data folder (QStandardPaths::AppLocalDataLocation),
// e.g. ~/.local/share/Behzisti/PlusLife Desk on Linux, %LOCALAPPDATA%\Behzisti\PlusLife Desk.
QString defaultDataDirectory();

} // namespace pluslife::storage
