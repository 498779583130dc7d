vcl 4.1;

# The site's caching proxy (Varnish 7.1, Debian 12's package), in front of one or more `next start`.
#
#   varnishd -f /path/to/deploy/varnish/default.vcl -p vcl_path=<folder with backends.vcl>:/path/to/deploy/varnish
#
# What it does (README, "Production: several servers behind a caching proxy"):
# - Public pages and Next's static files are cached and sent gzipped. Next's own lifetime is kept
#   (s-maxage, one hour for pages, like Next's own safety net): freshness comes from publishing,
#   which purges exactly the pages a change shows on (hooks/revalidation/purgeProxies.ts).
# - The admin, the API, previews, Next's client-side navigation payloads, and anyone signed in or in
#   draft mode always go to the origin.
# - A down or failing origin never costs a visitor a page the cache had: the last good copy is served
#   for up to a day (stale-if-error), and a failed GET is tried once more, on the next instance.
# - PURGE <path> with the header X-Purge-Secret: $CACHE_PURGE_SECRET, from varnishd's environment,
#   removes a page (with X-Purge-Scope: prefix, every page under the path); without the secret, or
#   with none set, it is refused.
#
# backends.vcl, looked up on vcl_path, names the origins and adds each to the `origin` director
# (deploy/varnish/backends.vcl is the docker-compose one; scripts/topology.ts writes its own).

import directors;
import std;

# The origins' health: robots.txt is a small page rendered by Next, so a live event loop answers it.
probe site_health {
    .url = "/robots.txt";
    .interval = 2s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    # Healthy from the start: a proxy started with its origins must not refuse the first requests.
    .initial = 2;
}

sub vcl_init {
    new origin = directors.round_robin();
}

include "backends.vcl";

# How long a page may be served past its lifetime: while the origin is healthy, only while a fresh
# copy is fetched in the background (which a purged page never is: a purge removes every copy).
# When the origin is down or failing, up to a day.
sub choose_grace {
    if (req.http.x-stale-if-error || !std.healthy(req.backend_hint)) {
        set req.grace = 24h;
    } else {
        set req.grace = 10s;
    }
}

sub vcl_recv {
    set req.backend_hint = origin.backend();
    if (req.restarts == 0) {
        unset req.http.x-stale-if-error;
    }
    if (req.method == "PURGE" && req.http.x-purge-scope == "prefix") {
        call ban_prefix;
    }
    if (req.method == "PURGE") {
        call purge_page;
    }
    # Varnish's own rules: a missing Host, unusual methods and Authorization are not cached.
    call vcl_req_host;
    call vcl_req_method;
    call vcl_req_authorization;
    if (req.url ~ "^/(admin|api|preview)(/|\?|$)" || req.url ~ "^/_next/data/") {
        return (pass);
    }
    # Signed in to the admin, or in draft mode: pages are rendered for this visitor.
    if (req.http.Cookie ~ "(^|;\s*)(payload-token|__prerender_bypass)=") {
        return (pass);
    }
    # Next's client-side navigation payloads (RSC): varied by router headers and a query string the
    # purge would have to guess; the origin serves them from its own (shared) cache.
    if (req.http.RSC || req.url ~ "[?&]_rsc=") {
        return (pass);
    }
    # Other cookies (analytics) change nothing on a public page.
    unset req.http.Cookie;
    call choose_grace;
    return (hash);
}

# A purge first looks the page up like a visit, then restarts as the purge itself. The lookup waits
# for a fetch of the page in flight (Varnish's request coalescing), so a response the origin produced
# before the publish and is still handing over is purged too; a plain purge skips objects still being
# fetched, which would keep the old page for its whole lifetime.
sub purge_page {
    if (req.restarts > 0) {
        return (purge);
    }
    call refuse_without_purge_secret;
    set req.url = regsub(req.url, "\?.*$", "");
    # No stale copy may answer the lookup instead of the fetch in flight.
    set req.grace = 0s;
    return (hash);
}

# PURGE <prefix> with X-Purge-Scope: prefix removes every cached address under the prefix: a route's
# pages, too many to name (/compare/). It is a ban, which does not wait for fetches in flight.
sub ban_prefix {
    call refuse_without_purge_secret;
    if (req.url !~ "^/[A-Za-z0-9/_-]*$") {
        return (synth(400, "A ban takes a path prefix"));
    }
    if (std.ban("obj.http.x-url ~ ^" + req.url)) {
        return (synth(200, "Banned"));
    }
    return (synth(400, std.ban_error()));
}

sub refuse_without_purge_secret {
    # Unset or empty: every purge is refused.
    if (std.getenv("CACHE_PURGE_SECRET") !~ "." || req.http.x-purge-secret != std.getenv("CACHE_PURGE_SECRET")) {
        return (synth(403, "Purging needs the secret"));
    }
}

# A cached page is named by its path alone, which is what a purge names:
# - not the query string: a page Next caches ignores it (?utm_source=...), and one that reads it (the
#   picker's answers, the compare form) renders per request, marked private and no-store, so it is
#   never stored; the query string still reaches the origin. Next's files under /_next/ keep theirs
#   (/_next/image?url=...).
# - not the Host: one site per proxy, so a purge sent to the proxy's own address (proxy:6081)
#   removes what visitors fetched as www.example.com.
sub vcl_hash {
    if (req.url ~ "^/_next/") {
        hash_data(req.url);
    } else {
        hash_data(regsub(req.url, "\?.*$", ""));
    }
    return (lookup);
}

sub vcl_hit {
    if (req.method == "PURGE") {
        return (restart);
    }
}

sub vcl_miss {
    if (req.method == "PURGE") {
        return (restart);
    }
}

sub vcl_pass {
    if (req.method == "PURGE") {
        return (restart);
    }
}

sub vcl_backend_fetch {
    unset bereq.http.x-stale-if-error;
    # Cached responses are compressed here once per fetch (vcl_backend_response), not by Next.
    if (!bereq.uncacheable) {
        unset bereq.http.Accept-Encoding;
    }
}

sub vcl_backend_response {
    # A failing origin never replaces a good copy, nor leaves a hit-for-miss marker in front of it:
    # a background refresh keeps the stale copy, and a visitor's request is restarted to get it.
    if (beresp.status >= 500 && !bereq.uncacheable) {
        return (abandon);
    }
    if (beresp.http.Content-Type ~ "^(text/|application/(json|xml|javascript|manifest\+json)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }
    # The address, for bans (ban_prefix).
    set beresp.http.x-url = bereq.url;
    # Kept past its lifetime for stale-if-error (choose_grace decides who may have it).
    set beresp.grace = 24h;
    # One stored copy per page, whatever the client accepts (Varnish gunzips for those that refuse
    # gzip), so a purge never misses a variant; downstream caches still get Next's Vary.
    if (beresp.http.Vary) {
        set beresp.http.x-origin-vary = beresp.http.Vary;
        unset beresp.http.Vary;
    }
}

sub vcl_backend_error {
    if (!bereq.uncacheable) {
        return (abandon);
    }
}

# A GET the origin could not answer (down, or a 5xx) is tried once more: round robin sends it to the
# next instance, and the last good copy, however old, may answer it.
sub serve_stale_on_error {
    if (resp.status >= 500 && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
        set req.http.x-stale-if-error = "yes";
        return (restart);
    }
}

sub vcl_synth {
    call serve_stale_on_error;
}

sub vcl_deliver {
    call serve_stale_on_error;
    unset resp.http.x-url;
    if (resp.http.x-origin-vary) {
        set resp.http.Vary = resp.http.x-origin-vary;
        unset resp.http.x-origin-vary;
    }
    # Pages are purged here only: a shared cache further down (a CDN) must not keep them for the
    # s-maxage Next gave this proxy.
    if (resp.http.Cache-Control ~ "s-maxage") {
        set resp.http.Cache-Control = "public, max-age=0, must-revalidate";
    }
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
