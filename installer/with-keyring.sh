#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with a real, unlocked gnome-keyring (the Secret
# Service that QtKeychain talks to on Linux). Used by the test command and by `run.sh --demo`
# on machines without a desktop session. The keyring lives in a throwaway home directory.
#   installer/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [[ -z "${PLUSLIFE_IN_KEYRING_SESSION:-}" ]]; then
  export PLUSLIFE_IN_KEYRING_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi

keyring_home=$(mktemp -d -t pluslife-keyring-XXXXXX)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# --unlock reads the new login keyring's password from stdin and creates it unlocked.
eval "$(printf 'pluslife-test' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL
# The daemon answers before the login collection is ready; wait until it reports unlocked so
# the first keychain call of a test never races it (10 s at most).
for _ in $(seq 1 50); do
  if gdbus call --session --dest org.freedesktop.secrets \
      --object-path /org/freedesktop/secrets/collection/login \
      --method org.freedesktop.DBus.Properties.Get org.freedesktop.Secret.Collection Locked \
      2>/dev/null | grep -q false; then
    break
  fi
  sleep 0.2
done
"$@"
