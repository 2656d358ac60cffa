"""The site search page through HTTP: what a visitor finds, in which order, and how the page copes with any input.

Most tests need PostgreSQL (the Finnish-aware backend, ``home/search/backend.py``) and skip on SQLite, where
``test_on_any_database_the_search_page_finds_a_plain_word`` checks that the page still works with Wagtail's
database backend. Test content uses its own words (``kirjasto``, ``sparraus``, ``Lieksa``…) and the fixtures'
other texts avoid them, so that each test knows exactly what must be found.
"""

import datetime
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, ProhibitNullCharactersValidator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import PageViewRestriction

from tests import factories
from tests.utils import nav, rolled_back, soup

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the Finnish-aware search builds on PostgreSQL full-text search; set DATABASE_URL to a PostgreSQL database",
)
LANGUAGES = ("fi", "sv", "en")
pytestmark = pytest.mark.django_db


# --- Reading the page -----------------------------------------------------------------------------


def ui(language, message):
    """A UI string as the page in ``language`` shows it (English until it is translated)."""
    with translation.override(language):
        return translation.gettext(message)


def search_url(language):
    """The search page's path in a language (``/fi/haku/`` once translated): never hard-coded."""
    with translation.override(language):
        return reverse("search")


def get_search(client, language="fi", status=200, **params):
    """The search page in ``language`` with these GET parameters; it must answer ``status``."""
    response = client.get(search_url(language), params)
    assert response.status_code == status, (response.status_code, params)
    return response


def text(element):
    """An element's text as a visitor reads it: inline markup joined, white space collapsed."""
    return " ".join(element.get_text().split())


@dataclass
class Hit:
    title: str
    url: str
    kind: str
    meta: list  # the texts after the kind: date, organisation
    title_html: str
    excerpt: str  # HTML, to see the <mark>s


def hits(response):
    """The results listed on the page, in order."""
    listing = soup(response).find("ol", class_="search-results")
    if listing is None:
        return []
    found = []
    for item in listing.find_all("li", class_="search-result"):
        link = item.find(class_="search-result__title").a
        meta = item.find(class_="search-result__meta")
        excerpt = item.find(class_="search-result__excerpt")
        found.append(
            Hit(
                title=text(link),
                url=link["href"],
                kind=text(meta.find(class_="search-result__kind")),
                meta=[text(span) for span in meta.find_all("span", recursive=False)][1:],
                title_html=link.decode_contents(),
                excerpt=excerpt.decode_contents() if excerpt else "",
            )
        )
    return found


def titles(response):
    return [hit.title for hit in hits(response)]


def kind_links(response):
    """The type filter's links (All first)."""
    kinds = soup(response).find("nav", class_="search-kinds")
    return kinds.find_all("a") if kinds else []


def link_count(link):
    return int(link.find(class_="search-kinds__count").get_text(strip=True).strip("()"))


def kind_counts(response):
    """``{type slug ("" for All): count}`` from the type filter's links."""
    return {
        parse_qs(urlsplit(link["href"]).query).get("type", [""])[0]: link_count(link) for link in kind_links(response)
    }


def results_heading(response):
    heading = soup(response).find(id="results-heading")
    return text(heading) if heading else None


def count_heading(language, count, q, kind=None):
    """The results heading as the template's blocktranslate words it."""
    with translation.override(language):
        if kind is None:
            message = translation.ngettext("%(counter)s result for “%(q)s”", "%(counter)s results for “%(q)s”", count)
        else:
            message = translation.ngettext(
                "%(counter)s result in %(kind)s for “%(q)s”", "%(counter)s results in %(kind)s for “%(q)s”", count
            )
        return message % {"counter": count, "q": q, "kind": kind}


def promoted(response, language="fi"):
    """``[(title, href)]`` under the "Recommended" heading."""
    section = soup(response).find("section", class_="search-promotions")
    if section is None:
        return []
    assert text(section.h2) == ui(language, "Recommended")
    return [(text(link), link["href"]) for link in section.select(".search-result__title a")]


def error_summary(response):
    summary = soup(response).find(id="error-summary")
    return text(summary) if summary else ""


def search_form(response):
    return soup(response).find("form", class_="search__form")


def result_start(response):
    return int(soup(response).find("ol", class_="search-results")["start"])


# --- Content --------------------------------------------------------------------------------------

PUBLISHED = timezone.make_aware(datetime.datetime(2024, 1, 1, 12))


class Content:
    """Deeds and pages with only the words a test gives, and the pages around them.

    A language's home page, marketplace (deeds link to it) and news section are made the first time a
    test needs them: translating pages is the slowest part of these tests.
    """

    def __init__(self, home):
        self.homes = {"fi": home}
        self.marketplaces = {}
        self.news_indexes = {}
        self.organisation = factories.OrganisationFactory(name="Esimerkkilän kaupunki", name_sv="Exempelstad")
        self.terms = {}

    def home(self, language):
        if language not in self.homes:
            fi = self.homes["fi"]
            self.homes[language] = factories.translate(fi, language, title="Tekojen tori", slug=f"{fi.slug}-{language}")
        return self.homes[language]

    def marketplace(self, language):
        return self.section(self.marketplaces, language, factories.DeedIndexPageFactory, "teot", "Torget")

    def news_index(self, language):
        return self.section(self.news_indexes, language, factories.NewsIndexPageFactory, "uutiset", "Nyheter")

    def section(self, made, language, factory, slug, translated_title):
        """A page under the home page, made on first use; other languages translate the Finnish one."""
        if language not in made:
            if language == "fi":
                page = factory(parent=self.homes["fi"], title=slug.capitalize(), slug=slug, intro="")
            else:
                self.home(language)
                finnish = self.section(made, "fi", factory, slug, translated_title)
                page = factories.translate(finnish, language, title=translated_title, slug=f"{slug}-{language}")
            made[language] = page
        return made[language]

    def deed(self, title, body="", language="fi", days=0, marketplace=True, **fields):
        """A live deed with these words (``body`` is its goal), published ``days`` after a fixed date."""
        if marketplace:
            self.marketplace(language)
        if language not in self.terms:
            locale = factories.get_locale(language)
            self.terms[language] = ([factories.SectorFactory(locale=locale)], [factories.ThemeFactory(locale=locale)])
        sectors, themes = self.terms[language]
        defaults = {"summary": "", "goal": body, "actions": "", "results": "", "tips": "", "unit": ""}
        defaults |= {"sectors": sectors, "themes": themes, "organisation": self.organisation}
        deed = factories.DeedFactory(title=title, locale=factories.get_locale(language), **(defaults | fields))
        return published(deed, days)

    def news(self, title, body="", language="fi", days=0, **fields):
        """A news item with these words (``body`` is its body text)."""
        page = factories.NewsPageFactory(
            parent=self.news_index(language),
            title=title,
            lead="Tiedote.",
            body=factories.paragraph(f"<p>{body}</p>"),
            **fields,
        )
        return published(page, days)

    def page(self, title, body="", language="fi", days=0, parent=None, **fields):
        """A standard page (the fallback "pages" kind) with these words (``body`` is its intro)."""
        parent = parent or self.home(language)
        page = factories.StandardPageFactory(parent=parent, title=title, intro=body, body=[], **fields)
        return published(page, days)

    def deed_url(self, deed):
        return self.marketplaces[deed.locale.language_code].deed_url(deed)


def published(obj, days):
    """Give a deed or page a first-published time ``days`` after a fixed date (more days = newer)."""
    obj.first_published_at = PUBLISHED + datetime.timedelta(days=days)
    type(obj).objects.filter(pk=obj.pk).update(first_published_at=obj.first_published_at)
    return obj


# Class-scoped: the tests grouped in a class only read the content made for them, which is built once for the class
# and rolled back after it (search index entries are rows too); for a test outside a class, pytest builds it for
# that test alone. Each test still runs in its own transaction, so what a test writes is gone before the next one.
@pytest.fixture(scope="class")
def content(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        yield Content(factories.site_home())


@pytest.fixture
def visitor(client):
    """A client that gets a server error as a 500 response, so that a test can list every input that fails."""
    client.raise_request_exception = False
    return client


# --- The done-when case ---------------------------------------------------------------------------


@needs_postgres
def test_kuntien_tyohyvinvoinnin_kehittaminen_finds_a_deed_written_in_other_forms(client, content):
    """Issue 6's done-when: any inflected form finds the deed, shown with its link, organisation, type and marks."""
    deed = content.deed("Kunta kehittää työhyvinvointia", "Kunta kehittää työhyvinvointia yhdessä.")
    content.deed("Kunta palkkasi johtajan", "Kunta palkkasi uuden johtajan.")  # not every word: not found

    [hit] = hits(get_search(client, "fi", q="kuntien työhyvinvoinnin kehittäminen"))

    assert hit.title == "Kunta kehittää työhyvinvointia"
    assert hit.title_html == "<mark>Kunta</mark> <mark>kehittää</mark> <mark>työhyvinvointia</mark>"
    assert hit.url == content.deed_url(deed) == "/fi/teot/kunta-kehittaa-tyohyvinvointia/"
    assert client.get(hit.url).status_code == 200
    assert hit.kind == ui("fi", "Deed")
    assert hit.meta == ["1.1.2024", "Esimerkkilän kaupunki"]
    assert "<mark>Kunta</mark> <mark>kehittää</mark> <mark>työhyvinvointia</mark> yhdessä." in hit.excerpt


@needs_postgres
def test_every_result_links_to_a_page_that_answers(client, content):
    """Deeds link to their own language's marketplace, pages to themselves."""
    content.deed("Sparraus", language="sv")
    content.news("Sparraus", language="sv")
    content.page("Sparraus", language="sv")

    found = hits(get_search(client, "sv", q="sparraus"))

    assert sorted(hit.kind for hit in found) == sorted(ui("sv", kind) for kind in ("Deed", "News item", "Page"))
    assert {hit.url: client.get(hit.url).status_code for hit in found} == {hit.url: 200 for hit in found}
    assert all(hit.url.startswith("/sv/") for hit in found)


@needs_postgres
def test_a_deed_of_a_language_without_a_marketplace_is_not_linked_to_a_missing_page(client, content):
    """Only Finnish has a marketplace: a Swedish deed has no public page, so the search must not link to a 404."""
    content.marketplace("fi")
    content.home("sv")
    content.deed("Sparraus", language="sv", marketplace=False)

    found = hits(get_search(client, "sv", q="sparraus"))

    assert {hit.url: client.get(hit.url).status_code for hit in found} == {hit.url: 200 for hit in found}


# --- Pages and deeds in one list, by relevance ----------------------------------------------------


@needs_postgres
def test_pages_and_deeds_are_interleaved_by_relevance(client, content):
    """A word in the title counts more than in the text, whichever the kind; recency does not beat relevance."""
    content.deed("Kevään kokeilu", "Saimme sparrausta.", days=9)
    content.news("Sparraus alkoi", days=1)
    content.deed("Sparraus tiimeille", days=2)
    content.news("Kevään kuulumiset", "Sparraus auttoi.", days=8)

    found = titles(get_search(client, "fi", q="sparraus"))

    assert set(found[:2]) == {"Sparraus alkoi", "Sparraus tiimeille"}
    assert set(found[2:]) == {"Kevään kokeilu", "Kevään kuulumiset"}


@needs_postgres
@pytest.mark.parametrize("kind", ["deeds", "news"])
def test_equally_relevant_results_go_newest_first(client, content, kind):
    """Identical texts rank the same; the one published last comes first, whatever was saved first."""
    urls = {}
    for days in (1, 30, 10, 20):
        if kind == "deeds":
            urls[days] = content.deed_url(content.deed("Kirjasto", "Kirjasto avattiin.", days=days))
        else:
            urls[days] = content.news("Kirjasto", "Kirjasto avattiin.", days=days, slug=f"kirjasto-{days}").url

    found = [hit.url for hit in hits(get_search(client, "fi", q="kirjasto"))]

    assert found == [urls[days] for days in (30, 20, 10, 1)]


# --- Each language searches its own content, with its own stemming --------------------------------


@needs_postgres
def test_each_language_finds_only_its_own_content(client, content):
    """The same name in deeds and news of every language: each search page lists only its own language's."""
    for code in LANGUAGES:
        content.deed(f"Lieksa {code}", language=code)
        content.news(f"Lieksa {code} news", language=code)

    found = {code: sorted(titles(get_search(client, code, q="Lieksa"))) for code in LANGUAGES}

    assert found == {code: [f"Lieksa {code}", f"Lieksa {code} news"] for code in LANGUAGES}


@needs_postgres
@pytest.mark.parametrize(
    ("language", "q", "title", "marked"),
    [
        ("fi", "kirjastoissa", "Kirjasto uudistui", "<mark>Kirjasto</mark> uudistui"),
        ("sv", "arbetstiderna", "Kortare arbetstid", "Kortare <mark>arbetstid</mark>"),
        ("sv", "kommun", "Kommunernas personal", "<mark>Kommunernas</mark> personal"),
        ("en", "workplaces", "A safer workplace", "A safer <mark>workplace</mark>"),
    ],
)
def test_each_language_finds_other_forms_of_a_word(client, content, language, q, title, marked):
    """Finnish through Voikko, Swedish and English through PostgreSQL's stemmers; the excerpt marks the word."""
    content.deed(title, title, language=language)
    content.news(title, language=language, slug="uutinen")

    found = hits(get_search(client, language, q=q))

    assert sorted(hit.kind for hit in found) == sorted([ui(language, "Deed"), ui(language, "News item")])
    assert [hit.title for hit in found] == [title, title]
    deed = next(hit for hit in found if hit.kind == ui(language, "Deed"))
    assert marked in deed.excerpt


# --- The type filter ------------------------------------------------------------------------------


@pytest.fixture(scope="class")
def kinds_mix(content, django_db_blocker):
    """The word "kirjasto" in three deeds, two news items and a standard page (the fallback kind), in Finnish."""
    with django_db_blocker.unblock():
        for number in range(3):
            content.deed(f"Kirjasto {number}")
        for number in range(2):
            content.news(f"Kirjasto {number}", slug=f"kirjasto-{number}")
        content.page("Kirjaston aukioloajat")
        return content


ALL_KINDS = {"": 6, "deeds": 3, "news": 2, "pages": 1}


# The type filter over the same mix of kinds.
class TestTypeFilter:
    @needs_postgres
    def test_type_filter_counts_each_kind(self, client, kinds_mix):
        response = get_search(client, "fi", q="kirjasto")

        assert kind_counts(response) == ALL_KINDS
        labels = [text(link) for link in kind_links(response)]
        assert labels == [
            f"{ui('fi', label)} ({n})" for label, n in [("All", 6), ("Deeds", 3), ("News", 2), ("Other pages", 1)]
        ]
        assert results_heading(response) == count_heading("fi", 6, "kirjasto")
        assert len(hits(response)) == 6

    @needs_postgres
    @pytest.mark.parametrize(
        ("slug", "label", "result_label", "count"),
        [("deeds", "Deeds", "Deed", 3), ("news", "News", "News item", 2), ("pages", "Other pages", "Page", 1)],
    )
    def test_type_filter_shows_only_that_kind(self, client, kinds_mix, slug, label, result_label, count):
        response = get_search(client, "fi", q="kirjasto", type=slug)

        assert [hit.kind for hit in hits(response)] == [ui("fi", result_label)] * count
        assert results_heading(response) == count_heading("fi", count, "kirjasto", ui("fi", label))
        assert kind_counts(response) == ALL_KINDS  # the other kinds stay a click away
        [current] = [link for link in kind_links(response) if link.get("aria-current") == "page"]
        assert parse_qs(urlsplit(current["href"]).query) == {"q": ["kirjasto"], "type": [slug]}
        assert search_form(response).find("input", attrs={"name": "type"})["value"] == slug  # a new search keeps it

    @needs_postgres
    def test_type_filter_links_lead_to_as_many_results_as_they_say(self, client, kinds_mix):
        for link in kind_links(get_search(client, "fi", q="kirjasto")):
            assert len(hits(client.get(search_url("fi") + link["href"]))) == link_count(link), link["href"]

    @needs_postgres
    def test_an_unknown_type_shows_every_result(self, client, kinds_mix):
        slugs = ["nonsense", "", "DEEDS", "deeds\x00", "<b>", "deeds&type=news", "pages " * 100]
        shown = {}
        for slug in slugs:
            response = get_search(client, "fi", q="kirjasto", type=slug)
            shown[slug] = (
                len(hits(response)),
                results_heading(response),
                search_form(response).find(attrs={"name": "type"}),
            )

        assert shown == dict.fromkeys(slugs, (6, count_heading("fi", 6, "kirjasto"), None))

    @needs_postgres
    def test_a_kind_without_hits_offers_the_other_results(self, client, kinds_mix):
        response = get_search(client, "fi", q="kirjasto", type="webinars")

        assert hits(response) == []
        assert results_heading(response) == count_heading("fi", 0, "kirjasto", ui("fi", "Webinars"))
        with translation.override("fi"):
            other = translation.ngettext(
                "Show %(counter)s result of other types", "Show %(counter)s results of other types", 6
            ) % {"counter": 6}
        assert soup(response).find(class_="search__empty").find("a", string=other)["href"] == "?q=kirjasto"


# --- Pages of results -----------------------------------------------------------------------------


@pytest.fixture(scope="class")
def twelve(content, django_db_blocker):
    """Twelve hits for "kirjasto": seven deeds and five news items."""
    with django_db_blocker.unblock():
        for number in range(7):
            content.deed(f"Kirjasto {number}", days=number)
        for number in range(5):
            content.news(f"Kirjastouutinen {number}", "Kirjasto", days=number, slug=f"kirjasto-{number}")


# Two pages of the same twelve hits.
class TestPagesOfResults:
    @needs_postgres
    def test_twelve_results_make_two_pages_that_list_each_once(self, client, twelve):
        first = get_search(client, "fi", q="kirjasto")
        second = get_search(client, "fi", q="kirjasto", page="2")

        assert (len(hits(first)), len(hits(second))) == (10, 2)
        assert (result_start(first), result_start(second)) == (1, 11)
        assert len({hit.url for hit in hits(first) + hits(second)}) == 12
        assert results_heading(second).startswith(count_heading("fi", 12, "kirjasto"))
        next_link = soup(first).find("a", rel="next")
        assert parse_qs(urlsplit(next_link["href"]).query) == {"q": ["kirjasto"], "page": ["2"]}
        assert titles(client.get(search_url("fi") + next_link["href"])) == titles(second)
        assert soup(second).find("a", rel="next") is None

    @needs_postgres
    def test_any_page_number_shows_a_page(self, client, twelve):
        shown = {page: result_start(get_search(client, "fi", q="kirjasto", page=page)) for page in PAGE_NUMBERS}

        assert shown == {page: (number - 1) * 10 + 1 for page, number in PAGE_NUMBERS.items()}


# page=… → the page shown: not a number → the first, out of range → the last (Paginator.get_page).
PAGE_NUMBERS = {
    "abc": 1,
    "": 1,
    "1.5": 1,
    "\x00": 1,
    "2": 2,
    "3": 2,
    "0": 2,
    "-1": 2,
    "99999999999999999999": 2,
    "9" * 5000: 1,  # Python reads no integer of over 4300 digits: not a number
}


# --- What visitors type ---------------------------------------------------------------------------


def django_error(language, validator, value):
    """The message of one of Django's validators, in ``language``."""
    with translation.override(language):
        with pytest.raises(ValidationError) as error:
            validator(value)
        return error.value.messages[0]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_without_q_the_page_shows_the_hint_and_no_results(client, home_page, language):
    response = get_search(client, language)

    assert results_heading(response) is None
    assert soup(response).find("ol", class_="search-results") is None
    assert error_summary(response) == ""
    hint = (
        "Search deeds, news, podcasts, webinars and galas. Words may be in any form: "
        "a search for “kunta” also finds “kuntien” and “kunnissa”."
    )
    assert text(soup(response).find(class_="search__hint")) == ui(language, hint)


NO_WORDS = ['"', "\\", ":*", "-", "&|!", "'", "()", "<->", "!!!", "* * *", "--", '""'] + ["…", "–", "¿?"]


NO_TEXT = ["", "   ", "\t\n"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_search_without_words_is_refused_with_a_message(client, home_page, language):
    """400 with the error in the summary, and neither results nor the hint; nothing recorded as a search."""
    expected, shown = {}, {}
    for q in NO_TEXT + NO_WORDS:
        response = get_search(client, language, status=400, q=q)
        message = "Type what you are looking for." if q in NO_TEXT else "Type at least one word of letters or numbers."
        expected[q] = (True, None, None)
        shown[q] = (
            ui(language, message) in error_summary(response),
            results_heading(response),
            soup(response).find(class_="search__hint"),
        )

    assert shown == expected
    assert not Query.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("q", "validator"),
    [
        ("\x00", ProhibitNullCharactersValidator()),
        ("kun\x00ta", ProhibitNullCharactersValidator()),
        ("a" * 10_000, MaxLengthValidator(200)),
        ("kunta " * 34, MaxLengthValidator(200)),
    ],
    ids=["nul", "nul-in-word", "10000-chars", "201-chars"],
)
def test_unusable_text_is_refused_with_djangos_message(client, home_page, language, q, validator):
    response = get_search(client, language, status=400, q=q)

    assert django_error(language, validator, q.strip()) in error_summary(response)
    assert not Query.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_two_hundred_characters_are_still_a_search(client, home_page, language):
    q = "kunta " * 33 + "ab"
    assert results_heading(get_search(client, language, q=q)) == count_heading(language, 0, q)


WORDS_AND_OPERATORS = ["-Data", "a & b | !c", "kunta:*", '"kunta"', '"kunta', "kunta <-> työ", "(kunta)", "kunta:A"]
WORDS_AND_OPERATORS += [
    "'; DROP TABLE wagtailsearch_indexentry; --",
    "live:true kunta",
    "100%_",
    "😀 kunta",
    "Kuntatyö2030",
]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_words_with_operators_are_searched_as_words(visitor, content, language):
    """Whatever surrounds the words, the search answers 200 with results (only the words reach PostgreSQL)."""
    content.deed("Kunta kehittää", language=language)
    answers = {}
    for q in WORDS_AND_OPERATORS:
        response = visitor.get(search_url(language), {"q": q})
        heading = count_heading(language, len(hits(response)), q.strip())
        answers[q] = (response.status_code, error_summary(response), results_heading(response) == heading)

    assert answers == dict.fromkeys(WORDS_AND_OPERATORS, (200, "", True))


@needs_postgres
def test_operators_do_not_change_what_is_found(client, content):
    """Operators are no query language for visitors: the words alone decide."""
    content.deed("Kunta kehittää")
    content.deed("Kirjasto kehittää")
    queries = ['"kunta"', "kunta:*", "-kunta", "kunta & !!", "(KUNTA)", "kunta | kehittää"]

    found = {q: titles(get_search(client, "fi", q=q)) for q in queries}

    assert found == dict.fromkeys(queries, ["Kunta kehittää"])


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "q",
    ["<script>alert(1)</script> kunta", '  "kunta"  & työ  ', "</h2><b>kunta</b>", "kunta\u200b'\"<>&amp;"],
)
def test_what_was_typed_stays_in_the_box_and_is_escaped_everywhere(client, home_page, language, q):
    response = get_search(client, language, q=q)

    assert search_form(response).find("input", attrs={"name": "q"})["value"] == q
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert "<b>kunta" not in html
    assert soup(response).title.get_text().count(q.strip()) == 1  # the page title, unescaped once


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refused_search_keeps_what_was_typed_escaped(client, home_page, language):
    q = "<script>alert(1)</script>" + "x" * 200

    response = get_search(client, language, status=400, q=q)

    assert search_form(response).find("input", attrs={"name": "q"})["value"] == q
    assert "<script>alert(1)" not in response.content.decode()


@pytest.mark.django_db
def test_only_get_and_head_are_allowed(client, home_page):
    assert client.post(search_url("fi"), {"q": "kunta"}).status_code == 405


# --- What is never found --------------------------------------------------------------------------


@needs_postgres
def test_unpublished_deeds_drafts_and_private_pages_are_not_found(client, content):
    content.deed("Kirjasto julkaistu")
    content.deed("Kirjasto luonnos", live=False)
    withdrawn = content.deed("Kirjasto vedetty pois")
    withdrawn.live = False
    withdrawn.save()
    content.page("Kirjasto sivu")
    content.page("Kirjasto luonnossivu", live=False)
    private = content.page("Kirjasto yksityinen osio")
    content.page("Kirjasto yksityisen alasivu", parent=private)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="salainen")
    changed = content.page("Kevätsivu")
    changed.title = "Kirjasto julkaisematon muutos"
    changed.save_revision()  # a draft of a live page: its live text is what visitors find

    response = get_search(client, "fi", q="kirjasto")

    assert sorted(titles(response)) == ["Kirjasto julkaistu", "Kirjasto sivu"]
    assert kind_counts(response) == {"": 2, "deeds": 1, "pages": 1}
    assert titles(get_search(client, "fi", q="kevätsivu")) == ["Kevätsivu"]


# --- Editors' promoted results and popular searches -----------------------------------------------


@pytest.fixture(scope="class")
def promotions(content, django_db_blocker):
    """The query "kirjaston sparraus" promotes a Finnish page and an external link; it has 12 hits (2 pages)."""
    with django_db_blocker.unblock():
        for number in range(12):
            content.deed(f"Kirjasto {number}", "Sparraus")
        page = content.page("Sparrauspalvelu", "Hae sparrausta.")
        query = Query.get("Kirjaston sparraus")
        SearchPromotion.objects.create(query=query, page=page, sort_order=1, description="Hae tästä.")
        SearchPromotion.objects.create(
            query=query,
            external_link_url="https://www.example.fi/sparraus",
            external_link_text="Sparrausopas",
            sort_order=0,
        )
        return page


# The same promotions, read by every test (a test that changes them makes its own).
class TestPromotions:
    @needs_postgres
    def test_promotions_are_shown_on_the_first_page_for_their_query(self, client, promotions):
        """The visitor's words are normalised as Wagtail stores queries: case and spaces do not matter."""
        response = get_search(client, "fi", q="  KIRJASTON   Sparraus ")

        assert promoted(response) == [
            ("Sparrausopas", "https://www.example.fi/sparraus"),
            ("Sparrauspalvelu", promotions.url),
        ]
        assert len(hits(response)) == 10  # the promotions come on top of the results

    @needs_postgres
    def test_promotions_are_not_shown_elsewhere(self, client, promotions):
        """Not on page 2, with a type filter or for another query; Swedish gets only the external link."""
        elsewhere = {
            "page 2": get_search(client, "fi", q="kirjaston sparraus", page="2"),
            "type filter": get_search(client, "fi", q="kirjaston sparraus", type="deeds"),
            "other query": get_search(client, "fi", q="kirjaston"),
            "word more": get_search(client, "fi", q="kirjaston sparraus kevät"),
        }

        assert {name: promoted(response) for name, response in elsewhere.items()} == dict.fromkeys(elsewhere, [])
        swedish = get_search(client, "sv", q="kirjaston sparraus")
        assert promoted(swedish, "sv") == [("Sparrausopas", "https://www.example.fi/sparraus")]

    @needs_postgres
    def test_hits_are_counted_on_the_first_page_without_a_type_filter(self, client, promotions):
        get_search(client, "fi", q="Kirjaston  sparraus")
        get_search(client, "fi", q="kirjaston sparraus")
        get_search(client, "fi", q="kirjaston sparraus", page="2")
        get_search(client, "fi", q="kirjaston sparraus", type="deeds")
        get_search(client, "fi", q="-", status=400)

        assert hits_of("kirjaston sparraus") == 2
        assert list(Query.objects.values_list("query_string", flat=True)) == ["kirjaston sparraus"]


@needs_postgres
def test_promoted_pages_visitors_cannot_see_are_not_shown(client, content, promotions):
    """An unpublished or private page is no recommendation: its title would leak and its link fail."""
    promotions.unpublish()
    section = content.page("Yksityinen osio")
    hidden = content.page("Salainen sparraus", parent=section)
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.PASSWORD, password="salainen")
    SearchPromotion.objects.create(query=Query.get("kirjaston sparraus"), page=hidden, sort_order=2)

    response = get_search(client, "fi", q="kirjaston sparraus")

    assert promoted(response) == [("Sparrausopas", "https://www.example.fi/sparraus")]


def hits_of(q):
    return sum(QueryDailyHits.objects.filter(query__query_string=q).values_list("hits", flat=True))


@needs_postgres
def test_an_editor_adds_a_promotion_in_the_admin_and_visitors_see_it(client, editor_client, content):
    page = content.page("Perhevapaaopas", "Perhevapaista.")
    add_url = reverse("wagtailsearchpromotions:add")
    add_form = soup(editor_client.get(add_url))
    total = add_form.find("input", attrs={"name": lambda name: name and name.endswith("-TOTAL_FORMS")})
    prefix = total["name"].removesuffix("-TOTAL_FORMS")

    response = editor_client.post(
        add_url,
        {
            "query_string": "Perhevapaat  kunnissa",
            f"{prefix}-TOTAL_FORMS": "1",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000",
            f"{prefix}-0-page": str(page.pk),
            f"{prefix}-0-external_link_url": "",
            f"{prefix}-0-external_link_text": "",
            f"{prefix}-0-description": "Kaikki perhevapaista.",
            f"{prefix}-0-ORDER": "0",
            f"{prefix}-0-DELETE": "",
        },
    )

    assert response.status_code == 302, soup(response).find(class_="error-message")
    assert SearchPromotion.objects.get().page_id == page.pk
    visitor = get_search(client, "fi", q="perhevapaat kunnissa")
    assert promoted(visitor) == [("Perhevapaaopas", page.url)]
    assert "Kaikki perhevapaista." in text(soup(visitor).find("section", class_="search-promotions"))


@needs_postgres
def test_the_admins_search_terms_report_lists_what_visitors_searched(client, editor_client, home_page):
    report_url = reverse("wagtailsearchpromotions:search_terms")
    assert "perhevapaat kunnissa" not in editor_client.get(report_url).content.decode()

    get_search(client, "fi", q="Perhevapaat kunnissa")
    get_search(client, "sv", q="perhevapaat  KUNNISSA")

    report = soup(editor_client.get(report_url))
    rows = {text(row.find_all("td")[0]): text(row.find_all("td")[1]) for row in report.select("table tbody tr")}
    assert rows == {"perhevapaat kunnissa": "2"}


# --- A results page costs the same queries however many hits --------------------------------------

# The query word, a title with it (a strong hit) and a body with it (a weak hit), per language.
QUERY_BUDGET_WORDS = {
    "fi": ("kirjasto", "Kirjastojen uutinen {}", "Kirjastojen uutinen."),
    "sv": ("bibliotek", "Bibliotekens nytt {}", "Bibliotekens nytt."),
}


def count_queries(client, language, q):
    get_search(client, language, q=q)  # warm up: the page frame and the results' dates are cached
    with CaptureQueriesContext(connection) as queries:
        response = get_search(client, language, q=q)
    return len(queries), response


@needs_postgres
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_results_page_costs_the_same_queries_with_5_and_50_hits(client, content, language):
    """Deeds and news alternate; five strong hits stay on top so that both kinds are on page 1 both times."""
    q, strong, weak = QUERY_BUDGET_WORDS[language]

    def add(numbers, title, body=""):
        for number in numbers:
            if number % 2:
                content.deed(title.format(number), body, language=language, days=number)
            else:
                content.news(title.format(number), body, language=language, days=number, slug=f"uutinen-{number}")

    add(range(5), strong)
    few, response = count_queries(client, language, q)
    assert kind_counts(response) == {"": 5, "deeds": 2, "news": 3}
    add(range(5, 50), "Tiedote {}", weak)
    many, response = count_queries(client, language, q)

    assert kind_counts(response) == {"": 50, "deeds": 25, "news": 25}
    assert {hit.kind for hit in hits(response)} == {ui(language, "Deed"), ui(language, "News item")}
    assert len(hits(response)) == 10
    assert few == many, f"{language}: {few} queries with 5 hits, {many} with 50"


# --- The page around the results ------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switcher_keeps_the_search(client, home_page, language):
    response = get_search(client, language, q="kunta & työ", type="deeds")

    switcher = nav(soup(response), ui(language, "Choose language"))
    links = {link["hreflang"]: link["href"] for link in switcher.find_all("a")}
    assert links == {code: f"{search_url(code)}?q=kunta+%26+ty%C3%B6&type=deeds" for code in LANGUAGES}
    assert switcher.find("a", attrs={"aria-current": "true"})["hreflang"] == language


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("params", "status"), [({}, 200), ({"q": "kunta"}, 200), ({"q": "-"}, 400)])
def test_search_page_is_in_its_language_and_not_indexed(client, home_page, language, params, status):
    document = soup(get_search(client, language, status=status, **params))

    assert document.html["lang"] == language
    assert document.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"
    assert text(document.h1) == ui(language, "Search")
    assert document.find(id="site-search-q") is None  # the page's own form is enough


@pytest.fixture(scope="class")
def homes(content, django_db_blocker):
    """The home page in every language, made inside the content's transaction."""
    with django_db_blocker.unblock():
        return {code: content.home(code) for code in LANGUAGES}


# The same home pages in every language.
class TestHeaderSearchForm:
    @pytest.mark.django_db
    @pytest.mark.parametrize("language", LANGUAGES)
    def test_other_pages_have_the_header_search_form(self, client, homes, language):
        document = soup(client.get(homes[language].url))

        box = document.find(id="site-search-q")
        form = box.find_parent("form")
        assert form["action"] == search_url(language)
        assert form.get("method", "get").lower() == "get"
        assert box["name"] == "q"
        assert document.find("label", attrs={"for": "site-search-q"})


# --- The deed listing's own search box ------------------------------------------------------------


def listing_titles(response):
    return [text(link) for link in soup(response).find(id="results").select(".card__title a")]


def facet_counts(response, param):
    """``{value: count}`` of one facet's checkboxes, read from their labels' "(n)"."""
    counts = {}
    for box in soup(response).find_all("input", attrs={"type": "checkbox", "name": param}):
        label = text(soup(response).find("label", attrs={"for": box["id"]}))
        counts[box["value"]] = int(label.rsplit("(", 1)[1].rstrip(")"))
    return counts


@needs_postgres
def test_deed_listing_search_understands_finnish_and_facets_follow_it(client, content):
    libraries = factories.SectorFactory(name="Kirjastot", slug="kirjastot")
    schools = factories.SectorFactory(name="Koulut", slug="koulut")
    content.deed("Kunta kokeili vuorotyötä", "Kunta kokeili.", sectors=[libraries])
    content.deed("Kunnan kirjasto", sectors=[schools], year=2023)
    content.deed("Kirjasto kokeili", sectors=[schools])
    listing = content.marketplace("fi").url

    response = client.get(listing, {"q": "kuntien"})

    assert response.status_code == 200
    assert sorted(listing_titles(response)) == ["Kunnan kirjasto", "Kunta kokeili vuorotyötä"]
    assert facet_counts(response, "sector") == {"kirjastot": 1, "koulut": 1}
    assert facet_counts(response, "year") == {"2023": 1, "2022": 1}
    narrowed = client.get(listing, {"q": "kuntien", "sector": "koulut"})
    assert listing_titles(narrowed) == ["Kunnan kirjasto"]


LISTING_QUERIES = [
    '"',
    '"kunta',
    "a & b | !c",
    ":*",
    "\\",
    "kunta:*",
    "kunta <-> työ",
    "-kunta",
    "(",
    "x" * 300,
    "kun\x00ta",
]


@pytest.mark.django_db
def test_deed_listing_search_answers_any_text(visitor, content):
    content.deed("Kunta kokeili")
    listing = content.marketplace("fi").url

    statuses = {q: visitor.get(listing, {"q": q}).status_code for q in LISTING_QUERIES}

    assert statuses == dict.fromkeys(LISTING_QUERIES, 200)


# --- Any database -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_on_any_database_the_search_page_finds_a_plain_word(client, content):
    """SQLite (development) gets Wagtail's database backend: words as written, still both deeds and pages."""
    deed = content.deed("Sparraus tiimille", "Sparraus auttoi.")
    content.page("Sparraus", "Hae sparrausta.")
    content.news("Kevät", "Ei osumaa.")

    response = get_search(client, "fi", q="sparraus")

    found = hits(response)
    assert sorted(hit.title for hit in found) == ["Sparraus", "Sparraus tiimille"]
    assert content.deed_url(deed) in [hit.url for hit in found]
    assert kind_counts(response) == {"": 2, "deeds": 1, "pages": 1}


# --- Rate limit -----------------------------------------------------------------------------------


def test_a_client_searching_faster_than_a_person_is_asked_to_wait(client, home_page, settings):
    """Searches cost the database: past the limit a client gets 429 with a message, others still search."""
    settings.SEARCH_RATE_LIMIT = (3, 60)
    for _ in range(3):
        get_search(client, q="kirjasto")
    response = get_search(client, status=429, q="kirjasto")
    assert ui("fi", "Too many searches in a short time.") in text(soup(response).find(class_="search__limited"))
    assert search_form(response).find("input", attrs={"name": "q"})["value"] == "kirjasto"  # what was typed stays
    assert client.get(search_url("fi"), {"q": "kirjasto"}, REMOTE_ADDR="192.0.2.9").status_code == 200  # others
    get_search(client)  # opening the empty page is no search


# A valid HTML date or global date and time: at most three digits of a second's fractions.
HTML_DATETIME = r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2}))?"


def test_result_times_are_valid_html_datetimes(client, content):
    deed = content.deed("Kunta kehittää työhyvinvointia", "Kunta kehittää työhyvinvointia yhdessä.")
    published_at = PUBLISHED.replace(microsecond=123456)  # as a real publication time has
    type(deed).objects.filter(pk=deed.pk).update(first_published_at=published_at)

    times = [time["datetime"] for time in soup(get_search(client, "fi", q="kunta")).main.find_all("time")]

    assert times
    assert all(re.fullmatch(HTML_DATETIME, value) for value in times), times
