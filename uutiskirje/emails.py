"""The emails of signing up: the confirmation request, and a note to an address already subscribed.

Nothing else is ever sent to an address that has not confirmed. Each message is in the language the
subscriber chose.
"""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from . import links


def send_confirmation(subscriber, request):
    with translation.override(subscriber.language):
        _send(
            subscriber,
            _("Confirm your subscription to the Tekojen tori newsletter"),
            "uutiskirje/email/confirm.txt",
            {"confirm_url": request.build_absolute_uri(links.path(subscriber, links.CONFIRM, subscriber.language))},
        )


def send_already_subscribed(subscriber, request):
    with translation.override(subscriber.language):
        _send(
            subscriber,
            _("You already get the Tekojen tori newsletter"),
            "uutiskirje/email/already_subscribed.txt",
            {
                "unsubscribe_url": request.build_absolute_uri(
                    links.path(subscriber, links.UNSUBSCRIBE, subscriber.language)
                )
            },
        )


def _send(subscriber, subject, template, context):
    body = render_to_string(template, {"subscriber": subscriber, **context})
    EmailMessage(subject, body, to=[subscriber.email]).send()
