"""Coaching in the admin, one menu: the coaches (with the applications they are assigned to) and the
applications (status, filters, CSV/XLSX export, the handling form and its history). The coaching
handlers' group (migrations/0003) has the rights to both."""

import django_filters
from django import forms
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.blocks import Figures
from teot.models import Theme
from teot.regions import Region

from . import handling, statistics
from .models import Coach, CoachDirectoryPage, CoachingApplication
from .search import coach_search_kind


class CoachViewSet(SnippetViewSet):
    model = Coach
    icon = "user"
    menu_label = _("Coaches")
    list_display = ["name", "organisation", BooleanColumn("active", label=_("Active")), "live"]
    list_filter = ["active", "live", "locale"]
    search_fields = ["name", "organisation", "summary", "keywords"]
    search_backend_name = None  # the database: drafts are found too
    list_export = [
        "name",
        "organisation",
        "theme_names",
        "keywords",
        "regions",
        "languages",
        "on_site",
        "remote",
        "active",
    ]
    export_filename = "sparraajat"
    panels = [*Coach.panels, handling.AssignmentsPanel(heading=_("Applications assigned"))]


def _years():
    years = CoachingApplication.objects.annotate(year=ExtractYear("created_at")).values_list("year", flat=True)
    return [(year, year) for year in sorted(set(years), reverse=True)]


class ApplicationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=CoachingApplication.Status.choices, empty_label=_("All")
    )
    themes = django_filters.ModelChoiceFilter(
        label=_("Theme"), queryset=Theme.objects.filter(locale__language_code="fi")
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"), field_name="organisation__region", choices=Region.choices, empty_label=_("All")
    )
    year = django_filters.ChoiceFilter(
        label=_("Year"), field_name="created_at__year", choices=_years, empty_label=_("All")
    )
    coach = django_filters.ModelChoiceFilter(
        label=_("Coach (assigned or wished for)"),
        queryset=Coach.objects.filter(locale__language_code="fi"),
        method="filter_coach",
    )

    class Meta:
        model = CoachingApplication
        fields = []

    def filter_coach(self, queryset, name, coach):
        coaches = Coach.objects.filter(translation_key=coach.translation_key)
        return (queryset.filter(coach__in=coaches) | queryset.filter(preferred_coaches__in=coaches)).distinct()


class HandlingView(EditView):
    """Saves the handling and logs the change of status (and emails the applicant)."""

    def save_instance(self):
        previous = CoachingApplication.objects.values_list("status", flat=True).get(pk=self.object.pk)
        instance = super().save_instance()
        directory = CoachDirectoryPage.for_locale(Locale.objects.filter(language_code=instance.language).first())
        handling.record(instance, previous, self.request.user, self.form.cleaned_data.get("note", ""), directory)
        return instance


class ApplicationViewSet(ModelViewSet):
    model = CoachingApplication
    name = "coaching_applications"
    icon = "form"
    menu_label = _("Applications")
    url_prefix = "coaching/applications"
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    edit_view_class = HandlingView
    list_display = ["organisation", "status", "coach", "created_at"]
    filterset_class = ApplicationFilterSet
    search_fields = ["contact_name", "contact_email", "unit", "need"]
    search_backend_name = None  # personal data stays out of the search index
    list_per_page = 50
    list_export = [
        *["created_at", "status", "organisation", "organisation_region", "unit", "sector_names", "theme_names", "need"],
        *["participant_groups", "participant_count", "preferred_period", "preferred_coach_names", "coach"],
        *["contact_name", "contact_email", "contact_phone", "language", "decline_reason"],
    ]
    export_headings = {
        "organisation_region": _("Region"),
        "sector_names": _("Sectors"),
        "theme_names": _("Themes"),
        "participant_groups": _("Who takes part"),
        "preferred_coach_names": _("Coaches wished for"),
    }
    export_filename = "sparraushakemukset"
    inspect_view_fields = [
        *["organisation", "unit", "contact_name", "contact_email", "contact_phone", "language", "sectors", "themes"],
        "need",
        *["participant_count", "preferred_period", "preferred_coaches", "status", "coach", "decline_reason"],
        "created_at",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("status", widget=forms.RadioSelect),
                    FieldPanel("coach"),
                    FieldPanel("decline_reason"),
                    FieldPanel("note"),
                ],
                heading=_("Handling"),
            ),
            handling.HistoryPanel(heading=_("History")),
            handling.FeedbackPanel(heading=_("Feedback")),
            MultiFieldPanel(
                [
                    FieldPanel(name, read_only=True)
                    for name in (
                        "organisation",
                        "unit",
                        "sectors",
                        "themes",
                        "need",
                        "participant_count",
                        "preferred_period",
                    )
                ]
                + [FieldPanel("preferred_coaches", read_only=True)],
                heading=_("Application"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel(name, read_only=True)
                    for name in ("contact_name", "contact_email", "contact_phone", "language")
                ],
                heading=_("Contact person (never public)"),
            ),
        ],
        base_form_class=handling.HandlingForm,
    )

    def get_queryset(self, request):
        return CoachingApplication.objects.select_related("organisation", "coach").prefetch_related(
            "sectors", "themes", "preferred_coaches"
        )


class CoachingViewSetGroup(SnippetViewSetGroup):
    items = (CoachViewSet, ApplicationViewSet)
    menu_icon = "group"
    menu_label = _("Coaching")
    menu_name = "coaching"
    menu_order = 170


register_snippet(CoachingViewSetGroup)
hooks.register("register_search_kind", coach_search_kind)


def coaching_figures_context(request):
    directory = CoachDirectoryPage.for_locale()
    return statistics.figures_block(request, directory) if directory else None


@hooks.register("register_figures")
def coaching_figures():
    return Figures("coaching", _("Coaching statistics"), "sparraus/figures.html", coaching_figures_context)
