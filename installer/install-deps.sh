#!/usr/bin/env bash
# Installs the Debian 12 packages PlusLife Desk needs to build, run and test.
# Idempotent: packages already present are skipped by apt; safe to run on every build.
#   installer/install-deps.sh          build + run dependencies
#   installer/install-deps.sh --test   also what the test suite needs (keyring, PostgreSQL, Xvfb)
set -euo pipefail

build_packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev
  qt6-pdf-dev                   # documents: a scanned PDF's first page previewed in memory
  libsqlcipher-dev sqlcipher    # the encrypted store (SQLCipher 3.4 on Debian 12)
  qtkeychain-qt6-dev            # device secret and tokens in the OS keychain
  libsodium-dev                 # Argon2id key slots, random keys
  libxml2-dev                   # the forms engine: XForms XML and XPath 1.0
  libqrencode-dev               # the QR code of the tracking number on an introduction letter
  libcpp-httplib-dev            # pluslife-central's HTTPS server: packaged, TLS, thread pool, timeouts
  zlib1g-dev                    # gzip of sync request bodies (sync/protocol)
  libqt6sql6-psql               # pluslife-central's PostgreSQL driver for Qt SQL
  clang-format
  fonts-noto-core               # a Persian-capable font for the UI on minimal systems
)
test_packages=(
  dbus dbus-x11 gnome-keyring libsecret-tools   # a real Secret Service for keychain tests
  libglib2.0-bin                                # gdbus: waiting for the keyring, locking it in a test
  xvfb xauth
  postgresql                                    # the central window's store (sync tests)
  openssl                                       # a throwaway test CA for the TLS sync tests
  poppler-utils                                 # pdftotext, pdftoppm (the printed summary test)
  clang libclang-rt-14-dev                      # libFuzzer for the form parser
)

want=("${build_packages[@]}")
if [[ "${1:-}" == "--test" ]]; then
  want+=("${test_packages[@]}")
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  SUDO=sudo
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
