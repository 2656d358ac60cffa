"""Site-wide views: sitemap with hreflang, robots.txt and the error pages."""

from collections import defaultdict

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe
from wagtail.models import Page

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


def server_error(request):
    # Keep the 500 page independent of the database: it may be what failed.
    return render(request, "500.html", status=500)
