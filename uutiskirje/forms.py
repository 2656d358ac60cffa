"""The sign-up form: an address, a language, topics (none ticked: all), and consent.

Protected like the deed form (home.form_protection): a honeypot, a signed single-use token and a
per-client limit on posts. Settings: ``NEWSLETTER_MIN_SECONDS`` (default 3) and
``NEWSLETTER_RATE_LIMIT`` (default ``(5, 3600)``).
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from home.form_protection import Guard, ProtectedForm
from teot.models import Sector, Theme

GUARD = Guard(
    scope="newsletter", min_seconds_setting="NEWSLETTER_MIN_SECONDS", rate_limit_setting="NEWSLETTER_RATE_LIMIT"
)
MAX_EMAIL_LENGTH = 254  # what an SMTP path holds (RFC 5321)
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}  # each in itself: a choice a reader recognises

CONSENT_TEXT = _(
    "I want the Tekojen tori newsletter at this address. Tekojen tori keeps the address, the language and "
    "the topics for sending it, and I can unsubscribe at any time with the link in every newsletter."
)


def normalise_email(address):
    """The address with its domain in lower case and in ASCII (an internationalised domain as punycode)."""
    local, _at, domain = address.strip().rpartition("@")
    try:
        domain = domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise ValidationError(_("Check the part after @: it is not a valid domain name."), code="invalid") from None
    return f"{local}@{domain}"


class SubscribeForm(ProtectedForm):
    guard = GUARD

    email = forms.EmailField(
        label=_("Email address"),
        max_length=MAX_EMAIL_LENGTH,
        error_messages={
            "required": _("Type your email address."),
            "invalid": _("Type the email address in the form name@example.fi."),
            "max_length": _("An email address has at most %(limit_value)d characters (it has %(show_value)d)."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    language = forms.ChoiceField(
        label=_("Language of the newsletter"),
        choices=[(code, LANGUAGE_NAMES.get(code, name)) for code, name in settings.LANGUAGES],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the language of the newsletter.")},
    )
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors"), queryset=Sector.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"), queryset=Theme.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT, error_messages={"required": _("Tick the box to agree, or the newsletter cannot be sent.")}
    )

    def __init__(self, *args, locale_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name, model in (("sectors", Sector), ("themes", Theme)):
            self.fields[name].queryset = model.objects.filter(locale_id=locale_id)

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])
