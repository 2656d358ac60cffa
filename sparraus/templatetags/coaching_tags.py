"""Template helpers for the coaching pages beyond the directory."""

from urllib.parse import urlencode

from django import template

from teot.models import DeedIndexPage, Theme

register = template.Library()


@register.simple_tag(takes_context=True)
def deed_report_url(context, organisation, themes):
    """``{% deed_report_url organisation themes as url %}``: the deed form in the active language, filled in.

    With the organisation when it is approved (the form offers no other) and the themes as the form's
    language has them (by translation key). ``""`` where there is no deed marketplace.
    """
    index = DeedIndexPage.for_locale()
    if index is None:
        return ""
    query = [("organisation", organisation.pk)] if organisation is not None and organisation.is_approved else []
    keys = [theme.translation_key for theme in themes]
    if keys:
        in_form = Theme.objects.filter(translation_key__in=keys, locale_id=index.locale_id).order_by("sort_order", "pk")
        query += [("themes", pk) for pk in in_form.values_list("pk", flat=True)]
    url = index.get_url(context.get("request")) + index.reverse_subpage("submit")
    return f"{url}?{urlencode(query)}" if query else url
