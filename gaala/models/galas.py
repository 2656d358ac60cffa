"""Galas: the archive page, and one page per gala with its jury (its awards: awards.py)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home import sharing
from home.blocks import BodyBlock
from home.locale_choices import LocaleChoicesPageForm
from home.models import Person, SocialImageMixin

from ..awards import archive_context, gala_context


class GalaIndexPage(SocialImageMixin, Page):
    """The archive of galas, newest first."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["gaala.GalaPage"]
    max_count_per_parent = 1

    template = "gaala/gala_index.html"

    class Meta:
        verbose_name = _("gala archive")
        verbose_name_plural = _("gala archives")

    def live_galas(self):
        """The archive's live, public galas, newest first, each with ``award_count``."""
        shown = Q(awards__deed__isnull=True) | Q(awards__deed__live=True)
        return (
            GalaPage.objects.child_of(self)
            .live()
            .public()
            .annotate(award_count=Count("awards", filter=shown))
            .order_by("-year", "-starts_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        return {**super().get_context(request, *args, **kwargs), **archive_context(self)}


class GalaPage(SocialImageMixin, Page):
    """One gala: before it, the programme and the stream; once it is over, the awards by category."""

    year = models.PositiveSmallIntegerField(_("year"))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    venue = models.CharField(_("venue"), max_length=250, blank=True)
    stream_url = models.URLField(_("stream link"), blank=True)
    intro = models.TextField(_("introduction"), help_text=_("One or two sentences for the archive and for sharing."))
    programme = StreamField(BodyBlock(), verbose_name=_("programme"), blank=True)
    results_intro = StreamField(
        BodyBlock(),
        verbose_name=_("text above the results"),
        blank=True,
        help_text=_("Shown with the awards once the gala is over, e.g. how many deeds took part."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("year"),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("venue"),
                FieldPanel("stream_url"),
            ],
            heading=_("Time and place"),
        ),
        FieldPanel("intro"),
        FieldPanel("programme"),
        InlinePanel("jury", label=_("Jury members"), heading=_("Jury")),
        FieldPanel("results_intro"),
        InlinePanel("awards", label=_("Awards"), heading=_("Awards")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro", boost=2), index.FilterField("year")]

    parent_page_types = ["gaala.GalaIndexPage"]
    subpage_types = []

    base_form_class = LocaleChoicesPageForm  # the awards' categories in the page's own language
    template = "gaala/gala_page.html"
    # Cache topics (home/invalidation.py): the awards name deeds, and deed pages and facets show the awards.
    depends_on_topics = ("deeds",)
    invalidates_topics = ("galas", "deeds")

    class Meta:
        verbose_name = _("gala")
        verbose_name_plural = _("galas")

    def get_context(self, request, *args, **kwargs):
        return {**super().get_context(request, *args, **kwargs), **gala_context(self, request)}

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The gala must end after it starts.")})

    def get_structured_data(self, request, share):
        """The gala as a schema.org Event: on site, streamed, or both."""
        mode = ("hybrid" if self.venue else "online") if self.stream_url else "on_site"
        return [
            sharing.event(
                name=self.title,
                starts_at=self.starts_at,
                ends_at=self.ends_at,
                mode=mode,
                url=share["url"],
                description=share["description"],
                share=share,
                request=request,
                place=self.venue,
                online_url=self.stream_url,
            )
        ]

    def results_are_public(self, now=None):
        """The awards are announced at the gala: visitors see them once it is over."""
        return (now or timezone.now()) >= self.ends_at

    def is_ongoing(self, now=None):
        now = now or timezone.now()
        return self.starts_at <= now < self.ends_at


class JuryMember(Person):
    page = ParentalKey(GalaPage, on_delete=models.CASCADE, related_name="jury")

    class Meta(Person.Meta):
        verbose_name = _("jury member")
        verbose_name_plural = _("jury members")
