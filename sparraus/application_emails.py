"""Emails about a coaching application: to the applicant in the language of their form (received, and the
steps of its handling), and to the coaching handlers, each in their admin language, about a new one.

The applicant's own words are never quoted back but their name: anyone can type anyone's address into
the form, which must not be a way to send them a message (teot.notifications.greeting_name).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from teot.notifications import greeting_name, preferred_language, send

from .models.applications import CoachingApplication

HANDLERS_GROUP = "Sparrauksen käsittelijät"  # migrations/0003_coaching_group.py
Status = CoachingApplication.Status
# The steps the applicant hears of, with the subject of the message.
APPLICANT_MESSAGES = {
    Status.APPROVED: _("Your coaching application has been approved – Tekojen tori"),
    Status.ASSIGNED: _("Your coach has been chosen – Tekojen tori"),
    Status.DONE: _("How did the coaching go? – Tekojen tori"),
    Status.DECLINED: _("About your coaching application – Tekojen tori"),
}


def admin_url(application):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("coaching_applications:edit", args=[application.pk])


def received(application, directory_url):
    return send(
        _("We have received your coaching application – Tekojen tori"),
        "sparraus/email/received.txt",
        {"name": greeting_name(application.contact_name), "directory_url": directory_url},
        [application.contact_email],
        application.language,
    )


def status_changed(application, feedback_url=""):
    """Tell the applicant of a step of the handling that concerns them (none for "received")."""
    subject = APPLICANT_MESSAGES.get(application.status)
    if subject is None:
        return False
    context = {
        "name": greeting_name(application.contact_name),
        "status": application.status,
        "coach": application.coach,
        "reason": application.decline_reason,
        "feedback_url": feedback_url,
    }
    return send(subject, "sparraus/email/status.txt", context, [application.contact_email], application.language)


def handlers():
    return (
        get_user_model()
        .objects.filter(groups__name=HANDLERS_GROUP, is_active=True)
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .distinct()
    )


def notify_handlers(application):
    context = {"organisation": str(application.organisation), "admin_url": admin_url(application)}
    subject = _("A new coaching application – Tekojen tori")
    for user in handlers():  # one message each: handlers don't see each other's addresses
        send(subject, "sparraus/email/for_handlers.txt", context, [user.email], preferred_language(user))
