"""The newsletter: its subscribers (who asked for it, in which language, about what, and their consent), the
archive page and the issues."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home import routing
from home.models import SocialImageMixin

from . import archive, rendering
from .blocks import NewsletterBlock

CONSENT_VERSION = "2026-12"  # raise when the consent text (forms.consent_text) changes


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Subscribed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("email address"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    all_topics = models.BooleanField(_("all topics"), default=True)
    sectors = models.ManyToManyField("teot.Sector", verbose_name=_("sectors"), blank=True, related_name="+")
    themes = models.ManyToManyField("teot.Theme", verbose_name=_("themes"), blank=True, related_name="+")
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    # The consent record: what the person agreed to, when, and where.
    consent_text = models.TextField(_("consent text"))
    consent_version = models.CharField(_("consent text version"), max_length=20)
    consent_source = models.CharField(_("form"), max_length=40)
    consented_at = models.DateTimeField(_("consented at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(Lower("email"), name="subscriber_email_unique")]
        indexes = [models.Index(fields=["status", "language"])]

    def __str__(self):
        return self.email

    def sector_names(self):
        return ", ".join(sector.name for sector in self.sectors.all())

    def theme_names(self):
        return ", ".join(theme.name for theme in self.themes.all())

    def confirm(self):
        self.status = self.Status.CONFIRMED
        self.confirmed_at = timezone.now()
        self.unsubscribed_at = None
        self.save(update_fields=["status", "confirmed_at", "unsubscribed_at"])

    def unsubscribe(self):
        self.status = self.Status.UNSUBSCRIBED
        self.unsubscribed_at = timezone.now()
        self.save(update_fields=["status", "unsubscribed_at"])


class NewsletterIndexPage(RoutablePageMixin, SocialImageMixin, routing.IndexForLocale, Page):
    """The newsletter archive: its issues by year, and their RSS feed."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["uutiskirje.NewsletterIssuePage"]
    max_count_per_parent = 1
    template = "uutiskirje/archive.html"

    class Meta:
        verbose_name = _("newsletter archive")
        verbose_name_plural = _("newsletter archives")

    def live_issues(self):
        return NewsletterIssuePage.objects.child_of(self).live().public()

    def feed_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("feed")

    @path("")
    def listing(self, request):
        return archive.archive(request, self)

    @path("syote/", name="feed")
    def feed(self, request):
        return archive.feed(request, self)


class NewsletterIssuePage(SocialImageMixin, Page):
    """One issue: a web page, and the email sent to the subscribers (rendering.py, sending.py)."""

    date = models.DateField(_("issue date"), default=timezone.localdate)
    subject = models.CharField(
        _("email subject"),
        max_length=150,
        blank=True,
        help_text=_("The subject line of the email; the title if empty."),
    )
    preheader = models.CharField(
        _("preheader"),
        max_length=150,
        blank=True,
        help_text=_("The line mail programs show after the subject. One sentence that makes the reader open it."),
    )
    intro = models.TextField(_("introduction"), help_text=_("A few sentences at the top of the issue."))
    body = StreamField(NewsletterBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        MultiFieldPanel([FieldPanel("subject"), FieldPanel("preheader")], heading=_("Email")),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro", boost=2), index.SearchField("body")]

    parent_page_types = ["uutiskirje.NewsletterIndexPage"]
    subpage_types = []
    template = "uutiskirje/issue.html"
    og_type = "article"
    summary_field = "intro"
    preview_modes = [("", _("Web page")), ("email", _("Email")), ("text", _("Plain text"))]

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")

    @property
    def email_subject(self):
        return self.subject or self.title

    def serve_preview(self, request, mode_name):
        if mode_name in ("email", "text"):
            return rendering.preview(self, mode_name)
        return super().serve_preview(request, mode_name)


class Mailing(models.Model):
    """One sending of an issue to the subscribers: who started it, for which topics, and when it ended.

    Each recipient is a ``Delivery`` row. An issue reaches an address once, whichever translation was
    sent and however many times it is sent: a second sending reaches only the addresses added since.
    """

    issue = models.ForeignKey(NewsletterIssuePage, verbose_name=_("issue"), on_delete=models.CASCADE, related_name="+")
    sectors = models.ManyToManyField("teot.Sector", verbose_name=_("sectors"), blank=True, related_name="+")
    themes = models.ManyToManyField("teot.Theme", verbose_name=_("themes"), blank=True, related_name="+")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("sent by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("started at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("newsletter sending")
        verbose_name_plural = _("newsletter sendings")
        ordering = ["-created_at"]
        permissions = [("send_newsletter", _("Can send newsletter issues to the subscribers"))]

    def __str__(self):
        return f"{self.issue.title} ({self.created_at:%Y-%m-%d %H:%M})"


class Delivery(models.Model):
    """One issue to one subscriber: waiting, being sent, sent, or failed with the reason."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    issue_key = models.UUIDField()  # the issue's translation_key: one delivery per issue and address
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)  # of the translation sent
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    retry_at = models.DateTimeField(null=True)
    # The worker sending it (host:pid:nonce) and since when; see uutiskirje/sending.py.
    owner = models.CharField(max_length=120, blank=True)
    claimed_at = models.DateTimeField(null=True)
    sent_at = models.DateTimeField(null=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["issue_key", "subscriber"], name="delivery_once_per_address")]
        indexes = [models.Index(fields=["mailing", "status"])]
