"""Template helpers for webinar pages."""

from django import template
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedException

from home.blocks import IFRAME_WITHOUT_TITLE

register = template.Library()


@register.simple_tag
def recording_embed(url, title):
    """The video service's player for a recording, its iframe named for screen readers; empty if unavailable."""
    try:
        embed = embeds.get_embed(url)
    except EmbedException:
        return ""
    return mark_safe(IFRAME_WITHOUT_TITLE.sub(f'<iframe title="{escape(title)}"', embed.html))  # noqa: S308 - html comes from the oEmbed provider


@register.filter
def utc_offset(value):
    """``UTC+2`` or ``UTC+3``: the offset of Finnish time at that moment, for visitors abroad."""
    hours = timezone.localtime(value).utcoffset().total_seconds() / 3600
    return f"UTC{hours:+g}"


@register.filter
def file_info(document):
    """``PDF, 1.2 MB``: what a download link leads to."""
    size = document.get_file_size()
    parts = [document.file_extension.upper(), filesizeformat(size) if size else ""]
    return ", ".join(part for part in parts if part)
