"""Award categories in the admin (galas and their awards are pages)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.search.kinds import SearchKind

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
