"""What a change to the page tree makes stale (topics: home/invalidation.py).

Wagtail's frontend_cache purges a published page's own URL; these handlers say which other
responses showed it: its translations (their language switchers), its parent (listings of
children, feeds), its descendants (their breadcrumbs), the pages that gather its type
(``invalidates_topics``: the home sections), the sitemap and search (``"pages"``), and every
page when the menu or the footer links may have changed (``"frame"``). Site settings and footer
texts renew ``"frame"`` in home/frame.py.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, pre_page_move

from .invalidation import changed

# The root, the home pages and their sections: menu entries and footer links.
FRAME_DEPTH = 3


def subtree(page):
    """The topic of every response of ``page`` and the pages under it (see home/http_cache.py)."""
    return f"path:{page.path}*"


def page_topics(page):
    translations = page.get_translations(inclusive=True).values_list("pk", flat=True)
    topics = {"pages", *(f"page:{pk}" for pk in translations), *getattr(page.specific_class, "invalidates_topics", ())}
    if parent := page.get_parent():
        topics.add(f"page:{parent.pk}")
    if not page.is_leaf():
        topics.add(subtree(page))
    if page.depth <= FRAME_DEPTH or page.show_in_menus:
        topics.add("frame")
    return topics


def page_changed(instance, **kwargs):
    """Published (also by ``publish_scheduled``) or unpublished (also just before a live page is deleted)."""
    changed(*page_topics(instance))


def page_moving(instance, parent_page_before, parent_page_after, **kwargs):
    # Before the move, while the page still has its old tree path; the ban waits for the commit.
    # Every URL under it changes: the frame's links too.
    changed("frame", subtree(instance), *page_topics(instance), f"page:{parent_page_after.pk}")


def restriction_changed(instance, **kwargs):
    # A page that became private must leave the cache with everything under it.
    if page := Page.objects.filter(pk=instance.page_id).first():
        changed(subtree(page), *page_topics(page))


def sites_changed(**kwargs):
    changed("frame", "pages")


def redirects_changed(**kwargs):
    changed("redirects")


def connect():
    page_published.connect(page_changed)
    page_unpublished.connect(page_changed)
    pre_page_move.connect(page_moving)
    for model, receiver in ((PageViewRestriction, restriction_changed), (Site, sites_changed), (Locale, sites_changed)):
        post_save.connect(receiver, sender=model)
        post_delete.connect(receiver, sender=model)
    post_save.connect(redirects_changed, sender=Redirect)
    post_delete.connect(redirects_changed, sender=Redirect)
