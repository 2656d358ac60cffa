"""News: the news index (listing, story series pages and the RSS feed) and the news items."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Max
from django.forms import CheckboxSelectMultiple
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home import routing
from home.blocks import BodyBlock
from home.locale_choices import LocaleChoicesPageForm
from home.models import Person, SocialImageMixin
from home.sitemap import newest, slug_route_urls

from ..views import news, news_feed
from .common import live_children, localize_terms


class NewsIndexPage(RoutablePageMixin, SocialImageMixin, routing.IndexForLocale, Page):
    """The news listing with its filters, a page per story series and the news feed."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["uutiset.NewsPage"]
    max_count_per_parent = 1

    template = "uutiset/news_index.html"
    # The sitemap lists the story series pages too (get_sitemap_urls).
    sitemap_topics = ("news",)

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def live_news(self):
        """The news items visitors may see under this index (its children share its language)."""
        return live_children(self, NewsPage)

    def feed_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("feed")

    def series_url(self, series, request=None):
        return self.get_url(request) + self.reverse_subpage("series", args=[series.slug])

    def get_sitemap_urls(self, request=None):
        """The listing and the page of each story series (of the index's language) that has news.

        ``lastmod`` is the newest news item's shown there, when that is newer than the index.
        A fixed number of queries, whatever the number of news items and series.
        """
        urls = super().get_sitemap_urls(request)
        base = urls[0]["location"] if urls else None
        if base is None:
            return urls
        rows = (
            NewsPage.objects.child_of(self)
            .live()
            # Not .public() (a query of its own): this index is public, being in the sitemap.
            .filter(view_restrictions__isnull=True)
            .order_by("series__slug")
            .values("series__slug", "series__translation_key", "series__locale_id")
            .annotate(lastmod=Max("last_published_at"))
        )
        shown = []
        for row in rows:
            urls[0]["lastmod"] = newest(urls[0]["lastmod"], row["lastmod"])
            if row["series__locale_id"] == self.locale_id:
                shown.append((row["series__slug"], row["series__translation_key"], row["lastmod"]))
        series_urls = slug_route_urls(self, base, "series", shown, "uutiset.Series")
        return urls + series_urls

    @path("")
    def listing(self, request):
        return news.news_listing(request, self)

    @re_path(r"^sarja/(?P<slug>[-\w]+)/$", name="series")
    def series(self, request, slug):
        return news.series_page(request, self, slug)

    @path("syote/", name="feed")
    def feed(self, request):
        return news_feed.news_feed(request, self)


class NewsPage(SocialImageMixin, Page):
    date = models.DateField(_("publication date"), default=timezone.localdate)
    lead = models.TextField(_("lead"), help_text=_("One or two sentences shown in listings, feeds and at the top."))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("image alternative text"), max_length=250, blank=True, help_text=_("Describe what the image shows.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    series = models.ForeignKey(
        "uutiset.Series",
        verbose_name=_("story series"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
    )
    sectors = ParentalManyToManyField("teot.Sector", verbose_name=_("sectors"), blank=True, related_name="news")
    themes = ParentalManyToManyField("teot.Theme", verbose_name=_("themes"), blank=True, related_name="news")

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Main image")),
        FieldPanel("body"),
        InlinePanel("authors", label=_("Authors"), heading=_("Authors")),
        MultiFieldPanel(
            [
                FieldPanel("series"),
                FieldRowPanel(
                    [
                        FieldPanel("sectors", widget=CheckboxSelectMultiple),
                        FieldPanel("themes", widget=CheckboxSelectMultiple),
                    ]
                ),
            ],
            heading=_("Classification"),
        ),
        MultipleChooserPanel(
            "related_deeds", chooser_field_name="deed", label=_("Related deeds"), heading=_("Related deeds")
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead", boost=2),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["uutiset.NewsIndexPage"]
    subpage_types = []

    base_form_class = LocaleChoicesPageForm  # the series, sectors and themes of the page's own language
    template = "uutiset/news_page.html"
    # Cache topics (home/invalidation.py): a news page shows related deeds and the rest of its series.
    depends_on_topics = ("news", "deeds")
    invalidates_topics = ("news",)
    og_type = "article"  # for social media (meta.html)
    summary_field = "lead"  # describes the page when it has no search description (meta.html)

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Describe the image for people who cannot see it.")})

    def save(self, *args, **kwargs):
        localize_terms(self, "sectors", "themes")  # written by ClusterableModel.save()
        super().save(*args, **kwargs)

    def get_social_image(self):
        return self.social_image or self.image


class NewsAuthor(Person):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="authors")

    class Meta(Person.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")


class NewsRelatedDeed(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_deeds")
    deed = models.ForeignKey("teot.Deed", verbose_name=_("deed"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("deed")]
    # Keep the chosen deed when the page is translated: visitors get the deed's own
    # translation when it has one (wagtail-localize would otherwise copy the deed).
    override_translatable_fields = [SynchronizedField("deed")]

    class Meta(Orderable.Meta):
        verbose_name = _("related deed")
        verbose_name_plural = _("related deeds")
