"""Cache backends: Redis with a reused client, and renditions cached once.

Django's Redis backend makes a new redis-py client for every command, and redis-py 8 fills a table
of about 170 response callbacks in each: a millisecond per page view went there. ``RedisCache``
keeps one client per connection pool (clients are thread-safe; the pool hands out connections).

Wagtail's ``Image.get_rendition()`` writes every rendition back to the cache, even one it has just
read from a prefetch or from the cache itself (``get_renditions()`` skips those; the singular
method does not). Every ``{% image %}`` on an anonymous page view was a cache write. The
rendition backends drop such writes, so a rendition is cached once, when it is created or first
read from the database.
"""

from django.core.cache.backends import redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache


class RedisCacheClient(redis.RedisCacheClient):
    def get_client(self, key=None, *, write=False):
        clients = self.__dict__.setdefault("_clients", {})
        index = self._get_connection_pool_index(write)
        if index not in clients:
            clients[index] = super().get_client(key, write=write)
        return clients[index]


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient


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
