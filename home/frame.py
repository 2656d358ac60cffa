"""The page frame's data — menu, home pages, translations, breadcrumbs, footer — read from the cache.

Every public page shows the frame, and it changes only when pages, site settings or the footer
text change. Each piece is built once per site and language (or per page) as plain values and
kept until its topics change (home/invalidation.py), so an ordinary page view reads it with no
database query.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.images.models import AbstractImage
from wagtail.models import Locale

from home import invalidation, routing, sharing
from home.models import FooterText, SiteSettings

# "tree": any saved page (home/routing.py); "frame": site settings and footer texts.
FRAME_TOPICS = ["frame", "tree"]


def _link(page, request):
    return {"title": page.title, "url": page.get_url(request), "path": page.path, "depth": page.depth}


def _site(request):
    return routing.site_for(request)


def site_frame(request):
    """The home page, the menu and each language's home page, for this site in the active language."""
    site = _site(request)
    if site is None:
        return {"home": None, "menu": [], "homes": {}}
    language = translation.get_language()

    def build():
        homes = {
            other.locale.language_code: _link(other, request)
            for other in site.root_page.get_translations(inclusive=True).live().select_related("locale")
        }
        home = site.root_page.localized
        menu = [_link(page, request) for page in home.get_children().live().in_menu().public()]
        return {"home": _link(home, request), "menu": menu, "homes": homes}

    return invalidation.cached(FRAME_TOPICS, f"frame:site:{site.pk}:{language}", build)


def page_frame(request, page):
    """The live translations of ``page`` and its ancestors below the root, as links."""
    site = _site(request)

    def build():
        translations = {
            other.locale.language_code: other.get_url(request)
            for other in page.get_translations(inclusive=True).live().select_related("locale")
        }
        ancestors = [_link(ancestor, request) for ancestor in page.get_ancestors().filter(depth__gt=1)]
        return {"translations": translations, "ancestors": ancestors}

    return invalidation.cached(FRAME_TOPICS, f"frame:page:{site.pk if site else 0}:{page.pk}", build)


def share_image(request):
    """The site's default sharing image (Site settings), as its 1200 × 630 rendition's URL and size."""
    site = _site(request)

    def build():
        site_settings = SiteSettings.for_site(site) if site else None
        image = site_settings.share_image if site_settings else None
        return sharing.rendition_data(image, request) if image else None

    return invalidation.cached(FRAME_TOPICS, f"frame:share-image:{site.pk if site else 0}:{request.get_host()}", build)


def footer_html(request):
    """The rendered footer of this site in the active language."""
    site = _site(request)
    language = translation.get_language()

    def build():
        site_settings = SiteSettings.for_site(site) if site else None
        locale = Locale.get_active()
        footer_texts = {
            text.locale_id: text for text in FooterText.objects.filter(locale__in=[locale, Locale.get_default()])
        }
        footer_text = footer_texts.get(locale.pk) or next(iter(footer_texts.values()), None)

        def localized(page):
            return page.localized if page else None

        context = {
            "site_settings": site_settings,
            "footer_text": footer_text,
            "accessibility_statement": localized(site_settings.accessibility_statement) if site_settings else None,
            "privacy_notice": localized(site_settings.privacy_notice) if site_settings else None,
        }
        return render_to_string("components/footer.html", context, request=request)

    return invalidation.cached(FRAME_TOPICS, f"frame:footer:{site.pk if site else 0}:{language}", build)


@receiver(post_save)
@receiver(post_delete)
def _frame_changed(sender, instance, created=False, **kwargs):
    # SiteSettings.for_site() creates empty settings on a site's first page view: nothing to renew.
    if isinstance(instance, FooterText) or (isinstance(instance, SiteSettings) and not created):
        invalidation.changed("frame")
    elif isinstance(instance, AbstractImage) and (
        # A deleted image is already unset from the settings (SET_NULL runs first): renew anyway.
        kwargs.get("signal") is post_delete or SiteSettings.objects.filter(share_image_id=instance.pk).exists()
    ):
        invalidation.changed("frame")  # the default sharing image or its file changed, so did its rendition
