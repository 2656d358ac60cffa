"""Settings shared by every environment; dev, test and production extend them."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from wagtail.embeds.oembed_providers import vimeo, youtube

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "home",
    "teot",
    "uutiset",
    "gaala",
    "uutiskirje",
    "sparraus",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # The admin's door: sign-in lockout, two-step verification (home/admin_security.py, home/two_factor.py).
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compress last, after the ETag is computed on the plain body; Cache-Control and tags inside
    # ConditionalGet (a 304 keeps them) and outside session, locale and CSRF (to see their cookies).
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "home.http_cache.HttpCacheMiddleware",
    # CSP, CORP and Permissions-Policy (home/security_headers.py); inside GZip, to read the plain body.
    "home.security_headers.SecurityHeadersMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "home.request_memo.RequestMemoMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "home.middleware.AdminDefaultLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "home.two_factor.TwoFactorMiddleware",  # django-otp's, and the admin's second step
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks: turns a lockout into its page
]

ROOT_URLCONF = "site.urls"
WSGI_APPLICATION = "site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# DATABASE_URL selects the database (PostgreSQL in CI and production);
# without it a git-ignored SQLite file lets anyone try the site with no setup.
DATABASES = {"default": dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out sign-in before the password is even checked.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
# Five wrong passwords for one username from one client address lock that pair out for 15
# minutes (each further try restarts the 15). Per pair, so nobody can lock a real user out
# from everywhere; a success resets the count. The address is the rate limits' own.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "home.admin_security.client_ip"
AXES_LOCKOUT_CALLABLE = "home.admin_security.lockout_response"
AXES_SENSITIVE_PARAMETERS = ["password"]
# Emails from the admin's "Forgotten password?": (requests, seconds) per client and per address.
ADMIN_PASSWORD_RESET_RATE_LIMIT = (3, 60 * 60)
# Two-step verification (home/two_factor.py): optional for staff; production requires it of superusers.
WAGTAIL_2FA_REQUIRED_FOR_SUPERUSERS = False
OTP_TOTP_ISSUER = "Tekojen tori"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Finnish first, Swedish and English beside it.
LANGUAGE_CODE = "fi"
LANGUAGES = [
    ("fi", "Suomi"),
    ("sv", "Svenska"),
    ("en", "English"),
]
# locale/ is ours and comes first: makemessages writes only there. locale_overrides/ holds
# Finnish and Swedish for the Wagtail and wagtail-localize strings their own catalogues lack,
# edited by hand; LOCALE_PATHS outrank app catalogues, so these fill the gaps (README, "Translations").
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_overrides"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "simple"
# A new translation starts as a draft with the source text; it goes live only when an editor publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
# Files browsers ask for at the root (/favicon.ico), served by whitenoise.
WHITENOISE_ROOT = PROJECT_DIR / "root"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
SERVE_MEDIA = False  # the reverse proxy serves uploads in production

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Redis when REDIS_URL is set (production requires it: the rate limits and the page
# frame must be shared by every worker); otherwise each process keeps its own memory
# cache, so `make run` needs no services. Renditions get their own alias: see
# home/cache_backends.py.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "home.cache_backends.RedisCache", "LOCATION": REDIS_URL},
        "renditions": {"BACKEND": "home.cache_backends.RenditionRedisCache", "LOCATION": REDIS_URL},
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "renditions": {"BACKEND": "home.cache_backends.RenditionLocMemCache", "LOCATION": "renditions"},
    }
CACHES["default"]["KEY_PREFIX"] = "tt"
CACHES["renditions"]["KEY_PREFIX"] = "tt-renditions"

# Per-visitor limits (home/ratelimit.py, counted by django-ratelimit in the default cache). Behind the
# site's own reverse proxy set TRUST_X_FORWARDED_FOR=1; TRUSTED_PROXY_COUNT is how many proxies append
# to X-Forwarded-For (1 for TLS proxy → Varnish → gunicorn on one machine, see home/ratelimit.py).
TRUST_X_FORWARDED_FOR = os.environ.get("TRUST_X_FORWARDED_FOR", "").strip().lower() in ("1", "true", "yes", "on")
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
RATELIMIT_FAIL_OPEN = True  # a count lost between two cache calls lets the request through, never refuses it
SEARCH_RATE_LIMIT = (60, 60)  # site search and the deed listing's ?q=: (searches, seconds) per visitor

# Varnish in front (deploy/varnish/): anonymous pages are kept this long unless a change bans them
# first (home/http_cache.py, home/invalidation.py). Without VARNISH_URL nothing is purged or banned.
HTTP_CACHE_SECONDS = int(os.environ.get("HTTP_CACHE_SECONDS", 600))
VARNISH_URL = os.environ.get("VARNISH_URL", "")
WAGTAILFRONTENDCACHE = (
    {"varnish": {"BACKEND": "home.http_cache.VarnishBackend", "LOCATION": VARNISH_URL}} if VARNISH_URL else {}
)

WAGTAIL_SITE_NAME = "Tekojen tori"
# Links in emails; production requires it (https://...). The default suits `make run`.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
PRODUCTION = False  # production.py: True
# Finnish-aware search on PostgreSQL, Wagtail's plain database search on SQLite (home/search/).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "home.search.backend"}}
# Office files and PDFs, podcast audio (only what Apple Podcasts and Spotify play), webinar recordings,
# their WebVTT captions and podcast transcripts (WebVTT, SRT).
WAGTAILDOCS_EXTENSIONS = [
    *["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"],
    *["mp3", "m4a", "aac"],
    *["mp4", "webm", "m4v", "mov", "ogv", "vtt", "srt"],
]
# Audio and transcripts are checked by their content, not only their names (uutiset/document_forms.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "uutiset.document_forms.DocumentForm"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Only the video services that the Content-Security-Policy lets the pages frame (VIDEO_PLAYER_ORIGINS).
WAGTAILEMBEDS_FINDERS = [{"class": "wagtail.embeds.finders.oembed", "providers": [youtube, vimeo]}]
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # editors' avatars are not looked up (nor their e-mail hashes sent) abroad
WAGTAILFORMS_HELP_TEXT_ALLOW_HTML = False

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Tekojen tori <noreply@tekojentori.fi>")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", 30))  # seconds: a hung mail server fails a message, not a worker

# Background work (django-tasks). Wagtail's own tasks (search index, references) run at once, as
# before; newsletters go through the database queue to `manage.py newsletter_worker` (uutiskirje/sending.py).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "newsletter": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["newsletter"]},
}
NEWSLETTER_BATCH_SIZE = int(os.environ.get("NEWSLETTER_BATCH_SIZE", 200))
NEWSLETTER_MAX_ATTEMPTS = 3  # tries per address when the mail server fails for a while
NEWSLETTER_RETRY_SECONDS = 15 * 60
# Each sending worker's note of its batch (uutiskirje/journal.py): on a disk that outlives the worker.
NEWSLETTER_JOURNAL_DIR = os.environ.get("NEWSLETTER_JOURNAL_DIR", str(BASE_DIR / "var" / "newsletter"))

# A database outage logs one line per episode instead of a traceback per request, and a request for
# a host not in ALLOWED_HOSTS one warning line (home/faults.py). Production adds its handlers.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "database_outage": {"()": "home.faults.DatabaseOutageFilter"},
        "no_traceback": {"()": "home.faults.NoTracebackFilter"},
    },
    "loggers": {
        "django.request": {"filters": ["database_outage"]},
        "django.security.DisallowedHost": {"filters": ["no_traceback"]},
    },
}

# Security headers (home/security_headers.py). The public pages have no inline script or style: their
# only inline <script> is JSON-LD, whose hash the middleware adds to script-src. Video players are the
# only third-party content. Wagtail's admin writes inline scripts and styles, so it has a looser policy
# of its own; its preview panel frames the admin's own pages.
VIDEO_PLAYER_ORIGINS = ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],  # the editors' userbar
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "media-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "frame-src": VIDEO_PLAYER_ORIGINS,
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        # data: and blob: for Wagtail's icons and image uploads; embed thumbnails in the editor.
        "img-src": ["'self'", "data:", "blob:", "https://i.ytimg.com", "https://i.vimeocdn.com"],
        "media-src": ["'self'", "blob:"],
        "font-src": ["'self'", "data:"],
        "frame-src": ["'self'", *VIDEO_PLAYER_ORIGINS],
        "connect-src": ["'self'", "https://releases.wagtail.org"],  # the dashboard's notice of a new Wagtail
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Nothing on the site uses these; video players get full screen and picture-in-picture.
PERMISSIONS_POLICY = {
    **dict.fromkeys(
        [
            *["accelerometer", "ambient-light-sensor", "autoplay", "bluetooth", "browsing-topics", "camera"],
            *["display-capture", "geolocation", "gyroscope", "hid", "idle-detection"],
            *["magnetometer", "microphone", "midi", "payment", "serial", "usb", "xr-spatial-tracking"],
        ],
        [],
    ),
    **dict.fromkeys(["fullscreen", "picture-in-picture", "encrypted-media"], ["self", *VIDEO_PLAYER_ORIGINS]),
}
