"""Spam resistance for the public forms, without third-party services: the deed form (teot.spam), the
coaching application (sparraus.application) and the form pages editors build (home.models.FormPage).

Checks that cost a person nothing and a bot something:

* a honeypot field hidden from everyone (sight, screen readers, keyboard) that bots fill in: the post is
  answered as if it succeeded and nothing is stored or sent;
* a signed form token handed out with the form, which says
  - when: a form sent faster than a person can fill it in, or a day old, is sent back;
  - to whom: a hash of the visitor's CSRF secret (the cookie the form page sets anyway), so a token
    taken from another visitor, or posted without the visitor's cookie, is refused;
  - once: a random nonce, used up in the shared cache (an atomic ``cache.add``; Redis in production)
    when what was sent is stored, so a token posted again stores and sends nothing;
* a per-client limit on posts (home.ratelimit), answered with HTTP 429 and the form as it was typed.

Every refusal sends the form back with what was typed, a clear message and a fresh token.

Each kind of form has its own ``Guard`` with its own settings:

``TEOT_SUBMISSION_MIN_SECONDS`` / ``FORM_MIN_SECONDS`` (default 3)
    The fewest seconds between loading the form and sending it.
``TEOT_SUBMISSION_RATE_LIMIT`` / ``FORM_RATE_LIMIT`` (default ``(5, 3600)``)
    At most this many posts per client in this many seconds; ``None`` turns the limit off.
"""

import enum
import secrets
import time
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.forms.utils import ErrorDict
from django.middleware.csrf import get_token
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _

from . import ratelimit

TOKEN_MAX_AGE = 24 * 60 * 60  # a form left open longer than a day is sent back once
CLOCK_SKEW = 5  # seconds a token may seem to come from the future (several servers)


class Token(enum.Enum):
    """What a form's token says about how the form was filled in."""

    OK = "ok"
    INVALID = "invalid"  # missing, tampered with, expired, or handed out to another visitor
    TOO_FAST = "too_fast"
    USED = "used"  # what was sent with it has been stored already


TOKEN_MESSAGES = {
    Token.INVALID: _(
        "The form has expired or could not be checked. Your details are kept: check them and send the form again."
    ),
    Token.TOO_FAST: _(
        "The form was sent faster than a person can fill it in. Your details are kept: "
        "check them and send the form again."
    ),
    Token.USED: _(
        "This form has already been sent once, and we received it. To send it again as a new message, "
        "check the details and send the form again."
    ),
}

RATE_LIMIT_MESSAGE = _(
    "Many forms have been sent from your network connection in a short time. "
    "Your details are kept: wait a while and send the form again."
)


@dataclass(frozen=True)
class Guard:
    """The checks of one kind of form: its rate-limit scope, its settings and its tokens."""

    scope: str
    min_seconds_setting: str
    rate_limit_setting: str

    def min_seconds(self):
        return getattr(settings, self.min_seconds_setting, 3)

    def rate_limit(self):
        """``(posts, seconds)``, or ``None`` when there is no limit."""
        return getattr(settings, self.rate_limit_setting, (5, 3600))

    def register_post(self, request):
        """Count this post against the client's limit; ``False`` when the limit is exceeded."""
        return ratelimit.allow(request, self.scope, self.rate_limit())

    def retry_after(self, request):
        """Seconds until the client may post again: a 429's ``Retry-After``."""
        return ratelimit.retry_after(request, self.scope, self.rate_limit())

    @property
    def salt(self):
        return f"home.form_protection.{self.scope}"

    def _visitor_hash(self, secret):
        return salted_hmac(self.salt, secret).hexdigest()[:32]

    def issue_token(self, request, issued_at=None):
        """A signed token for a form handed out now to this visitor (who gets a CSRF cookie if they lack one)."""
        get_token(request)  # makes sure the visitor has a CSRF secret, and that the response sets its cookie
        payload = {
            "t": time.time() if issued_at is None else issued_at,
            "n": secrets.token_urlsafe(16),
            "v": self._visitor_hash(request.META["CSRF_COOKIE"]),
        }
        return signing.dumps(payload, salt=self.salt)

    def _payload(self, token):
        if not token or not isinstance(token, str):
            return None
        try:
            payload = signing.loads(token, salt=self.salt, max_age=TOKEN_MAX_AGE)
        except signing.BadSignature:  # SignatureExpired is one too
            return None
        if not isinstance(payload, dict):
            return None
        issued_at, nonce, visitor = payload.get("t"), payload.get("n"), payload.get("v")
        if isinstance(issued_at, bool) or not isinstance(issued_at, int | float):
            return None
        if not isinstance(nonce, str) or not isinstance(visitor, str):
            return None
        return payload

    def check_token(self, request, token):
        """A ``Token``: OK, INVALID, TOO_FAST or USED. Uses nothing up."""
        payload = self._payload(token)
        if payload is None:
            return Token.INVALID
        secret = request.META.get("CSRF_COOKIE") if request is not None else None
        if not secret or not constant_time_compare(payload["v"], self._visitor_hash(secret)):
            return Token.INVALID
        elapsed = time.time() - payload["t"]
        if elapsed < -CLOCK_SKEW or elapsed > TOKEN_MAX_AGE:
            return Token.INVALID
        if elapsed < self.min_seconds():
            return Token.TOO_FAST
        if cache.get(self._nonce_key(payload["n"])) is not None:
            return Token.USED
        return Token.OK

    def _nonce_key(self, nonce):
        return f"form-token:{self.scope}:{nonce}"

    def use_token(self, token):
        """Use a checked token up; ``False`` when it was used already (by a post at the same moment)."""
        payload = self._payload(token)
        if payload is None:
            return False
        return cache.add(self._nonce_key(payload["n"]), 1, timeout=TOKEN_MAX_AGE + 2 * CLOCK_SKEW)

    def release_token(self, token):
        """Give a token back when storing what was sent with it failed."""
        payload = self._payload(token)
        if payload is not None:
            cache.delete(self._nonce_key(payload["n"]))


def _free_name(fields, name):
    while name in fields:  # an editor's field of the same name (form pages)
        name = f"{name}_"
    return name


class ProtectedForm(forms.Form):
    """A form with a token and a honeypot; give it the request and a ``guard``.

    ``form.honeypot`` is the honeypot's bound field (templates/components/honeypot.html renders it),
    ``form.fields_for_people`` the visible fields without it.
    """

    guard = None  # a Guard, set by each kind of form
    token_name = "form_token"  # noqa: S105 - a field name
    honeypot_name = "website"  # named to tempt bots

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.token = None
        self.token_rejected = False
        self.token_name = _free_name(self.fields, self.token_name)
        self.honeypot_name = _free_name(self.fields, self.honeypot_name)
        self.fields[self.token_name] = forms.CharField(widget=forms.HiddenInput, required=False)
        self.fields[self.honeypot_name] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        if not self.is_bound and request is not None:
            self.initial[self.token_name] = self.guard.issue_token(request)

    @property
    def honeypot(self):
        return self[self.honeypot_name]

    @property
    def token_field(self):
        return self[self.token_name]

    def fields_for_people(self):
        return [field for field in self.visible_fields() if field.name != self.honeypot_name]

    def honeypot_filled(self):
        return bool(str(self.data.get(self.add_prefix(self.honeypot_name), "")).strip())

    def clean(self):
        cleaned_data = super().clean()
        self.token = cleaned_data.pop(self.token_name, None)
        cleaned_data.pop(self.honeypot_name, None)  # neither is the visitor's answer: not stored or sent
        status = self.guard.check_token(self.request, self.token)
        if status is not Token.OK:
            self.token_rejected = True
            self.add_error(None, TOKEN_MESSAGES[status])
        return cleaned_data

    def use_token(self):
        """Use the form's token up before storing what was sent; ``False`` (the form sent back) if it was used."""
        if self.guard.use_token(self.token):
            return True
        self.token_rejected = True
        self.reject(TOKEN_MESSAGES[Token.USED])
        self.renew_token()
        return False

    def release_token(self):
        self.guard.release_token(self.token)

    def renew_token(self):
        """Hand out a fresh token with a form that is sent back, keeping what was typed."""
        self.data = self.data.copy()
        self.data[self.add_prefix(self.token_name)] = self.guard.issue_token(self.request)

    def reject(self, message):
        """Send the form back with only this message, keeping what was typed."""
        self._errors = ErrorDict({forms.forms.NON_FIELD_ERRORS: self.error_class([message], error_class="nonfield")})

    def reject_rate_limited(self):
        self.reject(RATE_LIMIT_MESSAGE)
