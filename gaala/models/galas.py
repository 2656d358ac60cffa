"""Galas: the archive page, one page per gala, its jury and its awards."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home import sharing
from home.blocks import BodyBlock
from home.locale_choices import LocaleChoicesPageForm
from home.models import Person, SocialImageMixin


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

    def get_context(self, request, *args, **kwargs):
        from ..awards import archive_context  # a local import: gaala.awards imports these models

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
        from ..awards import gala_context  # a local import: gaala.awards imports these models

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


class Award(TranslatableMixin, Orderable):
    """An award of a gala: a category, the awarded deed and/or organisation, the citation and the rank.

    Translatable so that the same award in every language shares a translation
    key: statistics count each award once.
    """

    class Rank(models.TextChoices):
        WINNER = "winner", _("winner")
        HONOURABLE_MENTION = "mention", _("honourable mention")

    page = ParentalKey(GalaPage, on_delete=models.CASCADE, related_name="awards")
    category = models.ForeignKey(
        "gaala.AwardCategory", verbose_name=_("category"), on_delete=models.PROTECT, related_name="awards"
    )
    deed = models.ForeignKey(
        "teot.Deed",
        verbose_name=_("deed"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="awards",
    )
    organisation = models.ForeignKey(
        "teot.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="awards",
        help_text=_("For an award to an organisation; for a deed, its organisation is shown anyway."),
    )
    rank = models.CharField(_("rank"), max_length=10, choices=Rank.choices, default=Rank.WINNER)
    citation = models.TextField(_("citation"), help_text=_("Why the jury chose it."))

    panels = [
        FieldPanel("category"),
        FieldRowPanel([FieldPanel("deed"), FieldPanel("organisation")]),
        FieldPanel("rank"),
        FieldPanel("citation"),
    ]
    # The chosen deed stays as it is in translations; visitors get its translation when there is one.
    override_translatable_fields = [SynchronizedField("deed")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("award")
        verbose_name_plural = _("awards")

    def clean(self):
        super().clean()
        if not self.deed_id and not self.organisation_id:
            raise ValidationError(_("Choose the awarded deed, the awarded organisation or both."))
        if self.deed_id and not self.deed.live:
            raise ValidationError({"deed": _("This deed is not published. Publish it first, or choose another.")})
