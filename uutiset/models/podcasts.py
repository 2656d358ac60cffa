"""Podcasts: the show (with its feed for podcast apps) and its episodes, each with a transcript."""

from django.core.exceptions import ValidationError
from django.db import models
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

from home.blocks import RICH_TEXT_FEATURES
from home.models import Person, SocialImageMixin

from ..views import podcast_feed, podcasts

# Audio formats podcast apps play, by file extension: the feed's enclosure needs the MIME type.
AUDIO_TYPES = {
    "mp3": "audio/mpeg",
    "m4a": "audio/x-m4a",
    "aac": "audio/aac",
    "ogg": "audio/ogg",
    "oga": "audio/ogg",
    "opus": "audio/opus",
    "wav": "audio/wav",
}


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
    ]
    search_fields = [*Page.search_fields, index.SearchField("description")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["uutiset.PodcastEpisodePage"]

    template = "uutiset/podcast_page.html"

    class Meta:
        verbose_name = _("podcast")
        verbose_name_plural = _("podcasts")

    def get_social_image(self):
        return self.social_image or self.artwork

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
        help_text=_("MP3 works in every podcast app (also M4A, AAC, OGG, Opus, WAV)."),
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
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("show_notes"),
        index.SearchField("transcript"),
        index.FilterField("date"),
    ]

    base_form_class = EpisodeForm
    parent_page_types = ["uutiset.PodcastPage"]
    subpage_types = []

    template = "uutiset/podcast_episode_page.html"
    invalidates_topics = ("episodes",)  # the home page's latest episode (home/invalidation.py)
    og_type = "article"  # for social media (meta.html)

    class Meta:
        verbose_name = _("podcast episode")
        verbose_name_plural = _("podcast episodes")

    def clean(self):
        super().clean()
        if self.audio_id and self.audio.file_extension.lower() not in AUDIO_TYPES:
            raise ValidationError(
                {"audio": _("Choose an audio file (MP3, M4A, AAC, OGG, Opus or WAV); podcast apps play no other.")}
            )

    @property
    def audio_mime_type(self):
        return AUDIO_TYPES.get(self.audio.file_extension.lower(), "audio/mpeg") if self.audio_id else ""


class EpisodeGuest(Person):
    page = ParentalKey(PodcastEpisodePage, on_delete=models.CASCADE, related_name="guests")

    class Meta(Person.Meta):
        verbose_name = _("guest")
        verbose_name_plural = _("guests")
