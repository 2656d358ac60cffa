"""The statistics page's award tables (registered in ``wagtail_hooks.py``), each with its CSV file.

Counted like the deed tables: each award once (its copies in the gala's
translations share a translation key), each deed once (by its translation
key), terms named in the visitor's language. Only live galas whose results
are public count. Two queries per table, whatever the number of awards.
"""

from django.db.models import Count
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from teot.models import Sector
from teot.regions import Region
from teot.statistics import Row, TableSpec, term_rows

from .deed_awards import public_awards


def awards_by_sector():
    """Every sector (also those without awards), most awarded deeds first; nothing before the first awards."""
    counts = dict(
        public_awards()
        .filter(deed__sectors__isnull=False)
        .order_by()
        .values("deed__sectors__translation_key")
        .annotate(count=Count("deed__translation_key", distinct=True))
        .values_list("deed__sectors__translation_key", "count")
    )
    return term_rows(Sector, counts) if counts else []


def awards_by_region():
    """All 19 regions, most awards first, by the awardee's region: the awarded organisation's, else the deed's.

    Nothing before the first awards.
    """
    counts = dict(
        public_awards()
        .annotate(region=Coalesce("organisation__region", "deed__organisation__region"))
        .filter(region__isnull=False)
        .order_by()
        .values("region")
        .annotate(count=Count("translation_key", distinct=True))
        .values_list("region", "count")
    )
    if not counts:
        return []
    order = {value: index for index, value in enumerate(Region.values)}
    regions = sorted(Region, key=lambda region: (-counts.get(region.value, 0), order[region.value]))
    return [Row(str(region.label), counts.get(region.value, 0)) for region in regions]


AWARDS_BY_SECTOR = TableSpec(
    "award-sectors",
    _("Awards by sector"),
    _("Sector"),
    awards_by_sector,
    {"fi": "palkinnot-toimialoittain", "sv": "utmarkelser-per-sektor", "en": "awards-by-sector"},
    _("Number of awarded deeds"),
)
AWARDS_BY_REGION = TableSpec(
    "award-regions",
    _("Awards by region"),
    _("Region"),
    awards_by_region,
    {"fi": "palkinnot-maakunnittain", "sv": "utmarkelser-per-landskap", "en": "awards-by-region"},
    _("Number of awards"),
)
