"""Creating a page or a snippet in the admin: one save makes one object, and a taken slug is a form error.

Wagtail 8's autosave posts the create form in the background (``Accept: application/json``) about
half a second after the editor stops typing. Until its answer comes back, the form still points at
the create URL, so a "Save draft" or "Publish" clicked meanwhile posts a second create. The two
requests ran side by side and both validated the slug before either had saved, so the second one's
``add_child()`` met the first page's slug in ``Page.minimal_clean()``: an uncaught
``ValidationError``, an HTTP 500 (or treebeard gave both pages the same path: an IntegrityError).
When the autosave had already saved, the click got "this slug is already in use" instead, and an
editor who then changed the slug left the autosaved page behind as an orphan draft. A deed's slug
collision was an IntegrityError even one request at a time (``Deed.clean`` checks it now).

So, on the create views only:

- autosave is off: the first save is the editor's own click, which takes them to the edit view,
  where autosave runs as Wagtail made it (it saves a revision of the page that now exists);
- creates under one parent page (or of one snippet model in one language) run one at a time, in a
  transaction that holds a row lock, so a second create validates only after the first has
  committed: a duplicate slug, from a double click or from two editors, is a form error.
"""

from django.db import transaction
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.pages.create import CreateView as PageCreateView
from wagtail.models import Locale, Page


class OneCreateAtATime:
    """A create view without autosave whose posts are serialised by ``lock_for_create()``."""

    @property
    def autosave_enabled(self):
        return False

    @autosave_enabled.setter
    def autosave_enabled(self, value):
        """Wagtail's views set it from WAGTAIL_AUTOSAVE_INTERVAL; on create it stays off."""

    def lock_for_create(self):
        raise NotImplementedError

    def post(self, request, *args, **kwargs):
        with transaction.atomic():
            self.lock_for_create()
            return super().post(request, *args, **kwargs)


class CreatePageView(OneCreateAtATime, PageCreateView):
    """Wagtail's page create view (site/urls.py puts it at the admin's own address)."""

    def lock_for_create(self):
        # Slugs are unique among siblings, and treebeard numbers a new child after the last one.
        list(Page.objects.select_for_update().filter(pk=self.parent_page.pk).values_list("pk"))
        # The parent was read before the wait: with its old child count, treebeard's get_children()
        # answers "no children" without asking (so the slug check passes) and add_child() reuses a path.
        self.parent_page.refresh_from_db(fields=["path", "depth", "numchild"])


# Decorated as Wagtail decorates its admin URLs.
create_page = never_cache(require_admin_access(CreatePageView.as_view()))


class CreateSnippetMixin(OneCreateAtATime):
    """For a snippet viewset's ``add_view_class``: serialised per language (slugs are unique per locale)."""

    def lock_for_create(self):
        locale = self.locale or Locale.get_default()
        list(Locale.objects.select_for_update().filter(pk=locale.pk).values_list("pk"))
