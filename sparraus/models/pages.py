"""The coach directory page: it gives the coach snippets their public addresses."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page
from wagtail.search import index

from home import routing
from home.models import SocialImageMixin
from home.sitemap import newest, route_urls, slug_route_urls

from .. import application, directory, feedback, statistics
from .coaches import Coach


class CoachDirectoryPage(RoutablePageMixin, SocialImageMixin, routing.IndexForLocale, Page):
    """The coaches with filters and search, each coach's page, the application and the feedback form."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, "intro"]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "sparraus/directory.html"
    depends_on_topics = ("coaches",)  # sparraus/signals.py
    sitemap_topics = ("coaches",)  # the sitemap lists the coaches' pages too (get_sitemap_urls)

    class Meta:
        verbose_name = _("coach directory")
        verbose_name_plural = _("coach directories")

    def coach_url(self, coach, request=None):
        return self.get_url(request) + self.reverse_subpage("coach", args=[coach.slug])

    def get_sitemap_urls(self, request=None):
        """The directory, its application form and statistics, and the page of every live active coach of its
        language, in one query.

        The directory changes whenever a coach does: its ``lastmod`` is the newest coach's when that is newer.
        """
        urls = super().get_sitemap_urls(request)
        base = urls[0]["location"] if urls else None
        if base is None:
            return urls
        coaches = (
            Coach.objects.live_in(self.locale_id)
            .filter(active=True)
            .exclude(slug="")
            .order_by("slug")
            .values_list("slug", "translation_key", "last_published_at")
        )
        coach_urls = slug_route_urls(self, base, "coach", coaches, "sparraus.Coach")
        page_lastmod = urls[0]["lastmod"]
        urls[0]["lastmod"] = newest(page_lastmod, *(url["lastmod"] for url in coach_urls))
        return urls + route_urls(self, base, {"apply": page_lastmod, "statistics": page_lastmod}) + coach_urls

    @path("")
    def listing(self, request):
        return directory.listing(request, self)

    @path("hae/", name="apply")
    def apply(self, request):
        return application.apply(request, self)

    @path("hae/kiitos/", name="apply_thanks")
    def apply_thanks(self, request):
        return application.thanks(request, self)

    @re_path(r"^palaute/(?P<token>\d+-[0-9a-f]+)/$", name="feedback")
    def feedback(self, request, token):
        return feedback.give(request, self, token)

    @path("tilastot/", name="statistics")
    def statistics(self, request):
        return statistics.statistics_page(request, self)

    @re_path(r"^tilastot/(?P<table>[a-z-]+)/csv/$", name="statistics_csv")
    def statistics_csv(self, request, table):
        return statistics.statistics_csv(request, self, table)

    @re_path(r"^(?P<slug>[-\w]+)/$", name="coach")
    def coach(self, request, slug):
        return directory.coach_page(request, self, slug)
