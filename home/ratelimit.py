"""Per-client request limits for public forms, counted in Django's cache.

With several server processes the cache must be shared between them (database, Redis or
Memcached) for a limit to be global rather than per process.

``TRUST_X_FORWARDED_FOR`` (setting, default ``False``): take the client address from the last
``X-Forwarded-For`` entry, which the site's own reverse proxy appends. Turn on only behind such
a proxy: any client can send the header itself.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    address = request.META.get("REMOTE_ADDR", "")
    if getattr(settings, "TRUST_X_FORWARDED_FOR", False):
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if forwarded[-1]:
            address = forwarded[-1]
    return address


def allow(request, scope, limit):
    """Count this request against the client's ``limit`` = ``(requests, seconds)``; ``False`` past it.

    ``limit=None`` allows everything. The window starts at the client's first request.
    """
    if not limit:
        return True
    requests, seconds = limit
    # Hashed: the cache need not hold visitors' addresses.
    key = f"ratelimit:{scope}:{hashlib.sha256(client_address(request).encode()).hexdigest()[:32]}"
    cache.add(key, 0, timeout=seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add() and incr()
        cache.set(key, 1, timeout=seconds)
        count = 1
    return count <= requests
