"""Fixtures shared by the feature tests (tests/a11y/ has its own)."""

import pytest
from django.core.cache import cache

from tests import factories


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Wagtail caches the site root paths; a rolled-back test must not leave
    # the next one with URLs of pages that no longer exist.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


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


def pytest_configure(config):
    # Whitenoise looks for collected static files, which tests never collect.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")
