"""Template helpers for news pages and the news feed link.

A news item's page is rendered by Wagtail (and by the admin's preview) with
only ``page`` in the context: what it shows beyond the page's own fields is
computed here, in a fixed number of queries.
"""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.models import Locale

from home import sharing
from home.feeds import feed_title
from teot.models import Deed
from uutiset import models
from uutiset.views import news as news_views
from uutiset.views.news_feed import published_at

register = template.Library()

MORE_IN_SERIES = 3


@register.simple_tag(takes_context=True)
def news_feed_link(context):
    """``<link rel="alternate">`` to the news feed of the current language, for the page's head."""
    index = models.NewsIndexPage.for_locale(Locale.get_active())
    if index is None:
        return ""
    return format_html(
        '<link rel="alternate" type="application/rss+xml" title="{}" href="{}">',
        feed_title(index),
        index.feed_url(context.get("request")),
    )


@register.simple_tag(takes_context=True)
def news_page_data(context, page):
    """The page's authors and terms, its index, series page, related deeds and more news of the series."""
    request = context.get("request")
    index = models.NewsIndexPage.objects.parent_of(page).first()
    series = page.series
    series_url = ""
    if index is not None and series is not None and series.locale_id == index.locale_id:
        series_url = index.series_url(series, request)
    url = page.get_url(request) if page.pk else ""
    return {
        "authors": list(page.authors.all()),
        "sectors": list(page.sectors.all()),
        "themes": list(page.themes.all()),
        "listing_url": index.get_url(request) if index is not None else "",
        "series_url": series_url,
        "url": request.build_absolute_uri(url) if request is not None and url else url,
        "related_deeds": related_deeds(page, request),
        "more_in_series": more_in_series(page),
    }


def related_deeds(page, request=None):
    """The chosen deeds, each in the page's language when it has a live translation there.

    Each deed gets ``url`` (its page under the marketplace of its language);
    deeds whose language has no live marketplace are left out, as they have no page.
    """
    chosen = [link.deed_id for link in page.related_deeds.all()]
    deeds = Deed.objects.for_cards().in_language(chosen, page.locale_id)
    return [deed for deed in Deed.objects.with_urls(dict.fromkeys(deeds.values()), request) if deed.url]


def more_in_series(page):
    """Up to three other live news items of the page's series in its language, newest first."""
    if not page.series_id:
        return []
    others = (
        models.NewsPage.objects.live()
        .public()
        .filter(series_id=page.series_id, locale_id=page.locale_id)
        .exclude(pk=page.pk)
        .order_by(*news_views.NEWEST_FIRST)
    )
    return list(news_views.for_cards(others)[:MORE_IN_SERIES])


@register.simple_tag(takes_context=True)
def news_json_ld(context, page, page_data):
    """schema.org NewsArticle data for search engines: a data block browsers never run (so CSP allows it).

    ``page_data`` is what ``news_page_data`` gave the template.
    """
    request = context.get("request")
    publisher = {"@type": "Organization", "name": _("Tekojen tori")}
    authors = [
        {"@type": "Person", "name": author.name, **({"jobTitle": author.role} if author.role else {})}
        for author in page_data["authors"]
    ]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.lead,
        "inLanguage": page.locale.language_code,
        "datePublished": published_at(page).isoformat(),
        "author": authors or publisher,
        "publisher": publisher,
        "keywords": [term.name for term in [*page_data["sectors"], *page_data["themes"]]],
    }
    if page_data["url"]:
        data["url"] = page_data["url"]
        data["mainEntityOfPage"] = page_data["url"]
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if page.series:
        data["articleSection"] = page.series.name
    image = page.get_social_image()
    if image and request is not None:
        # The rendition meta.html has made for sharing.
        data["image"] = request.build_absolute_uri(image.get_rendition("fill-1200x630").url)
    return sharing.json_ld_script(data)
