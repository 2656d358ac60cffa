"""The coaches: outside experts, competitively tendered, whom a workplace chooses for its coaching."""

from django import forms
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PublishingPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.validators import validate_single_line
from teot.models import Sector, Theme
from teot.models.taxonomy import sync_translated_terms
from teot.regions import Region

LANGUAGES = [("fi", _("Finnish")), ("sv", _("Swedish")), ("en", _("English"))]  # the languages coaching is in
DESCRIPTION_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class CoachQuerySet(models.QuerySet):
    def live_in(self, locale):
        return self.filter(locale=locale, live=True)

    def for_listing(self):
        """What the directory shows of a coach, in a fixed number of queries whatever their number."""
        return self.select_related("photo", "locale").prefetch_related("themes", "sectors")


class CoachForm(WagtailAdminModelForm):
    """Regions and languages are lists (JSON) in the model, ticked from fixed choices here."""

    regions = forms.MultipleChoiceField(
        label=_("Regions served"),
        choices=Region.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked: the whole country."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages of coaching"), choices=LANGUAGES, widget=forms.CheckboxSelectMultiple
    )


class Coach(
    DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, TranslatableMixin, index.Indexed, ClusterableModel
):
    """A coach in the directory: who they are, what they know, where and how they coach."""

    name = models.CharField(_("name"), max_length=120, validators=[validate_single_line])
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        blank=True,
        help_text=_("The end of the coach's web address; made from the name if empty."),
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True, validators=[validate_single_line])
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(
        _("photo's alternative text"),
        max_length=250,
        blank=True,
        validators=[validate_single_line],
        help_text=_("Who is in the photo, e.g. “Coach Maija Esimerkki”."),
    )
    summary = models.TextField(
        _("short description"), max_length=300, help_text=_("One or two sentences for the directory.")
    )
    description = RichTextField(_("description"), features=DESCRIPTION_FEATURES)
    themes = ParentalManyToManyField(Theme, verbose_name=_("areas of expertise"), related_name="coaches")
    keywords = models.CharField(
        _("keywords"),
        max_length=250,
        blank=True,
        validators=[validate_single_line],
        help_text=_("More areas of expertise, separated by commas, e.g. “change leadership, Lean”."),
    )
    sectors = ParentalManyToManyField(Sector, verbose_name=_("sectors known"), blank=True, related_name="coaches")
    regions = models.JSONField(_("regions served"), default=list, blank=True)
    languages = models.JSONField(_("languages of coaching"), default=list)
    on_site = models.BooleanField(_("coaches on site"), default=True)
    remote = models.BooleanField(_("coaches remotely"), default=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True, validators=[validate_single_line])
    website = models.URLField(_("website"), blank=True)
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Untick when the coach's framework period ends: the coach leaves the directory and the form."),
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="coach")

    base_form_class = CoachForm
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("organisation"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], heading=_("Photo")),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("keywords"),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Expertise"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("regions"),
                FieldPanel("languages"),
                FieldRowPanel([FieldPanel("on_site"), FieldPanel("remote")]),
            ],
            heading=_("Where and how"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]), FieldPanel("website")], heading=_("Contact")
        ),
        FieldPanel("active"),
        PublishingPanel(),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("organisation", boost=2),
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("keywords", boost=2),
        index.SearchField("theme_names"),
        index.AutocompleteField("name"),
        index.FilterField("live"),
        index.FilterField("locale_id"),
        index.FilterField("active"),
    ]

    # What a translator translates; the rest follows the source (wagtail-localize).
    translatable_fields = [
        *[TranslatableField(name) for name in ("summary", "description", "keywords", "photo_alt")],
        *[SynchronizedField(name) for name in ("name", "slug", "organisation", "photo", "regions", "languages")],
        *[SynchronizedField(name) for name in ("on_site", "remote", "email", "phone", "website", "active")],
    ]

    objects = CoachQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("coach")
        verbose_name_plural = _("coaches")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_coach_slug_per_locale")]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": _("Describe the photo for people who cannot see it.")})
        if not self.on_site and not self.remote:
            raise ValidationError({"remote": _("Tick on site, remote or both.")})
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is taken by the directory itself; choose another.")})
        if self.slug and Coach.objects.filter(locale_id=self.locale_id, slug=self.slug).exclude(pk=self.pk).exists():
            raise ValidationError({"slug": _("Another coach in this language has this address; choose another.")})

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self)
        super().save(*args, **kwargs)
        sync_translated_terms(self)
        if self.locale.language_code == settings.LANGUAGE_CODE:
            translations = Coach.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk)
            translations.exclude(active=self.active).update(active=self.active)  # a framework period ends in all
            for translation in translations:  # their themes may have changed with this one's: searched by name
                index.insert_or_update_object(translation)

    def theme_names(self):
        return ", ".join(theme.name for theme in self.themes.all())

    def keyword_list(self):
        return [word.strip() for word in self.keywords.split(",") if word.strip()]

    def get_regions_display(self):
        names = dict(Region.choices)
        return [names[code] for code in self.regions if code in names]

    def get_languages_display(self):
        names = dict(LANGUAGES)
        return [names[code] for code in self.languages if code in names]

    def get_preview_template(self, request, mode_name):
        return "sparraus/coach.html"

    def get_preview_context(self, request, mode_name):
        # The directory looked up by name: its module imports this one.
        directory = self._meta.apps.get_model("sparraus", "CoachDirectoryPage").for_locale(self.locale)
        return {**super().get_preview_context(request, mode_name), "coach": self, "page": directory, "self": directory}


RESERVED_SLUGS = {"hae", "tilastot", "palaute"}  # CoachDirectoryPage's own routes


def unique_slug(coach):
    base = slugify(coach.name)[:110] or "sparraaja"
    slug, number = base, 1
    taken = Coach.objects.filter(locale_id=coach.locale_id).exclude(pk=coach.pk)
    while slug in RESERVED_SLUGS or taken.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug
