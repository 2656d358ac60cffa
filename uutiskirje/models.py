"""The newsletter's subscribers: who asked for it, in which language, about what, and their consent."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

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
