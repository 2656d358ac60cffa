"""The coach directory (CoachDirectoryPage) under the Sparraus page in every language, from
``content/<language>/pages.toml``."""

from django.core.management.base import CommandError
from wagtail.models import Page

from home.demo.builders import LANGUAGES, Context
from home.demo.content import fields, read
from sparraus.models.pages import CoachDirectoryPage

KEY = "sparraajat"  # the directory among the demo pages: a text links to it with <a page="sparraajat">
PARENT = "sparraus"


def add_directories(command, pages):
    """Find the directory in every language, or make it (an empty draft), and put it in ``pages``.

    The site's own texts link to it before they are filled in; the directory gets its own texts with the
    rest of the coaching demo (``fill_directories``).
    """
    parent = Page.objects.get(pk=pages["fi"][PARENT].pk)
    directory = CoachDirectoryPage.objects.child_of(parent).first()
    if directory is None:
        texts = read(__package__, "fi", "pages")
        clash = Page.objects.child_of(parent).filter(slug=texts["slug"]).first()
        if clash is not None:
            raise CommandError(f"{clash.url_path} is a {clash.specific_class.__name__}, not a CoachDirectoryPage.")
        directory = CoachDirectoryPage(title=texts["title"], slug=texts["slug"], locale_id=parent.locale_id, live=False)
        parent.add_child(instance=directory)
        command.counts["created"] += 1
    pages["fi"][KEY] = directory
    for code in LANGUAGES[1:]:
        locale = pages[code]["home"].locale
        translation = directory.get_translation_or_none(locale)
        if translation is None:
            translation = directory.copy_for_translation(locale)  # under the Sparraus page's translation
            command.counts["created"] += 1
        pages[code][KEY] = translation.specific


def fill_directories(demo):
    for code in LANGUAGES:
        page = CoachDirectoryPage.objects.get(pk=demo.pages[code][KEY].pk)  # fresh tree fields
        values = fields(read(__package__, code, "pages"), Context(code, demo.pages, demo.images))
        demo.pages[code][KEY] = demo.put(page, None, {**values, "show_in_menus": True})
