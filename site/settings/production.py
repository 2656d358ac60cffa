"""Production: every secret and host comes from the environment.

Starting without SECRET_KEY, ALLOWED_HOSTS or DATABASE_URL fails loudly instead
of falling back to something unsafe.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value


DEBUG = False
PRODUCTION = True  # the demo loader refuses to run (it creates admin/admin) unless forced
SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required_env("ALLOWED_HOSTS").split(",")]
required_env("DATABASE_URL")  # base.py reads it; without it we'd silently use SQLite
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if host != "*"]

# Behind a TLS-terminating reverse proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
# Superusers set up two-step verification before anything else in the admin (home/two_factor.py).
WAGTAIL_2FA_REQUIRED_FOR_SUPERUSERS = True
# Only over HTTPS: an http:// address left in content (an image, a form, a link) is fetched over https.
for _policy in (CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_ADMIN):
    _policy["DIRECTIVES"] = {**_policy["DIRECTIVES"], "upgrade-insecure-requests": True}

required_env("REDIS_URL")  # base.py reads it; shared by every worker (rate limits, page frame)

# The site's public address, for links in moderator and notification emails: no default here.
WAGTAILADMIN_BASE_URL = required_env("WAGTAILADMIN_BASE_URL").rstrip("/")
if not WAGTAILADMIN_BASE_URL.startswith("https://"):
    raise ImproperlyConfigured("WAGTAILADMIN_BASE_URL must be the site's https:// address.")

# Documents (podcast audio, recordings, slides) link straight to /media/, which the
# reverse proxy serves with byte ranges: podcast apps and seeking in <audio> need them,
# and Wagtail's own document view does not answer range requests.
WAGTAILDOCS_SERVE_METHOD = "direct"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"

# base.py's filters (one line per database outage, no DisallowedHost tracebacks), to stderr.
LOGGING = {
    **LOGGING,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
