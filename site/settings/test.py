"""pytest: fast hashing, in-memory e-mail, no manifest needed for static files."""

import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# A newsletter worker started by a test sends to the test's SMTP server (tests/test_newsletter_journey.py).
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", EMAIL_BACKEND)
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 25))
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Uploads go to a throw-away folder; the browser tests' live server serves them.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="tekojentori-test-media-"))
SERVE_MEDIA = True
# Tests search far faster than people do; tests of the limit set it themselves.
SEARCH_RATE_LIMIT = None
# Django's test client logs in without a request, which django-axes refuses; tests of the lockout
# turn it on (tests/test_admin_security.py).
AXES_ENABLED = False
