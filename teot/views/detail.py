"""A deed's public page at ``<marketplace>/<slug>/``: only live deeds of the page's language."""

from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse

from home import invalidation
from teot.models.deeds import Deed


def deed_for_visitors(index_page, slug):
    """The live deed with this slug in the marketplace's language.

    Its sectors, themes and links are read by the page's template only when it builds the page
    (the page is kept in the cache until the deeds change).
    """
    deed = (
        Deed.objects.filter(locale_id=index_page.locale_id, live=True, slug=slug)
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
    return TemplateResponse(
        request,
        "teot/deed_detail.html",
        {
            "page": index_page,
            "deed": deed,
            "canonical_url": request.build_absolute_uri(index_page.deed_url(deed, request)),
            "translation_urls": translation_urls(request, index_page, deed),
            "meta_title": deed.title,
            "meta_description": deed.summary,
            "og_type": "article",
            "social_image": deed.image,
        },
    )


def translation_urls(request, index_page, deed):
    """The deed's page in each language it is published in (for the language switcher and hreflang)."""

    def build():
        translations = Deed.objects.filter(translation_key=deed.translation_key, live=True).select_related("locale")
        translations = {other.locale_id: other for other in translations}
        indexes = type(index_page).objects.live().filter(locale_id__in=translations).select_related("locale")
        return {index.locale.language_code: index.deed_url(translations[index.locale_id], request) for index in indexes}

    key = f"deed-translations:{deed.translation_key}:{request.get_host()}"
    return invalidation.cached(["deeds", "tree"], key, build)
