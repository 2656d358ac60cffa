"""HTTP caching: which responses Varnish (deploy/varnish/) and browsers may keep, and for how long.

Anonymous GET/HEAD answers that set no cookie are public: browsers revalidate them every time
(``max-age=0``, answered with 304 by ConditionalGetMiddleware), Varnish keeps them for
``HTTP_CACHE_SECONDS`` or until a change bans one of the topics in their ``X-Cache-Tags``
(home/invalidation.py). Everything else is private: it may be personal (an editor, a session, a
preview), carry a CSRF cookie, or depend on the visitor's headers (the ``/`` redirect by language).
"""

import logging
import re
from urllib.request import Request, urlopen

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers
from wagtail.contrib.frontend_cache.backends import HTTPBackend

from .invalidation import depends_on

logger = logging.getLogger(__name__)

TAGS_HEADER = "X-Cache-Tags"
# 301s and 404s are the same for everyone too; a redirect or a page published at the URL bans them.
CACHEABLE_STATUSES = {200, 301, 404}
TOPIC = re.compile(r"^[-\w.:]+\*?$")


class HttpCacheMiddleware:
    """Cache-Control, Vary and cache tags. Sits outside the session, CSRF and locale middleware to see
    the cookies and redirects they add, and inside ConditionalGetMiddleware so that 304s keep the headers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):  # the view chose (the admin's never_cache)
            return response
        if is_personal(request):
            patch_cache_control(response, private=True, no_store=True)
        elif is_shared(request, response):
            patch_cache_control(response, public=True, max_age=0, s_maxage=settings.HTTP_CACHE_SECONDS)
            patch_vary_headers(response, ["Cookie"])  # an editor gets the same URL with the userbar
            if tags := topics(request, response):
                response[TAGS_HEADER] = " ".join(sorted(tags))
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response


def is_personal(request):
    """A logged-in user, a visitor with a session (a passed page password), or the admin and previews."""
    user = getattr(request, "user", None)
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or (user is not None and user.is_authenticated)
        or request.path_info.startswith("/admin/")
        or getattr(request, "is_preview", False)
    )


def is_shared(request, response):
    return (
        request.method in ("GET", "HEAD")
        and response.status_code in CACHEABLE_STATUSES
        and not response.cookies
        and "*" not in response.get("Vary", "")
    )


def topics(request, response):
    found = set(getattr(request, "cache_topics", ()))
    if response.get("Content-Type", "").startswith("text/html"):
        found.add("frame")
    if response.status_code != 200:
        found.update(("pages", "redirects"))
    return found


def record_page_topics(page, request, serve_args, serve_kwargs):
    """Wagtail's before_serve_page hook: a page (and each route of a routable page) shows itself and
    whatever its type declares in ``depends_on_topics``. Its tree path lets one ban take a whole
    subtree (``"path:<ancestor's path>*"``: breadcrumbs, moves, view restrictions)."""
    depends_on(request, f"page:{page.pk}", f"path:{page.path}", *getattr(page.specific_class, "depends_on_topics", ()))


class BanRequest(Request):
    def get_method(self):
        return "BAN"


class VarnishBackend(HTTPBackend):
    """Wagtail's PURGE of page URLs, plus BAN by cache tag, which deploy/varnish/default.vcl accepts from localhost."""

    def ban_topics(self, topics):
        names = sorted(topic for topic in topics if TOPIC.match(topic))
        if not names:
            return
        # A regular expression over the space-separated tags, with no whitespace of its own (a ban
        # argument); "path:0001*" matches every tag that starts with "path:0001".
        alternatives = "|".join(
            re.escape(name.removesuffix("*")) + (r"\S*" if name.endswith("*") else "") for name in names
        )
        pattern = rf"(^|\s)({alternatives})(\s|$)"
        url = f"{self.cache_scheme}://{self.cache_netloc}/"
        try:
            urlopen(BanRequest(url, headers={"X-Ban-Tags": pattern}), timeout=5)  # noqa: S310 - configured LOCATION
        except OSError as error:  # a publish must not fail because the cache is down; the TTL bounds staleness
            logger.error("Couldn't ban %s in the frontend cache: %s", names, error)
