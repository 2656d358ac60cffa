"""The news index's RSS 2.0 feed: its newest news items, in its language."""

import datetime
import zoneinfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from home.feeds import IndexPageFeed

from . import news

FEED_LENGTH = 20


def published_at(item):
    """The news date as a moment in Helsinki: the moment of first publication if it was that day, else midnight."""
    helsinki = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    if item.first_published_at:
        first_published = timezone.localtime(item.first_published_at, helsinki)
        if first_published.date() == item.date:
            return first_published
    return datetime.datetime.combine(item.date, datetime.time.min, tzinfo=helsinki)


class NewsFeed(IndexPageFeed):
    def description(self, index_page):
        return index_page.intro or _("News from Tekojen tori.")

    def items(self, index_page):
        newest = index_page.live_news().order_by(*news.NEWEST_FIRST)
        return newest.select_related("series").prefetch_related("sectors", "themes")[:FEED_LENGTH]

    def item_description(self, item):
        return item.lead

    def item_pubdate(self, item):
        return published_at(item)

    def item_categories(self, item):
        series = [item.series.name] if item.series else []
        return [*series, *(sector.name for sector in item.sectors.all()), *(theme.name for theme in item.themes.all())]


@require_safe
def news_feed(request, index_page):
    return NewsFeed()(request, index_page)
