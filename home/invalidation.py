"""What the cache holds, and when it goes stale: topics.

A topic names a set of content: ``"frame"`` (menu, footer, site settings, the home pages),
``"pages"`` (the page tree: routes, sitemap), ``"deeds"`` (everything computed from live deeds,
their organisations, sectors, themes and awards), ``"news"``, and so on.

- ``cached(topics, key, build)`` keeps ``build()``'s value in the shared cache until one of
  ``topics`` changes. Each topic has a generation token in the cache; the value's key includes
  the tokens, so a change makes every key built on the topic new at once and the old values
  simply expire. A read that finds the value writes nothing.
- ``changed(*topics)`` (called by the apps' signal handlers) gives the topics new tokens and,
  after commit, bans them in the frontend cache (Varnish) when one is configured (``VARNISH_URL``).
- ``depends_on(request, *topics)`` records what a response shows: home/http_cache.py sends the
  topics as its cache tags, which a ban matches. Every HTML response depends on ``"frame"``, every
  Wagtail page on ``"page:<id>"`` and on its type's ``depends_on_topics``.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import get_backends

from home.request_memo import memo

# Values kept under old tokens are never read again; let them go within a day.
TIMEOUT = 60 * 60 * 24


def _token_keys(topics):
    return {f"topic:{topic}": topic for topic in topics}


def tokens(topics):
    """The current token of each topic, creating missing ones (after a flush or an eviction).

    Read once per request (a page asks for the same topics many times).
    """
    keys = _token_keys(topics)
    known = memo("topic tokens")
    found = {key: known[key] for key in keys if known is not None and key in known}
    if missing := [key for key in keys if key not in found]:
        found |= cache.get_many(missing)
    for key in keys.keys() - found.keys():
        token = uuid.uuid4().hex[:12]
        # add(): a concurrent reader may have created it first; use whichever won.
        found[key] = token if cache.add(key, token, timeout=None) else cache.get(key, token)
    if known is not None:
        known.update(found)
    return [found[key] for key in keys]


def cached(topics, key, build, timeout=TIMEOUT):
    if isinstance(topics, str):
        topics = [topics]
    full_key = f"{key}:{'.'.join(tokens(topics))}"
    hit = cache.get(full_key)  # a 1-tuple, so that None can be cached too
    if hit is None:
        hit = (build(),)
        cache.set(full_key, hit, timeout)
    return hit[0]


def changed(*topics):
    def renew():
        renewed = {key: uuid.uuid4().hex[:12] for key in _token_keys(topics)}
        cache.set_many(renewed, timeout=None)
        if (known := memo("topic tokens")) is not None:
            known.update(renewed)

    # Now, for readers inside this transaction; and again after commit, because another
    # process may have cached what it read before the commit under the first new token.
    renew()
    transaction.on_commit(renew)
    transaction.on_commit(lambda: ban(topics))


def ban(topics):
    for backend in get_backends().values():
        # Wagtail's own backends purge URLs only; they get the page URLs from Wagtail itself.
        if hasattr(backend, "ban_topics"):
            backend.ban_topics(topics)


def depends_on(request, *topics):
    if request is not None:
        request.cache_topics = getattr(request, "cache_topics", frozenset()) | set(topics)
