"""RSS 2.0 feeds of index pages (the news, the newsletter archive), with Django's syndication framework."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _


def feed_title(index_page):
    return f"{index_page.title} – {_('Tekojen tori')}"


class IndexPageFeed(Feed):
    """The feed of an index page that has a ``feed_url(request)``: in the page's language, its links absolute.

    Made for one request: ``get_object`` keeps the request for building the links. A subclass gives
    ``description``, ``items``, ``item_description`` and ``item_pubdate``.
    """

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

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return self.absolute(item.get_url(self.request))

    def item_updateddate(self, item):
        # Not in the RSS, but in the feed's Last-Modified: an edited item is news to a reader asking
        # If-Modified-Since (ConditionalGetMiddleware answers 304 only when nothing changed).
        return item.last_published_at
