#!/usr/bin/env bash
# Installs what the tests need, builds, and runs the whole suite twice: a Debug build with
# warnings as errors, then the same under AddressSanitizer + UndefinedBehaviorSanitizer.
# Unit, keychain (a real gnome-keyring under dbus-run-session), command-line and GUI
# (QT_QPA_PLATFORM=offscreen) tests all run. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

installer/install-deps.sh --test

echo "== formatting (clang-format, .clang-format)"
git ls-files -- '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

for preset in dev asan; do
  echo "== build: $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  echo "== tests: $preset"
  installer/with-keyring.sh ctest --preset "$preset"
done
