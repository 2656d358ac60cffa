"""Figures about published deeds, one small query function per statistics table.

A deed exists once per language (its translations share a ``translation_key``),
so every figure counts distinct translation keys over live deeds of *all*
languages: a deed published only in Swedish counts, a deed published in three
languages counts once. Sectors and themes are grouped by their own translation
key and named in the active language (falling back to the default language's
name), so the same term in Finnish and Swedish is one row.

Each function runs a fixed number of queries (one or two), whatever the number
of deeds. The statistics page shows them as ``tables()``: the deeds' own (``TABLES``),
then those other apps register with the ``register_deed_statistics_table`` hook.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from .models.deeds import Deed
from .models.organisations import Campaign
from .models.taxonomy import Sector, Theme
from .regions import Region

LEADERBOARD_SIZE = 10
TABLE_HOOK = "register_deed_statistics_table"
VALUE_HEADING = _("Number of deeds")


@dataclass(frozen=True)
class Row:
    label: str
    value: int
    rank: int | None = None  # leaderboards only


@dataclass(frozen=True)
class TableSpec:
    """A table of the statistics page, also served as a CSV file at ``tilastot/<slug>/csv/``."""

    slug: str
    caption: str
    label_heading: str
    rows: object  # a function returning [Row]
    file_names: dict  # language code -> the CSV file's name (without prefix and suffix)
    value_heading: str = VALUE_HEADING  # what the numbers count


@dataclass(frozen=True)
class Leaderboard:
    campaign: Campaign
    rows: list[Row]


def published_deeds():
    """Live deeds of every language, with no ordering to get in the way of GROUP BY."""
    return Deed.objects.filter(live=True).order_by()


def _distinct_deeds():
    return Count("translation_key", distinct=True)


def totals():
    """``{"deeds": n, "organisations": n}``: deeds, and approved organisations with at least one of them."""
    return published_deeds().aggregate(
        deeds=_distinct_deeds(),
        organisations=Count("organisation", distinct=True, filter=Q(organisation__is_approved=True)),
    )


def _locale_preference():
    """``{locale id: 0 for the active language, 1 for the default one}``, in one query."""
    active = get_supported_content_language_variant(translation.get_language())
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    codes = Locale.objects.filter(language_code__in=[active, default]).values_list("pk", "language_code")
    return {pk: 0 if code == active else 1 for pk, code in codes}


def _term_rows(model, relation):
    counts = dict(
        published_deeds()
        .filter(**{f"{relation}__isnull": False})
        .values(f"{relation}__translation_key")
        .annotate(count=_distinct_deeds())
        .values_list(f"{relation}__translation_key", "count")
    )
    return term_rows(model, counts)


def term_rows(model, counts):
    """Every term of a taxonomy with its count (``{translation key: n}``), most first, then in taxonomy order.

    Each term is named in the active language, else the default language's (one query).
    """
    preference = _locale_preference()
    terms = model.objects.filter(Q(locale_id__in=list(preference)) | Q(translation_key__in=list(counts))).values_list(
        "translation_key", "locale_id", "name", "sort_order"
    )
    chosen = {}  # translation_key -> (preference, name, sort_order)
    for key, locale_id, name, sort_order in terms:
        candidate = (preference.get(locale_id, 2), name, sort_order)
        if key not in chosen or candidate < chosen[key]:
            chosen[key] = candidate
    ordered = sorted(chosen.items(), key=lambda item: (-counts.get(item[0], 0), item[1][2], item[1][1].casefold()))
    return [Row(name, counts.get(key, 0)) for key, (_preference, name, _sort) in ordered]


def deeds_by_sector():
    """Every sector (also those with no deeds yet), most deeds first."""
    return _term_rows(Sector, "sectors")


def deeds_by_theme():
    """Every theme (also those with no deeds yet), most deeds first."""
    return _term_rows(Theme, "themes")


def deeds_by_region():
    """All 19 regions, most deeds first; ties in Statistics Finland's order."""
    counts = dict(
        published_deeds()
        .values("organisation__region")
        .annotate(count=_distinct_deeds())
        .values_list("organisation__region", "count")
    )
    return region_rows(counts)


def region_rows(counts):
    """All 19 regions with their count (``{region value: n}``), most first; ties in Statistics Finland's order."""
    order = {value: index for index, value in enumerate(Region.values)}
    regions = sorted(Region, key=lambda region: (-counts.get(region.value, 0), order[region.value]))
    return [Row(str(region.label), counts.get(region.value, 0)) for region in regions]


def deeds_by_year():
    """Years that have deeds, oldest first."""
    rows = published_deeds().values("year").annotate(count=_distinct_deeds()).values_list("year", "count")
    return [Row(str(year), count) for year, count in sorted(rows)]


def campaign_label(campaign):
    name = campaign.name
    return name if str(campaign.year) in name else f"{name} {campaign.year}"


def deeds_by_campaign():
    """Every campaign, newest first, with its number of published deeds."""
    campaigns = Campaign.objects.annotate(
        deed_count=Count("deeds__translation_key", distinct=True, filter=Q(deeds__live=True))
    ).order_by("-year", "name")
    return [Row(campaign_label(campaign), campaign.deed_count) for campaign in campaigns]


def campaign_leaderboards(size=LEADERBOARD_SIZE):
    """For each campaign with deeds, its approved organisations ranked by their number of deeds in it.

    Ranks are shared on ties (1, 2, 2, 4) and an organisation tied with the
    last place shown is shown too, so a board may hold a few more than ``size``.
    """
    language = translation.get_language()
    counts = (
        published_deeds()
        .filter(campaign__isnull=False, organisation__is_approved=True)  # no unapproved organisation named
        .values("campaign_id", "organisation__name", "organisation__name_sv")
        .annotate(count=_distinct_deeds())
    )
    by_campaign = {}
    for row in counts:
        name = row["organisation__name"]
        if language == "sv" and row["organisation__name_sv"]:
            name = row["organisation__name_sv"]
        by_campaign.setdefault(row["campaign_id"], []).append((row["count"], name))
    campaigns = Campaign.objects.filter(pk__in=list(by_campaign)).order_by("-year", "name")
    boards = []
    for campaign in campaigns:
        entries = sorted(by_campaign[campaign.pk], key=lambda entry: (-entry[0], entry[1].casefold()))
        rows = []
        for position, (count, name) in enumerate(entries, start=1):
            rank = rows[-1].rank if rows and rows[-1].value == count else position
            if rank > size:
                break
            rows.append(Row(name, count, rank))
        boards.append(Leaderboard(campaign, rows))
    return boards


TABLES = [
    TableSpec(
        "sectors",
        _("Deeds by sector"),
        _("Sector"),
        deeds_by_sector,
        {"fi": "toimialat", "sv": "sektorer", "en": "sectors"},
    ),
    TableSpec(
        "themes",
        _("Deeds by theme"),
        _("Theme"),
        deeds_by_theme,
        {"fi": "teemat", "sv": "teman", "en": "themes"},
    ),
    TableSpec(
        "regions",
        _("Deeds by region"),
        _("Region"),
        deeds_by_region,
        {"fi": "maakunnat", "sv": "landskap", "en": "regions"},
    ),
    TableSpec(
        "years",
        _("Deeds by year"),
        _("Year"),
        deeds_by_year,
        {"fi": "vuodet", "sv": "ar", "en": "years"},
    ),
    TableSpec(
        "campaigns",
        _("Deeds by campaign"),
        _("Campaign"),
        deeds_by_campaign,
        {"fi": "kampanjat", "sv": "kampanjer", "en": "campaigns"},
    ),
]


def tables():
    """``{slug: TableSpec}`` in page order: the deeds' own, then each hook's (a slug already taken is skipped)."""
    found = {}
    for spec in [*TABLES, *(hook() for hook in hooks.get_hooks(TABLE_HOOK))]:
        found.setdefault(spec.slug, spec)
    return found
