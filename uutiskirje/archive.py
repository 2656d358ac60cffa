"""The newsletter archive's views: the issues by year, and their RSS feed. Each takes the archive page."""

from itertools import groupby

from django.contrib.syndication.views import Feed
from django.template.response import TemplateResponse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

FEED_LENGTH = 20


@require_safe
def archive(request, index_page):
    issues = index_page.live_issues().order_by("-date", "-pk")
    years = [(year, list(items)) for year, items in groupby(issues, key=lambda issue: issue.date.year)]
    context = {"page": index_page, "self": index_page, "years": years, "feed_url": index_page.feed_url(request)}
    return TemplateResponse(request, index_page.template, context)


class IssueFeed(Feed):
    """Made for one request: ``get_object`` keeps the request for building absolute links."""

    feed_type = Rss201rev2Feed

    def get_object(self, request, index_page):
        self.request = request
        self.language = index_page.locale.language_code
        return index_page

    def absolute(self, url):
        return self.request.build_absolute_uri(url)

    def title(self, index_page):
        return f"{index_page.title} – {_('Tekojen tori')}"

    def link(self, index_page):
        return self.absolute(index_page.get_url(self.request))

    def feed_url(self, index_page):
        return self.absolute(index_page.feed_url(self.request))

    def description(self, index_page):
        return index_page.intro or _("The Tekojen tori newsletter.")

    def items(self, index_page):
        return index_page.live_issues().order_by("-date", "-pk")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.preheader or item.intro

    def item_link(self, item):
        return self.absolute(item.get_url(self.request))

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


@require_safe
def feed(request, index_page):
    return IssueFeed()(request, index_page)
