"""Site-wide views: sitemap with hreflang, robots.txt and the error pages."""

import sys

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from . import faults
from . import sitemap as sitemaps
from .invalidation import depends_on


@require_safe
def sitemap(request):
    """Every live public page of every language with its translations (home/sitemap.py); past
    ``MAX_URLS`` entries, an index of the sections /sitemap-1.xml, /sitemap-2.xml, ..."""
    depends_on(request, *sitemaps.topics())
    all_sections = sitemaps.sections(sitemaps.entries(request))
    if len(all_sections) == 1:
        return _urlset(all_sections[0])
    index = [
        {
            "location": request.build_absolute_uri(reverse("sitemap_section", args=[number])),
            "lastmod": sitemaps.newest(*(entry["lastmod"] for entry in section)),
        }
        for number, section in enumerate(all_sections, start=1)
    ]
    return HttpResponse(sitemaps.sitemap_index(index), content_type="application/xml")


@require_safe
def sitemap_section(request, number):
    """One file of a split sitemap; there are none while /sitemap.xml holds every entry."""
    depends_on(request, *sitemaps.topics())
    all_sections = sitemaps.sections(sitemaps.entries(request))
    if len(all_sections) == 1 or not 1 <= number <= len(all_sections):
        raise Http404
    return _urlset(all_sections[number - 1])


def _urlset(entries):
    return HttpResponse(sitemaps.urlset(entries), content_type="application/xml")


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
