"""A real browser against a live server holding the demo site.

The demo content is built once per session, straight into the test database,
and the live server and Chromium are shared by every check: building the site
per test would take minutes. These tests use no ``db`` fixture, so
pytest-django runs them after the database tests; the database is flushed
afterwards so nothing leaks.
"""

import os
import shutil
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

from home.models import AccessibilityStatementPage, FormPage, HomePage, StandardPage

PAGE_TYPES = [HomePage, StandardPage, FormPage, AccessibilityStatementPage]
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
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
        demo = SimpleNamespace(paths=demo_paths(), richest_page=richest_page())
        server = LiveServer("localhost")
        server._live_server_modified_settings.enable()
        demo.url = server.url
        try:
            yield demo
        finally:
            server._live_server_modified_settings.disable()
            server.stop()
            call_command("flush", interactive=False, verbosity=0)


@pytest.fixture(scope="session")
def browser():
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
