"""Pages that share well: link previews (description, Open Graph, Twitter cards), share links and
schema.org data, on every public page kind of the demo in every language."""

import base64
import datetime
import hashlib
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import translation
from wagtail.models import Site

from gaala.models import GalaPage
from home.models import HomePage, SiteSettings
from home.sharing import OG_LOCALES, SHARE_IMAGE_FILTER
from teot.models import Deed, DeedIndexPage
from tests.page_types import PAGE_TYPES
from tests.utils import soup
from uutiset.models import NewsPage, PodcastEpisodePage, WebinarPage

LANGUAGES = ["fi", "sv", "en"]
SHARED_KINDS = [NewsPage, PodcastEpisodePage, WebinarPage, GalaPage]
SERVICES = {"email", "linkedin", "facebook", "x", "whatsapp"}
ATTENDANCE = {
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "on_site": "https://schema.org/OfflineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}


def page_of(model, language, **filters):
    page = model.objects.live().filter(locale__language_code=language, **filters).order_by("path").first()
    assert page is not None, (model.__name__, language)
    return page


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return soup(response)


def meta(document, name):
    """The content of ``<meta property=name>`` (Open Graph) or ``<meta name=name>``; None when missing."""
    element = document.head.find("meta", attrs={"property": name}) or document.head.find("meta", attrs={"name": name})
    return element["content"] if element is not None else None


def json_ld(document):
    """Every JSON-LD block of the page, parsed, by type."""
    blocks = {}
    for script in document.find_all("script", attrs={"type": "application/ld+json"}):
        data = json.loads(script.string)
        blocks.setdefault(data["@type"], []).append(data)
    return blocks


def is_absolute(url):
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def default_image_url():
    image = SiteSettings.for_site(Site.objects.get(is_default_site=True)).share_image
    return "http://testserver" + image.get_rendition(SHARE_IMAGE_FILTER).url


# --- Link previews ---------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_kind_has_a_description_open_graph_and_a_twitter_card(client, demo_site, language, subtests):
    for model in PAGE_TYPES:
        page = page_of(model, language)
        with subtests.test(kind=model.__name__, url=page.get_url()):
            document = get(client, page.get_url())
            for name in (
                "description",
                "og:title",
                "og:description",
                "og:url",
                "og:image",
                "og:locale",
                "twitter:title",
                "twitter:description",
                "twitter:image",
            ):
                assert (meta(document, name) or "").strip(), name
            assert meta(document, "description") == page.get_meta_description(), "the page's own text"
            assert meta(document, "og:description") == meta(document, "description")
            assert meta(document, "twitter:card") == "summary_large_image"
            assert meta(document, "og:locale") == OG_LOCALES[language]
            assert is_absolute(meta(document, "og:image"))
            assert meta(document, "twitter:image") == meta(document, "og:image")
            assert (meta(document, "og:image:width"), meta(document, "og:image:height")) == ("1200", "630")


@pytest.mark.django_db
def test_the_description_is_the_search_description_else_the_lead(client, demo_site):
    news = page_of(NewsPage, "en")
    NewsPage.objects.filter(pk=news.pk).update(search_description="")
    assert meta(get(client, news.get_url()), "description") == news.lead.strip()

    NewsPage.objects.filter(pk=news.pk).update(search_description="Written for search engines.")
    assert meta(get(client, news.get_url()), "og:description") == "Written for search engines."


def alternates(document):
    return {element["content"] for element in document.head.find_all("meta", property="og:locale:alternate")}


@pytest.mark.django_db
def test_locale_alternates_list_the_translations(client, demo_site):
    news = NewsPage.objects.live().filter(locale__language_code="fi").order_by("path")
    translated = next(page for page in news if page.get_translations().live().exists())
    others = {t.locale.language_code for t in translated.get_translations().live().select_related("locale")}
    assert alternates(get(client, translated.get_url())) == {OG_LOCALES[code] for code in others}

    alone = next(page for page in news if not page.get_translations().live().exists())
    assert alternates(get(client, alone.get_url())) == set()


@pytest.mark.django_db
def test_a_page_without_an_image_is_shared_with_the_default_image(client, demo_site):
    webinar = page_of(WebinarPage, "en")
    assert webinar.get_social_image() is None
    assert meta(get(client, webinar.get_url()), "og:image") == default_image_url()


@pytest.mark.django_db
def test_a_page_with_an_image_is_shared_with_its_own(client, demo_site):
    news = page_of(NewsPage, "en", image__isnull=False)
    own = "http://testserver" + news.get_social_image().get_rendition(SHARE_IMAGE_FILTER).url
    assert meta(get(client, news.get_url()), "og:image") == own != default_image_url()


@pytest.mark.django_db
def test_a_new_default_image_shows_at_once(client, demo_site):
    webinar = page_of(WebinarPage, "en")
    get(client, webinar.get_url())  # the default image's address is now in the cache
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    other = HomePage.objects.filter(hero_image__isnull=False).exclude(hero_image=site_settings.share_image).first()
    site_settings.share_image = other.hero_image
    site_settings.save()
    assert meta(get(client, webinar.get_url()), "og:image") == default_image_url()
    assert "http://testserver" + other.hero_image.get_rendition(SHARE_IMAGE_FILTER).url == default_image_url()


@pytest.mark.django_db
def test_a_deed_page_is_shared_as_the_deed(client, demo_site):
    marketplace = page_of(DeedIndexPage, "en")
    deed = Deed.objects.filter(live=True, locale=marketplace.locale).first()
    document = get(client, marketplace.deed_url(deed))
    assert meta(document, "og:title") == meta(document, "twitter:title") == deed.title
    assert meta(document, "og:description") == " ".join(deed.summary.split())
    assert meta(document, "og:url") == "http://testserver" + marketplace.deed_url(deed)
    assert is_absolute(meta(document, "twitter:image"))


# --- Share links -----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("model", SHARED_KINDS, ids=lambda model: model.__name__)
def test_share_links_carry_the_page_address(client, demo_site, model):
    page = page_of(model, "en")
    address = "http://testserver" + page.get_url()
    with translation.override("en"):
        document = get(client, page.get_url())
    heading = document.find("h2", string="Share")
    assert heading is not None
    links = {
        link["class"][1].removeprefix("share-links__link--"): link["href"]
        for link in heading.find_parent("section").find_all("a")
    }
    assert set(links) == SERVICES
    mail = urlsplit(links["email"])
    assert mail.scheme == "mailto"
    assert parse_qs(mail.query)["subject"] == [page.title]
    assert address in parse_qs(mail.query)["body"][0]
    assert parse_qs(urlsplit(links["linkedin"]).query)["url"] == [address]
    assert parse_qs(urlsplit(links["facebook"]).query)["u"] == [address]
    assert parse_qs(urlsplit(links["x"]).query)["url"] == [address]
    assert address in parse_qs(urlsplit(links["whatsapp"]).query)["text"][0]
    assert all(urlsplit(url).scheme in ("https", "mailto") for url in links.values())


# --- Structured data -------------------------------------------------------------------------


def assert_event(event, page):
    assert event["name"] == page.title
    assert event["description"]
    for key, moment in (("startDate", page.starts_at), ("endDate", page.ends_at)):
        parsed = datetime.datetime.fromisoformat(event[key])
        assert parsed.utcoffset() is not None, key
        assert parsed == moment
    assert event["eventStatus"] == "https://schema.org/EventScheduled"
    assert event["organizer"]["@type"] == "Organization"
    assert is_absolute(event["image"])
    assert event["url"] == "http://testserver" + page.get_url()


def locations(event):
    found = event["location"]
    return {item["@type"]: item for item in (found if isinstance(found, list) else [found])}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fmt", "place", "stream", "types"),
    [
        ("online", "", "https://stream.example.fi/live", {"VirtualLocation"}),
        ("on_site", "Kuntatalo, Helsinki", "", {"Place"}),
        ("hybrid", "Kuntatalo, Helsinki", "https://stream.example.fi/live", {"Place", "VirtualLocation"}),
    ],
)
def test_a_webinar_is_an_event_in_its_format(client, demo_site, fmt, place, stream, types):
    webinar = page_of(WebinarPage, "en")
    WebinarPage.objects.filter(pk=webinar.pk).update(format=fmt, place=place, stream_url=stream)
    webinar.refresh_from_db()
    (event,) = json_ld(get(client, webinar.get_url()))["Event"]
    assert_event(event, webinar)
    assert event["eventAttendanceMode"] == ATTENDANCE[fmt]
    found = locations(event)
    assert set(found) == types
    if "VirtualLocation" in found:
        assert found["VirtualLocation"]["url"] == stream
    if "Place" in found:
        assert found["Place"]["name"] == place


@pytest.mark.django_db
def test_a_webinar_without_a_stream_link_points_at_its_page(client, demo_site):
    webinar = page_of(WebinarPage, "en")
    WebinarPage.objects.filter(pk=webinar.pk).update(format="online", place="", stream_url="")
    (event,) = json_ld(get(client, webinar.get_url()))["Event"]
    assert locations(event)["VirtualLocation"]["url"] == "http://testserver" + webinar.get_url()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_gala_is_an_event(client, demo_site, language):
    gala = page_of(GalaPage, language)
    (event,) = json_ld(get(client, gala.get_url()))["Event"]
    assert_event(event, gala)
    assert event["eventAttendanceMode"] in ATTENDANCE.values()
    assert set(locations(event)) <= {"Place", "VirtualLocation"}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_episode_is_a_podcast_episode_of_its_series(client, demo_site, language):
    episode = page_of(PodcastEpisodePage, language)
    podcast = episode.get_parent()
    (data,) = json_ld(get(client, episode.get_url()))["PodcastEpisode"]
    assert data["name"] == episode.title
    assert data["partOfSeries"] == {
        "@type": "PodcastSeries",
        "name": podcast.title,
        "url": "http://testserver" + podcast.get_url(),
    }
    assert data["datePublished"] == episode.date.isoformat()
    assert data["associatedMedia"]["@type"] == "AudioObject"
    assert is_absolute(data["associatedMedia"]["contentUrl"])
    assert data["associatedMedia"]["duration"].startswith("PT")
    if episode.episode_number:
        assert data["episodeNumber"] == episode.episode_number


@pytest.mark.django_db
def test_the_podcast_page_is_a_podcast_series(client, demo_site):
    episode = page_of(PodcastEpisodePage, "en")
    podcast = episode.get_parent().specific
    (data,) = json_ld(get(client, podcast.get_url()))["PodcastSeries"]
    assert data["name"] == podcast.title
    assert data["url"] == "http://testserver" + podcast.get_url()
    assert data["webFeed"] == "http://testserver" + podcast.feed_url()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_page_describes_the_organisation(client, demo_site, language):
    home = page_of(HomePage, language)
    (organisation,) = json_ld(get(client, home.get_url()))["Organization"]
    assert organisation["name"]
    assert organisation["url"] == "http://testserver/"
    assert organisation["logo"] == default_image_url()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_with_breadcrumbs_have_a_breadcrumb_list(client, demo_site, language, subtests):
    marketplace = page_of(DeedIndexPage, language)
    deed = Deed.objects.filter(live=True, locale=marketplace.locale).first()
    urls = {model.__name__: page_of(model, language).get_url() for model in PAGE_TYPES if model is not HomePage}
    urls["deed"] = marketplace.deed_url(deed)
    for kind, url in urls.items():
        with subtests.test(kind=kind, url=url):
            document = get(client, url)
            trail = document.find("nav", class_="breadcrumbs")
            assert trail is not None
            (breadcrumbs,) = json_ld(document)["BreadcrumbList"]
            items = breadcrumbs["itemListElement"]
            assert [item["position"] for item in items] == list(range(1, len(items) + 1))
            assert all(item["@type"] == "ListItem" and item["name"] for item in items)
            assert all(is_absolute(item["item"]) for item in items)
            assert len(items) == len(trail.find_all("li"))
            assert items[-1]["item"] == "http://testserver" + url
            assert items[0]["item"] == "http://testserver" + page_of(HomePage, language).get_url()


@pytest.mark.django_db
def test_the_home_page_has_no_breadcrumbs(client, demo_site):
    document = get(client, page_of(HomePage, "fi").get_url())
    assert "BreadcrumbList" not in json_ld(document)


@pytest.mark.django_db
def test_every_json_ld_block_is_allowed_by_the_policy(client, demo_site):
    """The new blocks are hashed into script-src like the old ones (home/security_headers.py)."""
    for model in (HomePage, WebinarPage, PodcastEpisodePage, GalaPage):
        response = client.get(page_of(model, "sv").get_url())
        scripts = soup(response).find_all("script", attrs={"type": "application/ld+json"})
        assert scripts
        policy = response["Content-Security-Policy"]
        for script in scripts:
            digest = base64.b64encode(hashlib.sha256(script.string.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in policy
