"""Template helpers for deed pages.

The deed page is rendered both by the public view and by the admin's snippet
preview, which only passes ``page`` and ``deed``; whatever the page needs
beyond those is computed here so that both render the same.
"""

from django import template
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from home import sharing
from teot import extensions, facets, signals
from teot.models import Deed

register = template.Library()


@register.simple_tag
def deeds_token(*topics):
    """``{% deeds_token "tree" as token %}``: for ``{% cache %}`` keys of what shows deeds (teot/signals.py)."""
    return signals.token(*topics)


RELATED_COUNT = 4
CANDIDATES_PER_TERM = 50
DETAIL_IMAGE = "max-1200x800"
JSON_ESCAPES = sharing.JSON_ESCAPES  # for other apps that imported it from here


@register.filter
def localized_name(organisation, language_code):
    return organisation.localized_name(language_code) if organisation else ""


@register.simple_tag(takes_context=True)
def deed_page_data(context, deed, page):
    """The deed's address, share links, related deeds, the sections other apps add, and structured data."""
    request = context.get("request")
    language_code = deed.locale.language_code if deed.locale_id else context.get("LANGUAGE_CODE", "fi")
    url = ""
    if page is not None:
        url = page.get_url(request)
        if deed.slug:
            url += page.reverse_subpage("deed", args=[deed.slug])
    absolute_url = request.build_absolute_uri(url) if request is not None and url else url
    return {
        "url": absolute_url,
        "listing_url": page.get_url(request) if page is not None else "",
        "share": sharing.share_links(deed.title, deed.summary, absolute_url),
        "related": facets.with_urls(related_deeds(deed), page, request) if page is not None else [],
        "language_code": language_code,
        "sections": extensions.deed_sections(deed, request),
    }


def related_deeds(deed, limit=RELATED_COUNT):
    """Live deeds of the same language sharing sectors or themes, most shared first, then newest.

    Ranked among each term's newest deeds (``CANDIDATES_PER_TERM``, by id), found through the
    term tables' (term, deed) indexes: a fixed amount of work however many deeds share a term.
    Works for a deed being previewed too, whose terms may exist only in memory.
    """
    terms = {
        relation: [term.pk for term in getattr(deed, relation).all() if term.pk] for relation in ("sectors", "themes")
    }
    if not any(terms.values()) or not deed.locale_id:
        return Deed.objects.none()

    def links(relation):
        through = getattr(Deed, relation).through
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

    deeds = (
        Deed.objects.filter(pk__in=candidates)
        .annotate(shared_terms=shared("sectors") + shared("themes"))
        .order_by("-shared_terms", *facets.SORTS["newest"][1])
    )
    return facets.for_cards(deeds)[:limit]


@register.simple_tag(takes_context=True)
def deed_json_ld(context, deed, url, language_code, image=None):
    """schema.org data for search engines: a data block browsers never run (so CSP allows it).

    ``image`` is the rendition the page shows, if any.
    """
    organisation = deed.public_organisation  # an unapproved organisation is named nowhere public
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": deed.title[:110],
        "name": deed.title,
        "description": deed.summary,
        "inLanguage": language_code,
        "keywords": [term.name for term in [*deed.sectors.all(), *deed.themes.all()]],
        "publisher": {"@type": "Organization", "name": _("Tekojen tori")},
    }
    if url:
        data["url"] = url
        data["mainEntityOfPage"] = url
    if organisation is not None:
        data["author"] = {"@type": "Organization", "name": organisation.localized_name(language_code)}
    if deed.first_published_at:
        data["datePublished"] = deed.first_published_at.isoformat()
    if deed.last_published_at:
        data["dateModified"] = deed.last_published_at.isoformat()
    if image and context.get("request") is not None:
        data["image"] = context["request"].build_absolute_uri(image.url)
    if deed.year:
        data["temporalCoverage"] = str(deed.year)
    return sharing.json_ld_script(data)
