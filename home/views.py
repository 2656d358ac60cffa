"""Site-wide views: sitemap with hreflang, robots.txt and the error pages."""

import sys
from collections import defaultdict

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe
from wagtail.models import Page

from . import faults
from .invalidation import depends_on


@require_safe
def sitemap(request):
    """Every live public page of every language, each with its translations.

    Wagtail's own sitemap lists only the default locale's tree and has no
    hreflang alternates (wagtail#12420), so we build ours from the page tree.
    """
    depends_on(request, "pages")
    pages = Page.objects.live().public().filter(depth__gt=1).select_related("locale").order_by("path")
    by_translation = defaultdict(list)
    entries = []
    for page in pages:
        url = page.get_url(request)
        if url is None:  # not under any site
            continue
        entry = {
            "location": request.build_absolute_uri(url),
            "lastmod": page.last_published_at,
            "language": page.locale.language_code,
            "alternates": by_translation[page.translation_key],
        }
        by_translation[page.translation_key].append(entry)
        entries.append(entry)
    return render(request, "sitemap.xml", {"entries": entries}, content_type="application/xml")


@require_safe
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    return render(request, "robots.txt", {"sitemap_url": sitemap_url}, content_type="text/plain")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def bad_request(request, exception=None):
    """A body or header we cannot read (a charset other than UTF-8, a broken multipart body).

    Not Django's ``bad_request``: it runs the CSRF check again (``requires_csrf_token``), which
    reads the unreadable body again and turned the 400 into a 500. The page needs no token.
    """
    return render(request, "400.html", status=400)


def server_error(request):
    """500, or 503 with ``Retry-After`` when the database is down (home/faults.py).

    Both pages are independent of the database: it may be what failed.
    """
    if faults.database_outage(sys.exc_info()[1]):
        response = render(request, "503.html", status=503)
        response["Retry-After"] = str(faults.RETRY_AFTER)
        response["Cache-Control"] = "no-store"
        return response
    return render(request, "500.html", status=500)
