# Tekojen tori: Varnish 7 (VCL 4.1) between the TLS-terminating proxy and gunicorn; README.md → Varnish.
#
# The site decides what may be kept: anonymous answers come with "Cache-Control: public,
# max-age=0, s-maxage=…" and an X-Cache-Tags header naming the topics they show; everything
# personal or with a cookie is private (home/http_cache.py). Publishing bans the changed topics
# (home/invalidation.py) with a BAN request from localhost; Wagtail PURGEs the page URLs.
vcl 4.1;

# gunicorn (gunicorn.conf.py: GUNICORN_BIND). tests/test_varnish.py replaces this block.
backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .first_byte_timeout = 60s;
}

# The TLS proxy and the site itself (bans on publish) run on this machine.
acl local {
    "localhost";
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # Varnish has appended the proxy's address to X-Forwarded-For; the site's rate limits read the
    # last entry (home/ratelimit.py), which must stay the visitor's, as the TLS proxy wrote it.
    if (client.ip ~ local && req.http.X-Forwarded-For ~ ",") {
        set req.http.X-Forwarded-For = regsub(req.http.X-Forwarded-For, ",[^,]*$", "");
    }
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ local) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "PURGE") {
            return (purge);
        }
        if (!req.http.X-Ban-Tags) {
            return (synth(400, "X-Ban-Tags missing"));
        }
        # X-Ban-Tags is a regular expression without whitespace, matched against the stored
        # objects' tags only (obj.*), so the ban lurker clears them in the background.
        ban("obj.http.X-Cache-Tags ~ " + req.http.X-Ban-Tags);
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin and its previews, documents (a collection may be private) and the redirect from
    # "/", chosen by the visitor's Accept-Language and language cookie.
    if (req.url ~ "^/(admin|documents)(/|\?|$)" || req.url ~ "^/(\?|$)") {
        return (pass);
    }
    # Logged-in editors, and visitors with a session (a page password), get their own pages.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Other cookies (csrftoken, language, analytics) change nothing on a cacheable answer. A form
    # page sets a new CSRF cookie, so its answer is never kept: each visitor gets their own token.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # A failed background refresh leaves the stale copy in use.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # Keep only what the site marked public; the rest is fetched for every request (hit-for-miss,
    # so a later public answer for the URL is kept again).
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control !~ "(?i)\bpublic\b"
        || beresp.http.Cache-Control ~ "(?i)private|no-store|no-cache") {
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Stale-while-revalidate after s-maxage; a banned or purged copy is gone, never served stale.
    set beresp.grace = 1h;
    # Django compresses answers of 200 bytes and more; compress the rest of the text here.
    if (!beresp.http.Content-Encoding
        && beresp.http.Content-Type ~ "^(text/|application/(json|xml|rss\+xml|javascript))") {
        set beresp.do_gzip = true;
    }
}

sub vcl_deliver {
    # For the tests and the benchmark.
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.X-Cache-Tags;
}
