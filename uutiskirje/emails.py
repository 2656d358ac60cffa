"""The emails of signing up: the confirmation request, and a note to an address already subscribed.

Nothing else is ever sent to an address that has not confirmed. Each message is in the language the
subscriber chose.
"""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from . import links


def send_confirmation(subscriber, request):
    subject = _("Confirm your subscription to the Tekojen tori newsletter")
    _send(subscriber, request, subject, "uutiskirje/email/confirm.txt", links.CONFIRM)


def send_already_subscribed(subscriber, request):
    subject = _("You already get the Tekojen tori newsletter")
    _send(subscriber, request, subject, "uutiskirje/email/already_subscribed.txt", links.UNSUBSCRIBE)


def _send(subscriber, request, subject, template, action):
    """A plain-text message with the subscriber's signed link for ``action``."""
    with translation.override(subscriber.language):
        link = request.build_absolute_uri(links.path(subscriber, action, subscriber.language))
        body = render_to_string(template, {"link": link})
        EmailMessage(str(subject), body, to=[subscriber.email]).send()
