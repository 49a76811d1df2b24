#!/usr/bin/env bash
# Builds in release mode and runs the benchmarks named by the issues (not part of the tests:
# figures are measured, never asserted). Prints the figures to put in an issue note.
set -euo pipefail
cd "$(dirname "$0")/.."
installer/install-deps.sh --test
cmake --preset bench >/dev/null
cmake --build --preset bench --target bench_sqlcipher bench_vault bench_households bench_startup bench_forms bench_formview bench_needs \
  bench_apply bench_sync bench_central pluslife-admin pluslife-central
build/bench/tests/bench/bench_sqlcipher
installer/with-keyring.sh build/bench/tests/bench/bench_vault
installer/with-keyring.sh build/bench/tests/bench/bench_households
installer/with-keyring.sh build/bench/tests/bench/bench_startup
installer/with-keyring.sh build/bench/tests/bench/bench_needs
build/bench/tests/bench/bench_forms
build/bench/tests/bench/bench_formview
# Sync (issue 6): applying pulled records, then against a real pluslife-central on a throwaway
# PostgreSQL: push, first download of a 450-household center, GUI-thread stalls; server load.
installer/with-keyring.sh build/bench/tests/sync/client/bench_apply
installer/with-postgres.sh installer/with-keyring.sh \
  env PLUSLIFE_BUILD_DIR="$PWD/build/bench" build/bench/tests/sync/e2e/bench_sync
installer/with-postgres.sh env PLUSLIFE_BUILD_DIR="$PWD/build/bench" \
  build/bench/tests/sync/central/bench_central
