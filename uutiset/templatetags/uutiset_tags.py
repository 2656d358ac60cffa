"""Template helpers for news, podcasts and webinars."""

from django import template
from django.utils.translation import ngettext

register = template.Library()


@register.filter
def duration_parts(duration):
    """A duration as a clock (``1:05:09``) for the eye and in words for screen readers."""
    total = int(duration.total_seconds())
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    clock = f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"
    words = []
    if hours:
        words.append(ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours})
    if minutes:
        words.append(ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes})
    if seconds or not words:
        words.append(ngettext("%(count)d second", "%(count)d seconds", seconds) % {"count": seconds})
    return {"clock": clock, "spoken": " ".join(words)}
