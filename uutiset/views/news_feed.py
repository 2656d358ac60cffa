"""The news index's RSS 2.0 feed: its newest news items, in its language."""

import datetime
import zoneinfo

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpResponseNotAllowed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from . import news

FEED_LENGTH = 20


def feed_title(index_page):
    return f"{index_page.title} – {_('Tekojen tori')}"


def published_at(item):
    """The news date as a moment in Helsinki: the moment of first publication if it was that day, else midnight."""
    helsinki = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    if item.first_published_at:
        first_published = timezone.localtime(item.first_published_at, helsinki)
        if first_published.date() == item.date:
            return first_published
    return datetime.datetime.combine(item.date, datetime.time.min, tzinfo=helsinki)


class NewsFeed(Feed):
    """Made for one request: ``get_object`` keeps the request for building absolute links."""

    feed_type = Rss201rev2Feed

    def get_object(self, request, index_page):
        self.request = request
        self.language = index_page.locale.language_code
        return index_page

    def absolute(self, url):
        return self.request.build_absolute_uri(url)

    def title(self, index_page):
        return feed_title(index_page)

    def link(self, index_page):
        return self.absolute(index_page.get_url(self.request))

    def feed_url(self, index_page):
        return self.absolute(index_page.feed_url(self.request))

    def description(self, index_page):
        return index_page.intro or _("News from Tekojen tori.")

    def items(self, index_page):
        newest = index_page.live_news().order_by(*news.NEWEST_FIRST)
        return newest.select_related("series").prefetch_related("sectors", "themes")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return self.absolute(item.get_url(self.request))

    def item_pubdate(self, item):
        return published_at(item)

    def item_updateddate(self, item):
        # Not in the RSS, but in the feed's Last-Modified: an edited item is news to a reader asking
        # If-Modified-Since (ConditionalGetMiddleware answers 304 only when nothing changed).
        return item.last_published_at

    def item_categories(self, item):
        series = [item.series.name] if item.series else []
        return [*series, *(sector.name for sector in item.sectors.all()), *(theme.name for theme in item.themes.all())]


def news_feed(request, index_page):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    return NewsFeed()(request, index_page)
