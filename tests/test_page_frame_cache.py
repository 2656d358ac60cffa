"""The page frame, routes and view restrictions come from the cache and follow every change at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests import factories
from tests.utils import soup

pytestmark = pytest.mark.django_db


def menu_texts(response):
    return [a.get_text(strip=True) for a in soup(response).select("nav.main-nav a")]


def footer_text(response):
    return soup(response).select_one("footer.site-footer").get_text(" ", strip=True)


def language_links(response):
    return {a["lang"]: a["href"] for a in soup(response).select("nav.language-switcher a")}


def test_a_renamed_menu_page_shows_its_new_title_in_every_menu(client, homes):
    page = factories.StandardPageFactory(parent=homes["fi"], title="Kunteko 2020", show_in_menus=True)
    assert "Kunteko 2020" in menu_texts(client.get("/fi/"))  # now cached

    page.title = "Kuntatyö2030"
    page.save_revision().publish()

    assert "Kuntatyö2030" in menu_texts(client.get("/fi/"))
    assert "Kunteko 2020" not in menu_texts(client.get(page.get_url()))


def test_an_edited_footer_text_shows_on_the_next_page_view(client, homes):
    footer = factories.FooterTextFactory(body="<p>Kuntatyönantajat KT</p>")
    assert "Kuntatyönantajat KT" in footer_text(client.get("/fi/"))

    footer.body = "<p>Keva ja KT</p>"
    footer.save()

    assert "Keva ja KT" in footer_text(client.get("/fi/"))


def test_a_published_translation_joins_the_language_switcher(client, homes):
    page = factories.StandardPageFactory(parent=homes["fi"], title="Sparraus")
    assert language_links(client.get(page.get_url()))["sv"] == homes["sv"].get_url() + "?untranslated=1"  # none yet

    swedish = factories.translate(page, "sv", title="Sparrning")

    assert language_links(client.get(page.get_url()))["sv"] == swedish.get_url()


def test_a_route_follows_a_new_slug(client, homes):
    page = factories.StandardPageFactory(parent=homes["fi"], title="Sparraus", slug="sparraus")
    assert client.get("/fi/sparraus/").status_code == 200  # the route is now cached

    page.slug = "tyopaikkasparraus"
    page.save_revision().publish()

    assert client.get("/fi/sparraus/").status_code == 404
    assert client.get("/fi/tyopaikkasparraus/").status_code == 200


def test_a_moved_page_is_served_at_its_new_address_only(client, homes):
    section = factories.StandardPageFactory(parent=homes["fi"], title="Ohjelma", slug="ohjelma")
    page = factories.StandardPageFactory(parent=homes["fi"], title="Sparraus", slug="sparraus")
    assert client.get("/fi/sparraus/").status_code == 200

    page.move(section, pos="last-child")

    old = client.get("/fi/sparraus/")
    assert (old.status_code, old["Location"]) == (301, "/fi/ohjelma/sparraus/")  # Wagtail's automatic redirect
    assert client.get("/fi/ohjelma/sparraus/").status_code == 200


def test_unpublished_and_deleted_pages_are_no_longer_served(client, homes):
    kept = factories.StandardPageFactory(parent=homes["fi"], slug="pysyy")
    gone = factories.StandardPageFactory(parent=homes["fi"], slug="poistuu")
    assert client.get("/fi/pysyy/").status_code == client.get("/fi/poistuu/").status_code == 200

    kept.unpublish()
    gone.delete()

    assert client.get("/fi/pysyy/").status_code == client.get("/fi/poistuu/").status_code == 404


def test_a_page_made_private_asks_for_its_password_at_once(client, homes):
    page = factories.StandardPageFactory(
        parent=homes["fi"], slug="sisainen", body=factories.paragraph("<p>Vain henkilöstölle.</p>")
    )
    assert "Vain henkilöstölle." in client.get("/fi/sisainen/").content.decode()

    PageViewRestriction.objects.create(page=page, restriction_type="password", password="salaisuus")

    response = client.get("/fi/sisainen/")
    assert soup(response).select_one("input[name=password]") is not None
    assert "Vain henkilöstölle." not in response.content.decode()


def test_a_warm_page_view_asks_the_database_only_for_the_page(client, homes):
    """Frame, route, view restrictions and locale come from the cache: one query, the page itself."""
    page = factories.StandardPageFactory(parent=homes["fi"], title="Sparraus", show_in_menus=True)
    factories.FooterTextFactory(body="<p>Kuntatyönantajat KT</p>")
    for _ in range(2):
        client.get(page.get_url())

    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.get_url())

    assert response.status_code == 200
    assert "Sparraus" in menu_texts(response)
    assert len(queries) == 1, [query["sql"] for query in queries.captured_queries]
