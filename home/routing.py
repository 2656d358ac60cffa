"""Wagtail's page routing, remembered in the cache.

Wagtail finds the page for a URL by walking the tree: the site (one query), its root page and
that page in the visitor's language, then each path segment's child and its specific page: six
to nine queries before a page starts to render. ``serve`` remembers which page (and how much of
the path it took, for routable pages) a URL led to, and next time loads just that page. It hands
the result to Wagtail's own ``serve``, which runs its hooks (view restrictions, ...) as usual.

Routes and view restrictions depend on the topic ``tree``, renewed whenever a page or a view
restriction is saved, moved or deleted, or a site or locale changes (the receivers below; they
run for saves outside the admin too). Only URLs that led to a page are kept, so unknown URLs
fill no cache.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import Http404
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

from home import invalidation

TOPICS = ["tree"]


def site_for(request):
    """``Site.find_for_request`` from the cache; later calls of either read it from the request."""
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = _site(request)
    return request._wagtail_site


def _site(request):
    key = f"route-site:{request.get_host()}:{request.get_port()}:{'.'.join(invalidation.tokens(TOPICS))}"
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is not None:
            cache.set(key, site, invalidation.TIMEOUT)
    return site


def _route(request, site, path):
    token = ".".join(invalidation.tokens(TOPICS))
    # Hashed: a visitor may type a path of any length.
    key = f"route:{site.pk}:{translation.get_language()}:{token}:{hashlib.sha256(path.encode()).hexdigest()[:32]}"
    remembered = cache.get(key)
    components = [component for component in path.split("/") if component]
    if remembered is not None:
        content_type_id, page_id, consumed = remembered
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        page = model.objects.filter(pk=page_id).first()
        if page is not None:
            try:
                return page.route(request, components[consumed:])
            except Http404:
                return None
    route = Page.route_for_request(request, path)
    if route is not None:
        page = route[0]
        consumed = page.depth - site.root_page.depth
        cache.set(key, (page.content_type_id, page.pk, consumed), invalidation.TIMEOUT)
    return route


def _remember_view_restrictions(page):
    """Wagtail's view-restriction hook asks the page for its restrictions (three queries);
    answer from the cache. Only this served instance is changed."""
    restrictions = invalidation.cached(
        TOPICS, f"view-restrictions:{page.pk}", lambda: list(page.get_view_restrictions())
    )
    page.get_view_restrictions = lambda: restrictions


class IndexForLocale:
    """For an index page type with one live page per language: the marketplace, the news, the webinars."""

    @classmethod
    def for_locale(cls, locale=None):
        """The live index page of this type in a language (the active one by default), else in the default one.

        Kept until the page tree changes: every card, home section and search result asks for its index.
        """
        locale = locale or Locale.get_active()

        def find():
            pages = cls.objects.live().select_related("locale")
            return pages.filter(locale=locale).first() or pages.filter(locale=Locale.get_default()).first()

        return invalidation.cached(TOPICS, f"index:{cls._meta.label_lower}:{locale.pk}", find)

    def route_translation_urls(self, request, route_name):
        """This route of the page (a routable one) in every language the page is published in."""
        translations = type(self).objects.live().filter(translation_key=self.translation_key).select_related("locale")
        return {
            page.locale.language_code: page.get_url(request) + page.reverse_subpage(route_name) for page in translations
        }


def public(pages):
    """``pages.public()`` without its query: the restricted subtrees come from the cache."""
    paths = invalidation.cached(
        TOPICS, "restricted-paths", lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True))
    )
    restricted = Q()
    for path in paths:
        restricted |= Q(path__startswith=path)
    return pages.exclude(restricted) if paths else pages


def serve(request, path):
    from wagtail import views as wagtail_views  # here: page models import this module before apps are ready

    site = site_for(request)
    if site is not None:
        route = request._wagtail_route_for_request = _route(request, site, path)
        if route is not None:
            _remember_view_restrictions(route[0])
    return wagtail_views.serve(request, path)


@receiver(post_save)
@receiver(post_delete)
def _tree_changed(sender, instance, **kwargs):
    if isinstance(instance, Page | Site | Locale | PageViewRestriction):
        invalidation.changed(*TOPICS)


@receiver(post_page_move)
def _page_moved(sender, **kwargs):
    invalidation.changed(*TOPICS)
