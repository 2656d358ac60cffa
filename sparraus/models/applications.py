"""Coaching applications: what a workplace asks for and whom it would like as its coach, how the
application is handled (every change of status logged), and the feedback after the coaching."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from home.validators import validate_single_line
from teot.models import Organisation, Sector, Theme

from .coaches import Coach

MAX_PREFERRED_COACHES = 3


class CoachingApplication(models.Model):
    """One workplace's application. Its people's details are never shown publicly."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        APPROVED = "approved", _("Approved")
        ASSIGNED = "assigned", _("Coach assigned")
        DONE = "done", _("Coaching done")
        DECLINED = "declined", _("Declined")

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="coaching_applications"
    )
    unit = models.CharField(_("unit or work community"), max_length=200, blank=True, validators=[validate_single_line])
    contact_name = models.CharField(_("contact person"), max_length=120, validators=[validate_single_line])
    contact_email = models.EmailField(_("contact email"))
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True, validators=[validate_single_line])
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    sectors = models.ManyToManyField(Sector, verbose_name=_("sectors"), related_name="coaching_applications")
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), related_name="coaching_applications")
    need = models.TextField(_("development need"), max_length=3000)
    management = models.BooleanField(_("management takes part"), default=False)
    supervisors = models.BooleanField(_("supervisors take part"), default=False)
    staff = models.BooleanField(_("staff take part"), default=False)
    participant_count = models.PositiveIntegerField(
        _("number of participants"), validators=[MinValueValidator(1), MaxValueValidator(10_000)]
    )
    preferred_period = models.CharField(
        _("preferred period"), max_length=120, blank=True, validators=[validate_single_line]
    )
    preferred_coaches = models.ManyToManyField(
        Coach, verbose_name=_("preferred coaches"), blank=True, related_name="preferred_in"
    )
    coach = models.ForeignKey(
        Coach,
        verbose_name=_("assigned coach"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.RECEIVED)
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    privacy_consent = models.BooleanField(_("accepted the privacy notice"), default=False)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("coaching application")
        verbose_name_plural = _("coaching applications")
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"{self.organisation} ({self.created_at:%Y-%m-%d})" if self.created_at else str(self.organisation)

    @property
    def year(self):
        return self.created_at.year

    def organisation_region(self):
        return self.organisation.get_region_display()

    def sector_names(self):
        return ", ".join(sector.name for sector in self.sectors.all())

    def theme_names(self):
        return ", ".join(theme.name for theme in self.themes.all())

    def preferred_coach_names(self):
        return ", ".join(coach.name for coach in self.preferred_coaches.all())

    def participant_groups(self):
        groups = [(self.management, _("management")), (self.supervisors, _("supervisors")), (self.staff, _("staff"))]
        return ", ".join(str(label) for taking_part, label in groups if taking_part)


class StatusChange(models.Model):
    """A step in an application's handling: who moved it to which status, when, and why."""

    application = models.ForeignKey(CoachingApplication, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(_("status"), max_length=10, choices=CoachingApplication.Status.choices)
    note = models.TextField(_("note"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")


class CoachingFeedback(models.Model):
    """The applicant's feedback after the coaching: one per application, shown publicly only in aggregate."""

    RATINGS = [(number, str(number)) for number in range(1, 6)]

    application = models.OneToOneField(CoachingApplication, on_delete=models.CASCADE, related_name="feedback")
    usefulness = models.PositiveSmallIntegerField(_("usefulness of the coaching"), choices=RATINGS)
    coach_rating = models.PositiveSmallIntegerField(_("the coach"), choices=RATINGS)
    what_changed = models.TextField(_("what changed"), max_length=3000, blank=True)
    would_recommend = models.BooleanField(_("would recommend"))
    created_at = models.DateTimeField(_("given"), auto_now_add=True)

    class Meta:
        verbose_name = _("coaching feedback")
        verbose_name_plural = _("coaching feedback")
