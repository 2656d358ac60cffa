"""A podcast show's page: the show, how to subscribe, and its episodes newest first."""

from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.template.response import TemplateResponse

from home.pagination import pagination
from teot.facets import parse_positive_int

EPISODES_PER_PAGE = 12


def feed_url(request, podcast):
    """The feed's absolute address: podcast apps need the whole URL."""
    return request.build_absolute_uri(podcast.feed_url(request))


def podcast_page(request, podcast):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])

    # The cards show neither the transcript nor the show notes, which can be long.
    episodes = podcast.live_episodes().defer("transcript", "show_notes")
    paginator = Paginator(episodes, EPISODES_PER_PAGE)
    # A page past the last (an old link) shows the last page rather than an error.
    page_obj = paginator.page(min(parse_positive_int(request.GET.get("page")), paginator.num_pages))

    page_url = podcast.get_url(request)
    return TemplateResponse(
        request,
        "uutiset/podcast_page.html",
        {
            "page": podcast,
            "episodes": page_obj.object_list,
            "page_obj": page_obj,
            "episode_count": paginator.count,
            "pagination": pagination(page_obj, lambda number: page_url + (f"?page={number}" if number > 1 else "")),
            "feed_url": feed_url(request, podcast),
        },
    )
