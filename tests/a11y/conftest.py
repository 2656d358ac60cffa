"""A real browser against a live server holding the demo site.

The demo content is the session's (``demo_site``, tests/conftest.py), committed
to the test database, and the live server and Chromium are shared by every
check: building the site per test would take minutes. These tests use no ``db``
fixture; they run last, with the other tests of the demo.
"""

import os
import shutil
from types import SimpleNamespace

import pytest
from django.test import override_settings
from django.utils import timezone
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

from gaala.models import GalaPage
from home.models import StandardPage
from teot.models import Deed, DeedIndexPage
from tests.page_types import PAGE_TYPES
from uutiset.models import (
    NewsIndexPage,
    NewsPage,
    WebinarPage,
)

LANGUAGES = ["fi", "sv", "en"]

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def demo(demo_site, django_db_blocker):
    with django_db_blocker.unblock():
        demo = SimpleNamespace(
            paths=demo_paths(),
            richest_page=richest_page(),
            deeds=deed_paths(),
            communications=communication_paths(),
            galas=newest_galas(),
        )
        server = LiveServer("localhost")
        server._live_server_modified_settings.enable()
        # The browser submits the deed form, the form pages and the newsletter sign-up several times, as fast
        # as it can.
        spam_limits = override_settings(
            TEOT_SUBMISSION_MIN_SECONDS=0,
            TEOT_SUBMISSION_RATE_LIMIT=(1000, 3600),
            FORM_MIN_SECONDS=0,
            NEWSLETTER_MIN_SECONDS=0,
            NEWSLETTER_RATE_LIMIT=(1000, 3600),
            FORM_RATE_LIMIT=(1000, 3600),
        )
        spam_limits.enable()
        demo.url = server.url
        try:
            yield demo
        finally:
            spam_limits.disable()
            server._live_server_modified_settings.disable()
            server.stop()


# Per module: Playwright's sync API runs an event loop in the main thread while it is open, and Django
# refuses database calls from a thread with a running loop (SynchronousOnlyOperation) in later tests.
# After the demo: loading it is such a call, and a browser test not reading the demo may run just before.
@pytest.fixture(scope="module")
def browser(demo):
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium package (make test does).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def demo_paths():
    """The path of one live page of each type in each language (None if missing)."""
    paths = {}
    for model in PAGE_TYPES:
        for language in LANGUAGES:
            page = model.objects.live().filter(locale__language_code=language).order_by("path").first()
            paths[model.__name__, language] = page.get_url() if page else None
    return paths


def richest_page():
    """The Finnish standard page that uses the most kinds of block, with its block types."""
    pages = StandardPage.objects.live().filter(locale__language_code="fi")
    page = max(pages, key=lambda p: len({block.block_type for block in p.body}))
    return SimpleNamespace(path=page.get_url(), block_types={block.block_type for block in page.body})


def deed_paths():
    """Per language: the marketplace's views, a filtered and an empty listing, and a deed."""
    paths = {}
    for language in LANGUAGES:
        index = DeedIndexPage.objects.live().get(locale__language_code=language)
        base = index.get_url()
        deed = Deed.objects.filter(live=True, locale=index.locale).prefetch_related("sectors").first()
        sector = deed.sectors.all()[0]
        paths[language] = {
            "listing": base,
            "filtered": f"{base}?sector={sector.slug}&year={deed.year}&sort=title",
            "empty": f"{base}?q=zzzqqqxxx",
            "deed": index.deed_url(deed),
            "submit": base + index.reverse_subpage("submit"),
            "statistics": base + index.reverse_subpage("statistics"),
            "open_data": base + index.reverse_subpage("open_data"),
        }
    return paths


def communication_paths():
    """Per language: the news listing (plain, filtered, empty), a story series, and past and upcoming webinars."""
    paths = {}
    now = timezone.now()
    for language in LANGUAGES:
        news_index = NewsIndexPage.objects.live().get(locale__language_code=language)
        news = NewsPage.objects.live().filter(locale__language_code=language, series__isnull=False)
        in_series = news.select_related("series").first()
        webinars = WebinarPage.objects.live().filter(locale__language_code=language)
        paths[language] = {
            "news_filtered": f"{news_index.get_url()}?series={in_series.series.slug}&year={in_series.date.year}",
            "news_empty": f"{news_index.get_url()}?year=1999",
            "series": news_index.series_url(in_series.series),
            "upcoming_webinar": webinars.filter(ends_at__gt=now).order_by("starts_at").first().get_url(),
            "past_webinar": webinars.filter(ends_at__lte=now).order_by("-starts_at").first().get_url(),
        }
    return paths


def newest_galas():
    """Per language: the newest live gala's address and times (tests travel to before and after it)."""
    galas = {}
    for language in LANGUAGES:
        gala = GalaPage.objects.live().filter(locale__language_code=language).order_by("-starts_at").first()
        galas[language] = SimpleNamespace(url=gala.get_url(), starts_at=gala.starts_at, ends_at=gala.ends_at)
    return galas
