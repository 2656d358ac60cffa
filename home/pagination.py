"""Page links for any paginated listing."""


def pagination(page_obj, url_for):
    """Links to the previous, next and nearby pages; ``url_for(number)`` gives a page's URL."""
    paginator = page_obj.paginator
    if paginator.num_pages < 2:
        return None
    links = []
    for number in paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1):
        if number == paginator.ELLIPSIS:
            links.append({"ellipsis": True})
        else:
            links.append({"number": number, "url": url_for(number), "current": number == page_obj.number})
    return {
        "links": links,
        "previous_url": url_for(page_obj.previous_page_number()) if page_obj.has_previous() else None,
        "next_url": url_for(page_obj.next_page_number()) if page_obj.has_next() else None,
        "number": page_obj.number,
        "num_pages": paginator.num_pages,
    }
