"""The home page's deed sections: highlighted deeds and the statistics teaser.

``home`` never imports ``teot``: the home template loads these tags instead.
Each section renders nothing when it has nothing to show.
"""

from django import template
from django.conf import settings
from django.db.models import Count
from django.utils import translation
from wagtail.models import Locale

from home.models import HomeHighlightedDeed
from teot import statistics
from teot.models import Deed, DeedIndexPage
from teot.signals import cached

register = template.Library()

NEWEST_COUNT = 3


def chosen_deed_ids(page):
    """The ids of the deeds editors chose on this home page, in their order.

    A translation without choices of its own falls back to the default-language
    home page's (a translation made before the editors chose copied no rows).
    """
    ids = [row.deed_id for row in page.highlighted_deeds.all()]
    if ids or not page.translation_key:
        return ids
    rows = (
        HomeHighlightedDeed.objects.filter(
            page__translation_key=page.translation_key, page__locale__language_code=settings.LANGUAGE_CODE
        )
        .exclude(page_id=page.pk)
        .order_by("sort_order")
    )
    return list(rows.values_list("deed_id", flat=True))


def highlighted(ids, locale):
    """The chosen deeds in this language where they have a live translation, else as chosen if they are live;
    a deed chosen twice (or in two languages) is shown once."""
    deeds = Deed.objects.for_cards().in_language(ids, locale)
    return list(dict.fromkeys(deeds.values()))


def newest(locale):
    return list(Deed.objects.live_in(locale).newest_first().for_cards()[:NEWEST_COUNT])


def with_marketplace_urls(deeds, index_page, locale, request):
    """The deeds that have a page, each with ``url`` and ``lang`` (set when not in the visitor's language)."""
    deeds = [deed for deed in Deed.objects.with_urls(deeds, request, index_page) if deed.url]
    for deed in deeds:
        deed.lang = "" if deed.locale_id == locale.pk else deed.locale.language_code
    return deeds


def listing_link(index_page, locale, url):
    """A link to a listing, with its language for ``hreflang`` when it is the default language's fallback."""
    return {"url": url, "lang": "" if index_page.locale_id == locale.pk else index_page.locale.language_code}


@register.inclusion_tag("home/sections/highlighted_deeds.html", takes_context=True)
def highlighted_deeds(context, page):
    """The deeds editors chose on the home page, else the newest ones, as cards."""
    locale = Locale.get_active()
    index_page = DeedIndexPage.for_locale(locale)
    if index_page is None:
        return {}
    request = context.get("request")
    deeds = with_marketplace_urls(highlighted(chosen_deed_ids(page), locale), index_page, locale, request)
    is_choice = bool(deeds)
    if not is_choice:
        deeds = with_marketplace_urls(newest(locale), index_page, locale, request)
    if not deeds:
        return {}
    return {
        "section": "deeds",
        "request": request,
        "LANGUAGE_CODE": translation.get_language(),
        "items": deeds,
        "is_choice": is_choice,
        "link": listing_link(index_page, locale, index_page.get_url(request)),
    }


def sectors_covered():
    """How many sectors have published deeds, each sector counted once whatever its languages."""
    deeds = statistics.published_deeds()
    return deeds.aggregate(sectors=Count("sectors__translation_key", distinct=True))["sectors"]


@register.inclusion_tag("home/sections/deed_statistics.html", takes_context=True)
def deed_statistics_teaser(context):
    """Headline figures, counted as the statistics page counts them (and kept until the deeds change), with a link."""
    figures = cached("deed-teaser", lambda: {**statistics.totals(), "sectors": sectors_covered()})
    if not figures["deeds"]:
        return {}
    locale = Locale.get_active()
    index_page = DeedIndexPage.for_locale(locale)
    if index_page is None:
        return {}
    request = context.get("request")
    return {
        "section": "statistics",
        "figures": figures,
        "link": listing_link(
            index_page, locale, index_page.get_url(request) + index_page.reverse_subpage("statistics")
        ),
    }
