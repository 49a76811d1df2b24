#!/usr/bin/env bash
# Builds in release mode and runs the benchmarks named by the issues (not part of the tests:
# figures are measured, never asserted). Prints the figures to put in an issue note.
set -euo pipefail
cd "$(dirname "$0")/.."
installer/install-deps.sh --test
cmake --preset bench >/dev/null
cmake --build --preset bench --target bench_sqlcipher bench_vault bench_households bench_startup bench_forms bench_formview bench_needs
build/bench/tests/bench/bench_sqlcipher
installer/with-keyring.sh build/bench/tests/bench/bench_vault
installer/with-keyring.sh build/bench/tests/bench/bench_households
installer/with-keyring.sh build/bench/tests/bench/bench_startup
installer/with-keyring.sh build/bench/tests/bench/bench_needs
build/bench/tests/bench/bench_forms
build/bench/tests/bench/bench_formview
