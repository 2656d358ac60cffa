"""Podcasts: the show page with its episodes, the episode page with player and transcript, and publishing rules."""

import datetime

import pytest
from django.db import connection
from django.template.defaultfilters import filesizeformat
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.html import escape
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.models import HomePage, StandardPage
from tests import factories
from tests.utils import rolled_back, soup
from uutiset.models import PodcastEpisodePage, PodcastPage

FEED_TYPE = "application/rss+xml"

pytestmark = pytest.mark.django_db


def in_language(language_code, text, **values):
    """A UI string as a page in that language shows it (English until the translations are compiled)."""
    with translation.override(language_code):
        return translation.gettext(text) % values if values else translation.gettext(text)


# Class-scoped: the tests grouped in a class only read the show, its episodes and their translations, which are
# built once for the class and rolled back after it; for a test outside a class, pytest builds them for that test
# alone, so the tests that change them (or add episodes under them) stay outside the classes.
@pytest.fixture(scope="class")
def podcast(django_db_setup, django_db_blocker, class_media_root):
    with rolled_back(django_db_blocker):
        yield factories.PodcastPageFactory(
            parent=factories.site_home(),
            title="Työelämän kehittäjät",
            slug="podcast",
            description="Keskusteluja työelämän kehittämisestä kunnissa.",
            author="Kuntatyö2030",
            artwork=factories.ImageFactory(file__width=1400, file__height=1400),
            artwork_alt="Mikrofoni ja podcastin nimi",
        )


def add_episodes(podcast, number, start=datetime.date(2026, 1, 1), title="Jakso"):
    """Episodes a day apart, the first oldest, numbered from 1."""
    return [
        factories.PodcastEpisodePageFactory(
            parent=podcast, title=f"{title} {n + 1}", date=start + datetime.timedelta(days=n), episode_number=n + 1
        )
        for n in range(number)
    ]


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response


def card_titles(response):
    return [link.get_text(strip=True) for link in soup(response).select("#main-content .card__title a")]


def feed_links(document):
    return [link["href"] for link in document.head.find_all("link", rel="alternate", type=FEED_TYPE)]


# --- The show page ----------------------------------------------------------------------------


class TestShowPage:
    """The show page of a show without episodes."""

    def test_show_page_presents_the_show(self, client, podcast):
        document = soup(get(client, podcast.get_url()))

        assert [h1.get_text(strip=True) for h1 in document.find_all("h1")] == ["Työelämän kehittäjät"]
        main = document.main.get_text(" ", strip=True)
        assert "Keskusteluja työelämän kehittämisestä kunnissa." in main
        assert "Kuntatyö2030" in main
        artwork = document.main.find("img")
        assert artwork["alt"] == "Mikrofoni ja podcastin nimi"
        assert (artwork["width"], artwork["height"]) == ("400", "400")

    def test_show_page_offers_the_feed_address_to_copy(self, client, podcast):
        document = soup(get(client, podcast.get_url()))

        feed_url = "http://testserver" + podcast.get_url() + "syote/"
        subscribe = document.find(id="subscribe-heading").find_parent("section")
        assert subscribe.find("h2").get_text(strip=True) == in_language("fi", "Subscribe")
        link = subscribe.find("a", href=feed_url)
        assert link.get_text(strip=True) == feed_url
        instructions = (
            "To follow the show, copy this address into your podcast app: most apps can add a show by its address. "
            "New episodes then arrive in the app by themselves."
        )
        assert subscribe.find("p").get_text(strip=True) == in_language("fi", instructions)
        assert feed_links(document) == [feed_url]
        assert document.head.find("link", type=FEED_TYPE)["title"] == "Työelämän kehittäjät"

    def test_without_app_addresses_the_feed_is_still_linked(self, client, podcast):
        subscribe = soup(get(client, podcast.get_url())).find(id="subscribe-heading").find_parent("section")

        assert [href for href, _name in subscribe_links(subscribe)] == [
            "http://testserver" + podcast.get_url() + "syote/"
        ]

    def test_show_without_episodes_says_so(self, client, podcast):
        document = soup(get(client, podcast.get_url()))

        assert document.select(".card") == []
        assert in_language("fi", "No episodes have been published yet.") in document.main.get_text()

    def test_show_page_and_feed_do_not_take_posts(self, client, podcast):
        assert client.post(podcast.get_url()).status_code == 405
        assert client.post(podcast.get_url() + "syote/").status_code == 405


APPLE_URL = "https://podcasts.apple.com/fi/podcast/tyoelaman-kehittajat/id1234567890"
SPOTIFY_URL = "https://open.spotify.com/show/1a2B3c4D5e6F7g8H9i0J1k"


def subscribe_links(section):
    return [(link["href"], link.get_text(strip=True)) for link in section.select(".subscribe-links a")]


def with_app_links(podcast):
    podcast.apple_podcasts_url = APPLE_URL
    podcast.spotify_url = SPOTIFY_URL
    podcast.save_revision().publish()
    return podcast


def test_show_page_links_the_apps_the_editors_set_and_the_feed(client, podcast):
    with_app_links(podcast)

    subscribe = soup(get(client, podcast.get_url())).find(id="subscribe-heading").find_parent("section")

    assert subscribe_links(subscribe) == [
        (APPLE_URL, in_language("fi", "Listen on Apple Podcasts")),
        (SPOTIFY_URL, in_language("fi", "Listen on Spotify")),
        ("http://testserver" + podcast.get_url() + "syote/", in_language("fi", "RSS feed for other podcast apps")),
    ]
    # Plain links: no app badges or scripts from the apps' servers.
    assert not subscribe.select(".subscribe-links img, .subscribe-links script")


def test_episodes_are_listed_newest_first_with_their_details(client, podcast):
    add_episodes(podcast, 3)
    factories.PodcastEpisodePageFactory(
        parent=podcast, title="Bonus", date=datetime.date(2026, 1, 3), episode_number=None
    )
    factories.PodcastEpisodePageFactory(parent=podcast, title="Luonnos", date=datetime.date(2026, 2, 1), live=False)
    private = factories.PodcastEpisodePageFactory(parent=podcast, title="Sisäinen", date=datetime.date(2026, 2, 1))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    response = get(client, podcast.get_url())

    assert card_titles(response) == ["Jakso 3", "Bonus", "Jakso 2", "Jakso 1"]
    document = soup(response)
    heading = document.find(id="episodes-heading")
    assert heading.name == "h2" and heading.get_text(strip=True).startswith("4")
    assert document.select_one("#main-content ul.card-list.plain-list > li > article.card")
    card = document.select_one("#main-content .card")
    assert card.find("a")["href"] == podcast.get_url() + "jakso-3/"
    assert card.find("time")["datetime"] == "2026-01-03"
    assert "Keskustelu työhyvinvoinnin kehittämisestä." in card.get_text()


def test_episodes_on_the_same_day_are_in_episode_number_order(client, podcast):
    for number in (1, 3, 2):
        factories.PodcastEpisodePageFactory(
            parent=podcast, title=f"Osa {number}", date=datetime.date(2026, 3, 1), episode_number=number
        )

    assert card_titles(get(client, podcast.get_url())) == ["Osa 3", "Osa 2", "Osa 1"]


def test_twelve_episodes_a_page(client, podcast):
    add_episodes(podcast, 30)

    first = get(client, podcast.get_url())
    third = get(client, podcast.get_url() + "?page=3")

    assert card_titles(first) == [f"Jakso {n}" for n in range(30, 18, -1)]
    assert card_titles(third) == [f"Jakso {n}" for n in range(6, 0, -1)]
    pages = soup(first).find("nav", class_="pagination")
    assert pages.find("a", rel="next")["href"] == podcast.get_url() + "?page=2"
    assert pages.find("a", attrs={"aria-current": "page"}).get_text(strip=True).endswith("1")
    assert soup(third).find("a", rel="prev")["href"] == podcast.get_url() + "?page=2"
    assert soup(third).head.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"
    assert soup(first).head.find("meta", attrs={"name": "robots"}) is None


def test_no_pagination_when_every_episode_fits(client, podcast):
    add_episodes(podcast, 12)

    assert soup(get(client, podcast.get_url())).find("nav", class_="pagination") is None


class TestFourteenEpisodes:
    """A show of fourteen episodes, two pages."""

    def test_a_page_past_the_end_shows_the_last_page(self, client, podcast, fourteen_episodes):

        assert card_titles(get(client, podcast.get_url() + "?page=99")) == ["Jakso 2", "Jakso 1"]

    @pytest.mark.parametrize(
        "query",
        [
            "?page=abc",
            "?page=0",
            "?page=-1",
            "?page=1.5",
            "?page=99999999999999999999",
            "?page=%00",
            "?page=2%00",
            "?page=" + "9" * 10_000,
            "?page=" + "x" * 10_000,
            "?page=1&page=abc",
            "?page=%E2%82%AC",
            "?unknown=%00",
        ],
    )
    def test_bad_page_numbers_show_the_first_page(self, client, podcast, query, fourteen_episodes):

        assert card_titles(get(client, podcast.get_url() + query))[0] == "Jakso 14"


@pytest.fixture(scope="class")
def fourteen_episodes(podcast, django_db_blocker):
    with django_db_blocker.unblock():
        return add_episodes(podcast, 14)


def count_queries(client, url):
    client.get(url)  # warm up: renditions, caches, stored file sizes
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_show_page_query_count_does_not_grow_with_the_episodes(client, podcast):
    add_episodes(podcast, 5)
    few, response = count_queries(client, podcast.get_url())
    assert len(card_titles(response)) == 5
    add_episodes(podcast, 45, start=datetime.date(2026, 6, 1), title="Lisäjakso")
    many, response = count_queries(client, podcast.get_url())
    assert len(card_titles(response)) == 12

    assert few == many, f"{few} queries with 5 episodes, {many} with 50"


# --- The episode page -------------------------------------------------------------------------


@pytest.fixture(scope="class")
def episode(podcast, django_db_blocker):
    with django_db_blocker.unblock():
        episode = factories.PodcastEpisodePageFactory(
            parent=podcast,
            title="Sparrauksen satoa",
            slug="sparrauksen-satoa",
            date=datetime.date(2026, 10, 1),
            summary="Mitä kahden vuoden sparrauksesta jäi käteen?",
            duration=datetime.timedelta(minutes=32, seconds=15),
            season_number=2,
            episode_number=7,
            show_notes='<p>Lue lisää <a href="https://www.example.fi/sparraus">sparrauksesta</a>.</p>',
            transcript="<p><b>Juontaja:</b> Tervetuloa kuuntelemaan.</p><p><b>Matti:</b> Kiitos kutsusta.</p>",
            audio=factories.DocumentFactory(file__filename="sparraus.mp3", file__data=b"ID3" + b"\0" * 2045),
        )
        factories.EpisodeGuestFactory(page=episode, name="Matti Virtanen", role="henkilöstöjohtaja")
        factories.EpisodeGuestFactory(page=episode, name="Liisa Laine", role="")
        return episode


class TestEpisodePage:
    """The episode page, as published."""

    def test_episode_page_shows_the_episode(self, client, podcast, episode):
        document = soup(get(client, episode.get_url()))

        assert [h1.get_text(strip=True) for h1 in document.find_all("h1")] == ["Sparrauksen satoa"]
        header = document.find("header", class_="episode__header").get_text(" ", strip=True)
        assert "Mitä kahden vuoden sparrauksesta jäi käteen?" in header
        assert document.find("header", class_="episode__header").find("time")["datetime"] == "2026-10-01"
        assert in_language("fi", "Season %(season)s, episode %(number)s", season=2, number=7) in header
        assert "32:15" in header
        guests = document.find(id="guests-heading").find_parent("section")
        assert [li.get_text(strip=True) for li in guests.find_all("li")] == [
            "Matti Virtanen, henkilöstöjohtaja",
            "Liisa Laine",
        ]
        notes = document.find(id="notes-heading").find_parent("section")
        assert notes.find("a", href="https://www.example.fi/sparraus")

    def test_headings_are_in_order(self, client, episode):
        document = soup(get(client, episode.get_url()))

        levels = [int(heading.name[1]) for heading in document.main.find_all(["h1", "h2", "h3", "h4"])]
        assert levels[0] == 1
        assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))

    def test_player_is_a_native_audio_element_with_a_fallback(self, client, episode):
        document = soup(get(client, episode.get_url()))

        audio = document.find("audio")
        assert audio.has_attr("controls")
        assert audio["preload"] == "none"
        assert not audio.has_attr("autoplay")
        source = audio.find("source")
        assert source["src"] == episode.audio.url
        assert source["type"] == "audio/mpeg"
        assert audio.find("p").get_text(strip=True)  # what browsers without <audio> show
        assert get(client, source["src"])["Content-Type"] == "audio/mpeg"

    def test_download_link_names_the_format_and_size(self, client, episode):
        player = soup(get(client, episode.get_url())).find(id="listen-heading").find_parent("section")

        link = player.find("a", href=episode.audio.url)
        with translation.override("fi"):
            size = filesizeformat(2048)
        assert link.get_text(" ", strip=True) == in_language(
            "fi", "Download the episode (%(format)s, %(size)s)", format="MP3", size=size
        )

    def test_the_transcript_is_on_the_page_and_linked_from_the_player(self, client, episode):
        document = soup(get(client, episode.get_url()))

        transcript = document.find(id="transcript")
        assert transcript.find("h2").get_text(strip=True) == in_language("fi", "Transcript")
        assert "Matti: Kiitos kutsusta." in transcript.get_text(" ", strip=True).replace(" :", ":")
        player = document.find("audio").find_parent("section")
        link = player.find("a", href="#transcript")
        assert link.get_text(strip=True) == in_language("fi", "Read the transcript")

    def test_without_a_transcript_file_only_the_text_is_shown(self, client, episode):
        transcript = soup(get(client, episode.get_url())).find(id="transcript")

        assert not transcript.find("a", href=lambda href: href and "/documents/" in href)

    def test_the_newest_episode_has_no_next_link(self, client, podcast, episode):
        nav = soup(get(client, episode.get_url())).find("nav", class_="episode-nav")

        assert nav.find("a", rel="next") is None
        assert nav.find("a", rel="prev") is None

    def test_episode_page_advertises_the_feed(self, client, podcast, episode):
        document = soup(get(client, episode.get_url()))

        assert feed_links(document) == ["http://testserver" + podcast.get_url() + "syote/"]

    def test_episode_is_shared_as_an_article(self, client, episode):
        document = soup(get(client, episode.get_url()))

        assert document.head.find("meta", property="og:type")["content"] == "article"

    def test_editors_preview_shows_the_page(self, podcast, episode):
        response = episode.make_preview_request()

        assert response.status_code == 200
        assert soup(response).find(id="transcript")


def test_m4a_audio_gets_its_own_type(client, podcast):
    episode = factories.PodcastEpisodePageFactory(
        parent=podcast, audio=factories.DocumentFactory(file__filename="jakso.m4a", file__data=factories.M4A_DATA)
    )

    assert soup(get(client, episode.get_url())).find("source")["type"] == "audio/x-m4a"


def test_episode_page_links_the_apps_and_the_feed(client, podcast, episode):
    with_app_links(podcast)

    document = soup(get(client, episode.get_url()))

    section = document.find(id="subscribe-heading").find_parent("section")
    assert section.find("h2").get_text(strip=True) == in_language("fi", "Follow the show")
    assert [href for href, _name in subscribe_links(section)] == [
        APPLE_URL,
        SPOTIFY_URL,
        "http://testserver" + podcast.get_url() + "syote/",
    ]


@pytest.mark.parametrize(
    ("filename", "data", "mime_type", "name"),
    [
        ("tekstitys.vtt", factories.WEBVTT_DATA, "text/vtt", "WebVTT"),
        ("tekstitys.srt", factories.SRT_DATA, "application/x-subrip", "SRT"),
    ],
)
def test_a_transcript_file_is_linked_beside_the_transcript(client, episode, filename, data, mime_type, name):
    episode.transcript_file = factories.DocumentFactory(file__filename=filename, file__data=data)
    episode.save_revision().publish()

    transcript = soup(get(client, episode.get_url())).find(id="transcript")

    link = transcript.find("a", href=episode.transcript_file.url)
    assert link["type"] == mime_type
    assert link["hreflang"] == "fi"
    assert name in link.get_text(" ", strip=True)
    assert "Matti" in transcript.get_text()  # the text itself stays on the page


def test_episode_links_to_its_neighbours_and_the_show(client, podcast, episode):
    older = factories.PodcastEpisodePageFactory(parent=podcast, title="Vanhempi", date=datetime.date(2026, 9, 1))
    newer = factories.PodcastEpisodePageFactory(parent=podcast, title="Uudempi", date=datetime.date(2026, 11, 1))
    factories.PodcastEpisodePageFactory(parent=podcast, title="Vanhin", date=datetime.date(2026, 8, 1))
    factories.PodcastEpisodePageFactory(parent=podcast, title="Luonnos", date=datetime.date(2026, 10, 2), live=False)

    document = soup(get(client, episode.get_url()))

    nav = document.find("nav", class_="episode-nav")
    assert nav.find("a", rel="prev")["href"] == older.get_url()
    assert "Vanhempi" in nav.find("a", rel="prev").get_text()
    assert nav.find("a", rel="next")["href"] == newer.get_url()
    assert nav.find("a", href=podcast.get_url()).get_text(strip=True) == in_language(
        "fi", "All episodes of %(title)s", title=podcast.title
    )
    assert document.find("p", class_="episode__show").find("a")["href"] == podcast.get_url()


def test_episode_page_query_count_does_not_grow(client, podcast, episode):
    add_episodes(podcast, 4)
    few, _response = count_queries(client, episode.get_url())
    add_episodes(podcast, 45, start=datetime.date(2025, 1, 1), title="Lisäjakso")
    for n in range(5):
        factories.EpisodeGuestFactory(page=episode, name=f"Vieras {n}")
    many, response = count_queries(client, episode.get_url())
    assert len(soup(response).find(id="guests-heading").find_parent("section").find_all("li")) == 7

    assert few == many, f"{few} queries with 5 episodes, {many} with 50"


# --- Languages --------------------------------------------------------------------------------


@pytest.fixture(scope="class")
def translated(podcast, episode, django_db_blocker):
    """The show and the episode in Swedish and English."""
    with django_db_blocker.unblock():
        factories.translated_homes()
        pages = {"fi": (podcast, episode)}
        for code in ("sv", "en"):
            show = factories.translate(podcast, code, title=f"Arbetslivets utvecklare ({code})", slug=f"podcast-{code}")
            pages[code] = (show, factories.translate(episode, code, title=f"Episode ({code})"))
        return pages


class TestLanguages:
    """The show and the episode in Finnish, Swedish and English."""

    @pytest.mark.parametrize("code", ["fi", "sv", "en"])
    def test_show_and_episode_render_in_each_language(self, client, translated, code):
        show, episode = translated[code]

        show_page = soup(get(client, show.get_url()))
        episode_page = soup(get(client, episode.get_url()))

        assert show_page.html["lang"] == code
        assert card_titles_in(show_page) == [episode.title]
        assert feed_links(show_page) == ["http://testserver" + show.get_url() + "syote/"]
        assert episode_page.html["lang"] == code
        assert episode_page.find("h1").get_text(strip=True) == episode.title
        assert episode_page.find("p", class_="episode__show").find("a")["href"] == show.get_url()
        assert episode_page.find(id="transcript")
        hreflangs = {link["hreflang"] for link in episode_page.head.find_all("link", rel="alternate", hreflang=True)}
        assert {"fi", "sv", "en"} <= hreflangs

    @pytest.mark.parametrize("code", ["sv", "en"])
    def test_translated_episode_says_the_audio_is_in_finnish(self, client, translated, code):
        _show, episode = translated[code]

        player = soup(get(client, episode.get_url())).find("audio").find_parent("section")

        with translation.override(code):
            finnish = str(translation.get_language_info("fi")["name_translated"])
        assert in_language(code, "The audio is in %(language)s.", language=finnish) in player.get_text(" ", strip=True)
        assert player.find("a", href=episode.audio.url)["hreflang"] == "fi"

    def test_finnish_episode_says_nothing_about_the_audio_language(self, client, translated):
        _show, episode = translated["fi"]

        player = soup(get(client, episode.get_url())).find("audio").find_parent("section")

        assert player.find(class_="notice") is None


def card_titles_in(document):
    return [link.get_text(strip=True) for link in document.select("#main-content .card__title a")]


# --- Where podcasts live ----------------------------------------------------------------------


class PodcastPageRulesTests(WagtailPageTestCase):
    def test_shows_sit_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(PodcastPage, {HomePage})
        self.assertCanNotCreateAt(StandardPage, PodcastPage)
        self.assertCanNotCreateAt(PodcastPage, PodcastPage)

    def test_episodes_sit_under_a_show_only(self):
        self.assertAllowedSubpageTypes(PodcastPage, {PodcastEpisodePage})
        self.assertAllowedParentPageTypes(PodcastEpisodePage, {PodcastPage})
        self.assertAllowedSubpageTypes(PodcastEpisodePage, set())
        self.assertCanNotCreateAt(HomePage, PodcastEpisodePage)


# --- Publishing: audio and a transcript (WCAG 1.2.1) ------------------------------------------


class EpisodePublishingTests(WagtailPageTestCase):
    def setUp(self):
        self.podcast = factories.PodcastPageFactory(parent=factories.site_home(), slug="podcast")
        self.audio = factories.DocumentFactory()
        self.login()

    def add_url(self):
        return f"/admin/pages/add/uutiset/podcastepisodepage/{self.podcast.pk}/"

    # What Draftail posts for an editor with no text in it (its serialiser returns null).
    EMPTY = "null"

    def form(self, publish=True, **changes):
        data = {
            "title": "Sparrauksen satoa",
            "slug": "sparrauksen-satoa",
            "date": "2026-10-01",
            "summary": "Mitä sparrauksesta jäi käteen?",
            "audio": str(self.audio.pk),
            "duration": "0:32:15",
            "season_number": "1",
            "episode_number": "3",
            "episode_type": "full",
            "guests": inline_formset([{"name": "Matti Virtanen", "role": "henkilöstöjohtaja"}]),
            "show_notes": self.EMPTY,
            "transcript": rich_text("<p>Juontaja: Tervetuloa.</p>"),
            **changes,
        }
        if publish:
            data["action-publish"] = "action-publish"
        return nested_form_data(data)

    def episode(self):
        return PodcastEpisodePage.objects.get(slug="sparrauksen-satoa")

    def assert_refused(self, response, field):
        self.assertEqual(response.status_code, 200)
        self.assertIn(field, response.context["form"].errors)

    def test_publishes_with_audio_duration_and_transcript(self):
        response = self.client.post(self.add_url(), self.form())

        self.assertEqual(response.status_code, 302)
        episode = self.episode()
        self.assertTrue(episode.live)
        self.assertIn("Tervetuloa", episode.transcript)
        self.assertEqual(episode.duration, datetime.timedelta(minutes=32, seconds=15))
        self.assertEqual([guest.name for guest in episode.guests.all()], ["Matti Virtanen"])

    def test_a_draft_may_lack_the_transcript(self):
        response = self.client.post(self.add_url(), self.form(publish=False, transcript=self.EMPTY))

        self.assertEqual(response.status_code, 302)
        episode = self.episode()
        self.assertFalse(episode.live)
        self.assertEqual(episode.transcript, "")

    def test_publishing_without_a_transcript_is_refused(self):
        response = self.client.post(self.add_url(), self.form(transcript=self.EMPTY))

        self.assert_refused(response, "transcript")
        self.assertFalse(PodcastEpisodePage.objects.filter(slug="sparrauksen-satoa").exists())

    def test_publishing_a_draft_without_a_transcript_is_refused_and_it_stays_a_draft(self):
        self.client.post(self.add_url(), self.form(publish=False, transcript=self.EMPTY))
        episode = self.episode()

        response = self.client.post(
            f"/admin/pages/{episode.pk}/edit/", self.form(transcript=self.EMPTY, title="Uusi otsikko")
        )

        self.assert_refused(response, "transcript")
        episode.refresh_from_db()
        self.assertFalse(episode.live)
        self.assertEqual(episode.title, "Sparrauksen satoa")

    def test_a_draft_with_a_transcript_can_then_be_published(self):
        self.client.post(self.add_url(), self.form(publish=False, transcript=self.EMPTY))
        episode = self.episode()

        response = self.client.post(f"/admin/pages/{episode.pk}/edit/", self.form())

        self.assertEqual(response.status_code, 302)
        episode.refresh_from_db()
        self.assertTrue(episode.live)

    def test_publishing_a_transcript_of_empty_paragraphs_is_refused(self):
        response = self.client.post(self.add_url(), self.form(transcript=rich_text("")))

        self.assert_refused(response, "transcript")

    def test_publishing_without_audio_or_duration_is_refused(self):
        for field in ("audio", "duration"):
            with self.subTest(field=field):
                self.assert_refused(self.client.post(self.add_url(), self.form(**{field: ""})), field)
        self.assertFalse(PodcastEpisodePage.objects.exists())

    def test_the_audio_must_be_mp3_or_m4a_inside_not_only_by_name(self):
        for filename, data in (
            ("jakso.mp3", b"RIFF\x24\0\0\0WAVEfmt " + b"\0" * 100),  # a WAV renamed
            ("jakso.mp3", b"Tervetuloa kuuntelemaan.\n"),
            ("jakso.m4a", factories.MP3_DATA),
            ("jakso.wav", b"RIFF\x24\0\0\0WAVEfmt " + b"\0" * 100),  # from before the formats were checked
        ):
            with self.subTest(filename=filename, data=data[:8]):
                fake = factories.DocumentFactory(file__filename=filename, file__data=data)
                self.assert_refused(self.client.post(self.add_url(), self.form(audio=str(fake.pk))), "audio")
        self.assertFalse(PodcastEpisodePage.objects.exists())

    def test_real_mp3_and_m4a_audio_are_accepted(self):
        for number, (filename, data) in enumerate(
            (
                ("jakso.mp3", factories.MP3_FRAMES_DATA),
                ("jakso.m4a", factories.M4A_DATA),
                ("jakso.aac", factories.AAC_DATA),
            )
        ):
            with self.subTest(filename=filename):
                audio = factories.DocumentFactory(file__filename=filename, file__data=data)
                slug = f"jakso-{number}"
                response = self.client.post(self.add_url(), self.form(audio=str(audio.pk), slug=slug))
                self.assertEqual(response.status_code, 302)
                self.assertEqual(PodcastEpisodePage.objects.get(slug=slug).audio, audio)

    def test_the_audio_field_says_which_formats_apps_play(self):
        response = self.client.get(self.add_url())

        help_text = str(response.context["form"]["audio"].help_text)
        self.assertIn("MP3", help_text)
        self.assertIn("M4A (AAC)", help_text)
        self.assertContains(response, escape(help_text))

    def test_a_webvtt_or_srt_transcript_file_is_saved(self):
        for number, (filename, data) in enumerate((("t.vtt", factories.WEBVTT_DATA), ("t.srt", factories.SRT_DATA))):
            with self.subTest(filename=filename):
                transcript = factories.DocumentFactory(file__filename=filename, file__data=data)
                slug = f"jakso-{number}"
                response = self.client.post(self.add_url(), self.form(transcript_file=str(transcript.pk), slug=slug))
                self.assertEqual(response.status_code, 302)
                self.assertEqual(PodcastEpisodePage.objects.get(slug=slug).transcript_file, transcript)

    def test_the_transcript_file_must_be_webvtt_or_srt_inside(self):
        for filename, data in (
            ("t.vtt", b"Juontaja: Tervetuloa.\n"),
            ("t.srt", factories.WEBVTT_DATA),
            ("t.pdf", b"%PDF-1.4\n"),
        ):
            with self.subTest(filename=filename):
                fake = factories.DocumentFactory(file__filename=filename, file__data=data)
                response = self.client.post(self.add_url(), self.form(transcript_file=str(fake.pk)))
                self.assert_refused(response, "transcript_file")
        self.assertFalse(PodcastEpisodePage.objects.exists())

    def test_the_audio_must_be_an_audio_file(self):
        pdf = factories.DocumentFactory(file__filename="muistio.pdf", file__data=b"%PDF-1.4")

        for publish in (True, False):
            with self.subTest(publish=publish):
                response = self.client.post(self.add_url(), self.form(publish=publish, audio=str(pdf.pk)))
                self.assert_refused(response, "audio")
        self.assertFalse(PodcastEpisodePage.objects.exists())


# --- Subscribe links: only the apps' own hosts ------------------------------------------------


class SubscribeLinksAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.podcast = factories.PodcastPageFactory(parent=factories.site_home(), slug="podcast")
        self.login()

    def edit(self, **changes):
        podcast = self.podcast
        data = {
            "title": podcast.title,
            "slug": podcast.slug,
            "description": podcast.description,
            "artwork": str(podcast.artwork_id),
            "artwork_alt": podcast.artwork_alt,
            "author": podcast.author,
            "owner_name": podcast.owner_name,
            "owner_email": podcast.owner_email,
            "category": podcast.category,
            "apple_podcasts_url": "",
            "spotify_url": "",
            "action-publish": "action-publish",
            **changes,
        }
        return self.client.post(f"/admin/pages/{podcast.pk}/edit/", nested_form_data(data))

    def test_apple_and_spotify_addresses_are_saved(self):
        response = self.edit(apple_podcasts_url=APPLE_URL, spotify_url=SPOTIFY_URL)

        self.assertEqual(response.status_code, 302)
        self.podcast.refresh_from_db()
        self.assertEqual((self.podcast.apple_podcasts_url, self.podcast.spotify_url), (APPLE_URL, SPOTIFY_URL))

    def test_addresses_on_other_hosts_are_refused(self):
        for field, url in (
            ("apple_podcasts_url", "https://example.com/podcast/"),
            ("apple_podcasts_url", "http://podcasts.apple.com/fi/podcast/x/id1"),  # not https
            ("apple_podcasts_url", "https://podcasts.apple.com.example.net/fi/podcast/x/id1"),
            ("spotify_url", "https://spotify.example.fi/show/1"),
            ("spotify_url", APPLE_URL),
        ):
            with self.subTest(field=field, url=url):
                response = self.edit(**{field: url})
                self.assertEqual(response.status_code, 200)
                self.assertIn(field, response.context["form"].errors)
        self.podcast.refresh_from_db()
        self.assertEqual((self.podcast.apple_podcasts_url, self.podcast.spotify_url), ("", ""))
