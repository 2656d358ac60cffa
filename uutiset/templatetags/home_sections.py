"""The home page's news, webinar and podcast sections, in the visitor's language.

``home`` never imports ``uutiset``: the home template loads these tags instead.
Each section renders nothing when it has nothing to show.
"""

from django import template
from django.db.models import F, Prefetch
from django.utils import timezone, translation
from wagtail.images import get_image_model
from wagtail.models import Locale

from teot.templatetags.deed_sections import listing_link
from uutiset.models import NewsIndexPage, NewsPage, PodcastEpisodePage, PodcastPage, WebinarIndexPage, WebinarPage

register = template.Library()

LATEST_NEWS_COUNT = 3
UPCOMING_WEBINAR_COUNT = 3
CARD_IMAGE = "fill-400x250"  # as in components/news_card.html
NEWEST_FIRST = ("-date", F("first_published_at").desc(nulls_last=True), "-pk")


def live_pages(model, locale):
    return model.objects.live().public().filter(locale=locale)


def section(name, context, items, index_page, locale):
    """An inclusion tag's context: nothing at all when there are no items."""
    if not items:
        return {}
    request = context.get("request")
    return {
        "section": name,
        "request": request,
        "LANGUAGE_CODE": translation.get_language(),
        "items": items,
        "link": listing_link(index_page, locale, index_page.get_url(request)) if index_page else None,
    }


@register.inclusion_tag("home/sections/latest_news.html", takes_context=True)
def latest_news(context):
    locale = Locale.get_active()
    images = get_image_model().objects.prefetch_renditions(CARD_IMAGE)
    news = (
        live_pages(NewsPage, locale)
        .select_related("series")
        .prefetch_related(Prefetch("image", queryset=images))
        .order_by(*NEWEST_FIRST)[:LATEST_NEWS_COUNT]
    )
    return section("news", context, list(news), NewsIndexPage.for_locale(locale), locale)


@register.inclusion_tag("home/sections/upcoming_webinars.html", takes_context=True)
def upcoming_webinars(context):
    """Webinars not over yet (one on right now included), soonest first."""
    locale = Locale.get_active()
    webinars = (
        live_pages(WebinarPage, locale)
        .filter(ends_at__gt=timezone.now())
        .order_by("starts_at", "pk")[:UPCOMING_WEBINAR_COUNT]
    )
    return section("webinars", context, list(webinars), WebinarIndexPage.for_locale(locale), locale)


@register.inclusion_tag("home/sections/latest_episode.html", takes_context=True)
def latest_episode(context):
    """The newest episode and a link to its show."""
    locale = Locale.get_active()
    episode = live_pages(PodcastEpisodePage, locale).order_by(*NEWEST_FIRST).first()
    if episode is None:
        return {}
    show = PodcastPage.objects.live().filter(path=episode.path[: -PodcastPage.steplen]).first()
    return {**section("episode", context, [episode], show, locale), "show": show}
