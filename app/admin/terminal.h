#pragma once

#include "storage/storeerror.h"

#include <QString>

namespace pluslife::admin {

// A secret from the environment variable `envName` when set (scripts, CI), else typed at the
// terminal with echo off. Never taken from the command line, where `ps` and shell history see it.
// Returns a null string when neither is available (no terminal).
QString readSecret(const char *envName, const QString &prompt);

void printLine(const QString &text);  // stdout, UTF-8
void printError(const QString &text); // stderr, one line, UTF-8
// The error's one translated line on stderr (with its technical detail when PLUSLIFE_VERBOSE is
// set: never a secret or a personal value); returns the exit code 1.
int reportFailure(const storage::StoreError &error);

} // namespace pluslife::admin
