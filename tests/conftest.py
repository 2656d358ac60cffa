"""Fixtures shared by the feature tests and the browser tests (tests/a11y/ adds its own)."""

import os
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django.test.utils import setup_databases, teardown_databases
from django.utils import translation

from tests import demo, factories


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Wagtail caches the site root paths; a rolled-back test must not leave
    # the next one with URLs of pages that no longer exist.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    # A test client's request leaves its URL's language active in the thread (LocaleMiddleware), so a
    # test after one that asked for a Swedish page would reverse Swedish URLs: each starts afresh.
    yield
    translation.deactivate()


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(scope="class")
def class_media_root(tmp_path_factory):
    """A MEDIA_ROOT for data built once per class (``media_root`` is per test); per test outside a class."""
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield settings.MEDIA_ROOT


@pytest.fixture
def locales(db):
    return {code: factories.get_locale(code) for code in factories.LANGUAGES}


@pytest.fixture
def home_page(locales):
    """The Finnish home page, root of the default site."""
    return factories.site_home()


@pytest.fixture
def homes(home_page):
    """The home page in Finnish, Swedish and English."""
    return factories.translated_homes()


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(
        username="paatoimittaja", email="paatoimittaja@tekojentori.fi", password="salasana"
    )


@pytest.fixture
def editor_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture(scope="session")
def test_database(request, django_db_setup, django_db_blocker):
    """The test database, even when only tests without the ``db`` fixture run (``pytest tests/a11y``).

    pytest-django creates it only if some collected test is marked django_db; without this, the demo would be
    loaded into the developer's own database and flushed afterwards.
    """
    if any(item.get_closest_marker("django_db") for item in request.session.items):
        yield
        return
    with django_db_blocker.unblock():
        databases = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    yield
    with django_db_blocker.unblock():
        teardown_databases(databases, verbosity=0)


@pytest.fixture(scope="session")
def demo_site(request, test_database, django_db_blocker):
    """The demo content, loaded and committed, flushed at the end of the session: see tests/demo.py."""
    with django_db_blocker.unblock():
        loaded = demo.load_demo(demo.snapshots(request.session.items))
    yield loaded
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)


@pytest.fixture(scope="session")
def demo_run_twice(demo_site, django_db_blocker):
    """The demo after a second ``load_demo_content``, for the tests that check it changes nothing (``demo.GROUP``)."""
    with django_db_blocker.unblock():
        return demo.load_again(demo_site)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    demo.demo_last(items)


def pytest_configure(config):
    # Whitenoise looks for collected static files, which tests never collect.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker and settings.REDIS_URL:
        own_redis_database(int(worker.removeprefix("gw")))


def own_redis_database(number):
    """Each xdist worker (gw0, gw1, …) its own Redis database, the given one's number minus the worker's.

    The tests clear the cache around each test, and a page cached from one worker's database would be
    wrong in the other's. Set before any cache is opened; the servers the tests start inherit it.
    """
    url = urlsplit(settings.REDIS_URL)
    location = url._replace(path=f"/{(int(url.path.strip('/') or 0) - number) % 16}").geturl()
    os.environ["REDIS_URL"] = settings.REDIS_URL = location
    for alias in settings.CACHES.values():
        if alias.get("LOCATION") == url.geturl():
            alias["LOCATION"] = location
