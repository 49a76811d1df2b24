#!/usr/bin/env bash
# Try sync by hand: a throwaway PostgreSQL cluster, a self-signed test CA and server
# certificate, a migrated central database with one province / county / center and a worker,
# an enrolment code, and pluslife-central serving HTTPS on the loopback. Prints what a client
# needs (URL, CA file, code) and waits; Ctrl+C stops and removes everything.
#   installer/try-sync.sh [PATH/TO/pluslife-central] [PORT]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")

if [[ -z "${PLUSLIFE_TRY_SYNC_INNER:-}" ]]; then
  export PLUSLIFE_TRY_SYNC_INNER=1
  exec "$here/with-postgres.sh" "$0" "$@"
fi

central=${1:-}
if [[ -z "$central" ]]; then
  for candidate in "$repo"/build/release/sync/central/pluslife-central \
                   "$repo"/build/debug/sync/central/pluslife-central \
                   "$repo"/build/*/sync/central/pluslife-central; do
    if [[ -x "$candidate" ]]; then central=$candidate; break; fi
  done
fi
if [[ -z "$central" || ! -x "$central" ]]; then
  echo "try-sync.sh: pluslife-central not found; build it (cmake --build BUILD --target pluslife-central)" >&2
  echo "             or pass its path: installer/try-sync.sh PATH/TO/pluslife-central" >&2
  exit 1
fi
port=${2:-8443}

work=$(mktemp -d -t pluslife-try-sync-XXXXXX)
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

createdb -h "$PLUSLIFE_TEST_PGHOST" -p "$PLUSLIFE_TEST_PGPORT" -U "$PLUSLIFE_TEST_PGUSER" central
export PLUSLIFE_CENTRAL_DB="host=$PLUSLIFE_TEST_PGHOST port=$PLUSLIFE_TEST_PGPORT dbname=central user=$PLUSLIFE_TEST_PGUSER"

# A test CA and a server certificate for 127.0.0.1 / localhost that it signed.
(
  cd "$work"
  openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 \
    -subj "/CN=PlusLife try-sync CA" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >server.ext
  openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=127.0.0.1" 2>/dev/null
  openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem \
    -days 30 -extfile server.ext 2>/dev/null
)

"$central" migrate >/dev/null
"$central" admin province-add --code 23 --name "Tehran"
"$central" admin county-add --province 23 --code 2301 --name "Tehran"
center=$("$central" admin center-add --county 2301 --code TRY1 --name "+Life try-sync center")
"$central" admin worker-add --center TRY1 --username manager --name "Center manager" --role manager >/dev/null
code=$("$central" admin code-issue --center TRY1 --days 1)

"$central" serve --listen "127.0.0.1:$port" --cert "$work/server.pem" --key "$work/server.key" \
  >"$work/serve.out" 2>"$work/serve.log" &
server_pid=$!
for _ in $(seq 1 100); do
  grep -q '^listening on' "$work/serve.out" 2>/dev/null && break
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/serve.log" >&2; exit 1; fi
  sleep 0.1
done

cat <<INFO

pluslife-central is running (center TRY1, uuid $center).
  Server URL:      https://127.0.0.1:$port
  CA certificate:  $work/ca.pem
  Enrolment code:  $code   (valid one day, single use)
  Request log:     $work/serve.log
  Admin commands:  PLUSLIFE_CENTRAL_DB="$PLUSLIFE_CENTRAL_DB" $central admin devices

Press Ctrl+C to stop the server and remove the database.
INFO
wait "$server_pid"
