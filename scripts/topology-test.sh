#!/usr/bin/env bash
# The production topology's tests, on the e2e build (run scripts/e2e.sh first; no build of their own):
# the proxy configuration alone (varnishtest), then Redis, two `next start` and Varnish together
# (tests/topology/, which start and stop scripts/topology.ts). Needs Debian's redis-server and varnish.
set -euo pipefail
cd "$(dirname "$0")/.."
bash deploy/varnish/tests/run.sh
npx vitest run --config tests/topology/vitest.config.ts "$@"
