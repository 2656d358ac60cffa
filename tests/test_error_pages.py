"""Error pages speak the visitor's language and keep the page structure."""

import pytest
from django.test import RequestFactory
from django.urls import get_resolver
from django.utils import translation

from home import views
from tests import factories
from tests.utils import soup


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_unknown_address_gets_the_404_page(client, homes, language):
    response = client.get(f"/{language}/tata-sivua-ei-ole/")

    assert response.status_code == 404
    document = soup(response)
    assert document.html["lang"] == language
    assert len(document.find_all("h1")) == 1
    assert document.main["id"] == "main-content"
    assert document.body.find("a")["href"] == "#main-content"
    # The way back leads to the home page in the same language.
    assert document.main.find("a", href=f"/{language}/") is not None


def test_unknown_address_under_a_page_gets_the_404_page(client, home_page):
    page = factories.StandardPageFactory(parent=home_page, slug="ohjelmat")
    response = client.get(f"{page.get_url()}ei-tata-kaan/")
    assert response.status_code == 404
    assert soup(response).html["lang"] == "fi"
    assert len(soup(response).find_all("h1")) == 1


def test_the_urlconf_uses_our_error_views():
    resolver = get_resolver()
    assert resolver.resolve_error_handler(404) is views.page_not_found
    assert resolver.resolve_error_handler(500) is views.server_error


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_server_error_page_needs_no_database(language):
    # No db fixture: any query would fail this test, as the database may be what broke.
    request = RequestFactory().get(f"/{language}/")
    with translation.override(language):
        response = views.server_error(request)

    assert response.status_code == 500
    document = soup(response)
    assert document.html["lang"] == language
    assert len(document.find_all("h1")) == 1
    assert document.main["id"] == "main-content"
    assert document.body.find("a")["href"] == "#main-content"
    assert document.main.find("a", href=f"/{language}/") is not None
