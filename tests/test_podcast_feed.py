"""The podcast feed at ``<show>/syote/``: RSS 2.0 with the iTunes and Podcasting 2.0 tags that podcast apps read."""

import datetime
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests import factories
from uutiset.models import PodcastEpisodePage, PodcastPage

NS = {
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "podcast": "https://podcastindex.org/namespace/1.0",
    "atom": "http://www.w3.org/2005/Atom",
}
HELSINKI = datetime.timezone(datetime.timedelta(hours=2))  # Helsinki in winter, as the test dates are
AUDIO_BYTES = b"ID3" + b"\0" * 4093


@pytest.fixture
def podcast(home_page, media_root):
    return factories.PodcastPageFactory(
        parent=home_page,
        title="Työelämän kehittäjät",
        slug="podcast",
        description="Keskusteluja työelämän kehittämisestä kunnissa.",
        artwork=factories.ImageFactory(file__width=3000, file__height=3000),
        author="Kuntatyö2030",
        owner_name="Tekojen toimitus",
        owner_email="podcast@tekojentori.fi",
        category=PodcastPage.Category.CAREERS,
    )


def episode(podcast, **fields):
    defaults = {
        "audio": factories.DocumentFactory(file__filename="jakso.mp3", file__data=AUDIO_BYTES),
        "date": datetime.date(2026, 1, 15),
    }
    return factories.PodcastEpisodePageFactory(parent=podcast, **{**defaults, **fields})


def feed_url(podcast):
    return podcast.get_url() + "syote/"


def fetch(client, podcast):
    response = client.get(feed_url(podcast))
    assert response.status_code == 200, response.status_code
    return response


def parse(response):
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    return parsed


def channel(response):
    return ET.fromstring(response.content).find("channel")


def test_feed_is_rss_2(client, podcast):
    response = fetch(client, podcast)

    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    assert parse(response).version == "rss20"
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"


def test_feed_declares_the_itunes_podcast_and_atom_namespaces(client, podcast):
    content = fetch(client, podcast).content.decode()
    start = content[: content.index("<channel")]

    for prefix, uri in NS.items():
        assert f'xmlns:{prefix}="{uri}"' in start


def test_channel_describes_the_show(client, podcast):
    response = fetch(client, podcast)
    show = parse(response).feed

    assert show.title == "Työelämän kehittäjät"
    assert show.link == "http://testserver" + podcast.get_url()
    assert show.subtitle == "Keskusteluja työelämän kehittämisestä kunnissa."
    assert show.language == "fi"
    assert show.publisher_detail == {"name": "Tekojen toimitus", "email": "podcast@tekojentori.fi"}
    assert show.image.href.startswith("http://testserver/media/images/")
    assert ".fill-1400x1400" in show.image.href
    element = channel(response)
    assert element.find("itunes:author", NS).text == "Kuntatyö2030"
    assert element.find("itunes:explicit", NS).text == "false"
    assert element.find("itunes:type", NS).text == "episodic"
    self_link = element.find("atom:link", NS)
    assert (self_link.get("rel"), self_link.get("href")) == ("self", "http://testserver" + feed_url(podcast))


def test_artwork_is_square(client, podcast):
    image_url = channel(fetch(client, podcast)).find("itunes:image", NS).get("href")

    rendition = podcast.artwork.get_rendition("fill-1400x1400")
    assert image_url == "http://testserver" + rendition.url
    assert (rendition.width, rendition.height) == (1400, 1400)


def test_category_with_a_subcategory_is_nested(client, podcast):
    element = channel(fetch(client, podcast)).find("itunes:category", NS)

    assert element.get("text") == "Business"
    assert [sub.get("text") for sub in element.findall("itunes:category", NS)] == ["Careers"]


def test_category_without_a_subcategory_stands_alone(client, podcast):
    podcast.category = PodcastPage.Category.SOCIETY
    podcast.explicit = True
    podcast.save_revision().publish()

    response = fetch(client, podcast)

    element = channel(response).find("itunes:category", NS)
    assert element.get("text") == "Society & Culture"
    assert list(element) == []
    # Apple's values; feedparser knows only the old "yes"/"clean", so it reports the key but no value.
    assert channel(response).find("itunes:explicit", NS).text == "true"
    assert "itunes_explicit" in parse(response).feed


def test_every_live_public_episode_is_an_item_newest_first(client, podcast):
    for day in (1, 20, 10):
        episode(podcast, title=f"Jakso {day}", date=datetime.date(2026, 1, day))
    episode(podcast, title="Luonnos", live=False)
    private = episode(podcast, title="Sisäinen")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    other_show = factories.PodcastPageFactory(parent=podcast.get_parent(), slug="toinen")
    episode(other_show, title="Toisen ohjelman jakso")

    entries = parse(fetch(client, podcast)).entries

    assert [entry.title for entry in entries] == ["Jakso 20", "Jakso 10", "Jakso 1"]


def test_item_carries_what_apps_need(client, podcast):
    item = episode(
        podcast,
        title="Sparrauksen satoa",
        slug="sparrauksen-satoa",
        summary="Mitä sparrauksesta jäi käteen?",
        date=datetime.date(2026, 1, 15),
        duration=datetime.timedelta(hours=1, minutes=2, seconds=3),
        season_number=2,
        episode_number=7,
        episode_type="bonus",
        explicit=True,
    )

    response = fetch(client, podcast)
    entry = parse(response).entries[0]

    page_url = "http://testserver" + item.get_url()
    assert entry.link == page_url
    assert entry.summary == "Mitä sparrauksesta jäi käteen?"
    assert parsedate_to_datetime(entry.published) == datetime.datetime(2026, 1, 15, tzinfo=HELSINKI)
    [enclosure] = entry.enclosures
    assert enclosure.href == "http://testserver" + item.audio.url
    assert enclosure.length == str(len(AUDIO_BYTES))
    assert enclosure.type == "audio/mpeg"
    assert entry.itunes_duration == "3723"
    assert entry.itunes_episode == "7"
    assert entry.itunes_season == "2"
    assert entry.itunes_episodetype == "bonus"
    assert "itunes_explicit" in entry
    assert channel(response).find("item/itunes:explicit", NS).text == "true"


def test_enclosure_address_serves_the_audio(client, podcast):
    episode(podcast)

    href = parse(fetch(client, podcast)).entries[0].enclosures[0].href
    response = client.get(href.removeprefix("http://testserver"))

    assert response.status_code == 200
    assert response["Content-Type"] == "audio/mpeg"
    assert b"".join(response.streaming_content) == AUDIO_BYTES


def test_other_audio_formats_get_their_type(client, podcast):
    episode(podcast, audio=factories.DocumentFactory(file__filename="jakso.m4a", file__data=factories.M4A_DATA))

    assert parse(fetch(client, podcast)).entries[0].enclosures[0].type == "audio/x-m4a"


def test_item_links_to_the_transcript_on_the_episode_page(client, podcast):
    item = episode(podcast)

    element = channel(fetch(client, podcast)).find("item").find("podcast:transcript", NS)

    assert element.get("url") == "http://testserver" + item.get_url() + "#transcript"
    assert element.get("type") == "text/html"
    assert element.get("language") == "fi"


@pytest.mark.parametrize(
    ("filename", "data", "mime_type"),
    [
        ("jakso.mp3", factories.MP3_DATA, "audio/mpeg"),
        ("jakso.mp3", factories.MP3_FRAMES_DATA, "audio/mpeg"),
        ("jakso.m4a", factories.M4A_DATA, "audio/x-m4a"),
        ("jakso.aac", factories.AAC_DATA, "audio/aac"),
    ],
)
def test_enclosure_type_is_the_audios_format(client, podcast, filename, data, mime_type):
    episode(podcast, audio=factories.DocumentFactory(file__filename=filename, file__data=data))

    enclosure = channel(fetch(client, podcast)).find("item/enclosure")

    assert enclosure.get("type") == mime_type
    assert enclosure.get("length") == str(len(data))


def timed_transcripts(response):
    """The item's podcast:transcript elements other than the HTML transcript on the episode page."""
    item = channel(response).find("item")
    return [element for element in item.findall("podcast:transcript", NS) if element.get("type") != "text/html"]


@pytest.mark.parametrize(
    ("filename", "data", "mime_type"),
    [
        ("tekstitys.vtt", factories.WEBVTT_DATA, "text/vtt"),
        ("tekstitys.srt", factories.SRT_DATA, "application/x-subrip"),
    ],
)
def test_a_transcript_file_is_offered_with_its_type_and_language(client, podcast, filename, data, mime_type):
    transcript = factories.DocumentFactory(file__filename=filename, file__data=data)
    episode(podcast, transcript_file=transcript)

    response = fetch(client, podcast)

    [element] = timed_transcripts(response)
    assert element.get("url") == "http://testserver" + transcript.url
    assert element.get("type") == mime_type
    assert element.get("language") == "fi"
    # The HTML transcript on the page stays offered too.
    assert channel(response).find("item/podcast:transcript[@type='text/html']", NS) is not None
    parse(response)  # still a well-formed feed


def test_without_a_transcript_file_only_the_page_is_offered(client, podcast):
    episode(podcast)

    assert timed_transcripts(fetch(client, podcast)) == []


def test_translations_offer_the_transcript_file_of_the_finnish_audio(client, homes, podcast):
    item = episode(
        podcast, transcript_file=factories.DocumentFactory(file__filename="t.vtt", file__data=factories.WEBVTT_DATA)
    )
    swedish = factories.translate(podcast, "sv", title="Arbetslivets utvecklare", slug="podcast-sv")
    factories.translate(item, "sv", title="Skördar av sparrningen")

    [element] = timed_transcripts(fetch(client, swedish))

    assert element.get("language") == "fi"
    assert element.get("url") == "http://testserver" + item.transcript_file.url


def test_episode_with_audio_podcast_apps_do_not_play_is_left_out(client, podcast):
    episode(podcast, title="MP3")
    # A WAV chosen before the formats were checked: the database still holds it.
    old = factories.DocumentFactory(file__filename="vanha.wav", file__data=b"RIFF\0\0\0\0WAVE")
    PodcastEpisodePage.objects.filter(pk=episode(podcast, title="WAV").pk).update(audio=old)

    assert [entry.title for entry in parse(fetch(client, podcast)).entries] == ["MP3"]


def test_guid_is_not_a_permalink_and_survives_a_new_slug(client, podcast):
    item = episode(podcast, slug="vanha-osoite")
    before = channel(fetch(client, podcast)).find("item/guid")

    item.slug = "uusi-osoite"
    item.save_revision().publish()
    after = channel(fetch(client, podcast)).find("item/guid")

    assert before.get("isPermaLink") == "false"
    assert before.text.startswith("urn:uuid:")
    assert after.text == before.text
    assert parse(fetch(client, podcast)).entries[0].link.endswith("/uusi-osoite/")


def test_guids_are_unique(client, podcast):
    for number in range(3):
        episode(podcast, title=f"Jakso {number}")

    guids = [entry.id for entry in parse(fetch(client, podcast)).entries]

    assert len(set(guids)) == 3


def test_episode_without_audio_is_left_out(client, podcast):
    episode(podcast, title="Äänellinen")
    # Publishing requires audio, so only the database can lose it.
    PodcastEpisodePage.objects.filter(pk=episode(podcast, title="Äänetön").pk).update(audio=None)

    assert [entry.title for entry in parse(fetch(client, podcast)).entries] == ["Äänellinen"]


def test_empty_show_has_a_valid_feed(client, podcast):
    parsed = parse(fetch(client, podcast))

    assert parsed.entries == []
    assert parsed.feed.title == "Työelämän kehittäjät"


def test_translated_show_has_its_own_feed_in_its_language(client, homes, podcast):
    item = episode(podcast)
    swedish = factories.translate(podcast, "sv", title="Arbetslivets utvecklare", slug="podcast-sv")
    swedish_item = factories.translate(item, "sv", title="Skördar av sparrningen")

    response = fetch(client, swedish)

    parsed = parse(response)
    assert parsed.feed.title == "Arbetslivets utvecklare"
    assert parsed.feed.language == "sv"
    assert [entry.link for entry in parsed.entries] == ["http://testserver" + swedish_item.get_url()]
    assert channel(response).find("item/podcast:transcript", NS).get("language") == "sv"
    finnish_guid = parse(fetch(client, podcast)).entries[0].id
    assert parsed.entries[0].id != finnish_guid


def test_feed_is_in_the_shows_language_whatever_the_browser_asks(client, homes, podcast):
    response = client.get(feed_url(podcast), headers={"accept-language": "sv"})

    assert parse(response).feed.language == "fi"


def test_query_string_does_not_matter(client, podcast):
    episode(podcast)

    response = client.get(feed_url(podcast) + "?page=%00&x=" + "9" * 10_000)

    assert response.status_code == 200
    assert len(parse(response).entries) == 1


def count_queries(client, url):
    client.get(url)  # warm up: renditions, caches, stored file sizes
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_query_count_does_not_grow_with_the_episodes(client, podcast):
    for number in range(5):
        episode(podcast, title=f"Jakso {number}")
    few, response = count_queries(client, feed_url(podcast))
    assert len(parse(response).entries) == 5
    for number in range(5, 50):
        episode(podcast, title=f"Jakso {number}")
    many, response = count_queries(client, feed_url(podcast))
    assert len(parse(response).entries) == 50

    assert few == many, f"{few} queries with 5 episodes, {many} with 50"
