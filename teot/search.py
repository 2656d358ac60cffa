"""Deeds in the site search: live deeds of the visitor's language, linked to their marketplace."""

from django.utils.translation import gettext_lazy as _

from home.search.kinds import SearchKind

from .models import Deed


class DeedSource:
    def queryset(self, locale):
        deeds = Deed.objects.live_in(locale).select_related("organisation", "locale")
        # A deed is served by the marketplace of its own language: without one, it has no page.
        return deeds if locale.pk in Deed.objects.marketplaces() else deeds.none()

    def describe(self, deeds, request):
        for deed in Deed.objects.with_urls(deeds, request):
            deed.search_url = deed.url
            organisation = deed.public_organisation  # an unapproved organisation is named nowhere public
            deed.search_meta = organisation.localized_name(deed.locale.language_code) if organisation else ""


def deed_search_kind():
    return SearchKind("deeds", _("Deeds"), _("Deed"), date_field="first_published_at", source=DeedSource(), order=10)
