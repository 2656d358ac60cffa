"""Search engines get every live public page of every language, with its translations."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from tests import factories

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
BASE = "http://testserver"


def sitemap_entries(client):
    """``{location: {hreflang: href}}`` from /sitemap.xml."""
    response = client.get("/sitemap.xml")
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
