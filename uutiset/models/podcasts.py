"""Podcasts: the show (with its feed for podcast apps) and its episodes, each with a transcript."""

import mimetypes
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import RICH_TEXT_FEATURES
from home.models import Person, SocialImageMixin

from .. import structured_data
from ..media_files import AUDIO_TYPES, TRANSCRIPT_NAMES, TRANSCRIPT_TYPES, document_content_error, extension
from ..views import podcast_feed, podcasts
from .common import live_children

# Where editors may point listeners, by the host the address must be on.
SUBSCRIBE_HOSTS = {"apple_podcasts_url": "podcasts.apple.com", "spotify_url": "open.spotify.com"}
# Newest first; episodes of the same day by their number, the unnumbered (bonus, trailer) after.
EPISODE_ORDER = (F("date").desc(), F("episode_number").desc(nulls_last=True), F("pk").desc())


class PodcastPage(RoutablePageMixin, SocialImageMixin, Page):
    """A podcast show: its page lists the episodes; ``syote/`` is the feed podcast apps subscribe to."""

    class Category(models.TextChoices):
        # Apple Podcasts categories, as "Category/Subcategory".
        CAREERS = "Business/Careers", _("Business: careers")
        MANAGEMENT = "Business/Management", _("Business: management")
        GOVERNMENT = "Government", _("Government")
        EDUCATION = "Education", _("Education")
        MENTAL_HEALTH = "Health & Fitness/Mental Health", _("Health: mental health")
        SOCIETY = "Society & Culture", _("Society and culture")

    description = models.TextField(_("description"), help_text=_("What the show is about; podcast apps show it."))
    artwork = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("artwork"),
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A square image, at least 1400 × 1400 px."),
    )
    artwork_alt = models.CharField(_("artwork alternative text"), max_length=250)
    author = models.CharField(_("author"), max_length=200, help_text=_("Who makes the show, as podcast apps show it."))
    owner_name = models.CharField(_("owner's name"), max_length=200)
    owner_email = models.EmailField(_("owner's email"), help_text=_("Podcast directories send their messages here."))
    category = models.CharField(_("category"), max_length=60, choices=Category.choices, default=Category.CAREERS)
    explicit = models.BooleanField(_("explicit content"), default=False)
    apple_podcasts_url = models.URLField(
        _("Apple Podcasts address"),
        blank=True,
        help_text=_("The show's page in Apple Podcasts (https://podcasts.apple.com/…), once the show is listed there."),
    )
    spotify_url = models.URLField(
        _("Spotify address"),
        blank=True,
        help_text=_("The show's page in Spotify (https://open.spotify.com/show/…), once the show is listed there."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("artwork"), FieldPanel("artwork_alt")], heading=_("Artwork")),
        MultiFieldPanel(
            [
                FieldPanel("author"),
                FieldRowPanel([FieldPanel("owner_name"), FieldPanel("owner_email")]),
                FieldRowPanel([FieldPanel("category"), FieldPanel("explicit")]),
            ],
            heading=_("For podcast apps"),
        ),
        MultiFieldPanel(
            [FieldPanel("apple_podcasts_url"), FieldPanel("spotify_url")],
            heading=_("Subscribe links"),
            help_text=_("The page always links the show's RSS feed too; these add the apps' own pages."),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("description")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["uutiset.PodcastEpisodePage"]

    template = "uutiset/podcast_page.html"

    class Meta:
        verbose_name = _("podcast")
        verbose_name_plural = _("podcasts")

    def clean(self):
        super().clean()
        errors = {}
        for field, host in SUBSCRIBE_HOSTS.items():
            url = getattr(self, field)
            if url and (urlsplit(url).scheme != "https" or (urlsplit(url).hostname or "").lower() != host):
                errors[field] = _("Give an address that begins with https://%(host)s/.") % {"host": host}
        if errors:
            raise ValidationError(errors)

    def get_social_image(self):
        return self.social_image or self.artwork

    summary_field = "description"  # describes the page when it has no search description (meta.html)

    def get_structured_data(self, request, share):
        return [structured_data.podcast_series(self, request, share)]

    def live_episodes(self):
        """The show's episodes visitors may see, newest first."""
        return live_children(self, PodcastEpisodePage).order_by(*EPISODE_ORDER)

    def feed_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("feed")

    @path("")
    def episodes(self, request):
        return podcasts.podcast_page(request, self)

    @path("syote/", name="feed")
    def feed(self, request):
        return podcast_feed.podcast_feed(request, self)


class EpisodeForm(WagtailAdminPageForm):
    def clean_transcript(self):
        """An editor state of empty paragraphs is no transcript: refuse it wherever the field is required."""
        transcript = self.cleaned_data["transcript"]
        if not strip_tags(transcript or "").strip():
            if self.fields["transcript"].required:
                raise ValidationError(self.fields["transcript"].error_messages["required"], code="required")
            return ""
        return transcript


class PodcastEpisodePage(SocialImageMixin, Page):
    """An episode: the audio, show notes and the transcript (WCAG 1.2.1), which publishing requires."""

    class EpisodeType(models.TextChoices):
        FULL = "full", _("full episode")
        TRAILER = "trailer", _("trailer")
        BONUS = "bonus", _("bonus")

    date = models.DateField(_("publication date"), default=timezone.localdate)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings and podcast apps."))
    audio = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("audio file"),
        null=True,
        blank=False,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("MP3 or M4A (AAC): the formats Apple Podcasts and Spotify play. The file's content is checked."),
    )
    duration = models.DurationField(_("duration"), null=True, blank=False, help_text=_("For example 0:32:15."))
    season_number = models.PositiveSmallIntegerField(_("season"), null=True, blank=True)
    episode_number = models.PositiveSmallIntegerField(_("episode number"), null=True, blank=True)
    episode_type = models.CharField(
        _("episode type"), max_length=10, choices=EpisodeType.choices, default=EpisodeType.FULL
    )
    explicit = models.BooleanField(_("explicit content"), default=False)
    show_notes = RichTextField(_("show notes"), blank=True, features=RICH_TEXT_FEATURES)
    transcript = RichTextField(
        _("transcript"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Everything said in the episode, with the speakers' names. Needed before publishing."),
    )
    transcript_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("transcript file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional: the transcript with timings as a WebVTT (.vtt) or SRT (.srt) file, in the language of the"
            " audio. Podcast apps show it as the episode plays; the page links it."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("audio"),
                FieldPanel("duration"),
                FieldRowPanel([FieldPanel("season_number"), FieldPanel("episode_number"), FieldPanel("episode_type")]),
                FieldPanel("explicit"),
            ],
            heading=_("Audio"),
        ),
        InlinePanel("guests", label=_("Guests"), heading=_("Guests")),
        FieldPanel("show_notes"),
        FieldPanel("transcript"),
        FieldPanel("transcript_file"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("show_notes"),
        index.SearchField("transcript"),
        index.FilterField("date"),
    ]

    # The timed transcript is of what is heard, so translations keep the original's, as they keep the audio.
    override_translatable_fields = [SynchronizedField("transcript_file", overridable=False)]

    base_form_class = EpisodeForm
    parent_page_types = ["uutiset.PodcastPage"]
    subpage_types = []

    template = "uutiset/podcast_episode_page.html"
    invalidates_topics = ("episodes",)  # the home page's latest episode (home/invalidation.py)
    og_type = "article"  # for social media (meta.html)
    summary_field = "summary"  # describes the page when it has no search description (meta.html)

    class Meta:
        verbose_name = _("podcast episode")
        verbose_name_plural = _("podcast episodes")

    def clean(self):
        super().clean()
        errors = {}
        if self.audio_id:
            if extension(self.audio.filename) not in AUDIO_TYPES:
                errors["audio"] = _("Choose an MP3 or M4A (AAC) file: Apple Podcasts and Spotify play no other format.")
            else:
                errors["audio"] = document_content_error(self.audio)
        if self.transcript_file_id:
            if extension(self.transcript_file.filename) not in TRANSCRIPT_TYPES:
                errors["transcript_file"] = _("Choose a WebVTT (.vtt) or SRT (.srt) file for the timed transcript.")
            else:
                errors["transcript_file"] = document_content_error(self.transcript_file)
        errors = {field: error for field, error in errors.items() if error}
        if errors:
            raise ValidationError(errors)

    @property
    def audio_mime_type(self):
        if not self.audio_id:
            return ""
        # A file from before the formats were checked still plays on the page, under its own type.
        return AUDIO_TYPES.get(extension(self.audio.filename)) or mimetypes.guess_type(self.audio.filename)[0] or ""

    def get_structured_data(self, request, share):
        return [structured_data.podcast_episode(self, request, share)]

    @property
    def podcast_ready(self):
        """Whether podcast apps can play the audio: the feed leaves out the episodes they can't."""
        return bool(self.audio_id) and extension(self.audio.filename) in AUDIO_TYPES

    @property
    def transcript_file_type(self):
        return TRANSCRIPT_TYPES.get(extension(self.transcript_file.filename), "") if self.transcript_file_id else ""

    @property
    def transcript_file_format_name(self):
        return TRANSCRIPT_NAMES.get(extension(self.transcript_file.filename), "") if self.transcript_file_id else ""


class EpisodeGuest(Person):
    page = ParentalKey(PodcastEpisodePage, on_delete=models.CASCADE, related_name="guests")

    class Meta(Person.Meta):
        verbose_name = _("guest")
        verbose_name_plural = _("guests")
