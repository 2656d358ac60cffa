"""The public deed listing: facets, search, sorting and pages, every state a shareable GET URL."""

import dataclasses

from django.http import HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject

from home import ratelimit
from home.pagination import pagination
from teot import facets
from teot.models.deeds import Deed


def deed_listing(request, index_page):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])

    context = facets.Context(index_page.locale)
    state = facets.parse_state(request.GET, context)
    # The words run the site search's full-text query: they count against the same per-visitor limit.
    # Ticking facets without words does not.
    if state.q and not ratelimit.allow(request, ratelimit.SEARCH, ratelimit.search_limit()):
        return rate_limited(request, index_page, context, state)
    matching = facets.matching_deeds(index_page.locale, state.q)
    counts = facets.count(matching, state, context)
    groups = counts.groups
    results = facets.sort_deeds(facets.apply_facets(matching, state), state.sort)

    paginator = facets.CountedPaginator(results.for_cards(), state.per_page, counts.total)
    # Past the last page (an old shared link) shows the last page rather than an error.
    state.page = min(state.page, paginator.num_pages)
    page_obj = paginator.page(state.page)

    listing_url = index_page.get_url(request)
    active = facets.active_filters(state, groups)
    for item in active:
        item["url"] = listing_url + item.pop("remove")
    return TemplateResponse(
        request,
        "teot/deed_index.html",
        {
            "page": index_page,
            "state": state,
            "groups": groups,
            "active_filters": active,
            # Lazy: the template keeps the listing in the cache and reads these only to build it.
            "deeds": SimpleLazyObject(lambda: Deed.objects.with_urls(page_obj.object_list, request, index_page)),
            "listing_key": state.query_string(),
            "page_obj": page_obj,
            "result_count": counts.total,
            "pagination": pagination(page_obj, lambda number: listing_url + state.query_string(page=number)),
            "sort_options": [(key, label, key == state.sort) for key, (label, _order) in facets.SORTS.items()],
            "page_sizes": [(size, size == state.per_page) for size in facets.PAGE_SIZES],
            "listing_url": listing_url,
            "clear_url": listing_url + state.query_string(q="", selected={}, page=1),
        },
    )


def rate_limited(request, index_page, context, state):
    """A 429 with the filter form as it was sent: the words in the search box, the facets still ticked.

    No search runs: the facets are counted without the words, as for browsing without them.
    """
    seconds = ratelimit.retry_after(request, ratelimit.SEARCH, ratelimit.search_limit())
    browsing = dataclasses.replace(state, q="", page=1)
    groups = facets.count(facets.matching_deeds(index_page.locale, ""), browsing, context).groups
    listing_url = index_page.get_url(request)
    response = TemplateResponse(
        request,
        "teot/deed_index.html",
        {
            "page": index_page,
            "rate_limited": True,
            "retry_after": seconds,
            "state": state,
            "groups": groups,
            "sort_options": [(key, label, key == state.sort) for key, (label, _order) in facets.SORTS.items()],
            "page_sizes": [(size, size == state.per_page) for size in facets.PAGE_SIZES],
            "listing_url": listing_url,
            "clear_url": listing_url + state.query_string(q="", selected={}, page=1),
            "browse_url": listing_url + browsing.query_string(),
        },
        status=429,
    )
    return ratelimit.refused(response, seconds)
