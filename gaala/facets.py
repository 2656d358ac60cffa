"""The deed listing's gala facets (registered in ``wagtail_hooks.py``): awarded deeds, and deeds by gala year.

The listing shows deeds of one language; awards point at the deed as chosen,
usually the Finnish original. Both facets match on the deed's translation key,
so a Swedish deed is awarded when its original is. Only live galas whose
results are public count.
"""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from teot.facets import Facet, YearFacet

from .deed_awards import public_awards


def awarded_keys(**filters):
    """The translation keys of deeds with a public award (a subquery)."""
    return public_awards().filter(deed__isnull=False, **filters).values("deed__translation_key")


class AwardedFacet(Facet):
    """One checkbox: deeds that have received an award."""

    VALUE = "yes"

    def __init__(self):
        super().__init__("awarded", _("Gala"), "translation_key")

    def parse(self, raw):
        return raw if raw == self.VALUE else None

    def filter(self, queryset, values):
        return queryset.filter(translation_key__in=awarded_keys())

    def count(self, queryset, context):
        number = self.filter(queryset.order_by(), [self.VALUE]).aggregate(n=Count("pk", distinct=True))["n"]
        return {self.VALUE: number} if number else {}

    def label(self, value, context):
        return str(_("Awarded deeds"))


class GalaYearFacet(YearFacet):
    """Deeds awarded at a gala of the ticked years, newest year first."""

    def __init__(self):
        super().__init__()  # the year's parsing, label and order
        self.param = "gala"
        self.legend = _("Gala year")

    def known(self, values, context):
        awards = public_awards().filter(deed__isnull=False, page__year__in=values)
        years = set(awards.values_list("page__year", flat=True).distinct())
        return [value for value in values if int(value) in years]

    def filter(self, queryset, values):
        return queryset.filter(translation_key__in=awarded_keys(page__year__in=values))

    def count(self, queryset, context):
        # Grouped over the awards: a deed awarded twice in a year counts once (its translation key).
        rows = (
            public_awards()
            .filter(deed__translation_key__in=queryset.values("translation_key"))
            .order_by()
            .values("page__year")
            .annotate(n=Count("deed__translation_key", distinct=True))
        )
        return {str(row["page__year"]): row["n"] for row in rows}
