"""Handling an application in the admin: its status moves received → approved → coach assigned → coaching
done, or to declined with a reason. Each move is logged (who, when, a note) and, where it concerns the
applicant, emailed to them in their language; "coaching done" sends the feedback link."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import Panel
from wagtail.models import Locale

from . import application_emails, feedback
from .models.applications import CoachingApplication, CoachingFeedback, StatusChange
from .models.coaches import Coach

Status = CoachingApplication.Status
# Where each status may go next.
NEXT = {
    Status.RECEIVED: {Status.APPROVED, Status.DECLINED},
    Status.APPROVED: {Status.ASSIGNED, Status.DECLINED},
    Status.ASSIGNED: {Status.DONE, Status.DECLINED},
    Status.DONE: set(),
    Status.DECLINED: {Status.RECEIVED},
}


class HandlingForm(WagtailAdminModelForm):
    note = forms.CharField(
        label=_("Note on this change (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the application's history; not sent to the applicant."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "coach" in self.fields:
            coaches = Coach.objects.filter(locale=Locale.get_default(), live=True)
            current = self.instance.coach_id
            self.fields["coach"].queryset = coaches.filter(active=True) | coaches.filter(pk=current)

    def clean(self):
        data = super().clean()
        before, after = Status(self.initial.get("status", Status.RECEIVED)), data.get("status")
        if after and after != before and after not in NEXT[before]:
            self.add_error(
                "status",
                _("An application that is “%(before)s” cannot become “%(after)s”.")
                % {"before": before.label, "after": Status(after).label},
            )
        if after in (Status.ASSIGNED, Status.DONE) and not data.get("coach"):
            self.add_error("coach", _("Choose the coach assigned to this application."))
        if after == Status.DECLINED and not data.get("decline_reason", "").strip():
            self.add_error("decline_reason", _("Give the reason: it is sent to the applicant."))
        return data


@transaction.atomic
def record(application, previous_status, user, note, directory):
    """Log a change of status and tell the applicant; nothing if the status stayed."""
    if application.status == previous_status:
        return
    StatusChange.objects.create(application=application, status=application.status, user=user, note=note)
    link = feedback.url(directory, application) if application.status == Status.DONE and directory else ""
    transaction.on_commit(lambda: application_emails.status_changed(application, link))


class HistoryPanel(Panel):
    """An application's status changes, newest last (read-only)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "sparraus/admin/history_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["changes"] = self.instance.status_changes.select_related("user") if self.instance.pk else []
            return context


class FeedbackPanel(Panel):
    """The applicant's feedback, once given (read-only)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "sparraus/admin/feedback_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["feedback"] = CoachingFeedback.objects.filter(application_id=self.instance.pk).first()
            return context


class AssignmentsPanel(Panel):
    """On a coach's edit page: the applications the coach is assigned to or was chosen in."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "sparraus/admin/assignments_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            coach = self.instance
            if coach.pk:
                coaches = Coach.objects.filter(translation_key=coach.translation_key)
                context["assigned"] = CoachingApplication.objects.filter(coach__in=coaches).select_related(
                    "organisation"
                )
            return context
