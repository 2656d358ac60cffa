"""Webinars: the index lists upcoming then past ones by the clock; a webinar's page follows it through its life."""

import datetime
from unittest import mock

import pytest
import time_machine
from django.db import connection
from django.template.defaultfilters import filesizeformat
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.models import Embed
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from tests import factories
from tests.utils import rolled_back, soup
from uutiset.models import WebinarIndexPage, WebinarPage, WebinarSpeaker

HELSINKI = factories.HELSINKI
VIDEO_URL = "https://www.youtube.com/watch?v=tallenne"
PLAYER_HTML = '<iframe width="560" height="315" src="https://www.youtube.com/embed/tallenne"></iframe>'

pytestmark = pytest.mark.django_db


def at(*args):
    """A moment in Finnish time."""
    return datetime.datetime(*args, tzinfo=HELSINKI)


START = at(2026, 11, 1, 12)


@pytest.fixture(autouse=True)
def clock():
    """Every test starts on 1 November 2026 at noon, Finnish time; ``clock.move_to`` travels on."""
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


# Class-scoped: the tests grouped in a class only read the index and its webinars, which are built once for the
# class (on the tests' starting day) and rolled back after it; for a test outside a class, pytest builds them for
# that test alone.
@pytest.fixture(scope="class")
def index(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker), time_machine.travel(START, tick=False):
        yield factories.WebinarIndexPageFactory(parent=factories.site_home(), title="Webinaarit", slug="webinaarit")


def webinar(index, starts_at, **fields):
    return factories.WebinarPageFactory(parent=index, starts_at=starts_at, **fields)


@pytest.fixture(scope="class")
def fourteen_past(index, django_db_blocker):
    with django_db_blocker.unblock(), time_machine.travel(START, tick=False):
        for day in range(1, 15):
            webinar(index, at(2026, 10, day, 13))


@pytest.fixture(scope="class")
def an_upcoming_webinar(index, django_db_blocker):
    with django_db_blocker.unblock(), time_machine.travel(START, tick=False):
        return webinar(index, at(2026, 12, 3, 13))


def in_language(language_code, text):
    """A UI string as the pages in that language show it (English until it is translated)."""
    with translation.override(language_code):
        return translation.gettext(text)


def get(client, url, query=None):
    response = client.get(url, query or {})
    assert response.status_code == 200, response.status_code
    return response


def section_titles(response, heading_id):
    """The webinar titles listed in the section under that heading, in order."""
    section = soup(response).find(id=heading_id).find_parent("section")
    return [link.get_text(strip=True) for link in section.select("ul.card-list .card__title a")]


def upcoming(response):
    return section_titles(response, "upcoming-heading")


def past(response):
    return section_titles(response, "past-heading")


def status(response):
    return soup(response).select_one(".webinar__status").get_text(strip=True)


def main(response):
    return soup(response).find("main")


def link_texts(response):
    return [link.get_text(" ", strip=True) for link in main(response).find_all("a")]


# --- Page rules -----------------------------------------------------------------------------


def test_the_webinar_index_sits_only_under_a_home_page_once(home_page):
    assert WebinarIndexPage.allowed_parent_page_models() == [HomePage]
    assert WebinarIndexPage.can_create_at(home_page)
    factories.WebinarIndexPageFactory(parent=home_page)
    assert not WebinarIndexPage.can_create_at(home_page)
    assert not WebinarIndexPage.can_create_at(factories.StandardPageFactory(parent=home_page))


def test_webinars_live_only_under_the_webinar_index_and_have_no_children(index):
    assert WebinarPage.allowed_parent_page_models() == [WebinarIndexPage]
    assert WebinarIndexPage.allowed_subpage_models() == [WebinarPage]
    assert WebinarPage.allowed_subpage_models() == []
    assert not WebinarPage.can_create_at(index.get_parent())
    assert not StandardPage.can_create_at(index)


# --- The index ------------------------------------------------------------------------------


def test_upcoming_soonest_first_then_past_newest_first(client, index):
    webinar(index, at(2026, 12, 3, 13), title="Joulukuussa")
    webinar(index, at(2026, 11, 20, 9), title="Marraskuussa")
    webinar(index, at(2026, 9, 1, 13), title="Syyskuussa")
    webinar(index, at(2026, 10, 6, 13), title="Lokakuussa")
    webinar(index, at(2026, 11, 25, 9), title="Luonnos", live=False)

    response = get(client, index.get_url())

    assert upcoming(response) == ["Marraskuussa", "Joulukuussa"]
    assert past(response) == ["Lokakuussa", "Syyskuussa"]
    assert "Luonnos" not in response.content.decode()
    headings = [heading.get_text(" ", strip=True) for heading in main(response).find_all(["h1", "h2"])]
    assert headings == ["Webinaarit", in_language("fi", "Upcoming webinars"), in_language("fi", "Past webinars")]


def test_private_webinars_are_not_listed(client, index):
    secret = webinar(index, at(2026, 12, 3, 13), title="Vain kutsutuille")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x")

    assert upcoming(get(client, index.get_url())) == []


def test_a_webinar_moves_from_upcoming_to_past_when_it_ends(client, clock, index):
    webinar(index, at(2026, 12, 3, 13), title="Kehittäjäpäivä")  # until 14.30

    clock.move_to(at(2026, 12, 3, 12, 59))
    response = get(client, index.get_url())
    assert (upcoming(response), past(response)) == (["Kehittäjäpäivä"], [])

    clock.move_to(at(2026, 12, 3, 14, 29))  # on now: still worth joining
    response = get(client, index.get_url())
    assert (upcoming(response), past(response)) == (["Kehittäjäpäivä"], [])

    clock.move_to(at(2026, 12, 3, 14, 30))
    response = get(client, index.get_url())
    assert (upcoming(response), past(response)) == ([], ["Kehittäjäpäivä"])


def test_empty_lists_say_so(client, index):
    document = main(get(client, index.get_url()))

    notices = [notice.get_text(strip=True) for notice in document.select(".notice")]
    assert notices == [
        in_language(
            "fi",
            "No webinars are coming up right now. Subscribe to the calendar to get new ones as soon as "
            "they are published.",
        ),
        in_language("fi", "No webinars have been held yet."),
    ]
    assert document.select("ul.card-list") == []


def test_past_cards_say_when_a_recording_is_available(client, index):
    webinar(index, at(2026, 10, 1, 13), title="Tallennettu", recording_url=VIDEO_URL, recording_has_captions=True)
    webinar(index, at(2026, 9, 1, 13), title="Ilman tallennetta")

    items = soup(get(client, index.get_url())).select("#past li")

    note = in_language("fi", "Recording available")
    assert [(item.select_one(".card__title").get_text(strip=True), note in item.get_text()) for item in items] == [
        ("Tallennettu", True),
        ("Ilman tallennetta", False),
    ]


def test_cards_show_the_time_and_link_to_the_webinar(client, index):
    page = webinar(index, at(2026, 12, 3, 13), title="Kehittäjäpäivä")

    card = soup(get(client, index.get_url())).select_one("#upcoming-heading ~ ul .card")

    assert card.select_one(".card__title a")["href"] == page.get_url()
    times = [time["datetime"] for time in card.find_all("time")]
    assert times == ["2026-12-03T13:00:00+02:00", "2026-12-03T14:30:00+02:00"]


def test_past_webinars_come_twelve_a_page(client, index):
    for day in range(1, 15):
        webinar(index, at(2026, 10, day, 13), title=f"Lokakuun {day}.")
    webinar(index, at(2026, 12, 3, 13), title="Tuleva")

    first = get(client, index.get_url())
    assert past(first) == [f"Lokakuun {day}." for day in range(14, 2, -1)]
    assert soup(first).find("meta", attrs={"name": "robots"}) is None
    next_link = soup(first).select_one(".pagination a[rel=next]")["href"]
    assert next_link == f"{index.get_url()}?page=2#past"

    second = get(client, index.get_url(), {"page": "2"})
    assert past(second) == ["Lokakuun 2.", "Lokakuun 1."]
    # The upcoming list is not paginated: every page shows it.
    assert upcoming(second) == ["Tuleva"]
    assert soup(second).find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"
    assert soup(second).select_one(".pagination a[rel=prev]")["href"] == f"{index.get_url()}#past"

    assert past(get(client, index.get_url(), {"page": "9"})) == past(second)


class TestFourteenPast:
    """Fourteen past webinars, two pages of them."""

    @pytest.mark.parametrize(
        "value", ["0", "-1", "abc", "1.5", "99999999999999999999", "\x00", "2\x00", "a" * 10_000, "<script>", ""]
    )
    def test_bad_page_numbers_are_ignored(self, client, index, value, fourteen_past):
        response = client.get(index.get_url(), {"page": value, "unknown": value})

        assert response.status_code == 200
        assert len(past(response)) == 12
        assert "<script>" not in response.content.decode()


def test_subscribe_link_opens_the_calendar_app(client, index):
    document = soup(get(client, index.get_url()))

    calendar = f"http://testserver{index.get_url()}kalenteri/"
    link = document.find("a", string=in_language("fi", "Subscribe to the calendar"))
    assert link["href"] == calendar.replace("http://", "webcal://")
    assert document.select_one(".webinars__address").get_text() == calendar
    assert document.find("link", attrs={"type": "text/calendar"})["href"] == calendar


def count_queries(client, url):
    client.get(url)  # warm up: caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def make_webinars(index, number):
    """As many upcoming as past webinars, the past ones with recordings."""
    for n in range(number):
        webinar(index, at(2026, 12, 1, 9) + datetime.timedelta(days=n))
        webinar(
            index, at(2026, 10, 1, 9) - datetime.timedelta(days=n), recording_url=VIDEO_URL, recording_has_captions=True
        )


def test_listing_query_count_does_not_grow_with_the_number_of_webinars(client, index):
    make_webinars(index, 5)
    few, response = count_queries(client, index.get_url())
    assert len(upcoming(response)) == 5
    make_webinars(index, 45)
    many, response = count_queries(client, index.get_url())
    assert (len(upcoming(response)), len(past(response))) == (50, 12)

    assert few == many, f"{few} queries with 5 + 5 webinars, {many} with 50 + 50"


def test_post_is_not_allowed(client, index):
    page = webinar(index, at(2026, 12, 3, 13))

    assert client.post(index.get_url()).status_code == 405
    assert client.post(page.get_url()).status_code == 405


# --- A webinar's page -----------------------------------------------------------------------


def test_the_page_shows_the_time_in_finnish_time_with_its_offset(client, index):
    winter = webinar(index, at(2026, 12, 3, 13))
    summer = webinar(index, at(2027, 6, 3, 9))

    for page, iso, offset in [
        (winter, "2026-12-03T13:00:00+02:00", "UTC+2"),
        (summer, "2027-06-03T09:00:00+03:00", "UTC+3"),
    ]:
        facts = soup(get(client, page.get_url())).select_one(".webinar__facts")
        assert facts.find("time")["datetime"] == iso
        with translation.override("fi"):
            expected = translation.gettext("Finnish time (%(offset)s)") % {"offset": offset}
        assert facts.select_one(".webinar__time-zone").get_text(strip=True) == expected


def test_the_page_shows_what_the_webinar_is(client, index):
    page = webinar(
        index,
        at(2026, 12, 3, 13),
        title="Kehittäjäpäivä",
        format=WebinarPage.Format.HYBRID,
        place="Kuntatalo, Toinen linja 14, Helsinki",
        stream_url="https://www.example.fi/striimi",
        summary="Kuulemme kehittämistekoja.",
        body=factories.paragraph("<p>Ohjelmassa puheenvuoroja ja keskustelua.</p>"),
    )
    factories.WebinarSpeakerFactory(page=page, name="Liisa Laine", role="kehittämispäällikkö, Kuusamo", sort_order=0)
    factories.WebinarSpeakerFactory(page=page, name="Pekka Puhuja", role="", sort_order=1)

    response = get(client, page.get_url())
    document = main(response)

    assert [h1.get_text(strip=True) for h1 in document.find_all("h1")] == ["Kehittäjäpäivä"]
    assert document.select_one(".lead").get_text(strip=True) == "Kuulemme kehittämistekoja."
    facts = document.select_one(".webinar__facts").get_text(" ", strip=True)
    assert "Kuntatalo, Toinen linja 14, Helsinki" in facts
    assert document.find("a", href="https://www.example.fi/striimi") is not None
    assert "Ohjelmassa puheenvuoroja ja keskustelua." in document.select_one(".stream").get_text()
    speakers = [" ".join(item.get_text().split()) for item in document.select(".webinar__speakers li")]
    assert speakers == ["Liisa Laine, kehittämispäällikkö, Kuusamo", "Pekka Puhuja"]
    ics = document.find("a", string=in_language("fi", "Add to calendar"))
    assert ics["href"] == page.ics_url() == f"{page.get_url()}kalenteri/"


def test_an_online_webinar_without_a_stream_link_says_it_is_sent_to_registrants(client, index):
    page = webinar(index, at(2026, 12, 3, 13), stream_url="")

    facts = soup(get(client, page.get_url())).select_one(".webinar__facts").get_text(" ", strip=True)

    assert in_language("fi", "The link to the stream is sent to those who register.") in facts


@pytest.mark.parametrize(
    ("moment", "expected"),
    [(at(2026, 12, 3, 12, 59), "Upcoming"), (at(2026, 12, 3, 13), "On now"), (at(2026, 12, 3, 14, 30), "Past")],
)
def test_status_follows_the_clock(client, clock, index, moment, expected):
    page = webinar(index, at(2026, 12, 3, 13))

    clock.move_to(moment)

    assert status(get(client, page.get_url())) == in_language("fi", expected)


def test_registration_is_open_until_its_deadline(client, clock, index):
    page = webinar(index, at(2026, 12, 3, 13), registration_deadline=at(2026, 12, 1, 16))
    register = in_language("fi", "Register")
    closed = in_language("fi", "Registration has closed.")

    response = get(client, page.get_url())
    link = main(response).find("a", string=register)
    assert link["href"] == "https://www.example.fi/ilmoittaudu"
    assert "button" in link["class"]
    closes = link.find_parent("div").find("time")
    assert closes["datetime"] == "2026-12-01T16:00:00+02:00"
    assert in_language("fi", "Registration closes") in closes.parent.get_text()

    clock.move_to(at(2026, 12, 1, 16))
    response = get(client, page.get_url())
    assert register not in link_texts(response)
    assert main(response).select_one(".webinar__actions .notice").get_text(strip=True) == closed


def test_without_a_deadline_registration_closes_when_the_webinar_starts(client, clock, index):
    page = webinar(index, at(2026, 12, 3, 13), registration_deadline=None)
    register = in_language("fi", "Register")

    clock.move_to(at(2026, 12, 3, 12, 59))
    response = get(client, page.get_url())
    assert register in link_texts(response)
    assert main(response).select_one(".webinar__actions time")["datetime"] == "2026-12-03T13:00:00+02:00"

    clock.move_to(at(2026, 12, 3, 13))
    response = get(client, page.get_url())
    assert register not in link_texts(response)
    assert in_language("fi", "Registration has closed.") in main(response).get_text()


def test_after_the_webinar_registration_is_not_mentioned(client, clock, index):
    page = webinar(index, at(2026, 12, 3, 13), stream_url="https://www.example.fi/striimi")

    clock.move_to(at(2026, 12, 4))
    document = main(get(client, page.get_url()))

    assert document.select(".webinar__actions .notice") == []
    assert document.find("a", href="https://www.example.fi/ilmoittaudu") is None
    # Nor is the live stream: it is over.
    assert document.find("a", href="https://www.example.fi/striimi") is None


def test_no_registration_link_no_registration_section(client, index):
    page = webinar(index, at(2026, 12, 3, 13), registration_url="")

    response = get(client, page.get_url())

    assert in_language("fi", "Register") not in link_texts(response)
    assert main(response).select(".webinar__actions .notice") == []


def cached_embed(url=VIDEO_URL, html=PLAYER_HTML):
    """The provider's answer stored as Wagtail stores it, so that no test reaches the network."""
    return Embed.objects.create(url=url, hash=get_embed_hash(url), type="video", html=html)


def test_the_recording_is_embedded_only_after_the_webinar(client, clock, index):
    cached_embed()
    page = webinar(
        index, at(2026, 12, 3, 13), title="Kehittäjäpäivä", recording_url=VIDEO_URL, recording_has_captions=True
    )

    for moment in (at(2026, 12, 3, 12), at(2026, 12, 3, 14)):
        clock.move_to(moment)
        document = main(get(client, page.get_url()))
        assert document.find(id="recording-heading") is None
        assert document.find("iframe") is None

    clock.move_to(at(2026, 12, 3, 14, 30))
    document = main(get(client, page.get_url()))
    section = document.find(id="recording-heading").find_parent("section")
    with translation.override("fi"):
        title = translation.gettext("Recording: %(title)s") % {"title": "Kehittäjäpäivä"}
    assert section.find("iframe")["title"] == title
    assert section.find("iframe")["src"] == "https://www.youtube.com/embed/tallenne"
    assert section.find("a", href=VIDEO_URL) is not None


def test_the_recording_link_remains_when_the_video_service_cannot_be_reached(client, clock, index):
    page = webinar(index, at(2026, 10, 1, 13), recording_url=VIDEO_URL, recording_has_captions=True)

    with mock.patch("wagtail.embeds.embeds.get_embed", side_effect=EmbedNotFoundException) as get_embed:
        document = main(get(client, page.get_url()))

    get_embed.assert_called_once_with(VIDEO_URL)
    assert document.find("iframe") is None
    assert document.find(id="recording-heading").find_parent("section").find("a", href=VIDEO_URL) is not None


def test_a_video_file_plays_with_its_captions_and_the_slides_can_be_downloaded(client, index, media_root):
    video = factories.DocumentFactory(file__filename="tallenne.mp4", file__data=b"\0" * 2048)
    captions = factories.DocumentFactory(file__filename="tekstitys.vtt", file__data=b"WEBVTT\n")
    slides = factories.DocumentFactory(file__filename="diat.pdf", file__data=b"%PDF" + b"\0" * 1_500_000)
    page = webinar(index, at(2026, 10, 1, 13), recording_file=video, captions_file=captions, slides=slides)

    document = main(get(client, page.get_url()))

    player = document.find("video")
    assert player["src"] == video.url
    assert player.has_attr("controls")
    assert player["preload"] == "none"
    track = player.find("track")
    assert (track["kind"], track["src"], track["srclang"], track.has_attr("default")) == (
        "captions",
        captions.url,
        "fi",
        True,
    )
    assert track["label"]
    slides_link = document.find("a", href=slides.url)
    assert slides_link.get_text(strip=True) == in_language("fi", "Download the slides")
    with translation.override("fi"):
        size = filesizeformat(1_500_004)
    assert slides_link.find_next_sibling("span").get_text(strip=True) == f"(PDF, {size})"


def test_slides_without_a_recording_come_under_their_own_heading(client, index, media_root):
    slides = factories.DocumentFactory(file__filename="diat.pdf", file__data=b"%PDF")
    page = webinar(index, at(2026, 10, 1, 13), slides=slides)

    document = main(get(client, page.get_url()))

    assert document.find(id="recording-heading").get_text(strip=True) == in_language("fi", "Slides")
    assert document.find("video") is None


def test_webinar_page_query_count_does_not_grow_with_the_speakers(client, index, media_root):
    cached_embed()
    slides = factories.DocumentFactory(file__filename="diat.pdf", file__data=b"%PDF")
    page = webinar(index, at(2026, 10, 1, 13), recording_url=VIDEO_URL, recording_has_captions=True, slides=slides)
    factories.WebinarSpeakerFactory(page=page)
    few, response = count_queries(client, page.get_url())
    assert len(main(response).select(".webinar__speakers li")) == 1
    for _ in range(4):
        factories.WebinarSpeakerFactory(page=page)
    many, response = count_queries(client, page.get_url())
    assert len(main(response).select(".webinar__speakers li")) == 5

    assert few == many, f"{few} queries with 1 speaker, {many} with 5"


class TestAnUpcomingWebinar:
    """One upcoming webinar."""

    @pytest.mark.parametrize("query", [{"page": "\x00"}, {"x": "a" * 10_000}, {"page": "99999999999999999999"}])
    def test_webinar_page_ignores_parameters(self, client, query, an_upcoming_webinar):
        page = an_upcoming_webinar

        assert client.get(page.get_url(), query).status_code == 200


def test_editors_preview_shows_the_webinar_page(index):
    page = webinar(index, at(2026, 12, 3, 13), title="Kehittäjäpäivä")
    page.title = "Kehittäjäpäivä (muokattu)"
    page.speakers.add(WebinarSpeaker(name="Uusi Puhuja"))

    response = page.make_preview_request()

    assert response.status_code == 200
    document = main(response)
    assert document.find("h1").get_text(strip=True) == "Kehittäjäpäivä (muokattu)"
    assert [item.get_text(strip=True) for item in document.select(".webinar__speakers li")] == ["Uusi Puhuja"]


# --- Languages ------------------------------------------------------------------------------


def test_each_language_has_its_own_listing_and_page(client, homes):
    index = factories.WebinarIndexPageFactory(parent=homes["fi"], title="Webinaarit", slug="webinaarit")
    page = webinar(index, at(2026, 12, 3, 13), title="Kehittäjäpäivä", slug="kehittajapaiva")
    translations = {"fi": (index, page)}
    for code in ("sv", "en"):
        translated_index = factories.translate(index, code, title=f"Webbinarier {code}", slug=f"webinarier-{code}")
        translations[code] = (translated_index, factories.translate(page, code, title=f"Utvecklardagen {code}"))

    for code, (translated_index, translated_page) in translations.items():
        listing = get(client, translated_index.get_url())
        assert listing.headers["Content-Language"] == code
        assert soup(listing).html["lang"] == code
        assert upcoming(listing) == [translated_page.title]
        assert (
            soup(listing)
            .find("a", string=in_language(code, "Subscribe to the calendar"))["href"]
            .endswith(f"{translated_index.get_url()}kalenteri/")
        )

        detail = get(client, translated_page.get_url())
        assert soup(detail).html["lang"] == code
        assert main(detail).find("h1").get_text(strip=True) == translated_page.title
        assert status(detail) == in_language(code, "Upcoming")
        assert main(detail).find("a", string=in_language(code, "Add to calendar"))["href"] == (
            f"{translated_page.get_url()}kalenteri/"
        )


# --- Editors create webinars in the admin ---------------------------------------------------


def form_data(**changes):
    data = {
        "title": "Hyvä työelämä",
        "slug": "hyva-tyoelama",
        "starts_at": "2026-12-03 13:00",
        "ends_at": "2026-12-03 14:30",
        "format": "online",
        "place": "",
        "stream_url": "https://www.example.fi/striimi",
        "registration_url": "https://www.example.fi/ilmoittaudu",
        "registration_deadline": "2026-12-01 16:00",
        "summary": "Kuulemme kehittämistekoja kunnista.",
        "body": streamfield([("paragraph", rich_text("<p>Ohjelma julkaistaan pian.</p>"))]),
        "speakers": inline_formset([{"name": "Liisa Laine", "role": "kehittämispäällikkö"}]),
        "recording_url": "",
        "recording_file": "",
        "captions_file": "",
        "slides": "",
        "action-publish": "action-publish",
    }
    data.update(changes)
    return nested_form_data(data)


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=("uutiset", "webinarpage", index.pk))


def test_editors_create_a_webinar(editor_client, index):
    response = editor_client.post(add_url(index), form_data())

    assert response.status_code == 302, response.context["form"].errors
    page = WebinarPage.objects.get(slug="hyva-tyoelama")
    assert page.live
    assert page.get_parent().specific == index
    assert (page.starts_at, page.ends_at) == (at(2026, 12, 3, 13), at(2026, 12, 3, 14, 30))
    assert [speaker.name for speaker in page.speakers.all()] == ["Liisa Laine"]
    assert upcoming(get(editor_client, index.get_url())) == ["Hyvä työelämä"]


def test_editors_preview_a_new_webinar(editor_client, index):
    preview_url = reverse("wagtailadmin_pages:preview_on_add", args=("uutiset", "webinarpage", index.pk))

    assert editor_client.post(preview_url, form_data()).json()["is_valid"]
    response = editor_client.get(preview_url)

    assert response.status_code == 200
    assert main(response).find("h1").get_text(strip=True) == "Hyvä työelämä"
    assert main(response).find("a", string=in_language("fi", "Add to calendar"))["href"].endswith("/kalenteri/")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"ends_at": "2026-12-03 12:00"}, "ends_at"),
        ({"ends_at": "2026-12-03 13:00"}, "ends_at"),
        ({"registration_deadline": "2026-12-04 09:00"}, "registration_deadline"),
        ({"format": "on_site"}, "place"),
        ({"format": "hybrid", "place": "   "}, "place"),
        ({"recording_url": VIDEO_URL}, "recording_has_captions"),
        ({"recording_file": "video"}, "captions_file"),
        ({"recording_file": "video", "captions_file": "pdf"}, "captions_file"),
        ({"recording_file": "pdf", "captions_file": "vtt"}, "recording_file"),
    ],
    ids=[
        "ends-before-start",
        "ends-as-it-starts",
        "deadline-after-end",
        "on-site-without-place",
        "hybrid-with-blank-place",
        "recording-without-captions",
        "video-without-captions-file",
        "pdf-as-captions",
        "pdf-as-video",
    ],
)
def test_the_admin_refuses_an_incomplete_webinar(editor_client, index, media_root, changes, field):
    documents = {
        "video": factories.DocumentFactory(file__filename="tallenne.mp4"),
        "vtt": factories.DocumentFactory(file__filename="tekstitys.vtt"),
        "pdf": factories.DocumentFactory(file__filename="diat.pdf"),
    }
    changes = {
        name: documents[value].pk if name in ("recording_file", "captions_file") else value
        for name, value in changes.items()
    }

    response = editor_client.post(add_url(index), form_data(**changes))

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not WebinarPage.objects.filter(slug="hyva-tyoelama").exists()


def test_a_recording_with_confirmed_captions_is_accepted(editor_client, index, media_root):
    video = factories.DocumentFactory(file__filename="tallenne.mp4")
    captions = factories.DocumentFactory(file__filename="tekstitys.vtt")

    response = editor_client.post(
        add_url(index),
        form_data(
            recording_url=VIDEO_URL, recording_has_captions=True, recording_file=video.pk, captions_file=captions.pk
        ),
    )

    assert response.status_code == 302
    page = WebinarPage.objects.get(slug="hyva-tyoelama")
    assert (page.recording_url, page.recording_file, page.captions_file) == (VIDEO_URL, video, captions)
