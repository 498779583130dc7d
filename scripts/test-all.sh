#!/usr/bin/env bash
# `npm test`: every check, cheapest first. Each layer also runs alone (see README).
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step prints how long the one before it took, and the total at the end: the suite's timings.
step_started=$SECONDS
step_name=''
step() {
  if [ -n "$step_name" ]; then printf '<== %s: %d s\n' "$step_name" $((SECONDS - step_started)); fi
  step_name="$1"
  step_started=$SECONDS
  printf '\n==> %s\n' "$1"
}

step 'Generated types and migrations'
bash scripts/check-generated.sh
step 'Type-check'
npx tsc --noEmit
step 'Lint'
npx eslint .
step 'Unit and integration tests (Vitest)'
# Vitest has been seen to exit 0 having run nothing, when a global setup's module loading stalled and
# left nothing to wait for. Its JSON report proves a run happened: without one, run it once more, and
# fail if that happens twice. A run with failing tests stops here as always (set -e).
vitest_report=data/vitest-report.json
run_vitest() {
  mkdir -p data && rm -f "$vitest_report"
  npx vitest run --reporter=default --reporter=json --outputFile.json="$vitest_report"
}
vitest_ran() { node -e "process.exit(require('./$vitest_report').numTotalTests > 0 ? 0 : 1)" 2> /dev/null; }
run_vitest
if ! vitest_ran; then
  echo 'Vitest exited without running the tests; running it once more.'
  run_vitest
  vitest_ran || { echo 'Vitest exited twice without running the tests.' >&2; exit 1; }
fi
step 'End-to-end tests (Playwright on a production build)'
bash scripts/e2e.sh
step 'Production topology on the e2e build (varnishtest, then Redis, two servers and Varnish)'
bash scripts/topology-test.sh
step 'End-to-end smoke on MongoDB (a production build on the MongoDB test server)'
bash scripts/e2e-mongodb.sh
step 'Done'
printf 'npm test took %d s\n' "$SECONDS"
