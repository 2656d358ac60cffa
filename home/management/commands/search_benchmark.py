"""Measure Finnish search: indexing time, analyser speed and query latency on PostgreSQL.

    manage.py search_benchmark [--deeds 10000] [--pages 1000] [--repeat 20] [--keep]

Seeds deeds and news pages with generated Finnish text (and a Finnish marketplace if there is
none, without which no deed is searched), rebuilds the search index with Wagtail's stock database
backend and then with ``home.search.backend``, and requests the public search page for a fixed
set of Finnish queries of five kinds, reporting p50 and p95 per query and per kind. Everything
happens in one transaction that is rolled back at the end, unless ``--keep`` is given; run it
against a scratch database all the same (``DATABASE_URL=…``, after ``migrate``): the rebuild
locks the index table until it finishes.
"""

import statistics
import time

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Site

from home import invalidation
from home.models import HomePage
from home.sample_text import ACTIONS, PLACES, RESULTS, FinnishText
from home.search import analysis
from home.search.results import SiteSearch

STOCK_BACKEND = "wagtail.search.backends.database"
POSTGRES_BACKEND = "home.search.backend"
# By kind, as visitors type them: words in the text as such, inflected forms, several words
# (all must match), words Voikko does not know (names, acronyms, loanwords) and words in no text.
QUERIES = {
    "common": ["työhyvinvointi", "johtaminen", "varhaiskasvatus", "sparraus"],
    "inflected": ["kuntien", "työhyvinvoinnin", "johtamisessa", "perehdytyksen"],
    "multiword": ["kuntien työhyvinvoinnin kehittäminen", "kotihoidon työvuorot", "Limingan kunta"],
    "unknown": ["Keva", "Kevan", "chatbotin", "etätyö"],
    "zero-hit": ["kissa", "avaruusalus", "qwxz"],
}


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Seed deeds and pages, time the search index rebuild and Finnish queries (PostgreSQL only)."

    def add_arguments(self, parser):
        parser.add_argument("--deeds", type=int, default=10_000)
        parser.add_argument("--pages", type=int, default=1_000, help="news pages (slow to make: page tree)")
        parser.add_argument("--repeat", type=int, default=20, help="times each query is run")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--no-stock", action="store_true", help="skip the rebuild with Wagtail's stock backend")
        parser.add_argument("--keep", action="store_true", help="commit the seeded content instead of rolling back")

    def handle(self, **options):
        if connection.vendor != "postgresql":
            raise CommandError("The Finnish search backend needs PostgreSQL: set DATABASE_URL.")
        self.options = options
        try:
            with transaction.atomic():
                self.run()
                if not options["keep"]:
                    raise Rollback
        except Rollback:
            self.stdout.write("Rolled back: the database is as it was.")

    def run(self):
        options = self.options
        text = FinnishText(options["seed"])
        no_auto_update = {"default": {"BACKEND": POSTGRES_BACKEND, "AUTO_UPDATE": False}}
        with override_settings(WAGTAILSEARCH_BACKENDS=no_auto_update):
            started = time.perf_counter()
            self.ensure_marketplace()
            self.seed_deeds(text, options["deeds"])
            self.seed_pages(text, options["pages"])
            self.report("Seeded", f"{options['deeds']} deeds, {options['pages']} pages", started)

        latencies = {}
        if not options["no_stock"]:
            with override_settings(WAGTAILSEARCH_BACKENDS={"default": {"BACKEND": STOCK_BACKEND}}):
                stock_seconds = self.rebuild("Index rebuild, Wagtail's stock backend")
                latencies["stock"] = self.time_queries()

        with override_settings(WAGTAILSEARCH_BACKENDS={"default": {"BACKEND": POSTGRES_BACKEND}}):
            analyser = analysis.get_analyser("fi")
            if not analyser.available:
                self.stderr.write("Voikko is not installed: measuring the plain-word fallback.")
            analyser.cache_clear()
            timer = self.time_analyser(analyser)
            try:
                seconds = self.rebuild("Index rebuild, home.search.backend")
            finally:
                del analyser.expand_text  # back to the class's method
            self.report_analyser(analyser, timer, seconds)
            if not options["no_stock"]:
                self.stdout.write(f"  rebuild time vs stock backend: ×{seconds / stock_seconds:.2f}")
            latencies["finnish"] = self.time_queries()
        self.report_queries(latencies)

    def rebuild(self, label):
        """A full rebuild into an empty index, then fresh planner statistics, as autovacuum would give."""
        apps.get_model("wagtailsearch", "IndexEntry").objects.all().delete()
        started = time.perf_counter()
        call_command("update_index", verbosity=0)
        seconds = self.report(label, "", started)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        return seconds

    def report_analyser(self, analyser, timer, seconds):
        info = analyser.cache_info()
        lookups = info.hits + info.misses
        cached_speed = timer["words"] / max(timer["seconds"], 1e-9)
        self.stdout.write(
            f"  analyser: {timer['words']:,} words in {timer['seconds']:.2f} s = {cached_speed:,.0f} words/s "
            f"({timer['seconds'] / seconds:.0%} of the rebuild); "
            f"cache {info.currsize:,} words, hit rate {info.hits / max(lookups, 1):.1%}"
        )
        uncached_speed = self.cold_analysis(analyser, sorted(timer["distinct"]))
        # Real Finnish text reuses fewer words than generated text: about 80 % cache hits
        # (research on 100 000 words of real text); estimate the analyser's time for that.
        estimate = timer["words"] * (0.2 / uncached_speed + 0.8 / cached_speed)
        self.stdout.write(
            f"  estimate at 80 % cache hits: analyser {estimate:.1f} s for these {timer['words']:,} words"
        )

    def finnish_home(self):
        return (
            HomePage.objects.filter(locale__language_code="fi").first()
            or Site.objects.get(is_default_site=True).root_page
        )

    def ensure_marketplace(self):
        """A live Finnish deed marketplace: deeds are searched only in a language that has one."""
        marketplace_model = apps.get_model("teot", "DeedIndexPage")  # home does not import teot
        if not marketplace_model.objects.live().filter(locale__language_code="fi").exists():
            self.finnish_home().add_child(instance=marketplace_model(title="Tekojen tori", slug="hakutesti-teot"))

    def seed_deeds(self, text, count):
        deed_model = apps.get_model("teot", "Deed")  # home stands below teot: no import of it
        organisation_model = apps.get_model("teot", "Organisation")
        region = organisation_model._meta.get_field("region").choices[0][0]
        organisations = [
            organisation_model.objects.get_or_create(name=f"{place} kunta (testi)", defaults={"region": region})[0]
            for place, _iness in PLACES
        ]
        locale = Locale.objects.get(language_code="fi")
        batch = []
        for i in range(count):
            batch.append(
                deed_model(
                    slug=f"hakutesti-{i}",
                    organisation=text.random.choice(organisations),
                    year=text.random.randint(2019, 2026),
                    locale=locale,
                    live=True,
                    **text.deed(),
                )
            )
            if len(batch) == 1000:
                deed_model.objects.bulk_create(batch)
                batch = []
        deed_model.objects.bulk_create(batch)

    def seed_pages(self, text, count):
        """News pages under a news index of the Finnish home page (or the tree's first home)."""
        news_index_model = apps.get_model("uutiset", "NewsIndexPage")  # home does not import uutiset
        news_model = apps.get_model("uutiset", "NewsPage")
        parent = self.finnish_home().add_child(instance=news_index_model(title="Hakutesti", slug="hakutesti-uutiset"))
        for i in range(count):
            news = text.news()
            body = [{"type": "paragraph", "value": f"<p>{text.sentences(ACTIONS + RESULTS, 6)}</p>"}]
            parent.add_child(instance=news_model(slug=f"hakutesti-{i}", body=body, **news))

    def time_analyser(self, analyser):
        """Wrap the analyser's expand_text to count its words, distinct words and time."""
        timer = {"seconds": 0.0, "words": 0, "distinct": set()}
        expand_text = analyser.expand_text

        def timed(text):
            started = time.perf_counter()
            expanded = expand_text(text)
            timer["seconds"] += time.perf_counter() - started
            words = analysis.tokenize(text[: analysis.MAX_EXPAND_CHARS])
            timer["words"] += len(words)
            timer["distinct"].update(word.lower() for word in words)
            return expanded

        analyser.expand_text = timed
        return timer

    def cold_analysis(self, analyser, words):
        """Every distinct word once, without the cache: what unseen vocabulary costs."""
        uncached = analysis.Analyser("fi", analyser.lexicon, cache_size=0)
        started = time.perf_counter()
        for word in words:
            uncached.terms(word)
        seconds = time.perf_counter() - started
        speed = len(words) / max(seconds, 1e-9)
        self.stdout.write(f"  uncached: {len(words):,} distinct words in {seconds:.2f} s = {speed:,.0f} words/s")
        return speed

    def time_queries(self):
        """{kind: {query: (hits, [milliseconds, ...])}}: the public search page's answer, page 1.

        Requested as a visitor does, through the whole Django stack but the network, and searched
        each time (not the results the page keeps until the deeds change); the hits are counted
        once beside the timing, with the search page's own code.
        """
        locale = Locale.objects.get(language_code="fi")
        client = Client(HTTP_HOST=Site.objects.get(is_default_site=True).hostname)
        with translation.override("fi"):
            url = reverse("search")
        latencies = {}
        with override_settings(SEARCH_RATE_LIMIT=None), translation.override("fi"):
            # Untimed: a process's first request loads the templates, as a server worker does once.
            client.get(url, {"q": "kunta"})
            for kind, queries in QUERIES.items():
                latencies[kind] = {}
                for query in queries:
                    site_search = SiteSearch(query, locale)  # every hit, where the page counts to 501 per kind
                    hits = sum(site_search.matches(site_search.source(kind)).count() for kind in site_search.kinds)
                    times = []
                    for _ in range(self.options["repeat"]):
                        invalidation.changed("deeds")  # the page keeps its results until deeds change: not these
                        started = time.perf_counter()
                        response = client.get(url, {"q": query})
                        times.append((time.perf_counter() - started) * 1000)
                        if response.status_code != 200:
                            raise CommandError(f"The search page answered {response.status_code} for {query!r}.")
                    latencies[kind][query] = (hits, times)
        return latencies

    def report_queries(self, latencies):
        self.stdout.write(
            f"The search page, {self.options['repeat']} requests per query (every word must match); "
            "hits, p50 and p95 in ms"
        )
        backends = list(latencies)
        header = "".join(f" {name + ' hits':>14} {'p50':>8} {'p95':>8}" for name in backends)
        self.stdout.write(f"  {'query':40}{header}")
        for kind, queries in QUERIES.items():
            for query in queries:
                row = "".join(
                    f" {latencies[name][kind][query][0]:>14} {statistics.median(latencies[name][kind][query][1]):>8.1f}"
                    f" {percentile(latencies[name][kind][query][1]):>8.1f}"
                    for name in backends
                )
                self.stdout.write(f"  {query:40}{row}")
        self.stdout.write("Per kind")
        for kind in QUERIES:
            row = ""
            for name in backends:
                every = [t for _hits, times in latencies[name][kind].values() for t in times]
                row += f" {'':>14} {statistics.median(every):>8.1f} {percentile(every):>8.1f}"
            self.stdout.write(f"  {kind:40}{row}")

    def report(self, label, detail, started):
        seconds = time.perf_counter() - started
        self.stdout.write(f"{label}: {seconds:.1f} s {detail}".rstrip())
        return seconds


def percentile(values, fraction=0.95):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]
