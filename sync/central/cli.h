#pragma once

#include <QStringList>

// pluslife-central's command line: migrate, serve, admin ... (README.md in this directory).
namespace pluslife::central {

// arguments without the program name; returns the exit code.
int runCli(const QStringList &arguments);

} // namespace pluslife::central
