"""The demo's shared constants, the page-building context and the base of the other apps' demo loaders."""

from dataclasses import dataclass

from django.core.management.base import CommandError
from wagtail.models import Page

LANGUAGES = ("fi", "sv", "en")
SITE_NAME = "Tekojen tori"
CONTACT_EMAIL = "tekojentori@example.fi"
CONTACT_PHONE = "+358 9 123 4567"  # fictional
FROM_EMAIL = "noreply@tekojentori.fi"
CREDIT = {"fi": "Kuvitus: Tekojen tori", "sv": "Illustration: Tekojen tori", "en": "Illustration: Tekojen tori"}


@dataclass
class Context:
    """What a content function needs: the language, the pages made so far and the images."""

    lang: str
    pages: dict
    images: dict

    def page(self, key):
        """The page in this language, or the Finnish one when it has no translation."""
        return self.pages[self.lang].get(key) or self.pages["fi"][key]


def reuse_rows(page, relation, values):
    """Inline rows with these values, reusing the page's existing rows so that their ids stay stable."""
    existing = list(getattr(page, relation).all()) if page.pk else []
    model = getattr(page, relation).model
    rows = []
    for index, fields in enumerate(values):
        row = existing[index] if index < len(existing) else model()
        for name, value in fields.items():
            setattr(row, name, value)
        row.sort_order = index
        rows.append(row)
    return rows


class AppDemo:
    """What an app's demo loader (``<app>/demo``) needs: find, translate, fill and publish pages idempotently."""

    def __init__(self, command, homes, pages, images):
        self.command = command
        self.homes = homes
        self.pages = pages
        self.images = images
        self.locales = {code: homes[code].locale for code in LANGUAGES}

    def count_created(self):
        self.command.counts["created"] += 1

    def child(self, parent, model, slug):
        """The page with this slug under ``parent``, or a new unsaved one in the parent's language."""
        page = Page.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            return model(slug=slug, locale_id=parent.locale_id, live=False)
        if page.specific_class is not model:
            raise CommandError(f"{page.url_path} is a {page.specific_class.__name__}, not a {model.__name__}.")
        return page.specific

    def translation(self, source, code):
        """The page's translation, copied from it (as a draft, inline rows included) when it has none yet."""
        page = source.get_translation_or_none(self.locales[code])
        if page is None:
            page = source.copy_for_translation(self.locales[code])
            self.count_created()
        return page.specific

    def set_rows(self, page, relation, rows):
        setattr(page, relation, rows)

    def put(self, page, parent, values, rows=()):
        """Fill the page and its inline rows, save it (a new page under ``parent``) and publish a revision."""
        for name, value in values.items():
            setattr(page, name, value)
        for relation, items in rows:
            self.set_rows(page, relation, items)
        self.command.validate_streams(page)
        if page.pk is None:
            Page.objects.get(pk=parent.pk).add_child(instance=page)
            self.count_created()
        else:
            # New rows get their ids, and a translation's terms their language, before the revision is taken.
            page.save()
        page.save_revision(clean=True).publish()
        self.command.counts["updated"] += 1
        return page

    def refresh_pages(self):
        """New pages and moves changed the tree under the home pages; keep the objects the next apps get current."""
        for by_key in self.pages.values():
            for page in by_key.values():
                page.refresh_from_db(fields=["path", "depth", "numchild", "url_path"])
