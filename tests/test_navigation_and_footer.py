"""Main menu, breadcrumbs and footer follow the visitor's language."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import PageViewRestriction

from home.models import SiteSettings
from tests import factories
from tests.utils import nav, soup


@pytest.fixture
def menu_pages(homes):
    fi = homes["fi"]
    pages = {
        "in_menu": factories.StandardPageFactory(parent=fi, title="Kunteko 2020", show_in_menus=True),
        "not_in_menu": factories.StandardPageFactory(parent=fi, title="Piilossa valikosta", show_in_menus=False),
        "draft": factories.StandardPageFactory(parent=fi, title="Luonnos", show_in_menus=True, live=False),
        "private": factories.StandardPageFactory(parent=fi, title="Yksityinen", show_in_menus=True),
    }
    PageViewRestriction.objects.create(page=pages["private"], restriction_type="password", password="salaisuus")
    pages["grandchild"] = factories.StandardPageFactory(parent=pages["in_menu"], title="Alasivu", show_in_menus=True)
    pages["swedish"] = factories.StandardPageFactory(parent=homes["sv"], title="Bara på svenska", show_in_menus=True)
    return pages


def menu_of(client, url, language):
    """The main menu's links as (text, href, aria-current)."""
    # Found by its accessible name, in whatever words the catalogue has for it.
    with translation.override(language):
        label = gettext("Main menu")
    menu = nav(soup(client.get(url)), label)
    return [(a.get_text(strip=True), a["href"], a.get("aria-current")) for a in menu.find_all("a")]


def test_main_menu_lists_live_public_menu_children_of_the_finnish_home(client, menu_pages):
    items = menu_of(client, "/fi/", "fi")

    assert [(text, href) for text, href, _ in items[1:]] == [("Kunteko 2020", menu_pages["in_menu"].get_url())]
    # The first item is the home page, the current page here.
    assert items[0][1:] == ("/fi/", "page")


def test_main_menu_lists_the_swedish_home_pages_children_on_swedish_pages(client, menu_pages):
    items = menu_of(client, "/sv/", "sv")

    assert [(text, href) for text, href, _ in items[1:]] == [("Bara på svenska", menu_pages["swedish"].get_url())]


def test_main_menu_marks_the_current_page(client, menu_pages):
    page = menu_pages["in_menu"]
    items = menu_of(client, page.get_url(), "fi")

    assert (page.title, page.get_url(), "page") in items
    assert items[0][2] is None


def breadcrumb_trails(response):
    """Every <nav> holding an ordered list: the breadcrumb trail."""
    return [nav for nav in soup(response).find_all("nav") if nav.find("ol")]


def test_breadcrumbs_on_a_nested_page(client, home_page):
    parent = factories.StandardPageFactory(parent=home_page, title="Ohjelmat", slug="ohjelmat")
    page = factories.StandardPageFactory(parent=parent, title="Kuntatyö2030", slug="kuntatyo2030")

    trails = breadcrumb_trails(client.get(page.get_url()))

    assert len(trails) == 1
    items = trails[0].find_all("li")
    assert [item.a["href"] if item.a else None for item in items] == ["/fi/", "/fi/ohjelmat/", None]
    assert items[1].get_text(strip=True) == "Ohjelmat"
    assert items[2].find(attrs={"aria-current": "page"}).get_text(strip=True) == "Kuntatyö2030"


def test_breadcrumbs_follow_the_language(client, homes):
    page = factories.StandardPageFactory(parent=homes["fi"], title="Ohjelmat")
    swedish = factories.translate(page, "sv", title="Program", slug="program")

    trails = breadcrumb_trails(client.get(swedish.get_url()))

    items = trails[0].find_all("li")
    assert [item.a["href"] if item.a else None for item in items] == [homes["sv"].get_url(), None]
    assert items[1].get_text(strip=True) == "Program"


def test_no_breadcrumbs_on_the_home_page(client, home_page):
    assert breadcrumb_trails(client.get("/fi/")) == []


@pytest.fixture
def footer_setup(homes):
    statement = factories.AccessibilityStatementPageFactory(parent=homes["fi"], slug="saavutettavuusseloste")
    privacy = factories.StandardPageFactory(parent=homes["fi"], title="Tietosuojaseloste", slug="tietosuoja")
    swedish_statement = factories.translate(statement, "sv", slug="tillganglighetsutlatande")
    swedish_privacy = factories.translate(privacy, "sv", slug="dataskydd")
    site_settings = SiteSettings.for_site(homes["fi"].get_site())
    site_settings.contact_email = "info@tekojentori.fi"
    site_settings.contact_phone = "09 771 2000"
    site_settings.linkedin_url = "https://www.linkedin.com/company/tekojentori"
    site_settings.youtube_url = "https://www.youtube.com/@tekojentori"
    site_settings.accessibility_statement = statement
    site_settings.privacy_notice = privacy
    site_settings.save()
    factories.FooterTextFactory(body="<p>Suomenkielinen yhteystieto</p>", locale=factories.get_locale("fi"))
    factories.FooterTextFactory(body="<p>Svensk kontaktinformation</p>", locale=factories.get_locale("sv"))
    return {
        "statement": {"fi": statement, "sv": swedish_statement},
        "privacy": {"fi": privacy, "sv": swedish_privacy},
    }


def footer(client, url):
    document = soup(client.get(url))
    element = document.find("footer")
    assert element is not None
    return element


def test_footer_shows_the_footer_text_of_the_visitors_language(client, footer_setup):
    assert "Svensk kontaktinformation" in footer(client, "/sv/").get_text()
    assert "Suomenkielinen yhteystieto" not in footer(client, "/sv/").get_text()
    assert "Suomenkielinen yhteystieto" in footer(client, "/fi/").get_text()


def test_footer_falls_back_to_the_finnish_text(client, footer_setup):
    text = footer(client, "/en/").get_text()
    assert "Suomenkielinen yhteystieto" in text
    assert "Svensk kontaktinformation" not in text


def test_footer_shows_contact_details_and_social_links(client, footer_setup):
    hrefs = [a["href"] for a in footer(client, "/en/").find_all("a")]
    assert "mailto:info@tekojentori.fi" in hrefs
    assert "tel:097712000" in hrefs
    assert "https://www.linkedin.com/company/tekojentori" in hrefs
    assert "https://www.youtube.com/@tekojentori" in hrefs
    assert not [href for href in hrefs if "facebook" in href or "instagram" in href]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_footer_links_to_statement_and_privacy_notice_in_the_visitors_language(client, footer_setup, language):
    hrefs = [a["href"] for a in footer(client, f"/{language}/").find_all("a")]
    assert footer_setup["statement"][language].get_url() in hrefs
    assert footer_setup["privacy"][language].get_url() in hrefs


def test_footer_links_to_the_finnish_pages_when_no_translation_exists(client, footer_setup):
    hrefs = [a["href"] for a in footer(client, "/en/").find_all("a")]
    assert "/fi/saavutettavuusseloste/" in hrefs
    assert "/fi/tietosuoja/" in hrefs
