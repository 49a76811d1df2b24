#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL 15 cluster (the central window's store, for the
# sync tests and installer/try-sync.sh). The cluster lives in a temporary directory, listens on
# a unix socket in that directory and on 127.0.0.1:<free port>, trusts local connections, has
# the superuser `pluslife`, and is stopped and removed when the command ends.
#   installer/with-postgres.sh COMMAND [ARGS...]
# Exports PLUSLIFE_TEST_PGHOST (the socket directory), PLUSLIFE_TEST_PGPORT and
# PLUSLIFE_TEST_PGUSER. When PLUSLIFE_TEST_PGHOST is already set, just runs the command.
# Works as root (CI): PostgreSQL refuses to run as root, so the server runs as `postgres`.
set -euo pipefail

if [[ -n "${PLUSLIFE_TEST_PGHOST:-}" ]]; then
  exec "$@"
fi
if (($# == 0)); then
  echo "usage: installer/with-postgres.sh COMMAND [ARGS...]" >&2
  exit 2
fi

pg_bin=""
for v in 15 16 17; do
  if [[ -x /usr/lib/postgresql/$v/bin/initdb ]]; then
    pg_bin=/usr/lib/postgresql/$v/bin
    break
  fi
done
if [[ -z "$pg_bin" ]]; then
  echo "with-postgres.sh: PostgreSQL server binaries not found (apt install postgresql)" >&2
  exit 1
fi

root_dir=$(mktemp -d -t pluslife-pg-XXXXXX)
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
  # initdb and postgres refuse root: run them as the postgres system user. The directory stays
  # reachable by root clients (root passes permission checks on the socket).
  chown postgres: "$root_dir"
  as_owner=(runuser -u postgres --)
fi

# In the cluster's directory: the postgres user may not be able to enter the caller's one.
as_pg() { (cd "$root_dir" && "${as_owner[@]}" "$@"); }

cleanup() {
  as_pg "$pg_bin/pg_ctl" -D "$root_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$root_dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null ||
    echo $((20000 + RANDOM % 30000))
}

as_pg "$pg_bin/initdb" -D "$root_dir/data" -U pluslife --auth=trust -E UTF8 \
  --locale=C.UTF-8 >"$root_dir/initdb.log" 2>&1 || {
  cat "$root_dir/initdb.log" >&2
  exit 1
}

started=0
for _ in 1 2 3 4 5; do
  port=$(free_port)
  if as_pg "$pg_bin/pg_ctl" -D "$root_dir/data" -l "$root_dir/server.log" -w -t 30 \
      -o "-k $root_dir -p $port -c listen_addresses=127.0.0.1 -c max_connections=200" \
      start >/dev/null 2>&1; then
    started=1
    break
  fi
done
if ((started == 0)); then
  echo "with-postgres.sh: the PostgreSQL server did not start:" >&2
  cat "$root_dir/server.log" >&2 || true
  exit 1
fi

export PLUSLIFE_TEST_PGHOST="$root_dir" PLUSLIFE_TEST_PGPORT="$port" PLUSLIFE_TEST_PGUSER=pluslife
set +e
"$@"
status=$?
set -e
exit $status
