"""Search engines get every live public page of every language, with its translations: the page tree,
each live deed's page, story series, statistics and open data, split into an index past the limit."""

import datetime
import math
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from home import http_cache
from home import sitemap as sitemaps
from teot.models import Deed
from tests import factories
from uutiset.models import NewsPage

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
BASE = "http://testserver"


def sitemap_entries(client, url="/sitemap.xml"):
    """``{location: {hreflang: href}}`` from a sitemap file."""
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['sm']}}}urlset"
    entries = {}
    for url in root.findall("sm:url", NS):
        lastmod = url.find("sm:lastmod", NS)
        if lastmod is not None:
            assert datetime.datetime.fromisoformat(lastmod.text).tzinfo is not None
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}
        assert all(link.get("rel") == "alternate" for link in url.findall("xhtml:link", NS))
        entries[url.find("sm:loc", NS).text] = alternates
    return entries


@pytest.fixture
def site_pages(homes):
    fi = homes["fi"]
    translated = factories.StandardPageFactory(parent=fi, title="Kunteko 2020", slug="kunteko")
    swedish = factories.translate(translated, "sv", slug="kunteko-sv")  # published, so it has a lastmod
    finnish_only = factories.StandardPageFactory(parent=fi, title="Vain suomeksi", slug="vain-suomeksi")
    draft = factories.StandardPageFactory(parent=fi, title="Luonnos", slug="luonnos", live=False)
    private = factories.StandardPageFactory(parent=fi, title="Yksityinen", slug="yksityinen")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="salaisuus")
    under_private = factories.StandardPageFactory(parent=private, title="Salainen alasivu", slug="alasivu")
    return {
        "translated": translated,
        "swedish": swedish,
        "finnish_only": finnish_only,
        "draft": draft,
        "private": private,
        "under_private": under_private,
    }


def test_sitemap_lists_live_pages_of_every_language(client, homes, site_pages):
    entries = sitemap_entries(client)

    assert set(entries) == {
        f"{BASE}/fi/",
        f"{BASE}/sv/",
        f"{BASE}/en/",
        f"{BASE}/fi/kunteko/",
        f"{BASE}/sv/kunteko-sv/",
        f"{BASE}/fi/vain-suomeksi/",
    }


def test_sitemap_entries_name_their_translations(client, homes, site_pages):
    entries = sitemap_entries(client)

    home_alternates = {"fi": f"{BASE}/fi/", "sv": f"{BASE}/sv/", "en": f"{BASE}/en/"}
    for language in ("fi", "sv", "en"):
        assert entries[f"{BASE}/{language}/"] == home_alternates
    page_alternates = {"fi": f"{BASE}/fi/kunteko/", "sv": f"{BASE}/sv/kunteko-sv/"}
    assert entries[f"{BASE}/fi/kunteko/"] == page_alternates
    assert entries[f"{BASE}/sv/kunteko-sv/"] == page_alternates
    assert entries[f"{BASE}/fi/vain-suomeksi/"] == {}


def test_sitemap_dates_published_pages(client, site_pages):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    lastmods = {url.find("sm:loc", NS).text: url.find("sm:lastmod", NS) for url in root.findall("sm:url", NS)}

    lastmod = lastmods[f"{BASE}/sv/kunteko-sv/"]
    assert datetime.datetime.fromisoformat(lastmod.text) == site_pages["swedish"].last_published_at


def test_sitemap_leaves_out_unpublished_translations(client, homes, site_pages):
    site_pages["finnish_only"].copy_for_translation(factories.get_locale("en"))  # a draft

    entries = sitemap_entries(client)

    assert entries[f"{BASE}/fi/vain-suomeksi/"] == {}
    assert not [location for location in entries if "/en/" in location and location != f"{BASE}/en/"]


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = [line.strip() for line in response.content.decode().splitlines()]
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert f"Sitemap: {BASE}/sitemap.xml" in lines


# --- Deeds, story series, statistics and open data ---------------------------------------


def moment(*args):
    return datetime.datetime(*args, tzinfo=datetime.UTC)


def lastmods(client, url="/sitemap.xml"):
    """``{location: lastmod datetime or None}`` of a sitemap file."""
    root = ET.fromstring(client.get(url).content)
    return {
        node.find("sm:loc", NS).text: (
            datetime.datetime.fromisoformat(node.find("sm:lastmod", NS).text)
            if node.find("sm:lastmod", NS) is not None
            else None
        )
        for node in root.findall("sm:url", NS)
    }


def dated_deed(published, updated, **kwargs):
    """A live deed whose timestamps are ``published`` and ``updated`` (saving would renew ``updated_at``)."""
    deed = kwargs.pop("deed", None) or factories.DeedFactory(**kwargs)
    Deed.objects.filter(pk=deed.pk).update(last_published_at=published, updated_at=updated)
    deed.refresh_from_db()
    return deed


@pytest.fixture
def marketplaces(homes):
    finnish = factories.DeedIndexPageFactory(parent=homes["fi"], title="Tekojen tori", slug="teot")
    return {
        "fi": finnish,
        "sv": factories.translate(finnish, "sv", title="Gärningarnas torg", slug="garningar"),
        "en": factories.translate(finnish, "en", title="Deed marketplace", slug="deeds"),
    }


@pytest.fixture
def deeds(marketplaces):
    translated = dated_deed(moment(2025, 3, 1, 9), moment(2025, 1, 1), title="Jaksamisen kahvilat", slug="kahvilat")
    finnish_only = dated_deed(moment(2024, 5, 2), moment(2025, 6, 7, 8, 30), title="Vain suomeksi", slug="vain")
    unpublished = factories.DeedFactory(title="Keskeneräinen", slug="keskenerainen", live=False)
    with_draft_translation = dated_deed(
        moment(2024, 1, 1), moment(2024, 1, 1), title="Käännös kesken", slug="kaannos-kesken"
    )
    return {
        "translated": translated,
        "sv": dated_deed(
            moment(2025, 4, 1),
            moment(2025, 4, 1),
            deed=factories.translate_snippet(translated, "sv", slug="kaffestugor", live=True),
        ),
        "en": dated_deed(
            moment(2025, 8, 9, 10),
            moment(2025, 2, 1),
            deed=factories.translate_snippet(translated, "en", slug="coffee-shops", live=True),
        ),
        "finnish_only": finnish_only,
        "unpublished": unpublished,
        "with_draft_translation": with_draft_translation,
        "draft_translation": factories.translate_snippet(
            with_draft_translation, "sv", slug="oversattning-pagar", live=False
        ),
    }


def test_every_live_deed_is_listed_in_its_language_with_its_translations(client, deeds):
    entries = sitemap_entries(client)

    translated = {
        "fi": f"{BASE}/fi/teot/kahvilat/",
        "sv": f"{BASE}/sv/garningar/kaffestugor/",
        "en": f"{BASE}/en/deeds/coffee-shops/",
    }
    for location in translated.values():
        assert entries[location] == translated
    assert entries[f"{BASE}/fi/teot/vain/"] == {}
    assert entries[f"{BASE}/fi/teot/kaannos-kesken/"] == {}  # its Swedish translation is a draft
    assert not [location for location in entries if "keskenerainen" in location or "oversattning" in location]


def test_the_listed_deed_pages_are_the_ones_visitors_get(client, deeds):
    entries = sitemap_entries(client)

    for location in (f"{BASE}/fi/teot/kahvilat/", f"{BASE}/sv/garningar/kaffestugor/", f"{BASE}/fi/teot/vain/"):
        assert client.get(location.removeprefix(BASE)).status_code == 200
    assert client.get("/fi/teot/keskenerainen/").status_code == 404
    assert client.get("/sv/garningar/oversattning-pagar/").status_code == 404
    assert f"{BASE}/fi/teot/keskenerainen/" not in entries


def test_deed_pages_are_dated_by_their_latest_publication_or_change(client, deeds):
    dates = lastmods(client)

    assert dates[f"{BASE}/fi/teot/kahvilat/"] == moment(2025, 3, 1, 9)  # published after its last save
    assert dates[f"{BASE}/fi/teot/vain/"] == moment(2025, 6, 7, 8, 30)  # changed after it was published
    assert dates[f"{BASE}/en/deeds/coffee-shops/"] == moment(2025, 8, 9, 10)


def test_statistics_open_data_and_the_form_are_listed_in_every_language_with_their_translations(
    client, marketplaces, deeds
):
    Page.objects.filter(pk__in=[page.pk for page in marketplaces.values()]).update(last_published_at=moment(2024, 2, 3))
    entries = sitemap_entries(client)
    dates = lastmods(client)

    bases = {"fi": f"{BASE}/fi/teot/", "sv": f"{BASE}/sv/garningar/", "en": f"{BASE}/en/deeds/"}
    for route in ("tilastot/", "avoin-data/", "ilmoita/"):
        alternates = {language: base + route for language, base in bases.items()}
        for location in alternates.values():
            assert entries[location] == alternates
            assert client.get(location.removeprefix(BASE)).status_code == 200
    # The listing, statistics and open data show the deeds: dated by the newest deed of their language.
    newest_finnish = moment(2025, 6, 7, 8, 30)
    for route in ("", "tilastot/", "avoin-data/"):
        assert dates[bases["fi"] + route] == newest_finnish
        assert dates[bases["en"] + route] == moment(2025, 8, 9, 10)
    assert dates[bases["fi"] + "ilmoita/"] == moment(2024, 2, 3)  # the form shows the page alone
    # Files and filtered listings are not pages of their own.
    assert not [location for location in entries if "/csv/" in location or "/json/" in location or "?" in location]


def test_deeds_of_an_unpublished_marketplace_translation_are_left_out(client, marketplaces, deeds):
    assert f"{BASE}/en/deeds/coffee-shops/" in sitemap_entries(client)

    marketplaces["en"].unpublish()
    entries = sitemap_entries(client)

    assert [location for location in entries if location.startswith(f"{BASE}/en/")] == [f"{BASE}/en/"]
    assert entries[f"{BASE}/fi/teot/kahvilat/"] == {
        "fi": f"{BASE}/fi/teot/kahvilat/",
        "sv": f"{BASE}/sv/garningar/kaffestugor/",
    }


@pytest.fixture
def news_indexes(homes):
    finnish = factories.NewsIndexPageFactory(parent=homes["fi"], title="Uutiset", slug="uutiset")
    return {"fi": finnish, "sv": factories.translate(finnish, "sv", title="Nyheter", slug="nyheter")}


def published_news(parent, published, **kwargs):
    page = factories.NewsPageFactory(parent=parent, **kwargs)
    NewsPage.objects.filter(pk=page.pk).update(last_published_at=published)
    return page


def test_story_series_with_news_are_listed_with_their_translations_and_newest_item(client, news_indexes):
    series = factories.SeriesFactory(name="Kekseliäät kehittäjät", slug="kekseliaat")
    swedish_series = factories.translate_snippet(series, "sv", name="Uppfinningsrika", slug="uppfinningsrika")
    empty = factories.SeriesFactory(name="Tyhjä sarja", slug="tyhja")
    published_news(news_indexes["fi"], moment(2026, 1, 2), series=series, slug="eka")
    published_news(news_indexes["fi"], moment(2026, 3, 4), series=series, slug="toka")
    published_news(news_indexes["fi"], moment(2026, 5, 6), slug="ei-sarjaa")
    factories.NewsPageFactory(parent=news_indexes["fi"], series=empty, slug="luonnos", live=False)
    published_news(news_indexes["sv"], moment(2026, 2, 3), series=swedish_series, slug="forsta")
    private = published_news(news_indexes["fi"], moment(2026, 7, 8), series=factories.SeriesFactory(slug="salainen"))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="salaisuus")

    entries = sitemap_entries(client)
    dates = lastmods(client)

    alternates = {"fi": f"{BASE}/fi/uutiset/sarja/kekseliaat/", "sv": f"{BASE}/sv/nyheter/sarja/uppfinningsrika/"}
    for location in alternates.values():
        assert entries[location] == alternates
        assert client.get(location.removeprefix(BASE)).status_code == 200
    assert f"{BASE}/fi/uutiset/sarja/tyhja/" not in entries  # only a draft in it
    assert f"{BASE}/fi/uutiset/sarja/salainen/" not in entries  # only a private item in it
    assert dates[alternates["fi"]] == moment(2026, 3, 4)
    assert dates[alternates["sv"]] == moment(2026, 2, 3)
    assert dates[f"{BASE}/fi/uutiset/"] == moment(2026, 5, 6)  # the listing shows the newest item
    assert not [location for location in entries if "/syote/" in location]  # the feed is no page


# --- Caching and speed -------------------------------------------------------------------


def test_the_sitemap_goes_stale_with_the_pages_deeds_and_series(client, deeds):
    tags = set(client.get("/sitemap.xml").get(http_cache.TAGS_HEADER, "").split())

    assert {"pages", "deeds", "news"} <= tags


def test_a_newly_published_deed_appears_and_an_unpublished_one_leaves(client, deeds):
    assert f"{BASE}/fi/teot/keskenerainen/" not in sitemap_entries(client)

    deeds["unpublished"].save_revision().publish()
    deeds["finnish_only"].unpublish()
    entries = sitemap_entries(client)

    assert f"{BASE}/fi/teot/keskenerainen/" in entries
    assert f"{BASE}/fi/teot/vain/" not in entries


def sitemap_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/sitemap.xml").status_code == 200
    return len(queries)


def test_the_sitemap_runs_a_fixed_number_of_queries_however_many_deeds_and_pages(
    client, django_assert_max_num_queries, homes, marketplaces, news_indexes, deeds
):
    # One page of each type from the start: Django reads a content type once per process.
    factories.StandardPageFactory(parent=homes["fi"])
    published_news(news_indexes["fi"], moment(2026, 1, 2), series=factories.SeriesFactory())
    sitemap_queries(client)  # fills the caches of site and routes, as the first visitor does
    few = sitemap_queries(client)

    for number in range(20):
        deed = factories.DeedFactory(sectors=[], themes=[])
        if number % 2:
            factories.translate_snippet(deed, "sv", live=True)
            factories.translate_snippet(deed, "en", live=True)
        factories.StandardPageFactory(parent=homes["fi"])
        published_news(news_indexes["fi"], moment(2026, 1, 3), series=factories.SeriesFactory())
    sitemap_queries(client)  # the new pages renewed the cached site and routes
    many = sitemap_queries(client)

    assert many == few
    with django_assert_max_num_queries(12):
        assert len(sitemap_entries(client)) > 100


# --- Past the limit: an index of sections -------------------------------------------------


def test_past_the_limit_the_sitemap_becomes_an_index_of_sections(client, monkeypatch, deeds):
    everything = sitemap_entries(client)
    assert client.get("/sitemap-1.xml").status_code == 404  # one file holds it all
    monkeypatch.setattr(sitemaps, "MAX_URLS", 5)

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['sm']}}}sitemapindex"
    sections = [node.find("sm:loc", NS).text for node in root.findall("sm:sitemap", NS)]
    assert sections == [f"{BASE}/sitemap-{number}.xml" for number in range(1, math.ceil(len(everything) / 5) + 1)]
    for node in root.findall("sm:sitemap", NS):
        assert datetime.datetime.fromisoformat(node.find("sm:lastmod", NS).text).tzinfo is not None
    found = {}
    for section in sections:
        response = client.get(section.removeprefix(BASE))
        assert response.status_code == 200
        assert 1 <= len(ET.fromstring(response.content).findall("sm:url", NS)) <= 5
        found |= sitemap_entries(client, section.removeprefix(BASE))
    assert found == everything  # alternates too, even where a translation is in another section
    assert client.get(f"/sitemap-{len(sections) + 1}.xml").status_code == 404
    assert client.get("/sitemap-0.xml").status_code == 404
    assert client.get("/robots.txt").content.decode().count(f"Sitemap: {BASE}/sitemap.xml") == 1
