"""Spam resistance for the public deed form: home.form_protection's checks with the deed form's settings.

* a honeypot field hidden from everyone that bots fill in;
* a signed form token, bound to the visitor and usable once: a form sent faster than a person can fill
  it in, a day old, from another visitor or sent a second time is sent back, storing and sending nothing;
* a per-client limit on form posts, answered with HTTP 429.

Settings:

``TEOT_SUBMISSION_MIN_SECONDS`` (default 3)
    The fewest seconds between loading the form and sending it.
``TEOT_SUBMISSION_RATE_LIMIT`` (default ``(5, 3600)``)
    At most this many posts per client in this many seconds; ``None`` turns the limit off.
    Who the client is: see :mod:`home.ratelimit`, which counts the posts.
"""

from home.form_protection import Guard, ProtectedForm

GUARD = Guard(
    scope="deed-submission",
    min_seconds_setting="TEOT_SUBMISSION_MIN_SECONDS",
    rate_limit_setting="TEOT_SUBMISSION_RATE_LIMIT",
)
HONEYPOT_FIELD = ProtectedForm.honeypot_name
