#!/usr/bin/env bash
# Builds the site once into .next-e2e on a fresh throw-away database, then runs Playwright against
# `next start` on that build. Pass Playwright arguments through: `npm run test:e2e -- --grep admin`.
set -euo pipefail
cd "$(dirname "$0")/.."
export E2E_PORT="${E2E_PORT:-3100}"
export DATABASE_URI="file:./data/e2e.db"
export NEXT_PUBLIC_SERVER_URL="http://localhost:${E2E_PORT}"
export NEXT_DIST_DIR=".next-e2e"
export SEED_ON_EMPTY_DATABASE=true
# The tests change content: against a server someone else started on this port they would change
# (and check) another database. Refuse before building rather than reuse it.
if (exec 3<> "/dev/tcp/127.0.0.1/${E2E_PORT}") 2> /dev/null; then
  echo "Port ${E2E_PORT} is already taken: stop what listens there, or choose another with E2E_PORT=<port>." >&2
  exit 1
fi
rm -rf tests/.tmp
mkdir -p tests/.tmp
# The build prerenders pages from the database it seeds (question ids in the picker's form, for one):
# a run that reuses the build starts from a copy of that very database, not a new seed with new ids.
# A copy is taken while no process has the database open: the file and its write-ahead log (if any)
# are then consistent.
copy_database() {
  rm -f "$2" "$2-wal" "$2-shm"
  for suffix in '' -wal; do [ ! -f "$1${suffix}" ] || cp "$1${suffix}" "$2${suffix}"; done
}
if [ -z "${E2E_SKIP_BUILD:-}" ]; then
  rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm
  npm run build
  copy_database data/e2e.db data/e2e-built.db
else
  [ -f data/e2e-built.db ] || { echo 'E2E_SKIP_BUILD=1 needs an earlier build by this script (data/e2e-built.db).' >&2; exit 1; }
  copy_database data/e2e-built.db data/e2e.db
fi
npx playwright test "$@"
