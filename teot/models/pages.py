"""The deed marketplace page: it gives the deed snippets their public URLs."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home import routing
from home.blocks import RICH_TEXT_FEATURES
from home.models import SocialImageMixin
from home.sitemap import newest, route_urls, slug_route_urls

from ..views import detail, listing, open_data, statistics, submission
from .deeds import Deed


class DeedIndexPage(RoutablePageMixin, SocialImageMixin, routing.IndexForLocale, Page):
    """Tekojen tori: the listing, each deed's page, the submission form, statistics and open data."""

    intro = models.TextField(_("introduction"), blank=True)
    submit_intro = RichTextField(_("introduction to the submission form"), blank=True, features=RICH_TEXT_FEATURES)
    submit_thanks = RichTextField(_("text after a submission"), blank=True, features=RICH_TEXT_FEATURES)
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the submission form; visitors get it in their language."),
    )
    statistics_intro = models.TextField(_("introduction to the statistics"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("submit_intro"), FieldPanel("submit_thanks"), FieldPanel("privacy_notice")],
            heading=_("Submission form"),
        ),
        FieldPanel("statistics_intro"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    template = "teot/deed_index.html"
    # Cache topic (home/invalidation.py) of every route: listing, deed pages, statistics, open data.
    depends_on_topics = ("deeds",)
    # The sitemap lists the deeds' pages too (get_sitemap_urls).
    sitemap_topics = ("deeds",)

    class Meta:
        verbose_name = _("deed marketplace")
        verbose_name_plural = _("deed marketplaces")

    def deed_url(self, deed, request=None):
        return self.get_url(request) + self.reverse_subpage("deed", args=[deed.slug])

    def get_sitemap_urls(self, request=None):
        """The marketplace, its statistics, open data and submission form, and every live deed of its language.

        Listing, statistics and open data change whenever a deed does: their ``lastmod`` is the newest
        deed's when that is newer than the page. One query, whatever the number of deeds.
        """
        urls = super().get_sitemap_urls(request)
        base = urls[0]["location"] if urls else None
        if base is None:
            return urls
        deeds = (
            Deed.objects.live_in(self.locale_id)
            .order_by("slug")
            .values_list("slug", "translation_key", "last_published_at", "updated_at")
        )
        deed_urls = slug_route_urls(
            self,
            base,
            "deed",
            ((slug, key, newest(published, updated)) for slug, key, published, updated in deeds),
            "teot.Deed",
        )
        page_lastmod = urls[0]["lastmod"]
        latest = newest(page_lastmod, *(url["lastmod"] for url in deed_urls))
        urls[0]["lastmod"] = latest
        routes = {"statistics": latest, "open_data": latest, "submit": page_lastmod}
        return urls + route_urls(self, base, routes) + deed_urls

    @path("")
    def listing(self, request):
        return listing.deed_listing(request, self)

    @path("ilmoita/", name="submit")
    def submit(self, request):
        return submission.submit_deed(request, self)

    @path("ilmoita/kiitos/", name="submit_thanks")
    def thanks(self, request):
        return submission.thanks(request, self)

    @path("tilastot/", name="statistics")
    def statistics(self, request):
        return statistics.statistics_page(request, self)

    @re_path(r"^tilastot/(?P<table>[a-z-]+)/csv/$", name="statistics_csv")
    def statistics_csv(self, request, table):
        return statistics.statistics_csv(request, self, table)

    @path("avoin-data/", name="open_data")
    def open_data(self, request):
        return open_data.documentation(request, self)

    @re_path(r"^avoin-data/(?P<file_format>csv|json)/$", name="open_data_file")
    def open_data_file(self, request, file_format):
        return open_data.download(request, self, file_format)

    @re_path(r"^(?P<slug>[-\w]+)/$", name="deed")
    def deed(self, request, slug):
        return detail.deed_detail(request, self, slug)
