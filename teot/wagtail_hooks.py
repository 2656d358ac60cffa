"""The marketplace's admin: one menu group for deeds and their taxonomy."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .filters import DeedFilterSet
from .models import Campaign, Deed, Organisation, Sector, Theme
from .search import deed_search_kind


class DeedViewSet(SnippetViewSet):
    model = Deed
    icon = "pick"
    menu_label = _("Deeds")
    filterset_class = DeedFilterSet
    list_display = ["title", Column("organisation", label=_("Organisation")), "year", UpdatedAtColumn()]
    list_per_page = 50
    inspect_view_enabled = True
    inspect_view_fields = [
        "title",
        "summary",
        "goal",
        "actions",
        "results",
        "tips",
        "organisation",
        "unit",
        "sectors",
        "themes",
        "campaign",
        "year",
        "image",
        "contact_name",
        "contact_email",
        "contact_phone",
        "contact_is_public",
        "submitter_name",
        "submitter_email",
        "privacy_consent",
        "origin",
        "created_at",
    ]
    list_export = [
        "id",
        "title",
        "slug",
        "locale",
        "live",
        "organisation",
        "organisation_region",
        "unit",
        "sector_names",
        "theme_names",
        "campaign",
        "year",
        "summary",
        "goal",
        "actions",
        "results",
        "tips",
        "contact_name",
        "contact_email",
        "contact_is_public",
        "submitter_name",
        "submitter_email",
        "origin",
        "created_at",
        "first_published_at",
    ]
    export_filename = "kehittamisteot"

    def get_queryset(self, request):
        return (
            Deed.objects.select_related("organisation", "campaign", "locale")
            .prefetch_related("sectors", "themes")
            .order_by("-created_at")
        )


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    sort_order_field = "sort_order"


class SectorViewSet(TaxonomyViewSet):
    model = Sector
    icon = "folder-open-inverse"
    menu_label = _("Sectors")


class ThemeViewSet(TaxonomyViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "type", "region", BooleanColumn("is_approved", label=_("Approved"))]
    list_filter = ["type", "region", "is_approved"]
    list_export = ["name", "name_sv", "type", "region", "municipality_code", "is_approved"]
    export_filename = "organisaatiot"
    copy_view_enabled = False


class CampaignViewSet(SnippetViewSet):
    model = Campaign
    icon = "date"
    menu_label = _("Campaigns")
    list_display = ["name", "year", "starts_on", "ends_on"]
    copy_view_enabled = False


class MarketplaceViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Tekojen tori")
    menu_icon = "pick"
    menu_order = 150
    items = (DeedViewSet, SectorViewSet, ThemeViewSet, OrganisationViewSet, CampaignViewSet)


register_snippet(MarketplaceViewSetGroup)


hooks.register("register_search_kind", deed_search_kind)
