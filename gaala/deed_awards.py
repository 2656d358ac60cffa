"""The awards a deed received, for the "Awards" section of the deed page (registered in ``wagtail_hooks.py``).

Awards point at the deed as it was chosen (usually the Finnish original); a
translated deed shares its translation key, so its page shows the same
awards. Each gala's translation has its own copy of each award row, all
sharing the award's translation key: a deed page shows each award once, the
copy of the gala in the page's language if there is one, else the default
language's (else any).
"""

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from .models import Award, AwardCategory, GalaPage

RANK_ORDER = {value: index for index, value in enumerate(Award.Rank.values)}


def public_awards(now=None):
    """Award rows of live galas whose results are public (the gala is over), in every language.

    As on the gala page, an award to a deed that is no longer published does not count.
    """
    return Award.objects.filter(page__live=True, page__ends_at__lte=now or timezone.now()).filter(
        Q(deed__isnull=True) | Q(deed__live=True)
    )


def gala_label(gala):
    title = gala.title
    return title if str(gala.year) in title else f"{title} {gala.year}"


def _preference(row, locale_id):
    """Lower is better: the page's language, then the default language, then any other."""
    if row.locale_id == locale_id:
        return 0
    return 1 if row.locale.language_code == settings.LANGUAGE_CODE else 2


def deed_awards(deed, request):
    """``{"awards": [...]}`` for the deed page, or None when the deed has no public awards.

    Three queries with awards (one without), however many awards there are.
    The page's language is the deed's (also in the admin preview).
    """
    if not deed.locale_id or not deed.translation_key:
        return None
    locale_id = deed.locale_id
    rows = (
        public_awards()
        .filter(deed__translation_key=deed.translation_key)
        .select_related("locale", "category__locale", "page__locale")
    )
    chosen = {}  # award translation key -> the row in the best language
    for row in rows:
        current = chosen.get(row.translation_key)
        if current is None or _preference(row, locale_id) < _preference(current, locale_id):
            chosen[row.translation_key] = row
    if not chosen:
        return None

    # Newest gala first; within a gala, in the gala page's order: category, then winners before mentions.
    awards = sorted(chosen.values(), key=_sort_key)
    # A row may come from another language, and a translated gala may still point at untranslated categories.
    category_keys = {award.category.translation_key for award in awards}
    gala_keys = {award.page.translation_key for award in awards}
    categories = {
        category.translation_key: category
        for category in AwardCategory.objects.filter(locale_id=locale_id, translation_key__in=category_keys)
    }
    galas = {
        gala.translation_key: gala
        for gala in GalaPage.objects.live().filter(locale_id=locale_id, translation_key__in=gala_keys)
    }
    items = []
    for award in awards:
        category = categories.get(award.category.translation_key, award.category)
        gala = galas.get(award.page.translation_key, award.page)
        items.append(
            {
                "category": category.name,
                "category_lang": _lang(category, locale_id),
                "rank": award.get_rank_display(),
                "gala_label": gala_label(gala),
                "gala_url": gala.get_url(request),
                "gala_lang": _lang(gala, locale_id),
                "citation": award.citation,
                "citation_lang": _lang(award, locale_id),
            }
        )
    return {"awards": items}


def _lang(obj, page_locale_id):
    """The language of a translatable object for a ``lang`` attribute: empty when it is the page's language.

    Only a row fetched with its locale (the awards' categories and galas) can be in another language.
    """
    return "" if obj.locale_id == page_locale_id else obj.locale.language_code


def _sort_key(award):
    gala = award.page
    return (
        -gala.year,
        -gala.starts_at.timestamp(),
        award.category.sort_order,
        RANK_ORDER.get(award.rank, 0),
        award.sort_order,
    )
