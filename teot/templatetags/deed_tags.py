"""Template helpers for deed pages: they format what the page's context holds (teot/deed_page.py) and run
no queries."""

from django import template
from django.utils.translation import gettext as _

from home import sharing
from teot import signals

register = template.Library()


@register.simple_tag
def deeds_token(*topics):
    """``{% deeds_token "tree" as token %}``: for ``{% cache %}`` keys of what shows deeds (teot/signals.py)."""
    return signals.token(*topics)


@register.filter
def localized_name(organisation, language_code):
    return organisation.localized_name(language_code) if organisation else ""


@register.simple_tag(takes_context=True)
def deed_json_ld(context, deed, data, image=None):
    """schema.org data for search engines: a data block browsers never run (so CSP allows it).

    ``data`` is the page's (teot/deed_page.py); ``image`` the rendition the page shows, if any.
    """
    url, language_code = data["url"], data["language_code"]
    organisation = deed.public_organisation  # an unapproved organisation is named nowhere public
    schema = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": deed.title[:110],
        "name": deed.title,
        "description": deed.summary,
        "inLanguage": language_code,
        "keywords": [term.name for term in [*data["sectors"], *data["themes"]]],
        "publisher": {"@type": "Organization", "name": _("Tekojen tori")},
    }
    if url:
        schema["url"] = url
        schema["mainEntityOfPage"] = url
    if organisation is not None:
        schema["author"] = {"@type": "Organization", "name": organisation.localized_name(language_code)}
    if deed.first_published_at:
        schema["datePublished"] = deed.first_published_at.isoformat()
    if deed.last_published_at:
        schema["dateModified"] = deed.last_published_at.isoformat()
    if image and context.get("request") is not None:
        schema["image"] = context["request"].build_absolute_uri(image.url)
    if deed.year:
        schema["temporalCoverage"] = str(deed.year)
    return sharing.json_ld_script(schema)
