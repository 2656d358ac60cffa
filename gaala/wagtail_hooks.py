"""Award categories in the admin (galas and their awards are pages), and what the galas add to other apps.

``teot`` never imports ``gaala``: through these hooks the galas add their results to the site search,
the awards to each deed page, the *awarded* and *gala year* facets to the deed listing, two award tables to
the deed statistics, and a clock to the deeds' cache keys (a gala's results become public when it ends).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.search.kinds import SearchKind
from teot.extensions import DeedSection

from . import deed_awards, signals, statistics
from .facets import AwardedFacet, GalaYearFacet
from .models import AwardCategory


class AwardCategoryViewSet(SnippetViewSet):
    model = AwardCategory
    icon = "pick"
    menu_label = _("Award categories")
    add_to_admin_menu = True
    menu_order = 220
    list_display = ["name", "kind"]
    list_filter = ["kind", "locale"]
    search_fields = ["name"]
    sort_order_field = "sort_order"


register_snippet(AwardCategoryViewSet)


@hooks.register("register_search_kind")
def gala_search_kind():
    return SearchKind("galas", _("Galas"), _("Gala"), ["gaala.GalaPage", "gaala.GalaIndexPage"], "starts_at", order=50)


@hooks.register("register_deed_section")
def deed_awards_section():
    return DeedSection("gaala/deed_awards.html", deed_awards.deed_awards)


@hooks.register("register_deed_facet")
def awarded_facet():
    return AwardedFacet()


@hooks.register("register_deed_facet")
def gala_year_facet():
    return GalaYearFacet()


@hooks.register("register_deed_statistics_table")
def awards_by_sector_table():
    return statistics.AWARDS_BY_SECTOR


@hooks.register("register_deed_statistics_table")
def awards_by_region_table():
    return statistics.AWARDS_BY_REGION


@hooks.register("register_deeds_cache_clock")
def gala_results_clock():
    return signals.results_clock
