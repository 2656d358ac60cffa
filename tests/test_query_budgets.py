"""Every public page kind stays within 12 queries with the demo content, in every language.

The frame (menu, footer, languages, breadcrumbs), routes and view restrictions come from the
cache; what is left is the page's own content. Each page is visited twice first: the first
visit fills the caches (and makes image renditions), as the first visitor after a change does.
"""

import re
from contextlib import ExitStack
from unittest.mock import patch

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.db.models.signals import post_save
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from factory.django import mute_signals
from wagtail.search.backends import get_search_backends

from sparraus.models import Coach, CoachDirectoryPage
from teot.models import Deed, DeedIndexPage
from tests.page_types import PAGE_TYPES
from tests.utils import rolled_back
from uutiset.models import NewsIndexPage, NewsPage, PodcastPage, WebinarPage
from uutiskirje.models import NewsletterIndexPage

BUDGET = 12
READ = re.compile(r"^\W*(SELECT|WITH|DECLARE|FETCH|CLOSE)\b")  # DECLARE: a server-side cursor
CACHE_WRITES = ["set", "set_many", "add", "delete", "delete_many", "incr", "touch"]
LANGUAGES = ["fi", "sv", "en"]


def routes(index, *names):
    base = index.get_url()
    return {name: base + index.reverse_subpage(name) for name in names}


def urls_of(language):
    """One address of every public page kind in ``language``."""
    urls = {}
    for model in PAGE_TYPES:
        page = model.objects.live().filter(locale__language_code=language).order_by("path").first()
        if page is not None:
            urls[model.__name__] = page.get_url()
    urls["form thanks"] = urls["FormPage"] + "kiitos/"  # where a sent form leads
    urls["home untranslated"] = urls["HomePage"] + "?untranslated=1"  # where the language switcher leads
    marketplace = DeedIndexPage.objects.live().get(locale__language_code=language)
    deed = Deed.objects.filter(live=True, locale=marketplace.locale).prefetch_related("sectors").first()
    sector = deed.sectors.all()[0]
    urls |= {
        "deed": marketplace.deed_url(deed),
        "deeds filtered": f"{marketplace.get_url()}?sector={sector.slug}&year={deed.year}",
        "deeds searched": f"{marketplace.get_url()}?q={deed.title.split()[0]}",
        **routes(marketplace, "submit", "statistics", "open_data"),
        "open data csv": marketplace.get_url() + marketplace.reverse_subpage("open_data_file", args=["csv"]),
        "open data json": marketplace.get_url() + marketplace.reverse_subpage("open_data_file", args=["json"]),
    }
    news_index = NewsIndexPage.objects.live().get(locale__language_code=language)
    in_series = NewsPage.objects.live().filter(locale__language_code=language, series__isnull=False).first()
    urls |= {
        "news feed": news_index.get_url() + news_index.reverse_subpage("feed"),
        "news filtered": f"{news_index.get_url()}?year={in_series.date.year}",
        "series": news_index.series_url(in_series.series),
    }
    show = PodcastPage.objects.live().filter(locale__language_code=language).first()
    if show is not None:
        urls["podcast feed"] = show.get_url() + show.reverse_subpage("feed")
    upcoming = WebinarPage.objects.live().filter(locale__language_code=language, ends_at__gt=timezone.now()).first()
    if upcoming is not None:
        urls["upcoming webinar"] = upcoming.get_url()
    newsletters = NewsletterIndexPage.objects.live().get(locale__language_code=language)
    urls["newsletter feed"] = newsletters.feed_url()
    coaches = CoachDirectoryPage.objects.live().filter(locale__language_code=language).first()
    coach = coaches and Coach.objects.live_in(coaches.locale_id).filter(active=True).first()
    if coach is not None:  # the demo's coaches (sparraus/demo/)
        urls |= {
            "coach": coaches.coach_url(coach),
            "coaches filtered": f"{coaches.get_url()}?language={language}&way=remote",
            "coaches searched": f"{coaches.get_url()}?q={coach.name.split()[0]}",
            "coaching statistics": coaches.get_url() + coaches.reverse_subpage("statistics"),
            "coaching application": coaches.get_url() + coaches.reverse_subpage("apply"),
            "coaching page with figures": coaches.get_parent().get_url(),  # the demo's, with the figures block
        }
    with translation.override(language):
        urls["newsletter sign-up"] = reverse("newsletter_subscribe")
    urls["search"] = f"/{language}/{ {'fi': 'haku', 'sv': 'sok', 'en': 'search'}[language] }/?q=kunta"
    urls["sitemap"] = "/sitemap.xml"  # every language's pages and deeds in one
    return urls


@pytest.fixture(scope="module")
def demo_urls(demo_site, django_db_blocker):
    with rolled_back(django_db_blocker):
        call_command("update_index", verbosity=0)
        yield {language: urls_of(language) for language in LANGUAGES}


def queries_of(client, url):
    for _ in range(2):  # fills the caches, makes renditions
        client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in queries.captured_queries]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_kind_stays_within_the_budget(client, demo_urls, language, subtests):
    assert len(demo_urls[language]) >= 20
    for kind, url in demo_urls[language].items():
        with subtests.test(kind=kind, url=url):
            queries = queries_of(client, url)
            assert len(queries) <= BUDGET, "\n".join([f"{len(queries)} queries for {url}:", *queries])


@pytest.mark.django_db
def test_the_budget_holds_at_10000_deeds_and_1000_news(client, demo_urls, subtests):
    """Generated deeds and news beside the demo: the same pages, still within the budget."""
    call_command("seed_deeds", deeds=10_000, verbosity=0)
    news_index = NewsIndexPage.objects.live().get(locale__language_code="fi")
    # Saved without the one-page-at-a-time search and reference indexing (a minute), indexed in bulk instead.
    with mute_signals(post_save):
        news = [
            news_index.add_child(
                instance=NewsPage(
                    title=f"Tiedote {number}", slug=f"tiedote-{number}", date=timezone.localdate(), lead="Kunnissa."
                )
            )
            for number in range(1_000)
        ]
    for backend in get_search_backends():
        backend.add_bulk(NewsPage, news)
    assert Deed.objects.filter(live=True).count() > 10_000
    for kind, url in demo_urls["fi"].items():
        with subtests.test(kind=kind, url=url):
            queries = queries_of(client, url)
            assert len(queries) <= BUDGET, "\n".join([f"{len(queries)} queries for {url}:", *queries])


def cache_backend_classes():
    """Django's own backend classes under our aliases: a write that reaches the cache passes there."""
    return {
        next(
            klass for klass in type(caches[alias]).__mro__ if klass.__module__.startswith("django.core.cache.backends.")
        )
        for alias in ("default", "renditions")
    }


@pytest.mark.django_db
def test_an_anonymous_page_view_writes_nothing(client, demo_urls):
    """Neither to the database nor to the cache, once the caches are warm."""
    for kind, url in demo_urls["fi"].items():
        if kind == "search":
            continue  # search counts its terms for the editors' report
        for _ in range(2):
            client.get(url)
        with ExitStack() as stack, CaptureQueriesContext(connection) as queries:
            writes = [
                stack.enter_context(patch.object(klass, method, autospec=True, side_effect=getattr(klass, method)))
                for klass in cache_backend_classes()
                for method in CACHE_WRITES
            ]
            client.get(url)
        assert [query["sql"] for query in queries.captured_queries if not READ.match(query["sql"])] == [], url
        assert [(write, write.call_args) for write in writes if write.called] == [], url
