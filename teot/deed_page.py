"""A deed's page, built once: for the public view (views/detail.py) and for the admin's preview (``Deed``).

The page's template only formats what ``deed_context`` gives it; its tags run no queries. What the
page shows beyond the deed's own fields (``data``) is lazy: the template reads it only when it builds
the page's cached fragment. The deed's model is taken from the deed, as the model imports this module
for its preview.
"""

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from home import invalidation, sharing

from . import extensions

RELATED_COUNT = 4
CANDIDATES_PER_TERM = 50


def deed_context(request, deed, index_page):
    """The deed page's template context; ``index_page`` is the marketplace the page is under (None in a
    preview without one). A preview gets no canonical address nor other languages."""
    context = {
        "page": index_page,
        "deed": deed,
        "data": SimpleLazyObject(lambda: page_data(request, deed, index_page)),
        "meta_title": deed.title,
        "meta_description": deed.summary,
        "og_type": "article",
        "social_image": deed.image,
    }
    if not getattr(request, "is_preview", False):
        context["canonical_url"] = request.build_absolute_uri(index_page.deed_url(deed, request))
        context["translation_urls"] = translation_urls(request, deed)
    return context


def page_data(request, deed, index_page):
    """The deed's address, share links, terms, links, related deeds and the sections other apps add."""
    url = listing_url = ""
    if index_page is not None:
        url = listing_url = index_page.get_url(request)
        if deed.slug:
            url += index_page.reverse_subpage("deed", args=[deed.slug])
    absolute_url = request.build_absolute_uri(url) if request is not None and url else url
    # In a preview the terms and links may exist only in memory, in the form's data.
    return {
        "url": absolute_url,
        "listing_url": listing_url,
        "share": sharing.share_links(deed.title, deed.summary, absolute_url),
        "sectors": list(deed.sectors.all()),
        "themes": list(deed.themes.all()),
        "links": list(deed.links.all()),
        "related": type(deed).objects.with_urls(related_deeds(deed), request, index_page) if index_page else [],
        "language_code": deed.locale.language_code if deed.locale_id else translation.get_language(),
        "sections": extensions.deed_sections(deed, request),
    }


def translation_urls(request, deed):
    """The deed's page in each language it is published in (for the language switcher and hreflang)."""

    def build():
        deeds = type(deed).objects
        translations = deeds.filter(translation_key=deed.translation_key, live=True).select_related("locale")
        return {other.locale.language_code: other.url for other in deeds.with_urls(translations, request) if other.url}

    key = f"deed-translations:{deed.translation_key}:{request.get_host()}"
    return invalidation.cached(["deeds", "tree"], key, build)


def related_deeds(deed, limit=RELATED_COUNT):
    """Live deeds of the same language sharing sectors or themes, most shared first, then newest.

    Ranked among each term's newest deeds (``CANDIDATES_PER_TERM``, by id), found through the
    term tables' (term, deed) indexes: a fixed amount of work however many deeds share a term.
    Works for a deed being previewed too, whose terms may exist only in memory.
    """
    model = type(deed)
    terms = {
        relation: [term.pk for term in getattr(deed, relation).all() if term.pk] for relation in ("sectors", "themes")
    }
    if not any(terms.values()) or not deed.locale_id:
        return model.objects.none()

    def links(relation):
        through = getattr(model, relation).through
        return through, through._meta.get_field(relation[:-1]).attname

    newest = []
    for relation, ids in terms.items():
        through, column = links(relation)
        for pk in ids:
            newest.append(
                through.objects.filter(**{column: pk}, deed__live=True, deed__locale_id=deed.locale_id)
                .exclude(deed_id=deed.pk)
                .order_by("-deed_id")
                .values_list("deed_id", flat=True)[:CANDIDATES_PER_TERM]
            )
    candidates = set(newest[0].union(*newest[1:], all=True) if len(newest) > 1 else newest[0])

    def shared(relation):
        through, column = links(relation)
        matches = (
            through.objects.filter(deed_id=OuterRef("pk"), **{f"{column}__in": terms[relation]})
            .order_by()
            .values("deed_id")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return Coalesce(Subquery(matches, output_field=IntegerField()), Value(0))

    deeds = model.objects.filter(pk__in=candidates).annotate(shared_terms=shared("sectors") + shared("themes"))
    return deeds.newest_first("-shared_terms").for_cards()[:limit]
