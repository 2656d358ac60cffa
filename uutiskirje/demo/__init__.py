"""The newsletter demo content, loaded by ``manage.py load_demo_content`` after the other apps' demos.

Under every home page: the newsletter archive, and three past issues in Finnish, Swedish and English
(``content/<language>/newsletter.toml``), two of them with a card of a demo news item. Safe to run again:
the archive is found by its slug under the Finnish home page, issues by their slug under it, translations
by translation key; everything is updated in place and published anew.
"""

import datetime

from django.utils import timezone
from wagtail.models import Page

from home.demo.builders import LANGUAGES, AppDemo, Context
from home.demo.content import read, stream
from uutiset.models import NewsPage, PodcastEpisodePage, WebinarPage
from uutiskirje.models import NewsletterIndexPage, NewsletterIssuePage

PUBLICATION_TIME = datetime.time(9, 0)
CARD_PAGES = {"news": NewsPage, "webinar": WebinarPage, "episode": PodcastEpisodePage}


def content_card(block):
    """A content card whose item is named by its Finnish slug (``news = "slug"``, or webinar or episode): every
    translation of an issue chooses the Finnish item, and readers get its translation."""
    kind = next(kind for kind in CARD_PAGES if kind in block)
    item = CARD_PAGES[kind].objects.get(locale__language_code="fi", slug=block[kind])
    return {**block, kind: item.pk}


def load(command, homes, pages, images):
    NewsletterDemo(command, homes, pages, images).run()


class NewsletterDemo(AppDemo):
    def run(self):
        content = {code: read(__package__, code, "newsletter") for code in LANGUAGES}
        archives = {}
        for code in LANGUAGES:
            if code == "fi":
                archive = self.child(self.homes["fi"], NewsletterIndexPage, content["fi"]["archive"]["slug"])
            else:
                archive = self.translation(archives["fi"], code)
            archives[code] = self.put(archive, self.homes[code], content[code]["archive"])
        for slug, finnish in content["fi"]["issues"].items():
            date = datetime.date.fromisoformat(finnish["date"])
            first = self.child(archives["fi"], NewsletterIssuePage, slug)
            for code in LANGUAGES:
                texts = content[code]["issues"].get(slug)
                if texts is None:
                    continue
                page = first if code == "fi" else self.translation(first, code)
                values = {
                    "date": date,
                    "slug": texts.get("slug", slug),
                    **{field: texts[field] for field in ("title", "preheader", "intro")},
                    "body": stream(
                        [content_card(block) if block["type"] == "card" else block for block in texts["body"]],
                        Context(code, self.pages, self.images),
                    ),
                }
                self.put(page, archives[code], values)
                # Dated as the issue was: the feed and the admin show when it came out.
                when = min(timezone.make_aware(datetime.datetime.combine(date, PUBLICATION_TIME)), timezone.now())
                Page.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
        self.refresh_pages()
