"""The webinar index (upcoming, then past ones page by page) and a webinar's own page.

Whether a webinar is upcoming, on now or past is decided from the clock at
each request; nothing about it is stored.
"""

from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.utils import timezone

from home.pagination import pagination
from teot.facets import parse_positive_int

PAST_PER_PAGE = 12


def webinar_listing(request, index_page):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    now = timezone.now()
    paginator = Paginator(index_page.past_webinars(now), PAST_PER_PAGE)
    # Past the last page (an old shared link) shows the last page rather than an error.
    page_obj = paginator.page(min(parse_positive_int(request.GET.get("page")), paginator.num_pages))
    listing_url = index_page.get_url(request)
    calendar_url = request.build_absolute_uri(index_page.calendar_url(request))
    return index_page.render(
        request,
        context_overrides={
            "upcoming": list(index_page.upcoming_webinars(now)),
            "past": page_obj.object_list,
            "page_obj": page_obj,
            # The past list sits below the upcoming one: page links jump straight to it.
            "pagination": pagination(
                page_obj, lambda number: f"{listing_url}?page={number}#past" if number > 1 else f"{listing_url}#past"
            ),
            "calendar_url": calendar_url,
            "webcal_url": "webcal://" + calendar_url.split("://", 1)[1],
        },
    )


def webinar_status(webinar, now):
    if not webinar.is_upcoming(now):
        return "past"
    return "ongoing" if webinar.is_ongoing(now) else "upcoming"


def webinar_page(request, webinar):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    now = timezone.now()
    status = webinar_status(webinar, now)
    return webinar.render(
        request,
        context_overrides={
            "status": status,
            "registration_open": webinar.registration_is_open(now),
            "ics_url": webinar.ics_url(request),
            "speakers": list(webinar.speakers.all()),
            "meta_description": webinar.search_description or webinar.summary,
        },
    )
