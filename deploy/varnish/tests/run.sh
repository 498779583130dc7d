#!/usr/bin/env bash
# Tests of deploy/varnish/default.vcl: varnishtest (Debian's varnish package) starts Varnish with it in
# front of scripted origins and checks what visitors get. Each .vtc file says what it proves.
set -euo pipefail
cd "$(dirname "$0")"
command -v varnishtest > /dev/null || { echo 'These tests need Varnish: apt-get install -y varnish' >&2; exit 1; }
# The purge secret comes from varnishd's environment, which varnishtest passes on.
CACHE_PURGE_SECRET=test-purge-secret varnishtest -j 4 caching.vtc purge.vtc retry.vtc stale-if-error.vtc &
with_secret=$!
CACHE_PURGE_SECRET='' varnishtest no-purge-secret.vtc
wait "$with_secret"
