"""Coaches in the site search: the live active coaches of the visitor's language, linked to their directory."""

from django.utils.translation import gettext_lazy as _

from home.search.kinds import SearchKind

from . import directory
from .models.coaches import Coach
from .models.pages import CoachDirectoryPage
from .signals import TOPIC


class CoachSource:
    def queryset(self, locale):
        coaches = Coach.objects.live_in(locale).filter(active=True)
        # A coach's page is under the directory of its own language: without one, it has no page.
        return coaches if locale.pk in directory.directories(CoachDirectoryPage) else coaches.none()

    def describe(self, coaches, request):
        pages = directory.directories(CoachDirectoryPage)
        for coach in coaches:
            page = pages.get(coach.locale_id)
            coach.search_url = page.coach_url(coach, request) if page is not None else ""
            coach.search_meta = coach.organisation
            coach.title = coach.name  # what the results page shows of every hit


def coach_search_kind():
    # No date: a coach's profile is not news (results.describe reads no attribute by an empty name).
    return SearchKind(
        "coaches", _("Coaches"), _("Coach"), date_field="", source=CoachSource(), order=60, topics=(TOPIC,)
    )
