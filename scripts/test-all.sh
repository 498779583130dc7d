#!/usr/bin/env bash
# `npm test`: every check, cheapest first. Each layer also runs alone (see README).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$1"; }

step 'Generated types and migrations'
bash scripts/check-generated.sh
step 'Type-check'
npx tsc --noEmit
step 'Lint'
npx eslint .
step 'Unit and integration tests (Vitest)'
npx vitest run
step 'End-to-end tests (Playwright on a production build)'
bash scripts/e2e.sh
