"""Cache backends: Redis with a reused client, and renditions cached once.

Django's Redis backend makes a new redis-py client for every command, and redis-py 8 fills a table
of about 170 response callbacks in each: a millisecond per page view went there. ``RedisCache``
keeps one client per connection pool (clients are thread-safe; the pool hands out connections).

Wagtail's ``Image.get_rendition()`` writes every rendition back to the cache, even one it has just
read from a prefetch or from the cache itself (``get_renditions()`` skips those; the singular
method does not). Every ``{% image %}`` on an anonymous page view was a cache write. The
rendition backends drop such writes, so a rendition is cached once, when it is created or first
read from the database.

Redis down fails soft: reads are misses, writes are dropped, ``incr()`` finds no key (a rate limit
counts from zero: it lets visitors through rather than locking everyone out), so the site answers
from the database. After a failure Redis is left alone for ``RETRY_SECONDS`` (no connection attempt
per cache call) and the outage is logged once per episode (home/faults.py), not per request.
"""

import functools
import logging

from django.core.cache.backends import redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from . import faults

logger = logging.getLogger(__name__)

# Seconds to treat Redis as down after a failed call before trying it again.
RETRY_SECONDS = 5
# Redis on another host that stops answering must not hold a worker: seconds per connect and reply.
SOCKET_TIMEOUT = 1
REDIS_OUTAGE = faults.Episode(faults.EPISODE_GAP)
_down_until = 0.0  # per process, like the connection pools


def _missing_key(*args):
    raise ValueError("Redis is unavailable: the key counts as missing.")


def fail_soft(fallback):
    """While Redis is unreachable, answer ``fallback(*args)`` (a miss, a dropped write) instead of raising."""

    def decorator(method):
        @functools.wraps(method)
        def wrapper(self, *args):
            global _down_until  # one switch per process
            if faults.monotonic() < _down_until:
                return fallback(*args)
            try:
                return method(self, *args)
            except (RedisConnectionError, RedisTimeoutError) as error:
                _down_until = faults.monotonic() + RETRY_SECONDS
                if REDIS_OUTAGE.starts():
                    logger.warning(
                        "Redis unavailable, caching nothing (%s: %s). "
                        "Not logged again until %d s pass without a failure.",
                        type(error).__name__,
                        faults.first_line(error),
                        faults.EPISODE_GAP,
                    )
                return fallback(*args)

        return wrapper

    return decorator


class RedisCacheClient(redis.RedisCacheClient):
    def get_client(self, key=None, *, write=False):
        clients = self.__dict__.setdefault("_clients", {})
        index = self._get_connection_pool_index(write)
        if index not in clients:
            clients[index] = super().get_client(key, write=write)
        return clients[index]

    add = fail_soft(lambda key, value, timeout: False)(redis.RedisCacheClient.add)
    get = fail_soft(lambda key, default: default)(redis.RedisCacheClient.get)
    set = fail_soft(lambda key, value, timeout: None)(redis.RedisCacheClient.set)
    touch = fail_soft(lambda key, timeout: False)(redis.RedisCacheClient.touch)
    delete = fail_soft(lambda key: False)(redis.RedisCacheClient.delete)
    get_many = fail_soft(lambda keys: {})(redis.RedisCacheClient.get_many)
    has_key = fail_soft(lambda key: False)(redis.RedisCacheClient.has_key)
    incr = fail_soft(_missing_key)(redis.RedisCacheClient.incr)
    set_many = fail_soft(lambda data, timeout: None)(redis.RedisCacheClient.set_many)
    delete_many = fail_soft(lambda keys: None)(redis.RedisCacheClient.delete_many)
    clear = fail_soft(lambda: False)(redis.RedisCacheClient.clear)


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
        self._options = {"socket_connect_timeout": SOCKET_TIMEOUT, "socket_timeout": SOCKET_TIMEOUT, **self._options}


class SkipRereadRenditionsMixin:
    def get(self, key, default=None, version=None):
        value = super().get(key, default, version)
        if value is not default:
            value._from_cache = True
        return value

    def get_many(self, keys, version=None):
        found = super().get_many(keys, version)
        for rendition in found.values():
            rendition._from_cache = True
        return found

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if not getattr(value, "_from_cache", False):
            super().set(key, value, timeout, version)


class RenditionRedisCache(SkipRereadRenditionsMixin, RedisCache):
    pass


class RenditionLocMemCache(SkipRereadRenditionsMixin, LocMemCache):
    pass
