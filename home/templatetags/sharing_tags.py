"""Template tags for sharing: link-preview metadata (meta.html), share links and schema.org data.

What a page shares is worked out once per request (``sharing_data``) from the view's overrides
(``meta_title``, ``meta_description``, ``social_image``, ``canonical_url``) and the page's own
methods; the site's default image comes from the page frame's cache, so a page without an image
of its own costs no query for it.
"""

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Page

from home import frame, sharing
from home.request_memo import memo

from .site_tags import canonical_url

register = template.Library()


def _is_page(page):
    return isinstance(page, Page) and page.pk


@register.simple_tag(takes_context=True)
def sharing_data(context):
    """``title``, ``description``, ``url``, ``image`` and ``default_image`` (``url``, ``width``,
    ``height``), ``locale`` and ``locale_alternates`` (Open Graph codes) of what the page shows."""
    request = context["request"]
    page = context.get("page")
    url = canonical_url(context) if _is_page(page) or context.get("canonical_url") else ""
    known = memo("sharing")
    key = (page.pk if _is_page(page) else None, url, context.get("meta_title"))
    if known is not None and key in known:
        return known[key]

    title = context.get("meta_title") or (page.seo_title or page.title if _is_page(page) else "")
    description = context.get("meta_description")
    if not description and _is_page(page):
        description = page.get_meta_description() if hasattr(page, "get_meta_description") else page.search_description
    image = context.get("social_image")
    if image is None and _is_page(page) and hasattr(page, "get_social_image"):
        image = page.get_social_image()
    default_image = frame.share_image(request)
    language = translation.get_language()
    languages = context.get("languages") or []
    data = {
        "title": title,
        "description": sharing.plain_text(description)
        or _(
            "Development deeds of Finnish municipalities and wellbeing services counties: read, search and share them."
        ),
        "url": url,
        "image": sharing.rendition_data(image, request) if image else default_image,
        "default_image": default_image,
        "locale": sharing.og_locale(language),
        "locale_alternates": [
            sharing.og_locale(link["code"]) for link in languages if link["is_translation"] and link["code"] != language
        ],
    }
    if known is not None:
        known[key] = data
    return data


@register.inclusion_tag("components/share_links.html", takes_context=True)
def share_section(context, heading_id="share-heading"):
    """The page's share links (email, LinkedIn, Facebook, X, WhatsApp) under a "Share" heading."""
    share = sharing_data(context)
    return {"links": sharing.share_links(share["title"], share["description"], share["url"]), "heading_id": heading_id}


@register.simple_tag(takes_context=True)
def page_structured_data(context):
    """The page's own schema.org items (an event, an episode, the organisation…) as JSON-LD."""
    page = context.get("page")
    if not _is_page(page) or not hasattr(page, "get_structured_data"):
        return ""
    items = page.get_structured_data(context["request"], sharing_data(context))
    return mark_safe("".join(sharing.json_ld_script(item) for item in items))  # noqa: S308 - escaped there


@register.simple_tag
def json_ld(data):
    """``{% json_ld data %}``: any dict (or list of dicts) as a JSON-LD block."""
    return sharing.json_ld_script(data)
