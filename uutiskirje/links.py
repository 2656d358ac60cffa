"""The signed links of the newsletter's emails: confirm a subscription, unsubscribe.

A link names the subscriber and a fingerprint of the address it was sent to (not the address: links
end up in logs), signed with the site's secret key: one changed character, another address or (for a
confirmation) an old link finds no one.
"""

from django.core import signing
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import constant_time_compare, salted_hmac

from .models import Subscriber

CONFIRM = "confirm"
UNSUBSCRIBE = "unsubscribe"
MAX_AGE = {CONFIRM: 7 * 24 * 60 * 60, UNSUBSCRIBE: None}  # an unsubscribe link works in every old newsletter
URL_NAMES = {CONFIRM: "newsletter_confirm", UNSUBSCRIBE: "newsletter_unsubscribe"}


def fingerprint(email):
    return salted_hmac("uutiskirje.links", email.lower()).hexdigest()[:20]


def token(subscriber, action):
    return signing.dumps([subscriber.pk, fingerprint(subscriber.email)], salt=f"uutiskirje.{action}")


def subscriber_for(token, action):
    """The subscriber a link was made for, or ``None`` (tampered with, expired, or the address has changed)."""
    try:
        pk, address = signing.loads(token, salt=f"uutiskirje.{action}", max_age=MAX_AGE[action])
    except (signing.BadSignature, ValueError, TypeError):  # SignatureExpired is a BadSignature
        return None
    if not isinstance(pk, int) or not isinstance(address, str):
        return None
    subscriber = Subscriber.objects.filter(pk=pk).first()
    if subscriber is None or not constant_time_compare(address, fingerprint(subscriber.email)):
        return None
    return subscriber


def path(subscriber, action, language):
    """The link's path in ``language``: the page is in the subscriber's language, whatever the site's."""
    with translation.override(language):
        return reverse(URL_NAMES[action], args=[token(subscriber, action)])
