"""iCalendar files: one webinar to add to a calendar, and the index's calendar of upcoming webinars to subscribe to."""

import datetime
import zoneinfo
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotAllowed
from django.utils import timezone
from django.utils.translation import get_language, gettext
from icalendar import Calendar, Event, vDuration

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
CONTENT_TYPE = "text/calendar; charset=utf-8"
# How often subscribed calendar apps should fetch the calendar again.
REFRESH_INTERVAL = datetime.timedelta(hours=6)


def location(webinar):
    online = webinar.stream_url or gettext("Online")
    if webinar.format == webinar.Format.ONLINE:
        return online
    if webinar.format == webinar.Format.ON_SITE:
        return webinar.place
    return f"{webinar.place} / {online}"


def webinar_event(webinar, request, stamp):
    url = webinar.get_full_url(request)
    return Event.new(
        # The same in every language, so adding a translation's file updates the event instead of adding another.
        uid=f"webinar-{webinar.translation_key}@{urlsplit(url).hostname}",
        stamp=stamp,
        last_modified=webinar.last_published_at,
        start=webinar.starts_at.astimezone(HELSINKI),
        end=webinar.ends_at.astimezone(HELSINKI),
        summary=webinar.title,
        description=f"{webinar.summary}\n\n{url}",
        url=url,
        location=location(webinar),
    )


def new_calendar(events, **properties):
    language = (get_language() or settings.LANGUAGE_CODE).upper()
    calendar = Calendar.new(prodid=f"-//Tekojen tori//Webinars//{language}", method="PUBLISH", **properties)
    for event in events:
        calendar.add_component(event)
    if events:
        # Time zone rules only for the dates the events span keep the file small.
        calendar.add_missing_timezones(
            first_date=min(event.start for event in events).date(),
            last_date=max(event.end for event in events).date() + datetime.timedelta(days=1),
        )
    return calendar


def calendar_response(calendar, filename=None):
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def webinar_ics(request, webinar):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    calendar = new_calendar([webinar_event(webinar, request, timezone.now())])
    return calendar_response(calendar, filename=f"{webinar.slug}.ics")


def upcoming_calendar(request, index_page):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    now = timezone.now()
    events = [webinar_event(webinar, request, now) for webinar in index_page.upcoming_webinars(now)]
    index_url = index_page.get_full_url(request)
    calendar = new_calendar(
        events,
        uid=f"webinars-{index_page.pk}@{urlsplit(index_url).hostname}",
        name=f"{index_page.title} – {gettext('Tekojen tori')}",
        description=index_page.intro or None,
        url=index_url,
        refresh_interval=REFRESH_INTERVAL,
    )
    calendar["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"  # required by RFC 7986
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL))  # Outlook's older name for the same
    # Served inline: calendar apps subscribe to the address rather than import a download.
    return calendar_response(calendar)
