#!/usr/bin/env bash
# Creates a SQL migration for the current collections: `npm run migrate:create -- <name>`.
# `payload migrate:create` quietly writes nothing when it has no terminal, so it runs under `script`
# (a pseudo-terminal) and this checks that a file really appeared.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:-change}"
before=$(ls migrations/*.ts 2>/dev/null | wc -l)
script -qec "npx payload migrate:create ${name} --skip-empty" /dev/null
after=$(ls migrations/*.ts 2>/dev/null | wc -l)
if [ "$after" -le "$before" ]; then
  echo "No migration written: the collections match the latest migration." >&2
  exit 1
fi
echo "Migration written. Commit migrations/ with the collection change."
