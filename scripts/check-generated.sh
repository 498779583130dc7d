#!/usr/bin/env bash
# Fails when committed generated files lag behind the collections:
#  - payload-types.ts must equal what `payload generate:types` writes;
#  - migrations/ must already describe the schema (a new migration would not be empty).
set -euo pipefail
cd "$(dirname "$0")/.."

committed_types=$(mktemp)
cp payload-types.ts "$committed_types"
npx payload generate:types > /dev/null 2>&1
if ! diff -q "$committed_types" payload-types.ts > /dev/null; then
  diff -u "$committed_types" payload-types.ts | head -40 || true
  cp "$committed_types" payload-types.ts
  echo "payload-types.ts is out of date: run \`npm run generate:types\` and commit it." >&2
  exit 1
fi
rm -f "$committed_types"

before=$(ls migrations)
script -qec "npx payload migrate:create schema-check --skip-empty" /dev/null > /dev/null 2>&1 || true
new_files=$(comm -13 <(echo "$before") <(ls migrations))
if [ -n "$new_files" ]; then
  git checkout -- migrations/index.ts 2>/dev/null || true
  (cd migrations && rm -f $new_files)
  echo "The collections changed without a migration: run \`npm run migrate:create -- <name>\` and commit it." >&2
  exit 1
fi
echo "Generated types and migrations are up to date."
