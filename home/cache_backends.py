"""Cache backends for Wagtail's image renditions.

Wagtail's ``Image.get_rendition()`` writes every rendition back to the cache, even one it
has just read from a prefetch or from the cache itself (``get_renditions()`` skips those;
the singular method does not). Every ``{% image %}`` on an anonymous page view was a cache
write. These backends drop such writes, so a rendition is cached once, when it is created
or first read from the database.
"""

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache


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
