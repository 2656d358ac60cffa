"""What the gala pages show: the archive of galas, and a gala's awards grouped by category.

A gala's Award rows point at deeds in their own (source) language, also on a
translated gala. Visitors get the deed's live translation in the page's
language when there is one, else the original marked with its language. The
rows are read through ``page.awards.all()``, which is the database on a
published page and the form's data in the admin preview; everything they
point at is then fetched in a fixed number of queries, whatever the number
of awards or categories.
"""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from teot.models import Deed, Organisation

from .models.awards import Award
from .models.categories import AwardCategory

RANK_ORDER = {Award.Rank.WINNER: 0, Award.Rank.HONOURABLE_MENTION: 1}
# Ids the gala page uses itself: a category must not take them as its anchor.
RESERVED_ANCHORS = {"main-content", "gala-programme", "gala-jury", "gala-contents", "gala-results"}
# Past this many categories or awards, the results get a table of contents.
TOC_MIN_CATEGORIES = 4
TOC_MIN_AWARDS = 9


# --- The archive -------------------------------------------------------------------------


def status(gala, now):
    if gala.results_are_public(now):
        return "past"
    return "ongoing" if gala.is_ongoing(now) else "upcoming"


def archive_context(index_page):
    now = timezone.now()
    galas = list(index_page.live_galas())
    for gala in galas:
        gala.status = status(gala, now)
    return {"galas": galas}


# --- A gala's awards ---------------------------------------------------------------------


@dataclass
class ShownAward:
    """An award as the page shows it: the deed in the visitor's language when it has one."""

    award: Award
    deed: Deed | None = None
    deed_url: str = ""
    deed_lang: str = ""  # the shown deed's language when it is not the page's
    organisation: Organisation | None = None  # an organisation award's awardee (or one besides the deed's)


@dataclass
class CategoryGroup:
    category: AwardCategory
    anchor: str
    awards: list = field(default_factory=list)


def categories_in_language(category_ids, locale_id):
    """``{category id: the category in this language}``, the category itself where it has no translation."""
    if not category_ids:
        return {}
    keys = AwardCategory.objects.filter(pk__in=category_ids).values("translation_key")
    rows = list(AwardCategory.objects.filter(Q(pk__in=category_ids) | Q(locale_id=locale_id, translation_key__in=keys)))
    translated = {row.translation_key: row for row in rows if row.locale_id == locale_id}
    return {row.pk: translated.get(row.translation_key, row) for row in rows if row.pk in category_ids}


def anchor_for(category, taken):
    anchor = slugify(category.name)
    if not anchor or anchor in taken or anchor in RESERVED_ANCHORS:
        anchor = f"category-{category.pk}"
    taken.add(anchor)
    return anchor


def award_order(award):
    return (RANK_ORDER.get(award.rank, len(RANK_ORDER)), award.sort_order or 0, award.pk or 0)


def grouped_awards(page, request=None):
    """The page's awards by category (categories in their sort order), winners first, then in the editor's order.

    Awards of unpublished deeds are left out.
    """
    rows = sorted(page.awards.all(), key=award_order)
    locale_id = page.locale_id
    categories = categories_in_language({row.category_id for row in rows if row.category_id}, locale_id)
    deeds = Deed.objects.select_related("organisation", "locale").in_language([row.deed_id for row in rows], locale_id)
    Deed.objects.with_urls(deeds.values(), request)
    organisation_ids = {row.organisation_id for row in rows if row.organisation_id}
    organisations = Organisation.objects.in_bulk(organisation_ids) if organisation_ids else {}

    groups = {}
    for row in rows:
        category = categories.get(row.category_id)
        if category is None or (row.deed_id and row.deed_id not in deeds):
            continue
        shown = ShownAward(award=row, organisation=organisations.get(row.organisation_id))
        if row.deed_id:
            shown.deed = deeds[row.deed_id]
            shown.deed_url = shown.deed.url
            shown.deed_lang = "" if shown.deed.locale_id == locale_id else shown.deed.locale.language_code
            if shown.organisation and shown.organisation.pk == shown.deed.organisation_id:
                shown.organisation = None
        groups.setdefault(category.pk, CategoryGroup(category=category, anchor="")).awards.append(shown)

    ordered = sorted(groups.values(), key=lambda group: (group.category.sort_order, group.category.name.casefold()))
    taken = set()
    for group in ordered:
        group.anchor = anchor_for(group.category, taken)
    return ordered


def utc_offset(moment):
    """``UTC+2`` or ``UTC+3``: Finnish time's offset at that moment, for visitors abroad."""
    return f"UTC{timezone.localtime(moment).utcoffset().total_seconds() / 3600:+g}"


def gala_context(page, request):
    """The gala page's context: results once the gala is over, and always in the admin preview."""
    now = timezone.now()
    is_preview = getattr(request, "is_preview", False)
    show_results = is_preview or page.results_are_public(now)
    categories = grouped_awards(page, request) if show_results else []
    award_count = sum(len(group.awards) for group in categories)
    return {
        "status": status(page, now),
        "show_results": show_results,
        "results_are_preview": show_results and not page.results_are_public(now),
        "categories": categories,
        "award_count": award_count,
        "show_toc": len(categories) >= TOC_MIN_CATEGORIES or award_count >= TOC_MIN_AWARDS,
        "jury": list(page.jury.all()),
        "time_zone_offset": utc_offset(page.starts_at),
        "language_code": page.locale.language_code,
        "meta_description": page.search_description or page.intro,
        "og_type": "article",
    }
