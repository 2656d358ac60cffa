"""Calendar files: a webinar's event to add, and the index's subscribable calendar of upcoming webinars."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from icalendar import Calendar

from tests import factories
from uutiset.models import WebinarPage

HELSINKI = factories.HELSINKI


def at(*args):
    """A moment in Finnish time."""
    return datetime.datetime(*args, tzinfo=HELSINKI)


@pytest.fixture(autouse=True)
def clock():
    """Every test starts on 1 November 2026 at noon, Finnish time; ``clock.move_to`` travels on."""
    with time_machine.travel(at(2026, 11, 1, 12), tick=False) as traveller:
        yield traveller


@pytest.fixture
def index(home_page):
    return factories.WebinarIndexPageFactory(parent=home_page, title="Webinaarit", slug="webinaarit")


def webinar(index, starts_at, **fields):
    return factories.WebinarPageFactory(parent=index, starts_at=starts_at, **fields)


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, Calendar.from_ical(response.content)


def summaries(calendar):
    return [str(event["SUMMARY"]) for event in calendar.events]


def assert_helsinki(value, expected):
    """The same instant, written in Finnish time (a TZID the calendar app resolves, not UTC or floating)."""
    assert value == expected
    assert str(value.tzinfo) == "Europe/Helsinki"


# --- One webinar's file ---------------------------------------------------------------------


def test_a_webinar_file_holds_its_event_in_finnish_time(client, index):
    page = webinar(
        index,
        at(2026, 12, 3, 13),
        title="Kehittäjäpäivä",
        slug="kehittajapaiva",
        summary="Kuulemme kehittämistekoja.",
        stream_url="https://www.example.fi/striimi",
    )

    response, calendar = fetch(client, page.ics_url())

    assert response["Content-Disposition"] == 'attachment; filename="kehittajapaiva.ics"'
    assert (str(calendar["VERSION"]), str(calendar["METHOD"])) == ("2.0", "PUBLISH")
    assert str(calendar["PRODID"]).startswith("-//Tekojen tori//")
    [event] = calendar.events
    url = page.get_full_url()  # the site's own address, whichever host name the file was fetched from
    assert url.startswith("http://localhost/")
    assert str(event["UID"]) == f"webinar-{page.translation_key}@localhost"
    assert_helsinki(event.start, page.starts_at)
    assert_helsinki(event.end, at(2026, 12, 3, 14, 30))
    assert event["DTSTART"].params["TZID"] == "Europe/Helsinki"
    assert event["DTSTAMP"].dt == at(2026, 11, 1, 12)
    assert str(event["SUMMARY"]) == "Kehittäjäpäivä"
    assert str(event["DESCRIPTION"]) == f"Kuulemme kehittämistekoja.\n\n{url}"
    assert str(event["URL"]) == url
    assert str(event["LOCATION"]) == "https://www.example.fi/striimi"
    assert [timezone.tz_name for timezone in calendar.timezones] == ["Europe/Helsinki"]
    assert calendar.get_missing_tzids() == set()


@pytest.mark.parametrize(
    ("starts_at", "utc_hour"),
    [(at(2027, 1, 14, 13), 11), (at(2027, 3, 30, 13), 10)],
    ids=["winter-utc+2", "summer-utc+3"],
)
def test_times_stay_right_on_both_sides_of_the_daylight_saving_change(client, index, starts_at, utc_hour):
    page = webinar(index, starts_at)

    _response, calendar = fetch(client, page.ics_url())

    [event] = calendar.events
    assert_helsinki(event.start, starts_at)
    assert event.start.astimezone(datetime.UTC).hour == utc_hour
    assert event.to_ical().decode().count("DTSTART;TZID=Europe/Helsinki:") == 1
    # The time zone rules in the file describe that moment too.
    assert (
        calendar.timezones[0].to_tz(lookup_tzid=False).utcoffset(starts_at.replace(tzinfo=None))
        == starts_at.utcoffset()
    )


@pytest.mark.parametrize(
    ("fields", "location"),
    [
        ({"format": WebinarPage.Format.ONLINE, "stream_url": ""}, "Online"),
        ({"format": WebinarPage.Format.ON_SITE, "place": "Kuntatalo, Helsinki"}, "Kuntatalo, Helsinki"),
        (
            {"format": WebinarPage.Format.HYBRID, "place": "Kuntatalo", "stream_url": "https://www.example.fi/s"},
            "Kuntatalo / https://www.example.fi/s",
        ),
    ],
    ids=["online-link-sent-later", "on-site", "hybrid"],
)
def test_location_is_the_place_or_the_stream(client, index, fields, location):
    page = webinar(index, at(2026, 12, 3, 13), **fields)

    _response, calendar = fetch(client, page.ics_url())

    with translation.override("fi"):
        expected = translation.gettext(location)
    assert str(calendar.events[0]["LOCATION"]) == expected


def test_the_uid_stays_the_same_between_downloads_and_languages(client, homes):
    index = factories.WebinarIndexPageFactory(parent=homes["fi"], slug="webinaarit")
    page = webinar(index, at(2026, 12, 3, 13))
    factories.translate(index, "sv", slug="webbinarier")
    swedish = factories.translate(page, "sv", title="Utvecklardagen")

    uids = {str(fetch(client, url)[1].events[0]["UID"]) for url in (page.ics_url(), page.ics_url(), swedish.ics_url())}

    assert uids == {f"webinar-{page.translation_key}@localhost"}
    assert summaries(fetch(client, swedish.ics_url())[1]) == ["Utvecklardagen"]


# --- The index's calendar -------------------------------------------------------------------


def test_the_subscription_lists_upcoming_webinars_only(client, clock, index):
    webinar(index, at(2026, 12, 3, 13), title="Joulukuussa")
    webinar(index, at(2026, 11, 1, 11, 30), title="Käynnissä")  # on now, until 13.00
    webinar(index, at(2026, 10, 1, 13), title="Lokakuussa")
    webinar(index, at(2026, 12, 10, 13), title="Luonnos", live=False)

    response, calendar = fetch(client, index.calendar_url())

    assert "Content-Disposition" not in response
    assert summaries(calendar) == ["Käynnissä", "Joulukuussa"]

    clock.move_to(at(2026, 11, 1, 13))
    assert summaries(fetch(client, index.calendar_url())[1]) == ["Joulukuussa"]


def test_the_subscription_tells_apps_what_it_is_and_how_often_to_refresh(client, index):
    webinar(index, at(2027, 1, 14, 13), title="Tammikuussa")
    webinar(index, at(2027, 3, 30, 13), title="Maaliskuussa")

    _response, calendar = fetch(client, index.calendar_url())

    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["PRODID"]) == "-//Tekojen tori//Webinars//FI"
    assert str(calendar["X-WR-CALNAME"]).startswith("Webinaarit")
    assert calendar["REFRESH-INTERVAL"].dt == datetime.timedelta(hours=6)
    assert calendar["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    assert "X-PUBLISHED-TTL:PT6H" in calendar.to_ical().decode().splitlines()
    # Winter and summer time in one calendar: each event keeps its own instant.
    starts = {str(event["SUMMARY"]): event.start for event in calendar.events}
    assert_helsinki(starts["Tammikuussa"], at(2027, 1, 14, 13))
    assert_helsinki(starts["Maaliskuussa"], at(2027, 3, 30, 13))
    utc = {summary: start.astimezone(datetime.UTC) for summary, start in starts.items()}
    assert utc["Maaliskuussa"] - utc["Tammikuussa"] == datetime.timedelta(days=75, hours=-1)
    assert [timezone.tz_name for timezone in calendar.timezones] == ["Europe/Helsinki"]


def test_an_empty_subscription_is_still_a_valid_calendar(client, index):
    _response, calendar = fetch(client, index.calendar_url())

    assert calendar.events == []
    assert str(calendar["X-WR-CALNAME"]).startswith("Webinaarit")


def test_each_language_has_its_own_subscription(client, homes):
    index = factories.WebinarIndexPageFactory(parent=homes["fi"], title="Webinaarit", slug="webinaarit")
    page = webinar(index, at(2026, 12, 3, 13), title="Kehittäjäpäivä")
    only_finnish = webinar(index, at(2026, 12, 10, 13), title="Vain suomeksi")
    indexes = {"fi": index}
    for code in ("sv", "en"):
        indexes[code] = factories.translate(index, code, title=f"Webbinarier {code}", slug=f"webinarier-{code}")
        factories.translate(page, code, title=f"Utvecklardagen {code}")

    calendars = {code: fetch(client, translated.calendar_url())[1] for code, translated in indexes.items()}

    assert summaries(calendars["fi"]) == ["Kehittäjäpäivä", only_finnish.title]
    assert summaries(calendars["sv"]) == ["Utvecklardagen sv"]
    assert summaries(calendars["en"]) == ["Utvecklardagen en"]
    assert str(calendars["sv"]["X-WR-CALNAME"]).startswith("Webbinarier sv")
    assert str(calendars["en"]["PRODID"]).endswith("//EN")


def count_queries(client, url):
    client.get(url)  # warm up: caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), Calendar.from_ical(response.content)


def make_webinars(index, number):
    for n in range(number):
        webinar(index, at(2026, 12, 1, 9) + datetime.timedelta(days=n))
        webinar(index, at(2026, 10, 1, 9) - datetime.timedelta(days=n))


def test_subscription_query_count_does_not_grow_with_the_number_of_webinars(client, index):
    make_webinars(index, 5)
    few, calendar = count_queries(client, index.calendar_url())
    assert len(calendar.events) == 5
    make_webinars(index, 45)
    many, calendar = count_queries(client, index.calendar_url())
    assert len(calendar.events) == 50

    assert few == many, f"{few} queries with 5 + 5 webinars, {many} with 50 + 50"


@pytest.mark.parametrize(
    "query", [{"page": "\x00"}, {"x": "a" * 10_000}, {"page": "-1"}, {"y": "99999999999999999999"}]
)
def test_calendars_ignore_parameters(client, index, query):
    page = webinar(index, at(2026, 12, 3, 13))

    assert client.get(index.calendar_url(), query).status_code == 200
    assert client.get(page.ics_url(), query).status_code == 200


def test_post_is_not_allowed(client, index):
    page = webinar(index, at(2026, 12, 3, 13))

    assert client.post(index.calendar_url()).status_code == 405
    assert client.post(page.ics_url()).status_code == 405
