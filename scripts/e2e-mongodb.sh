#!/usr/bin/env bash
# `npm run test:e2e:mongodb`: the e2e smoke on a production build on MongoDB. Starts the in-memory
# MongoDB test server for the run, then Playwright (playwright.mongodb.config.ts), whose web server
# is `npm run build && npm start` on that database, into the e2e build's folder. Everything stored is
# gone when the script ends, so every run builds and seeds afresh. Arguments pass to Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
export E2E_PORT="${E2E_MONGODB_PORT:-3210}"

# As a replica set, so Payload runs with transactions, as on Atlas. A TypeScript process that stalls
# while loading can exit 0 having done nothing: wait for the line it prints once it listens.
server_log="$(mktemp)"
node --import tsx scripts/mongodb-test-server.ts --replica-set > "$server_log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2> /dev/null || true; rm -f "$server_log"' EXIT
DATABASE_URI=""
for _ in $(seq 1 120); do
  DATABASE_URI="$(sed -n 's/.*DATABASE_URI="\(.*\)".*/\1/p' "$server_log")"
  if [ -n "$DATABASE_URI" ] || ! kill -0 "$server_pid" 2> /dev/null; then break; fi
  sleep 0.5
done
if [ -z "$DATABASE_URI" ]; then
  echo 'The MongoDB test server did not start:' >&2
  cat "$server_log" >&2
  exit 1
fi
export DATABASE_URI
echo "MongoDB test server: $DATABASE_URI"

mkdir -p tests/.tmp
# The build goes into the SQLite e2e build's folder (.next-e2e), for its compiler cache: that build, and
# the copy of the database it prerendered from, are no longer a pair. Without the copy, a rerun of
# `E2E_SKIP_BUILD=1 npm run test:e2e` says it needs a new build instead of testing this one.
rm -f data/e2e-built.db data/e2e-built.db-wal
npx playwright test --config playwright.mongodb.config.ts "$@"
