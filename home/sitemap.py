"""The sitemap's entries: every live public page of every language, the public sub-pages of routable
pages, and each entry's translations (hreflang alternates).

Wagtail's own sitemap lists only the default locale's tree and has no hreflang alternates
(wagtail#12420), so we build ours from the page tree, keeping Wagtail's plug-in point: each page's
``get_sitemap_urls(request)`` returns its entries, ``{"location": ..., "lastmod": ...}``. A routable
page overrides it to add the pages its routes serve (the deeds of teot's marketplace, the story
series of uutiset's news index; ``slug_route_urls`` and ``route_urls`` build those entries), so this
module never imports those apps. Two optional keys of ours:

- ``"language"``: the entry's hreflang (default: the page's language);
- ``"translation_key"``: any hashable value that the same thing's entries in other languages share
  (e.g. ``("teot.Deed", deed.translation_key)``). Entries sharing it name each other as alternates.
  The page's own entry defaults to the page's translation key; an entry without one has no alternates.

A page class whose entries depend on more than the page tree names the cache topics
(home/invalidation.py) in ``sitemap_topics``; the sitemap's response depends on all of them.

The XML is written here rather than by a template: Django's template engine took half a minute
for a file of 50 000 entries.

Queries: a fixed number (the view restrictions, the locales, the pages, their sites) plus whatever
each routable page's ``get_sitemap_urls`` runs, which must be a fixed number per page, never one
per item (one query per marketplace or news index, so a few per language).
"""

from collections import defaultdict
from urllib.parse import quote

from django.utils import timezone
from wagtail.models import Locale, Page, get_page_models

from . import routing

# The sitemaps protocol's limit per file; past it /sitemap.xml becomes an index of sections.
# Read when the sitemap is built, so a test can lower it.
MAX_URLS = 50_000


def newest(*moments):
    """The latest of the given datetimes, ignoring ``None``; ``None`` when there is none."""
    return max((moment for moment in moments if moment is not None), default=None)


SLUG_MARKER = "slug-marker"


def slug_route_urls(page, base, route, rows, model_label):
    """The entries of the things a routable ``page`` (whose URL is ``base``) serves at ``route``, a route taking
    a slug: ``rows`` are ``(slug, translation_key, lastmod)``; ``model_label`` names their translations' kind.

    The route is reversed once: reversing it for each of 10⁵ deeds took seconds.
    """
    before, _marker, after = page.reverse_subpage(route, args=[SLUG_MARKER]).rpartition(SLUG_MARKER)
    return [
        {"location": f"{base}{before}{quote(slug)}{after}", "lastmod": lastmod, "translation_key": (model_label, key)}
        for slug, key, lastmod in rows
    ]


def route_urls(page, base, routes):
    """The entries of a routable ``page``'s own routes without arguments, ``{route name: lastmod}``."""
    return [
        {
            "location": base + page.reverse_subpage(route),
            "lastmod": lastmod,
            "translation_key": (page.translation_key, route),
        }
        for route, lastmod in routes.items()
    ]


def topics():
    """The cache topics the sitemap depends on: the page tree and what routable pages add."""
    found = {"pages"}
    for model in get_page_models():
        found.update(getattr(model, "sitemap_topics", ()))
    return found


def entries(request):
    """Every entry of the sitemap, in tree order, each with ``alternates``: its entries in every language."""
    pages = (
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .order_by("path")
        .defer_streamfields()
        .specific(defer=True)  # the specific class (its get_sitemap_urls), without its own fields
    )
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    absolute = _absolute_url_maker(request)
    by_translation = defaultdict(list)
    found = []
    seen = set()
    for page in pages:
        own_url = page.get_full_url(request)
        if own_url is None:  # not under any site
            continue
        for url in page.get_sitemap_urls(request):
            location = absolute(url["location"])
            if location in seen:
                continue
            seen.add(location)
            key = url.get("translation_key", page.translation_key if url["location"] == own_url else None)
            entry = {
                "location": location,
                "lastmod": url.get("lastmod"),
                "language": url.get("language") or languages.get(page.locale_id),
                "alternates": by_translation[key] if key is not None else [],
            }
            if key is not None:
                by_translation[key].append(entry)
            found.append(entry)
    return found


def sections(all_entries):
    """The entries in files of at most ``MAX_URLS`` each."""
    size = max(MAX_URLS, 1)
    return [all_entries[start : start + size] for start in range(0, len(all_entries), size)] or [[]]


def _absolute_url_maker(request):
    """Locations on the requested site are given with the request's own scheme and host.

    Wagtail's ``get_full_url`` uses the ``Site`` record's hostname, which may be an internal name
    ("localhost" behind the proxy); a sitemap may only list URLs of the host it is served from.
    """
    site = routing.site_for(request)
    site_root = f"{site.root_url}/" if site is not None else None
    host_root = request.build_absolute_uri("/")  # once: it checks the host against ALLOWED_HOSTS

    def absolute(location):
        if site_root and location.startswith(site_root):
            return host_root + location.removeprefix(site_root)
        if location.startswith("/"):
            return host_root + location.removeprefix("/")
        return location  # another site's page, with its own host

    return absolute


SITEMAP_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
XHTML_NS = 'xmlns:xhtml="http://www.w3.org/1999/xhtml"'
# One C call per string (xml.sax.saxutils' escape and quoteattr took a third of the time).
XML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"})


def _escape(text):
    return text.translate(XML_ESCAPES)


def _w3c_datetimes():
    """A function writing a datetime in the current time zone (looked up once, not per entry)."""
    zone = timezone.get_current_timezone()
    return lambda moment: moment.astimezone(zone).isoformat()


def urlset(entries):
    """A sitemap file: ``<urlset>`` of ``entries``, each naming its translations when it has any."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<urlset {SITEMAP_NS} {XHTML_NS}>"]
    w3c_datetime = _w3c_datetimes()
    links = {}  # the translations' links, written once for all of them
    for entry in entries:
        lines.append(f"<url><loc>{_escape(entry['location'])}</loc>")
        if entry["lastmod"] is not None:
            lines.append(f"<lastmod>{w3c_datetime(entry['lastmod'])}</lastmod>")
        if len(alternates := entry["alternates"]) > 1:
            if (block := links.get(id(alternates))) is None:
                block = links[id(alternates)] = "\n".join(
                    f'<xhtml:link rel="alternate" hreflang="{_escape(alternate["language"])}"'
                    f' href="{_escape(alternate["location"])}"/>'
                    for alternate in alternates
                )
            lines.append(block)
        lines.append("</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def sitemap_index(sections):
    """The index of a split sitemap: ``<sitemapindex>`` of ``[{"location", "lastmod"}]``."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<sitemapindex {SITEMAP_NS}>"]
    w3c_datetime = _w3c_datetimes()
    for section in sections:
        lines.append(f"<sitemap><loc>{_escape(section['location'])}</loc>")
        if section["lastmod"] is not None:
            lines.append(f"<lastmod>{w3c_datetime(section['lastmod'])}</lastmod>")
        lines.append("</sitemap>")
    lines.append("</sitemapindex>")
    return "\n".join(lines) + "\n"
