"""Language prefixes, the Accept-Language redirect, the switcher and translated UI text."""

import pytest

from tests import factories
from tests.utils import nav, soup


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("sv", "/sv/"),
        ("sv-FI,sv;q=0.9,fi;q=0.8", "/sv/"),
        ("en", "/en/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("fi", "/fi/"),
        ("de", "/fi/"),
        (None, "/fi/"),
    ],
)
def test_root_redirects_by_accept_language(client, home_page, accept_language, expected):
    headers = {"accept-language": accept_language} if accept_language else {}
    response = client.get("/", headers=headers)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_every_language_home_page_answers(client, homes):
    for code in ("fi", "sv", "en"):
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        assert soup(response).html["lang"] == code


def test_page_without_language_prefix_is_redirected_to_one(client, home_page):
    page = factories.StandardPageFactory(parent=home_page, slug="ohjelmat")
    response = client.get("/ohjelmat/")
    assert response.status_code == 302
    assert response["Location"] == page.get_url() == "/fi/ohjelmat/"


def switcher_links(response):
    """``{language code: <a>}`` of the language switcher."""
    links = soup(response).find("a", hreflang="sv").find_parent("nav").find_all("a")
    return {link["hreflang"]: link for link in links}


def test_switcher_links_to_the_translations_of_the_page(client, homes):
    page = factories.StandardPageFactory(parent=homes["fi"], title="Sparraus", slug="sparraus")
    swedish = factories.translate(page, "sv", title="Sparrning", slug="sparrning")
    english = factories.translate(page, "en", title="Coaching", slug="coaching")

    links = switcher_links(client.get(swedish.get_url()))

    assert {code: link["href"] for code, link in links.items()} == {
        "fi": "/fi/sparraus/",
        "sv": "/sv/sparrning/",
        "en": english.get_url(),
    }
    assert {code: link.get("lang") for code, link in links.items()} == {"fi": "fi", "sv": "sv", "en": "en"}
    assert [code for code, link in links.items() if link.get("aria-current")] == ["sv"]


def test_switcher_falls_back_to_the_home_page_of_a_language_without_a_translation(client, homes):
    page = factories.StandardPageFactory(parent=homes["fi"], title="Vain suomeksi", slug="vain-suomeksi")

    links = switcher_links(client.get(page.get_url()))

    assert links["fi"]["href"] == "/fi/vain-suomeksi/"
    # The home page, which says the page is not translated (tests/test_rough_edges.py).
    assert links["sv"]["href"] == homes["sv"].get_url() + "?untranslated=1" == "/sv/?untranslated=1"
    assert links["en"]["href"] == homes["en"].get_url() + "?untranslated=1" == "/en/?untranslated=1"
    assert links["fi"]["aria-current"] == "true"
    assert not links["en"].get("aria-current")


def test_switcher_ignores_draft_translations(client, homes):
    page = factories.StandardPageFactory(parent=homes["fi"], slug="luonnos")
    page.copy_for_translation(factories.get_locale("sv"))  # never published

    links = switcher_links(client.get(page.get_url()))

    assert links["sv"]["href"] == "/sv/?untranslated=1"


UI_STRINGS = {
    "Skip to main content": {
        "fi": "Siirry pääsisältöön",
        "sv": "Hoppa till huvudinnehållet",
        "en": "Skip to main content",
    },
    "Main menu": {"fi": "Päävalikko", "sv": "Huvudmeny", "en": "Main menu"},
    "Choose language": {"fi": "Valitse kieli", "sv": "Välj språk", "en": "Choose language"},
}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_page_frame_is_translated(client, homes, language):
    document = soup(client.get(f"/{language}/"))

    skip_link = document.body.find("a")
    assert skip_link.get_text(strip=True) == UI_STRINGS["Skip to main content"][language]
    nav(document, UI_STRINGS["Main menu"][language])
    switcher = nav(document, UI_STRINGS["Choose language"][language])
    assert switcher.find("a", hreflang="sv") is not None


@pytest.mark.parametrize(
    ("language", "heading"),
    [("fi", "Sivua ei löytynyt"), ("sv", "Sidan hittades inte"), ("en", "Page not found")],
)
def test_not_found_page_is_translated(client, homes, language, heading):
    response = client.get(f"/{language}/ei-ole-olemassa/")
    assert response.status_code == 404
    assert soup(response).h1.get_text(strip=True) == heading
