#!/usr/bin/env bash
# Installs what the tests need, builds, and runs the whole suite twice: a Debug build with
# warnings as errors, then the same under AddressSanitizer + UndefinedBehaviorSanitizer.
# Unit, keychain (a real gnome-keyring under dbus-run-session), command-line, GUI
# (QT_QPA_PLATFORM=offscreen) and sync tests (a throwaway PostgreSQL 15 cluster started by
# installer/with-postgres.sh, pluslife-central over loopback TLS) all run. Exits non-zero on any
# failure.
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
  installer/with-postgres.sh installer/with-keyring.sh ctest --preset "$preset"
done

# The form parser under libFuzzer for a bounded time (clang is installed by install-deps
# --test; a machine without it still replays the corpus in tst_fuzzreplay above).
if command -v clang++ >/dev/null; then
  echo "== fuzz: form parser (${PLUSLIFE_FUZZ_SECONDS:-60} s)"
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz
  corpus=$(mktemp -d)
  trap 'rm -rf "$corpus"' EXIT
  find tests/data/forms forms/library -name '*.xml' -exec cp {} "$corpus"/ \; 2>/dev/null || true
  TZ=UTC build/fuzz/tests/fuzz/fuzz_formparser -max_total_time="${PLUSLIFE_FUZZ_SECONDS:-60}" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$corpus" 2>&1 | tail -n 15
fi
