#!/usr/bin/env bash
# Fails when committed generated files lag behind the collections:
#  - payload-types.ts and the admin's importMap.js must equal what Payload generates;
#  - migrations/ must already describe the schema (a new migration would not be empty).
set -euo pipefail
cd "$(dirname "$0")/.."

# check_generated FILE COMMAND...: runs the generator and fails (restoring FILE) if FILE changed.
check_generated() {
  local file="$1"; shift
  local committed
  committed=$(mktemp)
  cp "$file" "$committed"
  "$@" > /dev/null 2>&1
  if ! diff -q "$committed" "$file" > /dev/null; then
    diff -u "$committed" "$file" | head -40 || true
    cp "$committed" "$file"
    echo "$file is out of date: run \`$*\` and commit it." >&2
    exit 1
  fi
  rm -f "$committed"
}

check_generated payload-types.ts npx payload generate:types
check_generated 'app/(payload)/admin/importMap.js' npx payload generate:importmap

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
