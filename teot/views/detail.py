"""A deed's public page at ``<marketplace>/<slug>/``: only live deeds of the page's language."""

from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse

from teot.deed_page import deed_context
from teot.models.deeds import Deed


def deed_for_visitors(index_page, slug):
    """The live deed with this slug in the marketplace's language.

    Its sectors, themes and links are read only when the page is built (the page is kept in the
    cache until the deeds change).
    """
    deed = (
        Deed.objects.live_in(index_page.locale_id)
        .filter(slug=slug)
        .select_related("organisation", "campaign", "image", "locale")
        .first()
    )
    if deed is None:
        raise Http404
    return deed


def deed_detail(request, index_page, slug):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    deed = deed_for_visitors(index_page, slug)
    return TemplateResponse(request, "teot/deed_detail.html", deed_context(request, deed, index_page))
