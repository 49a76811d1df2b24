#!/usr/bin/env bash
# Soak: the kill -9 sync test with many more runs than the test command's 50 (default 500),
# against a throwaway PostgreSQL cluster. PLUSLIFE_SYNC_KILL_SEED=N replays a failing seed.
#   installer/soak-sync.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
installer/install-deps.sh --test
cmake --preset dev >/dev/null
cmake --build --preset dev --target tst_synckill pluslife-admin pluslife-central
export PLUSLIFE_SYNC_KILL_RUNS="${1:-500}"
installer/with-postgres.sh installer/with-keyring.sh \
  ctest --preset dev -R '^tst_synckill$' --timeout 0 --output-on-failure
