"""Template tags for the page frame: menu, breadcrumbs, languages and footer (data from home/frame.py)."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page

from home import frame

register = template.Library()


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the visitor's language (the default one if untranslated), as a link."""
    return frame.site_frame(context["request"])["home"]


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    site = frame.site_frame(context["request"])
    current = context.get("page")
    return {
        "home": site["home"],
        "items": site["menu"],
        "current_path": current.path if isinstance(current, Page) else "",
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current=None):
    """The path from the home page; ``current`` names a view below the page (one of its routes)."""
    page = context.get("page")
    if not isinstance(page, Page) or (page.depth <= 2 and current is None):
        return {"ancestors": []}
    ancestors = list(frame.page_frame(context["request"], page)["ancestors"])
    if current is not None:
        ancestors.append({"title": page.title, "url": page.get_url(context["request"]), "depth": page.depth})
    return {"ancestors": ancestors, "current": current or page.title}


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the page's translation, else that language's home page.

    ``is_translation`` marks real translations, which are the hreflang alternates.
    """
    request = context["request"]
    page = context.get("page")
    # A view showing something other than the page itself (e.g. a deed at a
    # route of its marketplace) passes the URLs of that thing's translations.
    translation_urls = context.get("translation_urls")
    if translation_urls is None:
        has_page = isinstance(page, Page) and page.pk
        translation_urls = frame.page_frame(request, page)["translations"] if has_page else {}
    homes = frame.site_frame(request)["homes"]
    current_language = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = translation_urls.get(code) or (homes[code]["url"] if code in homes else f"/{code}/")
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "is_current": code == current_language,
                "is_translation": code in translation_urls,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def site_footer(context):
    return mark_safe(frame.footer_html(context["request"]))  # noqa: S308 - rendered by our own template


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return context["request"].build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own address without query strings; views may pass their own."""
    if context.get("canonical_url"):
        return context["canonical_url"]
    request = context["request"]
    return request.build_absolute_uri(context["page"].get_url(request))
