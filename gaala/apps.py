from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GaalaConfig(AppConfig):
    name = "gaala"
    verbose_name = _("Gala")

    def ready(self):
        # teot never imports gaala: the galas plug their awards into the deed pages, listing, statistics and cache.
        from teot import extensions, facets
        from teot import signals as deed_signals
        from teot.views import statistics as statistics_views

        from . import deed_awards, signals, statistics
        from .facets import AwardedFacet, GalaYearFacet

        extensions.register_deed_section("gaala/deed_awards.html", deed_awards.deed_awards)
        facets.register_facet(AwardedFacet())
        facets.register_facet(GalaYearFacet())
        for slug, spec in statistics.TABLES.items():
            statistics_views.register_table(slug, spec)
        signals.connect()
        deed_signals.register_clock(signals.results_clock)
