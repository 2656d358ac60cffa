"""Filters for the admin's deed listing."""

import django_filters
from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import WorkflowState

from .models import Campaign, Deed, Organisation, Sector, Theme
from .regions import Region


def _years():
    return [(year, year) for year in Deed.objects.order_by("-year").values_list("year", flat=True).distinct()]


class DeedFilterSet(WagtailFilterSet):
    STATUS_CHOICES = [
        ("live", _("Published")),
        ("draft", _("Draft")),
        ("in_moderation", _("In moderation")),
        ("unpublished_changes", _("Published, with unpublished changes")),
    ]

    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=STATUS_CHOICES,
        method="filter_status",
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )
    sectors = django_filters.ModelChoiceFilter(label=_("Sector"), queryset=Sector.objects.all())
    themes = django_filters.ModelChoiceFilter(label=_("Theme"), queryset=Theme.objects.all())
    organisation = django_filters.ModelChoiceFilter(label=_("Organisation"), queryset=Organisation.objects.all())
    region = django_filters.ChoiceFilter(
        label=_("Region"), field_name="organisation__region", choices=Region.choices, empty_label=_("All")
    )
    campaign = django_filters.ModelChoiceFilter(label=_("Campaign"), queryset=Campaign.objects.all())
    year = django_filters.ChoiceFilter(label=_("Year"), choices=_years, empty_label=_("All"))

    class Meta:
        model = Deed
        fields = []

    def filter_status(self, queryset, name, value):
        if value == "live":
            return queryset.filter(live=True)
        if value == "draft":
            return queryset.filter(live=False)
        if value == "in_moderation":
            in_progress = WorkflowState.objects.filter(
                base_content_type=ContentType.objects.get_for_model(Deed),
                status=WorkflowState.STATUS_IN_PROGRESS,
            ).values("object_id")
            # WorkflowState keeps object ids as text.
            return queryset.alias(pk_text=Cast("pk", CharField())).filter(pk_text__in=in_progress)
        if value == "unpublished_changes":
            return queryset.filter(live=True, has_unpublished_changes=True)
        return queryset
