"""Template helpers for the coach directory and a coach's page (sparraus/directory.py)."""

from django import template

from .. import directory

register = template.Library()


@register.simple_tag(takes_context=True)
def coach_page_data(context, coach, page):
    """``{% coach_page_data coach page as data %}``: what the coach's page shows beyond the coach's own fields.

    The same for the public page and the admin's preview, whose context is only the coach and the directory.
    """
    return directory.page_data(context.get("request"), coach, page)


@register.filter
def ways_of_working(coach):
    """On site, remote or both, as labels."""
    return directory.ways(coach)
