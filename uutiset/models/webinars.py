"""Webinars: upcoming and past follow the clock; each has a calendar file, the index a subscribable calendar."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home import routing
from home.blocks import BodyBlock
from home.models import Person, SocialImageMixin

from .. import structured_data
from ..views import calendars, webinars
from .common import live_children

VIDEO_EXTENSIONS = {"mp4", "webm", "m4v", "mov", "ogv"}
CAPTION_EXTENSIONS = {"vtt"}


class WebinarIndexPage(RoutablePageMixin, SocialImageMixin, routing.IndexForLocale, Page):
    """Upcoming webinars, then the past ones with their recordings; ``kalenteri/`` is the calendar feed."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["uutiset.WebinarPage"]
    max_count_per_parent = 1

    template = "uutiset/webinar_index.html"

    class Meta:
        verbose_name = _("webinar index")
        verbose_name_plural = _("webinar indexes")

    def live_webinars(self):
        """The index's live, public webinars."""
        return live_children(self, WebinarPage)

    def upcoming_webinars(self, now):
        """Not over yet (a webinar on right now included), soonest first."""
        return self.live_webinars().filter(ends_at__gt=now).order_by("starts_at", "pk")

    def past_webinars(self, now):
        """Over, the most recent first."""
        return self.live_webinars().filter(ends_at__lte=now).order_by("-starts_at", "-pk")

    def calendar_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("calendar")

    @path("")
    def listing(self, request):
        return webinars.webinar_listing(request, self)

    @path("kalenteri/", name="calendar")
    def calendar(self, request):
        return calendars.upcoming_calendar(request, self)


class WebinarPage(RoutablePageMixin, SocialImageMixin, Page):
    class Format(models.TextChoices):
        ONLINE = "online", _("online")
        ON_SITE = "on_site", _("on site")
        HYBRID = "hybrid", _("on site and online")

    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    format = models.CharField(_("format"), max_length=10, choices=Format.choices, default=Format.ONLINE)
    place = models.CharField(
        _("place"), max_length=250, blank=True, help_text=_("Street address and room, for on-site events.")
    )
    stream_url = models.URLField(
        _("stream link"), blank=True, help_text=_("Leave empty if the link is sent only to those who register.")
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_deadline = models.DateTimeField(
        _("registration deadline"), null=True, blank=True, help_text=_("Empty: registration closes when it starts.")
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings and calendars."))
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)

    recording_url = models.URLField(
        _("recording (video address)"), blank=True, help_text=_("A YouTube or Vimeo address; it is embedded.")
    )
    recording_has_captions = models.BooleanField(
        _("the video has captions"), default=False, help_text=_("Accessibility law requires captions on recordings.")
    )
    recording_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("recording (video file)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    captions_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("captions for the video file (WebVTT)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    slides = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("slides"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("format"),
                FieldPanel("place"),
                FieldPanel("stream_url"),
            ],
            heading=_("Time and place"),
        ),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("registration_deadline")], heading=_("Registration")
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("speakers", label=_("Speakers"), heading=_("Speakers")),
        MultiFieldPanel(
            [
                FieldPanel("recording_url"),
                FieldPanel("recording_has_captions"),
                FieldPanel("recording_file"),
                FieldPanel("captions_file"),
                FieldPanel("slides"),
            ],
            heading=_("After the event"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
    ]

    parent_page_types = ["uutiset.WebinarIndexPage"]
    subpage_types = []

    template = "uutiset/webinar_page.html"
    invalidates_topics = ("webinars",)  # the home page's upcoming webinars (home/invalidation.py)
    summary_field = "summary"  # describes the page when it has no search description (meta.html)

    class Meta:
        verbose_name = _("webinar")
        verbose_name_plural = _("webinars")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The webinar must end after it starts.")
        if self.registration_deadline and self.ends_at and self.registration_deadline > self.ends_at:
            errors["registration_deadline"] = _("Registration must close before the webinar ends.")
        if self.format != self.Format.ONLINE and not self.place.strip():
            errors["place"] = _("Tell where the event is held.")
        if self.recording_url and not self.recording_has_captions:
            errors["recording_has_captions"] = _("Publish a recording only once it has captions, then tick this.")
        if self.recording_file_id:
            if self.recording_file.file_extension.lower() not in VIDEO_EXTENSIONS:
                errors["recording_file"] = _("Choose a video file (MP4, WebM, M4V, MOV or OGV).")
            if not self.captions_file_id:
                errors["captions_file"] = _("A video file needs its captions as a WebVTT (.vtt) file.")
        if self.captions_file_id and self.captions_file.file_extension.lower() not in CAPTION_EXTENSIONS:
            errors["captions_file"] = _("Captions must be a WebVTT (.vtt) file.")
        if errors:
            raise ValidationError(errors)

    # Upcoming and past follow the clock: nothing is set by hand.

    def is_upcoming(self, now=None):
        """Not over yet: a webinar that is on right now still counts as upcoming."""
        return self.ends_at > (now or timezone.now())

    def is_ongoing(self, now=None):
        now = now or timezone.now()
        return self.starts_at <= now < self.ends_at

    @property
    def registration_closes_at(self):
        return self.registration_deadline or self.starts_at

    def registration_is_open(self, now=None):
        return bool(self.registration_url) and (now or timezone.now()) < self.registration_closes_at

    @property
    def has_recording(self):
        return bool(self.recording_url or self.recording_file_id)

    def ics_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("ics")

    def get_structured_data(self, request, share):
        return [structured_data.webinar_event(self, request, share)]

    @path("")
    def detail(self, request):
        return webinars.webinar_page(request, self)

    @path("kalenteri/", name="ics")
    def ics(self, request):
        return calendars.webinar_ics(request, self)


class WebinarSpeaker(Person):
    page = ParentalKey(WebinarPage, on_delete=models.CASCADE, related_name="speakers")

    class Meta(Person.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
