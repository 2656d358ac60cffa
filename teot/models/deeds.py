"""The deed snippet: moderated, revisioned, previewable and translatable."""

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Prefetch, Q
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PublishingPanel
from wagtail.images import get_image_model
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from home import invalidation, routing
from home.validators import MULTILINE_MAX_LENGTH, one_line, validate_single_line

from ..deed_page import deed_context
from .organisations import Campaign, Organisation
from .taxonomy import Sector, Theme, sync_translated_terms

# The deed's fields by who may see them: the submission form, the import, the open data and the admin
# take their lists from here.
STORY_FIELDS = ("summary", "goal", "actions", "results", "tips")  # the texts under the title
CONTACT_FIELDS = ("contact_name", "contact_email", "contact_phone")  # public only with ``contact_is_public``
PUBLIC_TEXT_FIELDS = ("title", *STORY_FIELDS, "unit", *CONTACT_FIELDS)
SUBMITTER_FIELDS = ("submitter_name", "submitter_email")
PRIVATE_FIELDS = (*SUBMITTER_FIELDS, "privacy_consent", "origin", "external_id")  # never public

NEWEST_FIRST = (F("first_published_at").desc(nulls_last=True), "-pk")
CARD_IMAGE = "fill-400x250"


class DeedQuerySet(models.QuerySet):
    """The deeds as every app asks for them: live in a language, ready for cards, with their pages' addresses.

    A deed's page is under the live marketplace (``DeedIndexPage``) of the deed's own language; the
    marketplace is looked up by name, as the page model imports this module.
    """

    def live_in(self, locale):
        """The deeds visitors may see in this language (a ``Locale`` or its id)."""
        return self.filter(locale=locale, live=True)

    def newest_first(self, *first):
        """Ordered by ``first`` (if given), then newest first."""
        return self.order_by(*first, *NEWEST_FIRST)

    def for_cards(self):
        """What a deed card shows, fetched in a fixed number of queries whatever the number of cards."""
        images = get_image_model().objects.prefetch_renditions(CARD_IMAGE)
        return self.select_related("organisation", "locale").prefetch_related(
            "sectors", "themes", Prefetch("image", queryset=images)
        )

    def in_language(self, ids, locale):
        """The chosen deeds as visitors of this language get them: ``{chosen id: deed}``, in the order of ``ids``.

        Each is the chosen deed's live translation in this language, else the deed as chosen (usually the
        Finnish original) if it is live; a translation without a page (no marketplace in its language) gives
        way to a chosen deed that has one. Unpublished deeds are left out. One query (and this query set's
        prefetches) for any number of deeds, found by translation key.
        """
        ids = list(dict.fromkeys(pk for pk in ids if pk))
        if not ids:
            return {}
        locale_id = getattr(locale, "pk", locale)
        keys = self.model.objects.filter(pk__in=ids).values("translation_key")
        rows = list(self.filter(translation_key__in=keys).filter(Q(pk__in=ids) | Q(locale_id=locale_id, live=True)))
        chosen = {deed.pk: deed for deed in rows}
        translated = {deed.translation_key: deed for deed in rows if deed.locale_id == locale_id and deed.live}
        marketplaces = self.marketplaces()
        shown = {}
        for pk in ids:
            deed = chosen.get(pk)
            if deed is None:
                continue
            candidates = [found for found in (translated.get(deed.translation_key), deed) if found and found.live]
            with_page = [candidate for candidate in candidates if candidate.locale_id in marketplaces]
            if candidates:
                shown[pk] = (with_page or candidates)[0]
        return shown

    def marketplaces(self):
        """``{locale id: the live marketplace of that language}`` (the first in the page tree), kept until the
        page tree changes."""
        index_model = self.model._meta.apps.get_model("teot", "DeedIndexPage")

        def find():
            pages = index_model.objects.live().select_related("locale").order_by("-path")
            return {page.locale_id: page for page in pages}  # the last one set, the first in the tree, wins

        return invalidation.cached(routing.TOPICS, "deed-marketplaces", find)

    def with_urls(self, deeds, request=None, index_page=None):
        """The deeds as a list, each with ``url``: its page under the live marketplace of its language, else "".

        ``index_page``, the marketplace being shown (also in a preview), serves the deeds of its language.
        """
        deeds = list(deeds)
        marketplaces = {index_page.locale_id: index_page} if index_page is not None else {}
        if any(deed.locale_id not in marketplaces for deed in deeds):
            marketplaces = {**self.marketplaces(), **marketplaces}
        base_urls = {}  # reversed once per marketplace
        for deed in deeds:
            index = marketplaces.get(deed.locale_id)
            if index is not None and deed.locale_id not in base_urls:
                base_urls[deed.locale_id] = index.get_url(request)
            base_url = base_urls.get(deed.locale_id)
            deed.url = base_url + index.reverse_subpage("deed", args=[deed.slug]) if base_url and deed.slug else ""
        return deeds


class Deed(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """A development deed: what a workplace aimed at, what it did and what came of it."""

    class Origin(models.TextChoices):
        EDITOR = "editor", _("added by an editor")
        SUBMISSION = "submission", _("submitted through the public form")
        IMPORT = "import", _("imported from the old site")

    # Text limits (migrations/0003_text_limits.py): one line where one line is asked for (a line
    # break in a title broke Wagtail's moderator emails), and each section at most a printed page.
    title = models.CharField(_("title"), max_length=200, validators=[validate_single_line])
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        blank=True,
        help_text=_("The end of the deed's web address. Left empty, it is made from the title."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=600,
        validators=[MaxLengthValidator(600)],
        help_text=_("One or two sentences for listings."),
    )
    goal = models.TextField(
        _("what was aimed at"), max_length=MULTILINE_MAX_LENGTH, validators=[MaxLengthValidator(MULTILINE_MAX_LENGTH)]
    )
    actions = models.TextField(
        _("what was done"), max_length=MULTILINE_MAX_LENGTH, validators=[MaxLengthValidator(MULTILINE_MAX_LENGTH)]
    )
    results = models.TextField(
        _("what came of it"), max_length=MULTILINE_MAX_LENGTH, validators=[MaxLengthValidator(MULTILINE_MAX_LENGTH)]
    )
    tips = models.TextField(
        _("tips for others"),
        max_length=MULTILINE_MAX_LENGTH,
        validators=[MaxLengthValidator(MULTILINE_MAX_LENGTH)],
        blank=True,
    )

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="deeds"
    )
    unit = models.CharField(_("unit or work community"), max_length=200, blank=True, validators=[validate_single_line])
    sectors = ParentalManyToManyField(Sector, verbose_name=_("sectors"), related_name="deeds")
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), related_name="deeds")
    campaign = models.ForeignKey(
        Campaign,
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="deeds",
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)], db_index=True
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("image alternative text"),
        max_length=250,
        blank=True,
        validators=[validate_single_line],
        help_text=_("Describe what the image shows."),
    )

    contact_name = models.CharField(_("contact person"), max_length=120, blank=True, validators=[validate_single_line])
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True, validators=[validate_single_line])
    contact_is_public = models.BooleanField(
        _("show the contact details publicly"),
        default=False,
        help_text=_("Only with the contact person's consent."),
    )

    submitter_name = models.CharField(
        _("submitter's name"), max_length=120, blank=True, validators=[validate_single_line]
    )
    submitter_email = models.EmailField(_("submitter's email"), blank=True)
    privacy_consent = models.BooleanField(_("accepted the privacy notice"), default=False)
    origin = models.CharField(_("origin"), max_length=20, choices=Origin.choices, default=Origin.EDITOR)
    external_id = models.CharField(_("external id"), max_length=64, null=True, blank=True, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="deed")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="deed",
        for_concrete_model=False,
    )

    # Each language's row is its own deed; only the Finnish one came from the old site. A copy (a new
    # translation) is a draft of its own until it is published, as Wagtail's page copies are.
    exclude_fields_in_copy = ["external_id", "live_revision", "first_published_at", "last_published_at"]

    panels = [
        *[FieldPanel(name) for name in ("title", "slug", *STORY_FIELDS)],
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("unit"),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("campaign"), FieldPanel("year")]),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        InlinePanel("links", label=_("Links"), heading=_("Links")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("contact_is_public"),
            ],
            heading=_("Public contact"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("submitter_name"), FieldPanel("submitter_email")]),
                FieldPanel("privacy_consent"),
                FieldPanel("origin", read_only=True),
            ],
            heading=_("Submitter (never shown publicly)"),
        ),
        PublishingPanel(),
    ]

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("goal"),
        index.SearchField("actions"),
        index.SearchField("results"),
        index.SearchField("tips"),
        index.SearchField("unit"),
        index.AutocompleteField("title"),
        # Not RelatedFields: an unapproved organisation's name must not be found (or excerpted) either.
        index.SearchField("public_organisation_names"),
        index.FilterField("live"),
        index.FilterField("locale_id"),
        index.FilterField("year"),
    ]

    objects = DeedQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        ordering = ["-first_published_at", "-created_at"]
        verbose_name = _("deed")
        verbose_name_plural = _("deeds")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_deed_slug_per_locale")]
        # Indexes for scale, including PostgreSQL's deed_live_newest: migrations/0002_indexes_for_scale.py.

    def __str__(self):
        # One line even for a title stored before line breaks were refused: Wagtail puts this
        # (as the revision's object_str) into the subject of its moderation emails.
        return one_line(self.title)

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Describe the image for people who cannot see it.")})
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is taken by the marketplace itself; choose another.")})
        # The (locale, slug) constraint is not checked by the admin form, which has no locale field:
        # without this a taken slug was an IntegrityError, an HTTP 500.
        if self.slug and Deed.objects.filter(locale_id=self.locale_id, slug=self.slug).exclude(pk=self.pk).exists():
            raise ValidationError({"slug": _("Another deed in this language has this address; choose another.")})

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self)
        super().save(*args, **kwargs)
        # After ClusterableModel.save() has written the many-to-many links.
        sync_translated_terms(self)

    def organisation_region(self):
        return self.organisation.get_region_display()

    @property
    def public_organisation(self):
        """The organisation visitors may see named: None while a moderator has not yet approved it.

        Every public surface (pages, cards, structured data, open data, search results) names the
        organisation through this, so an organisation typed in the public form stays private even
        when its deed is published. Its region stays public: it is one of a fixed list.
        """
        organisation = self.organisation if self.organisation_id else None
        return organisation if organisation is not None and organisation.is_approved else None

    def public_organisation_names(self):
        """The organisation's names in the search index; none until it is approved (``Organisation.save``
        indexes its deeds again)."""
        organisation = self.public_organisation
        return " ".join(name for name in (organisation.name, organisation.name_sv) if name) if organisation else ""

    def sector_names(self):
        return ", ".join(sector.name for sector in self.sectors.all())

    def theme_names(self):
        return ", ".join(theme.name for theme in self.themes.all())

    @property
    def public_contact(self):
        """The contact details visitors may see: only with the contact person's consent."""
        if not self.contact_is_public:
            return None
        return {"name": self.contact_name, "email": self.contact_email, "phone": self.contact_phone}

    def get_preview_template(self, request, mode_name):
        return "teot/deed_detail.html"

    def get_preview_context(self, request, mode_name):
        # The marketplace looked up by name: its module imports this one.
        index_page = self._meta.apps.get_model("teot", "DeedIndexPage").for_locale(self.locale)
        return {**super().get_preview_context(request, mode_name), **deed_context(request, self, index_page)}


RESERVED_SLUGS = {"ilmoita", "tilastot", "avoin-data"}  # DeedIndexPage's own routes


def unique_slug(deed):
    """A slug from the title that no other deed in the same language has."""
    base = slugify(deed.title)[:190] or "teko"
    slug, number = base, 1
    taken = Deed.objects.filter(locale_id=deed.locale_id).exclude(pk=deed.pk)
    while slug in RESERVED_SLUGS or taken.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


class DeedLink(Orderable):
    deed = ParentalKey(Deed, on_delete=models.CASCADE, related_name="links")
    url = models.URLField(_("web address"))
    title = models.CharField(_("link text"), max_length=200, validators=[validate_single_line])

    panels = [FieldPanel("url"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("link")
        verbose_name_plural = _("links")
