"""Organisations that do deeds, and the campaigns that collect them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index
from wagtail.search.backends import get_search_backends

from home.validators import validate_single_line

from ..regions import Region


class OrganisationQuerySet(models.QuerySet):
    def approved(self):
        """The organisations visitors may see named: those a moderator has approved."""
        return self.filter(is_approved=True)


class Organisation(index.Indexed, models.Model):
    """A municipality, joint municipal authority, wellbeing services county or company.

    One typed in the public deed form waits unapproved (``is_approved``): until a moderator
    approves it, no public page, file or count names it, not even with a live deed (the deed
    shows without it: ``Deed.public_organisation``).
    """

    class Type(models.TextChoices):
        MUNICIPALITY = "municipality", _("municipality")
        JOINT_AUTHORITY = "joint_authority", _("joint municipal authority")
        WELLBEING_COUNTY = "wellbeing_county", _("wellbeing services county")
        MUNICIPAL_COMPANY = "municipal_company", _("municipal company")
        OTHER = "other", _("other organisation")

    name = models.CharField(_("name"), max_length=200, unique=True, validators=[validate_single_line])
    name_sv = models.CharField(_("name in Swedish"), max_length=200, blank=True, validators=[validate_single_line])
    type = models.CharField(_("type"), max_length=20, choices=Type.choices, default=Type.MUNICIPALITY)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    municipality_code = models.CharField(
        _("municipality code"), max_length=3, blank=True, help_text=_("Statistics Finland's three-digit code.")
    )
    is_approved = models.BooleanField(
        _("approved"),
        default=True,
        help_text=_("Organisations typed in the public deed form wait here until a moderator approves them."),
    )

    objects = OrganisationQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("name_sv"),
        FieldRowPanel([FieldPanel("type"), FieldPanel("region")]),
        FieldPanel("municipality_code"),
        FieldPanel("is_approved"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("name_sv"),
        index.AutocompleteField("name"),
        index.FilterField("is_approved"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        is_new = self._state.adding
        super().save(*args, **kwargs)
        if not is_new:  # a new organisation has no deeds yet
            self.index_deeds()

    def index_deeds(self):
        """Index this organisation's deeds again: they are found by its names only once it is approved.

        (The deeds' caches are renewed by ``teot.signals``: an organisation's save changes the deeds.)
        """
        deeds = list(self.deeds.select_related("organisation"))
        if deeds:
            for backend in get_search_backends(with_auto_update=True):
                backend.add_bulk(type(deeds[0]), deeds)

    def localized_name(self, language_code):
        return self.name_sv if language_code == "sv" and self.name_sv else self.name


class Campaign(models.Model):
    """A drive to collect deeds, e.g. Hyvä kiertämään (autumn 2022)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    year = models.PositiveSmallIntegerField(_("year"))
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("year"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("description"),
    ]

    class Meta:
        ordering = ["-year", "name"]
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def __str__(self):
        return self.name

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The campaign cannot end before it starts.")})
