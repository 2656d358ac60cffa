"""The news feed: RSS 2.0 per language with the newest news, advertised in the head of the news pages."""

import datetime

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.utils import soup
from uutiset.models import NewsPage

HOST = "http://testserver"


@pytest.fixture
def index(home_page):
    return factories.NewsIndexPageFactory(parent=home_page, title="Uutiset", slug="uutiset", intro="Ajankohtaista.")


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "rss20"
    return feed


def set_first_published(page, moment):
    NewsPage.objects.filter(pk=page.pk).update(first_published_at=moment)


def test_channel_names_the_index_its_address_and_language(client, index):
    feed = parse(client, index.feed_url())

    assert feed.feed.title.startswith("Uutiset")
    assert feed.feed.link == HOST + index.get_url()
    assert feed.feed.description == "Ajankohtaista."
    assert feed.feed.language == "fi"
    assert feed.entries == []


def test_items_have_title_link_description_date_guid_and_categories(client, index):
    series = factories.SeriesFactory(name="Kekseliäät kehittäjät")
    news = factories.NewsPageFactory(
        parent=index,
        title="Kunnat & hyvinvointialueet <yhdessä>",
        date=datetime.date(2026, 3, 2),
        lead="Työhyvinvointia kehitetään yhdessä.",
        series=series,
        sectors=[factories.SectorFactory(name="Opetus ja kasvatus")],
        themes=[factories.ThemeFactory(name="Työhyvinvointi")],
    )

    (entry,) = parse(client, index.feed_url()).entries

    assert entry.title == "Kunnat & hyvinvointialueet <yhdessä>"
    assert entry.link == HOST + news.get_url()
    assert entry.summary == "Työhyvinvointia kehitetään yhdessä."
    assert entry.id == HOST + news.get_url()
    assert [tag.term for tag in entry.tags] == ["Kekseliäät kehittäjät", "Opetus ja kasvatus", "Työhyvinvointi"]
    assert entry.published_parsed[:3] == (2026, 3, 1)  # midnight in Helsinki is 22:00 UTC the day before


@pytest.mark.parametrize(
    ("date", "first_published", "expected"),
    [
        (datetime.date(2026, 1, 15), None, "Thu, 15 Jan 2026 00:00:00 +0200"),
        (datetime.date(2026, 7, 1), None, "Wed, 01 Jul 2026 00:00:00 +0300"),
        # Published on its date: the moment of publishing, in Helsinki time.
        (
            datetime.date(2026, 1, 15),
            datetime.datetime(2026, 1, 15, 10, 30, tzinfo=datetime.UTC),
            "Thu, 15 Jan 2026 12:30:00 +0200",
        ),
        # Published on another day (written in advance, or an old item moved over): the date at midnight.
        (
            datetime.date(2026, 1, 15),
            datetime.datetime(2026, 2, 1, 10, tzinfo=datetime.UTC),
            "Thu, 15 Jan 2026 00:00:00 +0200",
        ),
    ],
)
def test_publication_date_is_the_news_date_in_helsinki(client, index, date, first_published, expected):
    news = factories.NewsPageFactory(parent=index, date=date)
    set_first_published(news, first_published)

    (entry,) = parse(client, index.feed_url()).entries

    assert entry.published == expected


def test_feed_has_the_twenty_newest_live_items_newest_first(client, index):
    for day in range(1, 26):
        factories.NewsPageFactory(parent=index, title=f"Uutinen {day:02d}", date=datetime.date(2026, 1, day))
    draft = factories.NewsPageFactory(parent=index, title="Luonnos", date=datetime.date(2026, 2, 1))
    draft.unpublish()

    entries = parse(client, index.feed_url()).entries

    assert [entry.title for entry in entries] == [f"Uutinen {day:02d}" for day in range(25, 5, -1)]
    assert all(entry.link.startswith(HOST + index.get_url()) and entry.published for entry in entries)


def test_swedish_feed_has_only_swedish_news(client, homes, index):
    swedish_index = factories.translate(index, "sv", title="Nyheter", slug="nyheter")
    finnish = factories.NewsPageFactory(parent=index, title="Suomeksi")
    swedish = factories.translate(finnish, "sv", title="På svenska", slug="pa-svenska")
    factories.NewsPageFactory(parent=index, title="Vain suomeksi")

    feed = parse(client, swedish_index.feed_url())

    assert swedish_index.feed_url().startswith("/sv/")
    assert feed.feed.language == "sv"
    assert feed.feed.link == HOST + swedish_index.get_url()
    assert [(entry.title, entry.link) for entry in feed.entries] == [("På svenska", HOST + swedish.get_url())]
    assert {entry.title for entry in parse(client, index.feed_url()).entries} == {"Suomeksi", "Vain suomeksi"}


def feed_links(response):
    return [
        (link["href"], link["title"])
        for link in soup(response).head.find_all("link", rel="alternate", type="application/rss+xml")
    ]


def test_feed_is_advertised_on_the_listing_series_and_news_pages(client, index):
    series = factories.SeriesFactory(slug="sarja")
    news = factories.NewsPageFactory(parent=index, series=series)
    feed_title = parse(client, index.feed_url()).feed.title

    for url in (index.get_url(), index.series_url(series), news.get_url()):
        assert feed_links(client.get(url)) == [(index.feed_url(), feed_title)], url


def test_swedish_pages_advertise_the_swedish_feed(client, homes, index):
    swedish_index = factories.translate(index, "sv", title="Nyheter", slug="nyheter")
    news = factories.translate(factories.NewsPageFactory(parent=index), "sv", slug="nyhet")

    assert [href for href, _title in feed_links(client.get(news.get_url()))] == [swedish_index.feed_url()]


def test_the_feed_does_not_take_posts(client, index):
    assert client.post(index.feed_url()).status_code == 405


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), feedparser.parse(response.content)


def test_query_count_does_not_grow_with_the_number_of_news(client, index, media_root):
    series = [factories.SeriesFactory() for _ in range(3)]
    sectors = [factories.SectorFactory() for _ in range(2)]
    themes = [factories.ThemeFactory() for _ in range(2)]
    image = factories.ImageFactory()

    def make(number):
        for n in range(number):
            factories.NewsPageFactory(
                parent=index,
                series=series[n % 3],
                sectors=sectors[: 1 + n % 2],
                themes=themes[n % 2 :],
                image=image,
                image_alt="Kuva",
            )

    make(5)
    few, feed = count_queries(client, index.feed_url())
    assert len(feed.entries) == 5
    make(45)
    many, feed = count_queries(client, index.feed_url())
    assert len(feed.entries) == 20

    assert few == many, f"{few} queries with 5 news, {many} with 50"
