"""Deeds in the site search: live deeds of the visitor's language, linked to their marketplace."""

from django.utils.translation import gettext_lazy as _

from home import invalidation
from home.search.kinds import SearchKind

from .facets import live_deeds
from .models import DeedIndexPage


class DeedSource:
    def queryset(self, locale):
        deeds = live_deeds(locale).select_related("organisation", "locale")
        # A deed is served by the marketplace of its own language: without one, it has no page.
        return deeds if marketplace(locale) else deeds.none()

    def describe(self, deeds, request):
        if not deeds:
            return
        index_page = marketplace(deeds[0].locale)
        for deed in deeds:
            deed.search_url = index_page.deed_url(deed, request)
            organisation = deed.public_organisation  # an unapproved organisation is named nowhere public
            deed.search_meta = organisation.localized_name(deed.locale.language_code) if organisation else ""


def marketplace(locale):
    """The live marketplace of this language (none: its deeds have no page); cached with the page tree."""
    return invalidation.cached(
        "tree", f"own-marketplace:{locale.pk}", DeedIndexPage.objects.live().filter(locale=locale).first
    )


def deed_search_kind():
    return SearchKind("deeds", _("Deeds"), _("Deed"), date_field="first_published_at", source=DeedSource(), order=10)
