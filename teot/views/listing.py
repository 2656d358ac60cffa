"""The public deed listing: facets, search, sorting and pages, every state a shareable GET URL."""

from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.template.response import TemplateResponse

from teot import facets


def deed_listing(request, index_page):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])

    context = facets.Context(index_page.locale)
    state = facets.parse_state(request.GET, context)
    searched = facets.search(facets.live_deeds(index_page.locale), state.q)
    groups = facets.facet_groups(searched, state, context)
    results = facets.sort_deeds(facets.apply_facets(searched, state), state.sort)

    paginator = Paginator(facets.for_cards(results), state.per_page)
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
            "deeds": facets.with_urls(page_obj.object_list, index_page, request),
            "page_obj": page_obj,
            "result_count": paginator.count,
            "pagination": pagination(page_obj, state, listing_url),
            "sort_options": [(key, label, key == state.sort) for key, (label, _order) in facets.SORTS.items()],
            "page_sizes": [(size, size == state.per_page) for size in facets.PAGE_SIZES],
            "listing_url": listing_url,
            "clear_url": listing_url + state.query_string(q="", selected={}, page=1),
        },
    )


def pagination(page_obj, state, listing_url):
    """Links to the previous, next and nearby pages, keeping every other choice in the URL."""
    paginator = page_obj.paginator
    if paginator.num_pages < 2:
        return None

    def url(number):
        return listing_url + state.query_string(page=number)

    links = []
    for number in paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1):
        if number == paginator.ELLIPSIS:
            links.append({"ellipsis": True})
        else:
            links.append({"number": number, "url": url(number), "current": number == page_obj.number})
    return {
        "links": links,
        "previous_url": url(page_obj.previous_page_number()) if page_obj.has_previous() else None,
        "next_url": url(page_obj.next_page_number()) if page_obj.has_next() else None,
        "number": page_obj.number,
        "num_pages": paginator.num_pages,
    }
