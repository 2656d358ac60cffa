"""The newsletter archive's views: the issues by year, and their RSS feed. Each takes the archive page."""

from itertools import groupby

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from home.feeds import IndexPageFeed

FEED_LENGTH = 20


@require_safe
def archive(request, index_page):
    issues = index_page.live_issues().order_by("-date", "-pk")
    years = [(year, list(items)) for year, items in groupby(issues, key=lambda issue: issue.date.year)]
    context = {"page": index_page, "self": index_page, "years": years, "feed_url": index_page.feed_url(request)}
    return TemplateResponse(request, index_page.template, context)


class IssueFeed(IndexPageFeed):
    def description(self, index_page):
        return index_page.intro or _("The Tekojen tori newsletter.")

    def items(self, index_page):
        return index_page.live_issues().order_by("-date", "-pk")[:FEED_LENGTH]

    def item_description(self, item):
        return item.preheader or item.intro

    def item_pubdate(self, item):
        return item.first_published_at


@require_safe
def feed(request, index_page):
    return IssueFeed()(request, index_page)
