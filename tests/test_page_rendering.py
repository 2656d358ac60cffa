"""Every page type renders in Finnish, Swedish and English with the shared page frame."""

import pytest

from tests import factories
from tests.utils import head_links, soup

LANGUAGES = ["fi", "sv", "en"]


def make_home(homes):
    return homes


def make_standard_page(homes):
    parent = factories.StandardPageFactory(parent=homes["fi"], title="Ohjelmat", slug="ohjelmat")
    return factories.StandardPageFactory(parent=parent, title="Kuntatyö2030", slug="kuntatyo2030")


def make_form_page(homes):
    page = factories.FormPageFactory(parent=homes["fi"], title="Hae sparrausta", slug="sparraus")
    factories.FormFieldFactory(page=page, label="Nimi")
    return page


def make_accessibility_statement(homes):
    return factories.AccessibilityStatementPageFactory(
        parent=homes["fi"], title="Saavutettavuusseloste", slug="saavutettavuus"
    )


def translate_with_ancestors(page):
    """The page in every language, its ancestors translated first."""
    for ancestor in page.get_ancestors().filter(depth__gt=2).specific():
        for code in ("sv", "en"):
            factories.translate(ancestor, code)
    pages = {"fi": page}
    for code in ("sv", "en"):
        pages[code] = factories.translate(page, code)
    return pages


@pytest.fixture(
    params=[make_home, make_standard_page, make_form_page, make_accessibility_statement],
    ids=["HomePage", "StandardPage", "FormPage", "AccessibilityStatementPage"],
)
def translated_page(request, homes):
    """A page of one type, published in all three languages."""
    made = request.param(homes)
    if isinstance(made, dict):  # the home pages are translated already
        return made
    return translate_with_ancestors(made)


def test_page_renders_in_each_language(client, translated_page, subtests):
    absolute = {code: f"http://testserver{page.get_url()}" for code, page in translated_page.items()}
    for language, page in translated_page.items():
        with subtests.test(language=language):
            url = page.get_url()
            assert url.startswith(f"/{language}/")

            response = client.get(url)

            assert response.status_code == 200
            document = soup(response)
            assert document.html["lang"] == language
            headings = document.find_all("h1")
            assert len(headings) == 1
            assert headings[0].get_text(strip=True) == page.title
            assert len(document.find_all("main")) == 1
            assert document.main["id"] == "main-content"
            assert document.body.find("a")["href"] == "#main-content", "the skip link must be the first link"
            assert head_links(document, "canonical") == {None: absolute[language]}
            assert head_links(document, "alternate") == {**absolute, "x-default": absolute["fi"]}


def test_alternates_list_only_existing_translations(client, homes):
    page = factories.StandardPageFactory(parent=homes["fi"], title="Vain suomeksi ja ruotsiksi")
    swedish = factories.translate(page, "sv")

    response = client.get(swedish.get_url())

    alternates = head_links(soup(response), "alternate")
    assert alternates == {
        "fi": f"http://testserver{page.get_url()}",
        "sv": f"http://testserver{swedish.get_url()}",
        "x-default": f"http://testserver{page.get_url()}",
    }


def test_draft_translation_is_not_an_alternate(client, homes):
    page = factories.StandardPageFactory(parent=homes["fi"], title="Luonnos käännetty")
    page.copy_for_translation(factories.get_locale("en"))  # a draft, never published

    alternates = head_links(soup(client.get(page.get_url())), "alternate")
    assert set(alternates) == {"fi", "x-default"}


def test_page_with_an_image_shares_it(client, home_page, media_root):
    image = factories.ImageFactory(file__width=1600, file__height=900)
    page = factories.StandardPageFactory(parent=home_page, social_image=image)

    document = soup(client.get(page.get_url()))

    og_image = document.head.find("meta", property="og:image")
    assert og_image is not None
    assert og_image["content"].startswith("http://testserver/")
    assert document.head.find("meta", property="og:image:width")["content"] == "1200"


def test_home_page_shares_its_hero_image_when_it_has_no_social_image(client, home_page, media_root):
    home_page.hero_image = factories.ImageFactory(file__width=1600, file__height=1000)
    home_page.hero_image_alt = "Hoitajat kahvitauolla"
    home_page.save()

    document = soup(client.get("/fi/"))

    assert document.head.find("meta", property="og:image") is not None
    assert document.main.find("img", alt="Hoitajat kahvitauolla") is not None


def test_canonical_link_ignores_query_strings(client, home_page):
    page = factories.StandardPageFactory(parent=home_page, slug="ohjelma")

    document = soup(client.get(page.get_url(), {"utm_source": "uutiskirje"}))

    assert head_links(document, "canonical") == {None: "http://testserver/fi/ohjelma/"}


def test_the_site_has_a_favicon_that_pages_link_to(client, home_page):
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200
    assert icon["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    assert b"".join(icon.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file

    link = soup(client.get(home_page.url)).find("link", rel="icon")
    assert link["href"] == "/favicon.ico"
