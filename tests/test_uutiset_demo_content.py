"""The demo command fills news, the podcast and webinars in three languages, and a second run adds nothing."""

import datetime
import re
import xml.etree.ElementTree as ET
from io import BytesIO

import feedparser
import pytest
from django.utils import timezone, translation
from wagtail.documents.models import Document
from wagtail.embeds import embeds
from wagtail.embeds.models import Embed
from wagtail.images.models import Image
from wagtail.models import Locale, Page

from home.models import HomeHighlightedDeed, HomePage
from teot.demo.deeds import DEEDS
from teot.demo.taxonomy import SECTORS, THEMES
from teot.models import Deed, DeedIndexPage
from tests.demo import GROUP, of_module
from tests.utils import nav, soup
from uutiset.demo import HIGHLIGHTED_DEEDS, media
from uutiset.demo.specs import EPISODES, NEWS, SERIES, WEBINARS
from uutiset.media_files import audio_format, transcript_format
from uutiset.models import (
    EpisodeGuest,
    NewsAuthor,
    NewsIndexPage,
    NewsPage,
    NewsRelatedDeed,
    PodcastEpisodePage,
    PodcastPage,
    Series,
    WebinarIndexPage,
    WebinarPage,
    WebinarSpeaker,
)

LANGUAGES = ("fi", "sv", "en")
TRANSLATED = ("sv", "en")
INDEX_SLUGS = {
    NewsIndexPage: {"fi": "uutiset", "sv": "nyheter", "en": "news"},
    WebinarIndexPage: {"fi": "webinaarit", "sv": "webbinarier", "en": "webinars"},
    PodcastPage: {"fi": "podcast", "sv": "podcast", "en": "podcast"},
}


def snapshot():
    """Everything a second run could duplicate, move or renumber."""
    return {
        "pages": sorted(Page.objects.values_list("pk", "locale__language_code", "url_path", "live")),
        "authors": sorted(NewsAuthor.objects.values_list("pk", "page_id", "name", "role")),
        "related deeds": sorted(NewsRelatedDeed.objects.values_list("pk", "page_id", "deed_id")),
        "guests": sorted(EpisodeGuest.objects.values_list("pk", "page_id", "name", "role")),
        "speakers": sorted(WebinarSpeaker.objects.values_list("pk", "page_id", "name", "role")),
        "highlighted deeds": sorted(HomeHighlightedDeed.objects.values_list("pk", "page_id", "deed_id")),
        "series": sorted(Series.objects.values_list("pk", "locale__language_code", "slug", "translation_key")),
        "documents": sorted(Document.objects.values_list("pk", "title", "file", "file_size", "file_hash")),
        "images": sorted(Image.objects.values_list("pk", "title")),
        "embeds": sorted(Embed.objects.values_list("pk", "url", "hash")),
        "news dates": sorted(NewsPage.objects.values_list("pk", "date", "first_published_at")),
        "episode dates": sorted(PodcastEpisodePage.objects.values_list("pk", "date", "duration")),
    }


@pytest.fixture(scope="module")
def demo(demo_run_twice):
    return of_module(demo_run_twice, __name__)


pytestmark = [pytest.mark.django_db, GROUP]


def locale(code):
    return Locale.objects.get(language_code=code)


def finnish_source(page):
    return type(page).objects.get(translation_key=page.translation_key, locale__language_code="fi")


def keys(terms):
    return sorted(str(term.translation_key) for term in terms)


def test_a_second_run_creates_nothing_new(demo):
    assert snapshot() == demo["first"]
    assert "Demo content ready: 0 objects created" in demo["again"]


def test_the_command_reports_what_it_made(demo):
    translated = {code: sum(code in spec for spec in NEWS) for code in TRANSLATED}
    assert f"news fi {len(NEWS)}, sv {translated['sv']}, en {translated['en']}" in demo["output"]
    assert "podcast episodes fi 3, sv 2, en 2" in demo["output"]
    assert "webinars fi 4, sv 2, en 2 (in Finnish 2 upcoming, 2 past)" in demo["output"]
    assert "2 story series in fi/sv/en" in demo["output"]


def test_news_podcast_and_webinars_follow_the_marketplace_in_every_menu(demo, client):
    for code in LANGUAGES:
        home = HomePage.objects.get(locale__language_code=code)
        menu = list(home.get_children().live().in_menu().specific())
        start = [type(page) for page in menu].index(DeedIndexPage)
        assert [type(page) for page in menu[start + 1 : start + 4]] == [NewsIndexPage, WebinarIndexPage, PodcastPage]
        for page in menu[start + 1 : start + 4]:
            assert page.slug == INDEX_SLUGS[type(page)][code]
            assert page.locale.language_code == code

        with translation.override(code):
            label = translation.gettext("Main menu")
        links = [a["href"] for a in nav(soup(client.get(home.url)), label).find_all("a")]
        expected = [page.url for page in menu[start + 1 : start + 4]]
        assert links[links.index(expected[0]) : links.index(expected[0]) + 3] == expected


def test_finnish_news_are_spread_over_the_years_with_series_deeds_and_images(demo):
    finnish = list(NewsPage.objects.live().filter(locale__language_code="fi"))
    assert len(finnish) >= 12
    assert {page.date.year for page in finnish} == {2022, 2023, 2024, 2025, 2026}
    for page in finnish:
        assert page.lead and page.authors.exists()
        assert page.sectors.exists() and page.themes.exists()
        block_types = [block.block_type for block in page.body]
        assert 2 <= block_types.count("paragraph") <= 4 and "heading" in block_types
        if page.image_id:
            assert page.image_alt.strip()
    assert sum(page.series is not None and page.series.slug == "kekseliaat-kehittajat" for page in finnish) >= 3
    assert sum(page.related_deeds.exists() for page in finnish) >= 3
    assert sum(page.image_id is not None for page in finnish) >= 3
    assert {deed.external_id for page in finnish for deed in Deed.objects.filter(pk__in=related_ids(page))} <= {
        spec["id"] for spec in DEEDS
    }


def related_ids(page):
    return page.related_deeds.values_list("deed_id", flat=True)


def test_translated_news_carry_the_finnish_items_classification_in_their_own_language(demo):
    for code in TRANSLATED:
        translations = list(NewsPage.objects.live().filter(locale__language_code=code))
        assert len(translations) >= 4
        for page in translations:
            source = finnish_source(page)
            assert page.title != source.title and page.lead != source.lead and page.slug != source.slug
            assert page.date == source.date and page.image_id == source.image_id
            assert page.get_parent().specific_class is NewsIndexPage and page.get_parent().locale_id == page.locale_id
            assert list(related_ids(page)) == list(related_ids(source))
            for relation in ("sectors", "themes"):
                terms = list(getattr(page, relation).all())
                assert keys(terms) == keys(getattr(source, relation).all())
                assert {term.locale_id for term in terms} == {page.locale_id}
            if source.series_id:
                assert page.series.translation_key == source.series.translation_key
                assert page.series.locale_id == page.locale_id
            if page.image_id:
                assert page.image_alt and page.image_alt != source.image_alt
    for key, languages in SERIES.items():
        series = Series.objects.get(locale__language_code="fi", slug=key)
        for code in TRANSLATED:
            assert series.get_translation(locale(code)).slug == languages[code][1]


def mp3_length(document):
    with document.open_file() as file:
        return media.mp3_duration(file)


def test_the_podcast_has_three_finnish_episodes_with_audio_and_transcripts(demo):
    podcast = PodcastPage.objects.get(locale__language_code="fi")
    assert (podcast.artwork.width, podcast.artwork.height) == (1400, 1400) and podcast.artwork_alt
    episodes = list(PodcastEpisodePage.objects.live().child_of(podcast).order_by("episode_number"))
    assert [(episode.season_number, episode.episode_number) for episode in episodes] == [(1, 1), (1, 2), (1, 3)]
    assert len({episode.audio_id for episode in episodes}) == 3
    for episode in episodes:
        assert episode.audio.file_extension == "mp3"
        with episode.audio.open_file() as file:
            assert audio_format(file) == "mp3"
        assert episode.duration == mp3_length(episode.audio)
        assert datetime.timedelta(seconds=4) <= episode.duration <= datetime.timedelta(seconds=6)
        assert episode.transcript.count("<b>") >= 8  # speaker turns
        assert episode.summary and episode.show_notes and episode.guests.count() >= 2


def test_translated_episodes_keep_the_finnish_audio_with_translated_text(demo):
    for code in TRANSLATED:
        podcast = PodcastPage.objects.get(locale__language_code=code)
        assert podcast.artwork_id == PodcastPage.objects.get(locale__language_code="fi").artwork_id
        assert podcast.artwork_alt and podcast.description
        episodes = list(PodcastEpisodePage.objects.live().child_of(podcast))
        assert len(episodes) >= 2
        for episode in episodes:
            source = finnish_source(episode)
            assert (episode.audio_id, episode.duration, episode.episode_number) == (
                source.audio_id,
                source.duration,
                source.episode_number,
            )
            for field in ("title", "summary", "show_notes", "transcript"):
                assert getattr(episode, field) and getattr(episode, field) != getattr(source, field)
            assert [guest.name for guest in episode.guests.all()] == [guest.name for guest in source.guests.all()]


def test_the_podcast_feeds_list_the_episodes(demo, client):
    for code, count in (("fi", 3), ("sv", 2), ("en", 2)):
        podcast = PodcastPage.objects.get(locale__language_code=code)
        feed = feedparser.parse(client.get(podcast.feed_url()).content)
        assert len(feed.entries) == count
        assert {entry.enclosures[0].type for entry in feed.entries} == {"audio/mpeg"}


def test_the_first_episode_has_a_webvtt_transcript_in_every_feed(demo, client):
    first = PodcastEpisodePage.objects.get(locale__language_code="fi", episode_number=1)
    with first.transcript_file.open_file() as file:
        assert transcript_format(file) == "vtt"
    for code in LANGUAGES:
        podcast = PodcastPage.objects.get(locale__language_code=code)
        channel = ET.fromstring(client.get(podcast.feed_url()).content).find("channel")
        timed = {
            item.findtext("{http://www.itunes.com/dtds/podcast-1.0.dtd}episode"): [
                (tag.get("type"), tag.get("language"))
                for tag in item.findall("{https://podcastindex.org/namespace/1.0}transcript")
                if tag.get("type") != "text/html"
            ]
            for item in channel.iter("item")
        }
        assert timed["1"] == [("text/vtt", "fi")]  # the transcript of the Finnish audio
        assert timed["2"] == []


def test_the_podcast_page_links_the_apps_and_the_feed(demo, client):
    podcast = PodcastPage.objects.get(locale__language_code="fi")
    assert podcast.apple_podcasts_url.startswith("https://podcasts.apple.com/")
    assert podcast.spotify_url.startswith("https://open.spotify.com/show/")
    links = soup(client.get(podcast.get_url())).select(".subscribe-links a")
    assert [link["href"] for link in links] == [
        podcast.apple_podcasts_url,
        podcast.spotify_url,
        "http://testserver" + podcast.feed_url(),
    ]


def test_two_upcoming_and_two_past_webinars_at_one_oclock_finnish_time(demo):
    now = timezone.now()
    webinars = list(WebinarPage.objects.live().filter(locale__language_code="fi"))
    upcoming = [webinar for webinar in webinars if webinar.is_upcoming(now)]
    past = [webinar for webinar in webinars if not webinar.is_upcoming(now)]
    assert len(upcoming) == len(past) == 2
    assert {webinar.format for webinar in webinars} == set(WebinarPage.Format.values)
    for webinar in webinars:
        assert timezone.localtime(webinar.starts_at).time() == datetime.time(13, 0)
        assert webinar.ends_at - webinar.starts_at == datetime.timedelta(minutes=90)
        assert webinar.summary and webinar.body and webinar.speakers.count() >= 2
        assert bool(webinar.place) == (webinar.format != WebinarPage.Format.ONLINE)
    assert all(webinar.registration_is_open(now) for webinar in upcoming)
    with_deadline = [webinar for webinar in upcoming if webinar.registration_deadline]
    assert len(with_deadline) == 1 and now < with_deadline[0].registration_deadline < with_deadline[0].starts_at
    for webinar in past:
        assert webinar.recording_url.startswith("https://www.youtube.com/") and webinar.recording_has_captions
        # Stored by the demo: rendering never asks YouTube (tests have no network).
        assert "<iframe" in embeds.get_embed(webinar.recording_url).html
        with webinar.slides.open_file() as file:
            pdf = file.read()
        assert webinar.slides.file_extension == "pdf" and pdf.startswith(b"%PDF-") and b"/Lang" in pdf


def test_translated_webinars_share_time_place_and_recording(demo):
    now = timezone.now()
    for code in TRANSLATED:
        webinars = list(WebinarPage.objects.live().filter(locale__language_code=code))
        assert {webinar.is_upcoming(now) for webinar in webinars} == {True, False}
        for webinar in webinars:
            source = finnish_source(webinar)
            shared = ("starts_at", "ends_at", "format", "place", "registration_url", "recording_url", "slides_id")
            assert [getattr(webinar, name) for name in shared] == [getattr(source, name) for name in shared]
            assert webinar.title != source.title and webinar.summary != source.summary
            assert webinar.speakers.count() == source.speakers.count()
            assert webinar.get_parent().locale_id == webinar.locale_id


def test_the_finnish_home_page_highlights_three_demo_deeds(demo, client):
    home = HomePage.objects.get(locale__language_code="fi")
    chosen = [row.deed for row in home.highlighted_deeds.all()]
    assert [deed.external_id for deed in chosen] == list(HIGHLIGHTED_DEEDS)
    assert home.live_revision.as_object().highlighted_deeds.count() == 3
    for code in LANGUAGES:
        page = soup(client.get(HomePage.objects.get(locale__language_code=code).url)).get_text()
        for deed in chosen:
            shown = deed.get_translation_or_none(locale(code)) or deed  # in the visitor's language where it can
            assert shown.title in page


def test_every_new_page_renders_in_its_own_language(demo, client):
    models = (NewsIndexPage, WebinarIndexPage, PodcastPage, NewsPage, PodcastEpisodePage, WebinarPage)
    pages = [page for model in models for page in model.objects.live().select_related("locale")]
    assert len(pages) == len(INDEX_SLUGS) * len(LANGUAGES) + sum(
        code in spec for spec in [*NEWS, *EPISODES, *WEBINARS] for code in LANGUAGES
    )
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert soup(response).html["lang"] == page.locale.language_code, page.url


# -- the demo's data and files, without the database --------------------------------------


def test_demo_specs_are_complete_and_point_at_known_things():
    deed_ids = {spec["id"] for spec in DEEDS}
    for spec in NEWS:
        assert 2022 <= datetime.date.fromisoformat(spec["date"]).year <= 2026
        assert set(spec["sectors"]) <= set(SECTORS) and set(spec["themes"]) <= set(THEMES)
        assert set(spec["deeds"]) <= deed_ids and spec["authors"]
        assert spec["series"] in {None, *SERIES}
        for code in LANGUAGES:
            if code in spec:
                assert all(spec[code][name].strip() for name in ("title", "slug", "lead"))
                assert bool(spec[code].get("image_alt")) == bool(spec["image"])
                assert all(roles[code] is not None for _name, roles in spec["authors"])
    for code in LANGUAGES:
        slugs = [spec[code]["slug"] for spec in NEWS if code in spec]
        assert len(slugs) == len(set(slugs)) and all(re.fullmatch(r"[a-z0-9-]+", slug) for slug in slugs)
    assert set(HIGHLIGHTED_DEEDS) <= deed_ids
    assert [spec["number"] for spec in EPISODES] == [1, 2, 3]
    assert sorted(spec["weeks"] > 0 for spec in WEBINARS) == [False, False, True, True]
    for spec in [*EPISODES, *WEBINARS]:
        people = spec.get("guests") or spec["speakers"]
        for code in LANGUAGES:
            if code in spec:
                assert all(roles.get(code) for _name, roles in people)


def test_generated_audio_is_an_mp3_playing_one_second_a_note():
    data = media.tone_sequence_mp3((440, 550, 660))
    assert audio_format(BytesIO(data)) == "mp3"
    assert data[:2] == b"\xff\xfb"  # MPEG-1 Layer III: 44.1 kHz, as podcast apps expect
    assert media.mp3_duration(BytesIO(data)) == datetime.timedelta(seconds=3)
    assert len(data) < 20_000


def test_generated_transcript_is_webvtt_a_cue_a_second():
    data = media.webvtt([("Laura Niemi", "Tervetuloa!"), ("Anu Rantala", "Kiitos.")])
    assert transcript_format(BytesIO(data)) == "vtt"
    assert data.decode().splitlines() == [
        "WEBVTT",
        "",
        "00:00:00.000 --> 00:00:01.000",
        "<v Laura Niemi>Tervetuloa!",
        "",
        "00:00:01.000 --> 00:00:02.000",
        "<v Anu Rantala>Kiitos.",
    ]


def test_generated_slides_are_a_text_pdf_with_title_and_language():
    slides = [("Otsikko (1)", ["Rivi, jossa on ä ja ö."]), ("Kiitos", [])]
    pdf = media.slides_pdf("Sparraus – käytännössä", "fi", slides)
    assert pdf.startswith(b"%PDF-1.7") and pdf.rstrip().endswith(b"%%EOF")
    assert b"/Count 2" in pdf and b"(Otsikko \\(1\\)) Tj" in pdf and "Rivi, jossa on ä ja ö.".encode("cp1252") in pdf
    # Every cross-reference entry points at the start of its object.
    start = int(re.search(rb"startxref\n(\d+)", pdf).group(1))
    offsets = [int(offset) for offset in re.findall(rb"(\d{10}) 00000 n", pdf[start:])]
    assert all(pdf[offset:].startswith(b"%d 0 obj" % number) for number, offset in enumerate(offsets, start=1))
