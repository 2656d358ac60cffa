"""Emails about deeds submitted through the public form.

Moderators normally hear of a new deed from Wagtail itself: starting the
moderation workflow emails the members of the task's group (and superusers),
each in their own admin language, with a link to the deed in the admin. Our
own message to moderators is only for a deed that could not be put into a
workflow, so that nobody gets two emails about the same deed.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from home.validators import one_line

from .moderation import MODERATORS_GROUP

logger = logging.getLogger(__name__)

# The submitter's name is the only text of theirs their confirmation carries: one line, at most this
# long, and left out if it looks like an address someone could be lured to. Anyone can type anyone's
# email address into the form, so the confirmation must not be a way to send them a message.
GREETING_NAME_MAX_LENGTH = 60
LINK_LIKE = ("://", "www.", "@", "<", ">")


def admin_edit_url(deed):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailsnippets_teot_deed:edit", args=[deed.pk])


def send(subject, template, context, recipients, language):
    """Render a plain-text message (and its lazily translated subject) in a language and send it;
    a mail failure must not lose the deed."""
    with translation.override(language):
        body = render_to_string(template, context)
        subject = one_line(subject)  # headers must be one line
    try:
        send_mail(subject, body, None, recipients)
    except Exception:
        logger.exception("Could not send %s to %d recipient(s)", template, len(recipients))
        return False
    return True


def greeting_name(name):
    """The submitter's name as their confirmation may greet them: one line, short, no link; else ``""``."""
    name = one_line(name)
    if any(marker in name.lower() for marker in LINK_LIKE):
        return ""
    return Truncator(name).chars(GREETING_NAME_MAX_LENGTH)


def notify_submitter(deed, listing_url, language):
    """Tell the submitter, in the language they used, that their deed waits for moderation.

    Nothing they wrote is quoted but their name (see ``greeting_name``).
    """
    return send(
        _("We have received your deed – Tekojen tori"),
        "teot/email/submission_received.txt",
        {"name": greeting_name(deed.submitter_name), "listing_url": listing_url},
        [deed.submitter_email],
        language,
    )


def moderators():
    return (
        get_user_model()
        .objects.filter(groups__name=MODERATORS_GROUP, is_active=True)
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .distinct()
    )


def preferred_language(user):
    try:
        return user.wagtail_userprofile.get_preferred_language()
    except ObjectDoesNotExist:
        return settings.LANGUAGE_CODE


def notify_moderators(deed, new_organisation):
    """Tell every moderator, in their admin language, about a deed waiting for them."""
    by_language = {}
    with translation.override(settings.LANGUAGE_CODE):  # the admin's default, not the submitter's language
        for user in moderators():
            by_language.setdefault(preferred_language(user), []).append(user.email)
    context = {
        "deed": deed,
        "title": str(deed),  # one line
        "organisation_name": one_line(deed.organisation.name),
        "new_organisation": new_organisation,
        "admin_url": admin_edit_url(deed),
    }
    subject = _("A new deed is waiting for moderation – Tekojen tori")
    sent = True
    for language, recipients in sorted(by_language.items()):
        with translation.override(language):
            context["language_name"] = translation.get_language_info(deed.locale.language_code)["name_translated"]
        for recipient in recipients:  # one message each: moderators don't see each other's addresses
            sent = send(subject, "teot/email/submission_for_moderators.txt", context, [recipient], language) and sent
    return sent
