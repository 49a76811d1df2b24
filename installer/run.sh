#!/usr/bin/env bash
# Installs the Debian build dependencies, builds PlusLife Desk and starts it.
#   installer/run.sh --demo          a throwaway demo center, to see the app working
#   installer/run.sh [--data-dir DIR] [--lang fa|en]
set -euo pipefail
cd "$(dirname "$0")/.."

installer/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target pluslife pluslife-admin

app=(build/release/app/pluslife "$@")
# Without a desktop session there is no keychain on a session bus: give the app its own
# (a real gnome-keyring in a private D-Bus session). The demo needs it; real data should be
# used from a desktop session, whose own keychain then holds the device secret.
if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
  installer/install-deps.sh --test >/dev/null
  app=(installer/with-keyring.sh "${app[@]}")
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "No display found: starting on a virtual X server (Xvfb). Run from a desktop session to see the window." >&2
  installer/install-deps.sh --test >/dev/null
  app=(xvfb-run -a -s "-screen 0 1366x768x24" "${app[@]}")
fi
exec "${app[@]}"
