"""The newsletter archive: published issues by year, newest first, each a web page, and an RSS feed."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from tests import factories
from tests.utils import soup
from uutiset.models import NewsPage
from uutiskirje.models import NewsletterIndexPage, NewsletterIssuePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(home_page):
    return factories.NewsletterIndexPageFactory(parent=home_page, title="Uutiskirje", slug="uutiskirje")


def issue(archive, title, date, **fields):
    return factories.NewsletterIssuePageFactory(parent=archive, title=title, date=date, **fields)


def test_issues_are_listed_by_year_newest_first(client, archive):
    issue(archive, "Syksy 2025", datetime.date(2025, 10, 1))
    issue(archive, "Kevät 2026", datetime.date(2026, 3, 1), preheader="Uudet teot ja gaala.")
    issue(archive, "Syksy 2026", datetime.date(2026, 9, 15))
    draft = issue(archive, "Luonnos", datetime.date(2026, 11, 1))
    draft.unpublish()

    page = soup(client.get("/fi/uutiskirje/"))
    years = [
        (section.h2.get_text(strip=True), [a.get_text(strip=True) for a in section.select("li a")])
        for section in page.select("main section")
    ]
    assert years == [("2026", ["Syksy 2026", "Kevät 2026"]), ("2025", ["Syksy 2025"])]
    assert "Uudet teot ja gaala." in page.main.get_text()
    assert page.select_one("main a[href='/fi/uutiskirje/tilaa/']")  # the sign-up, from the archive
    assert page.select_one("link[type='application/rss+xml']")["href"] == "/fi/uutiskirje/syote/"


def test_an_issue_is_a_web_page(client, archive):
    body = factories.paragraph("<p>Lue lisää kehittämisteoista.</p>")
    issue(archive, "Syksyn kirje", datetime.date(2026, 9, 15), intro="Syksyn kuulumiset.", body=body)
    page = soup(client.get("/fi/uutiskirje/syksyn-kirje/"))
    assert page.h1.get_text(strip=True) == "Syksyn kirje"
    assert page.select_one("main time")["datetime"] == "2026-09-15"
    assert "Syksyn kuulumiset." in page.main.get_text() and "Lue lisää kehittämisteoista." in page.main.get_text()
    assert page.select_one("main a[href='/fi/uutiskirje/']")


def test_the_feed_lists_the_published_issues(client, archive):
    issue(archive, "Kevät", datetime.date(2026, 3, 1), preheader="Keväällä tapahtuu.")
    issue(archive, "Syksy", datetime.date(2026, 9, 1))
    response = client.get("/fi/uutiskirje/syote/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    items = [
        (item.findtext("title"), item.findtext("link"), item.findtext("description")) for item in channel.iter("item")
    ]
    assert items == [
        ("Syksy", "http://testserver/fi/uutiskirje/syksy/", "Uusia tekoja ja webinaareja."),
        ("Kevät", "http://testserver/fi/uutiskirje/kevat/", "Keväällä tapahtuu."),
    ]
    assert channel.findtext("language") == "fi"


def test_the_archive_costs_the_same_whatever_the_number_of_issues(client, archive):
    def cost():
        client.get("/fi/uutiskirje/")  # the frame and the route, cached once
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/fi/uutiskirje/").status_code == 200
        return len(queries)

    issue(archive, "Eka", datetime.date(2025, 1, 1))
    few = cost()
    for month in range(2, 10):
        issue(archive, f"Kirje {month}", datetime.date(2026, month, 1))
    assert cost() == few


def test_issues_live_only_in_the_archive():
    assert NewsletterIssuePage.allowed_parent_page_models() == [NewsletterIndexPage]
    assert NewsletterIndexPage.allowed_subpage_models() == [NewsletterIssuePage]


def test_the_demo_issues_show_their_cards_in_the_readers_language(demo_site, client):
    """The demo names each card's item by its Finnish slug; a reader gets the item's translation where there is one,
    else the Finnish item marked as Finnish."""
    translated = NewsPage.objects.get(locale__language_code="fi", slug="limingan-kehittamisvartti")
    untranslated = NewsPage.objects.get(locale__language_code="fi", slug="kehittaminen-jatkuu-tekojen-torilla")
    for code in ("fi", "sv", "en"):
        titles = {}
        for slug in ("hyva-kiertamaan-kampanjan-satoa", "tekojen-tori-uudistui"):
            finnish = NewsletterIssuePage.objects.get(locale__language_code="fi", slug=slug)
            page = finnish.get_translation(Locale.objects.get(language_code=code))
            card = soup(client.get(page.url)).select_one(".content-card .card__title")
            titles[slug] = (card.get_text(strip=True), card.get("lang"))

        shown = translated.get_translation(Locale.objects.get(language_code=code)).title
        assert titles["hyva-kiertamaan-kampanjan-satoa"] == (shown, None)
        assert titles["tekojen-tori-uudistui"] == (untranslated.title, None if code == "fi" else "fi")
