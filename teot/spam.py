"""Spam resistance for the public deed form, without third-party services.

Three cheap checks that cost a person nothing:

* a honeypot field people never see and bots fill in;
* a signed timestamp: a form sent faster than a person can fill it in, or
  with a token that is missing, tampered with or a day old, is sent back;
* a per-client limit on form posts, answered with HTTP 429.

Settings:

``TEOT_SUBMISSION_MIN_SECONDS`` (default 3)
    The fewest seconds between loading the form and sending it.
``TEOT_SUBMISSION_RATE_LIMIT`` (default ``(5, 3600)``)
    At most this many posts per client in this many seconds; ``None`` turns the limit off.
``TRUST_X_FORWARDED_FOR`` (default ``False``)
    Where the client address comes from: see :mod:`home.ratelimit`, which counts the posts.
"""

import enum
import time

from django.conf import settings
from django.core import signing

from home import ratelimit

HONEYPOT_FIELD = "website"
SIGNING_SALT = "teot.submission.form-timestamp"
TOKEN_MAX_AGE = 24 * 60 * 60  # a form left open longer than a day is sent back once


class Timestamp(enum.Enum):
    """What the form's signed timestamp says about how the form was filled in."""

    OK = "ok"
    INVALID = "invalid"  # missing, tampered with, from the future or expired
    TOO_FAST = "too_fast"


def min_seconds():
    return getattr(settings, "TEOT_SUBMISSION_MIN_SECONDS", 3)


def rate_limit():
    """``(posts, seconds)``, or ``None`` when there is no limit."""
    return getattr(settings, "TEOT_SUBMISSION_RATE_LIMIT", (5, 3600))


def issue_token(issued_at=None):
    """A signed record of when the form was handed out."""
    return signing.dumps(time.time() if issued_at is None else issued_at, salt=SIGNING_SALT)


def check_token(token):
    """A ``Timestamp``: OK, INVALID or TOO_FAST."""
    if not token:
        return Timestamp.INVALID
    try:
        issued_at = signing.loads(token, salt=SIGNING_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:  # SignatureExpired is one too
        return Timestamp.INVALID
    if isinstance(issued_at, bool) or not isinstance(issued_at, int | float):
        return Timestamp.INVALID
    elapsed = time.time() - issued_at
    if elapsed < -5 or elapsed > TOKEN_MAX_AGE:  # a few seconds of clock skew between servers
        return Timestamp.INVALID
    if elapsed < min_seconds():
        return Timestamp.TOO_FAST
    return Timestamp.OK


def honeypot_filled(data):
    return bool(data.get(HONEYPOT_FIELD, "").strip())


def register_post(request):
    """Count this post against the client's limit; ``False`` when the limit is exceeded."""
    return ratelimit.allow(request, "deed-submission", rate_limit())
