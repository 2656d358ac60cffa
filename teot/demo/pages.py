"""The deed marketplace page (DeedIndexPage) in every language, from ``content/<language>/pages.toml``."""

from django.core.management.base import CommandError
from wagtail.models import Page

from home.demo.builders import LANGUAGES, Context
from home.demo.content import fields, read
from teot.models import DeedIndexPage


def ensure_index_pages(pages, locales, images):
    home = Page.objects.get(pk=pages["fi"]["home"].pk)
    index = DeedIndexPage.objects.child_of(home).first()
    if index is None:
        finnish = read("teot.demo", "fi", "pages")
        clash = Page.objects.child_of(home).filter(slug=finnish["slug"]).first()
        if clash is not None:
            raise CommandError(f"{clash.url_path} is a {clash.specific_class.__name__}, not a DeedIndexPage.")
        index = DeedIndexPage(title=finnish["title"], slug=finnish["slug"], locale=locales["fi"], live=False)
        home.add_child(instance=index)
    for code in LANGUAGES:
        if code == "fi":
            page = index
        else:
            page = index.get_translation_or_none(locales[code]) or index.copy_for_translation(locales[code])
        page = DeedIndexPage.objects.get(pk=page.pk)  # fresh tree fields
        fill_index_page(page, Context(code, pages, images))
        place_after(page, pages[code].get("tekojen_tori"))
    # Adding and moving changed the tree under these pages; the other apps' demos still use these objects.
    for by_key in pages.values():
        for page in by_key.values():
            page.refresh_from_db(fields=["path", "depth", "numchild", "url_path"])


def fill_index_page(page, c):
    for name, value in fields(read("teot.demo", c.lang, "pages"), c).items():
        setattr(page, name, value)
    page.show_in_menus = True
    page.save_revision(clean=True).publish()


def place_after(page, anchor):
    """Put the page in the menu right after the anchor page (menus follow tree order)."""
    if anchor is None:
        return
    page = Page.objects.get(pk=page.pk)
    anchor = Page.objects.get(pk=anchor.pk)
    previous = page.get_prev_sibling()
    if not anchor.is_sibling_of(page) or (previous is not None and previous.pk == anchor.pk):
        return
    page.move(anchor, pos="right")
