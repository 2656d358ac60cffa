"""The marketplace's admin: one menu group for deeds and their taxonomy."""

from django import forms
from django.contrib import messages
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, UpdatedAtColumn
from wagtail.log_actions import log
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet, SnippetViewSetGroup

from home.admin_create import CreateSnippetMixin
from home.locale_choices import LocaleChoicesModelForm

from .filters import DeedFilterSet
from .models import Campaign, Deed, Organisation, Sector, Theme
from .models.deeds import CONTACT_FIELDS, STORY_FIELDS, SUBMITTER_FIELDS
from .search import deed_search_kind

APPROVE_ORGANISATION = "approve_organisation"


class DeedAdminForm(LocaleChoicesModelForm):
    """The deed's admin form, offering to approve the deed's organisation when it waits for approval.

    Its sectors and themes are those of the deed's own language (home/locale_choices.py).

    An organisation typed in the public deed form is named nowhere public until a moderator approves
    it (``Deed.public_organisation``). The offer is shown only to those who may change organisations,
    and only while the deed's organisation is unapproved; ``DeedEditView`` approves it when ticked,
    whatever the button (save, publish, submit, or the workflow's approve).
    """

    approve_organisation = forms.BooleanField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation_to_approve = self.waiting_organisation()
        if self.organisation_to_approve is None:
            del self.fields[APPROVE_ORGANISATION]
            return
        organisation = self.organisation_to_approve
        field = self.fields[APPROVE_ORGANISATION]
        field.label = gettext("Approve the organisation “%(name)s” too") % {"name": organisation.name}
        field.help_text = format_html(
            '{} <a href="{}">{}</a>',
            gettext(
                "It was typed in the public deed form and is not approved yet: until it is, visitors see "
                "this deed without its organisation. Check its name, type and region first."
            ),
            reverse("wagtailsnippets_teot_organisation:edit", args=[organisation.pk]),
            gettext("Edit the organisation “%(name)s”") % {"name": organisation.name},
        )

    def waiting_organisation(self):
        user = self.for_user
        organisation = self.instance.organisation if self.instance.organisation_id else None
        if organisation is None or organisation.is_approved:
            return None
        if user is None or not user.has_perm("teot.change_organisation"):
            return None
        return organisation

    def organisation_approved_on_save(self):
        """The organisation to approve with this save: ticked, and still the deed's organisation."""
        organisation = self.organisation_to_approve
        if organisation is None or not self.cleaned_data.get(APPROVE_ORGANISATION):
            return None
        chosen = self.cleaned_data.get("organisation")
        return organisation if chosen is not None and chosen.pk == organisation.pk else None


class DeedCreateView(CreateSnippetMixin, CreateView):
    """Without autosave, one at a time per language (home/admin_create.py)."""


class DeedEditView(EditView):
    @cached_property
    def header_more_buttons(self):
        # Wagtail has no hook for a snippet edit view's header menu; the listing rows' extra buttons
        # (wagtail-localize's "Translate" and "Sync translated snippets") belong there too, as they
        # do on a page's edit view.
        buttons = list(super().header_more_buttons)
        for hook in hooks.get_hooks("register_snippet_listing_buttons"):
            buttons.extend(button for button in hook(self.object, self.request.user, self.request.path) if button.show)
        return buttons

    def save_instance(self):
        instance = super().save_instance()
        organisation = self.form.organisation_approved_on_save()
        if organisation is not None:
            organisation.is_approved = True
            organisation.save(update_fields=["is_approved"])  # renews the deeds' caches (teot/signals.py)
            log(instance=organisation, action="wagtail.edit", user=self.request.user)
            messages.success(
                self.request,
                gettext("The organisation “%(name)s” is approved: visitors now see it with its deeds.")
                % {"name": organisation.name},
            )
        return instance


class DeedViewSet(SnippetViewSet):
    model = Deed
    add_view_class = DeedCreateView
    edit_view_class = DeedEditView
    icon = "pick"
    menu_label = _("Deeds")
    filterset_class = DeedFilterSet
    list_display = ["title", Column("organisation", label=_("Organisation")), "year", UpdatedAtColumn()]
    list_per_page = 50
    inspect_view_enabled = True
    inspect_view_fields = [
        "title",
        *STORY_FIELDS,
        *["organisation", "unit", "sectors", "themes", "campaign", "year", "image"],
        *CONTACT_FIELDS,
        "contact_is_public",
        *SUBMITTER_FIELDS,
        *["privacy_consent", "origin", "created_at"],
    ]
    list_export = [
        *["id", "title", "slug", "locale", "live", "organisation", "organisation_region", "unit"],
        *["sector_names", "theme_names", "campaign", "year"],
        *STORY_FIELDS,
        *["contact_name", "contact_email", "contact_is_public"],
        *SUBMITTER_FIELDS,
        *["origin", "created_at", "first_published_at"],
    ]
    # Columns that are not plain fields would otherwise be headed by their English code names.
    export_headings = {
        "locale": _("Language"),
        "organisation_region": _("Region"),
        "sector_names": _("Sectors"),
        "theme_names": _("Themes"),
    }
    export_filename = "kehittamisteot"

    def get_edit_handler(self):
        # The offer to approve a new organisation comes first, where a moderator cannot miss it;
        # it is shown only while the deed's organisation waits for approval.
        offer = MultiFieldPanel([FieldPanel(APPROVE_ORGANISATION)], heading=_("New organisation"))
        return ObjectList([offer, *Deed.panels], base_form_class=DeedAdminForm).bind_to_model(Deed)

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
