"""Template tags for the page frame: menu, breadcrumbs, languages and footer."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.models import FooterText, SiteSettings

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the visitor's language (the default one if untranslated)."""
    root = _site_root(context["request"])
    return root.localized if root else None


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    home = localized_home(context)
    current = context.get("page")
    items = home.get_children().live().in_menu().public().specific(defer=True) if home else []
    return {
        "request": context["request"],
        "home": home,
        "items": items,
        "current_path": current.path if isinstance(current, Page) else "",
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current=None):
    """The path from the home page; ``current`` names a view below the page (one of its routes)."""
    page = context.get("page")
    if not isinstance(page, Page) or (page.depth <= 2 and current is None):
        return {"ancestors": []}
    ancestors = list(page.get_ancestors().filter(depth__gt=1).specific(defer=True))
    if current is not None:
        ancestors.append(page)
    return {"request": context["request"], "ancestors": ancestors, "current": current or page.title}


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the page's translation, else that language's home page.

    ``is_translation`` marks real translations, which are the hreflang alternates.
    """
    request = context["request"]
    page = context.get("page")
    current_language = translation.get_language()
    # A view showing something other than the page itself (e.g. a deed at a
    # route of its marketplace) passes the URLs of that thing's translations.
    translation_urls = context.get("translation_urls")
    translations = {}
    if translation_urls is None and isinstance(page, Page) and page.pk:
        for other in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[other.locale.language_code] = other
    homes = {}
    root = _site_root(request)
    if root is not None:
        for other in root.get_translations(inclusive=True).live().select_related("locale"):
            homes[other.locale.language_code] = other
    links = []
    translation_urls = translation_urls or {code: other.get_url(request) for code, other in translations.items()}
    for code, name in settings.LANGUAGES:
        home = homes.get(code)
        url = translation_urls.get(code) or (home.get_url(request) if home else f"/{code}/")
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


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    site = Site.find_for_request(request)
    site_settings = SiteSettings.for_site(site) if site else None
    locale = Locale.get_active()
    footer_texts = {
        text.locale_id: text for text in FooterText.objects.filter(locale__in=[locale, Locale.get_default()])
    }
    footer_text = footer_texts.get(locale.pk) or next(iter(footer_texts.values()), None)

    def localized(page):
        return page.localized if page else None

    return {
        "request": request,
        "site_settings": site_settings,
        "footer_text": footer_text,
        "accessibility_statement": localized(site_settings.accessibility_statement) if site_settings else None,
        "privacy_notice": localized(site_settings.privacy_notice) if site_settings else None,
    }


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
