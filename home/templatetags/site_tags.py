"""Template tags for the page frame: menu, breadcrumbs, languages and footer (data from home/frame.py)."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Page

from home import frame, sharing

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
    request = context["request"]
    ancestors = list(frame.page_frame(request, page)["ancestors"])
    if current is not None:
        ancestors.append({"title": page.title, "url": page.get_url(request), "depth": page.depth})
    # The same trail for search engines; the last item is the address of what the visitor is on.
    here = context.get("canonical_url") or request.build_absolute_uri(
        request.path if current else page.get_url(request)
    )
    items = [
        (gettext("Home") if ancestor["depth"] == 2 else ancestor["title"], request.build_absolute_uri(ancestor["url"]))
        for ancestor in ancestors
    ]
    return {
        "ancestors": ancestors,
        "current": current or page.title,
        "json_ld": sharing.json_ld_script(sharing.breadcrumb_list([*items, (current or page.title, here)])),
    }


# The language switcher's link to a language the page has no translation in: its home page with this
# parameter, which shows a notice there (templates/components/untranslated_notice.html). A separate
# address for Varnish; no cookie or session.
UNTRANSLATED_PARAMETER = "untranslated"


def untranslated_note(code):
    """Why the link to language ``code`` leads to its home page, in that language (the link's own)."""
    with translation.override(code):
        return gettext("this page is not available in this language: the link leads to the home page")


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
    # Whether this view knows its translations; a view that knows none (an error page) links to the homes.
    knows_translations = translation_urls is not None
    if translation_urls is None:
        has_page = isinstance(page, Page) and page.pk
        knows_translations = bool(has_page)
        translation_urls = frame.page_frame(request, page)["translations"] if has_page else {}
    homes = frame.site_frame(request)["homes"]
    current_language = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = translation_urls.get(code) or (homes[code]["url"] if code in homes else f"/{code}/")
        is_current = code == current_language
        # No translation: the link says so, in its own language, and the home page it leads to says so again.
        untranslated = knows_translations and not is_current and code not in translation_urls
        links.append(
            {
                "code": code,
                "name": name,
                "url": f"{url}?{UNTRANSLATED_PARAMETER}=1" if untranslated else url,
                "absolute_url": request.build_absolute_uri(url),
                "is_current": is_current,
                "is_translation": code in translation_urls,
                "untranslated_note": untranslated_note(code) if untranslated else "",
            }
        )
    return links


@register.inclusion_tag("components/untranslated_notice.html", takes_context=True)
def untranslated_notice(context):
    """On a home page reached from a page with no translation in its language: say so."""
    return {"show": UNTRANSLATED_PARAMETER in context["request"].GET}


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
