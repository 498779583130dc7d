#!/usr/bin/env bash
# `npm run dev`: Next's dev server, plus a warm-up (scripts/dev-warmup.ts) that requests the pages
# people open first as soon as the server answers, so they compile while the terminal is being read
# rather than on the first click. Arguments pass to `next dev`.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-3000}"
npx tsx scripts/dev-warmup.ts "$port" &
exec npx next dev -p "$port" "$@"
