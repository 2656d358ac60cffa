"""Per-visitor request limits (searches, public forms), counted in the shared cache by django-ratelimit.

``allow(request, scope, limit)`` counts a request against ``limit = (requests, seconds)`` and says
whether it is within it; ``retry_after(request, scope, limit)`` gives the seconds until the client's
window ends (the ``Retry-After`` of a 429). ``limit=None`` turns a limit off.

Windows are fixed: a client's window of ``seconds`` is computed from the clock (django-ratelimit
staggers the windows of different clients), and its count lives in a cache key named after the
window, so hits never extend it: a steady visitor under the limit is never refused. The counts are
kept in the ``default`` cache, which must be shared by every worker and count atomically: Redis
in production (``REDIS_URL``, required there); each process's own memory without it (``make run``).
django-ratelimit is used as a library, not an installed app: its system check knows only memcached and
django-redis by class name and would warn about Django's own Redis backend (home/cache_backends.py),
whose ``INCR`` is atomic and leaves the key's expiry alone.

Who the client is (``client_address``), from two settings read from the environment:

``TRUST_X_FORWARDED_FOR`` (env ``1``/``true``; default off)
    Take the address from ``X-Forwarded-For``. Turn on only behind the site's own reverse proxy:
    anyone can send the header.
``TRUSTED_PROXY_COUNT`` (env; default 1)
    How many proxies in front of the site append to ``X-Forwarded-For``: the client's address is the
    entry this many places from the right; entries further left are the client's own and are ignored.
    The shipped chain (TLS proxy → Varnish → gunicorn, all on one machine) needs 1: the TLS proxy
    appends the visitor's address and Varnish drops its own addition for a local peer
    (deploy/varnish/default.vcl). With the TLS proxy on another machine, Varnish's addition stays: 2.

An IPv6 client is counted per /64 (one household or server gets a whole /64). Addresses reach the cache
only hashed. When no address is known (gunicorn on a unix socket gives an empty ``REMOTE_ADDR``) the
limits fall back to ``X-Forwarded-For`` as the local proxy wrote it, or else count nothing; they never
put every visitor under one counter. Either case is logged once per process.
"""

import ipaddress
import logging
import time

from django.conf import settings
from django.db import DatabaseError
from django.utils.cache import add_never_cache_headers
from django_ratelimit.core import get_usage
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

IPV6_PREFIX = 64
SEARCH = "search"  # one count for the site search and the deed listing's search: the same costly query
CACHE_ERROR_LOG_SECONDS = 60

_warned = set()
_cache_error_logged_at = [float("-inf")]


def _warn_once(code, message, *args):
    if code not in _warned:
        _warned.add(code)
        logger.warning(message, *args)


def forwarded_addresses(request):
    """The ``X-Forwarded-For`` entries, left to right, without empty ones."""
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return [part.strip() for part in header.split(",") if part.strip()]


def _from_forwarded(forwarded, remote):
    count = max(1, int(getattr(settings, "TRUSTED_PROXY_COUNT", 1)))
    if len(forwarded) >= count:
        return forwarded[-count]
    # Fewer entries than proxies: the request did not pass all of them; the peer is the best we know.
    return remote or (forwarded[0] if forwarded else "")


def client_address(request):
    """The visitor's address as text (maybe with a port), or ``""`` when nothing tells it."""
    remote = request.META.get("REMOTE_ADDR", "").strip()
    forwarded = forwarded_addresses(request)
    if getattr(settings, "TRUST_X_FORWARDED_FOR", False):
        return _from_forwarded(forwarded, remote)
    if remote:
        if forwarded and _is_loopback(remote):
            _warn_once(
                "untrusted-proxy",
                "Requests come from %s through a proxy (X-Forwarded-For), but TRUST_X_FORWARDED_FOR is off: "
                "every visitor shares one rate-limit counter. Set TRUST_X_FORWARDED_FOR=1.",
                remote,
            )
        return remote
    # No peer address: gunicorn on a unix socket, which only a local proxy can reach.
    if forwarded:
        _warn_once(
            "no-remote-addr",
            "REMOTE_ADDR is empty (a unix socket?): rate limits take the client address from X-Forwarded-For "
            "as the proxy wrote it. Set TRUST_X_FORWARDED_FOR=1 (and TRUSTED_PROXY_COUNT) to say so.",
        )
        return _from_forwarded(forwarded, "")
    _warn_once("no-address", "Neither REMOTE_ADDR nor X-Forwarded-For tells the client's address: no rate limits.")
    return ""


def _is_loopback(address):
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def _parse(address):
    """An ``ip_address`` from ``1.2.3.4``, ``1.2.3.4:5678``, ``2001:db8::1`` or ``[2001:db8::1]:443``; or None."""
    if address.startswith("[") and "]" in address:
        address = address[1 : address.index("]")]
    elif address.count(":") == 1:
        address = address.split(":", 1)[0]
    try:
        return ipaddress.ip_address(address)
    except ValueError:
        return None


def client_key(request):
    """What the client is counted by: its IPv4 address or IPv6 /64; ``None`` when unknown."""
    address = client_address(request)
    if not address:
        return None
    ip = _parse(address)
    if ip is None:
        return address  # not an address (a proxy's "unknown"): still one client's text, hashed
    if ip.version == 6:
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        network = int(ip) >> (128 - IPV6_PREFIX) << (128 - IPV6_PREFIX)
        return str(ipaddress.IPv6Network((network, IPV6_PREFIX)))
    return str(ip)


def _usage(request, scope, limit, increment):
    """django-ratelimit's usage (``should_limit``, ``time_left``) of this client's window, or None."""
    if not limit:
        return None
    key = client_key(request)
    if key is None:
        return None
    requests, seconds = limit
    try:
        return get_usage(
            request,
            group=scope,
            key=lambda _group, _request: key,
            rate=(int(requests), int(seconds)),
            increment=increment,
        )
    except (OSError, RedisError, DatabaseError):  # the cache is down: a limit is not worth an error page
        now = time.monotonic()
        if now - _cache_error_logged_at[0] > CACHE_ERROR_LOG_SECONDS:
            _cache_error_logged_at[0] = now
            logger.warning("Rate limits are off: the cache does not answer", exc_info=True)
        return None


def allow(request, scope, limit):
    """Count this request against the client's ``limit = (requests, seconds)``; ``False`` past it."""
    usage = _usage(request, scope, limit, increment=True)
    return usage is None or not usage["should_limit"]


def retry_after(request, scope, limit):
    """Seconds until the client's current window of ``scope`` ends (at least 1): a 429's ``Retry-After``."""
    usage = _usage(request, scope, limit, increment=False)
    if usage is None or usage["time_left"] < 0:
        return int(limit[1]) if limit else 1
    # django-ratelimit's window named W takes the seconds up to and including W: the next starts a second later.
    return usage["time_left"] + 1


def search_limit():
    """``(searches, seconds)`` per visitor for every search (setting ``SEARCH_RATE_LIMIT``), or ``None``."""
    return getattr(settings, "SEARCH_RATE_LIMIT", (60, 60))


def refused(response, seconds):
    """A 429 ``response`` told when to come back, and kept by no cache (it is this visitor's)."""
    response["Retry-After"] = str(seconds)
    add_never_cache_headers(response)
    return response
