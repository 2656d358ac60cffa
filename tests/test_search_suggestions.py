"""Did you mean, through the search page: a misspelt or split-apart query still finds what it meant.

Nothing found: the page searches the first suggestion that finds something and says so, with a link
that searches the words as typed. Few found: the page offers the suggestion as a link. In Finnish
the spellings come from Voikko, in Swedish and English from the indexed words one edit away; a
compound found nowhere is searched as its front and head. PostgreSQL only (the vocabulary is kept by
its backend). Each test's words are its own; the fixture content avoids them.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home import invalidation
from home.models import SearchWord
from home.search import backend, results, views
from tests.test_site_search import (
    content,
    get_search,
    kind_counts,
    needs_postgres,
    results_heading,
    soup,
    text,
    titles,
    ui,
)

pytestmark = [pytest.mark.django_db, needs_postgres]
__all__ = ["content"]  # the fixture, imported for these tests


def notice(response, state):
    """The text of the page's "showing results for" (``replaced``) or "did you mean" (``suggested``) notice."""
    found = soup(response).find(class_=f"search__{state}")
    return text(found) if found else None


def notice_link(response, state):
    link = soup(response).find(class_=f"search__{state}").a
    return text(link), parse_qs(urlsplit(link["href"]).query)


def showing(language, shown, typed):
    return f"{ui(language, 'Showing results for “%(shown)s”.') % {'shown': shown}} " + (
        ui(language, "Search instead for “%(q)s”") % {"q": typed}
    )


class TestNothingFound:
    """A query that finds nothing is replaced by the first suggestion that finds something."""

    CASES = [
        # language, title of the deed, typed, searched instead
        ("fi", "Perehdytys uudistui", "perehdtys", "perehdytys"),
        ("fi", "Esihenkilötyön valmennus", "esihenklötyön", None),  # inflected: Voikko suggests a form
        ("sv", "Arbetsmiljön förbättrades", "arbetsmijön", "arbetsmiljön"),
        ("en", "Onboarding for new nurses", "onbaording", "onboarding"),
    ]

    @pytest.fixture(scope="class", autouse=True)
    def deeds(self, content):
        return {typed: content.deed(title, language=language) for language, title, typed, _ in self.CASES}

    @pytest.mark.parametrize(("language", "title", "typed", "instead"), CASES)
    def test_the_page_shows_what_the_suggestion_finds_and_says_so(self, client, language, title, typed, instead):
        response = get_search(client, language, q=typed)
        assert titles(response) == [title]
        shown, params = notice_link(response, "replaced")
        assert shown.endswith(f"“{typed}”") or shown.endswith(f"”{typed}”")
        assert params == {"q": [typed], "exact": ["1"]}
        searched = results_heading(response)
        if instead:
            assert notice(response, "replaced") == showing(language, instead, typed)
            assert instead in searched and typed not in searched

    @pytest.mark.parametrize(("language", "title", "typed", "instead"), CASES)
    def test_search_instead_searches_the_words_as_typed(self, client, language, title, typed, instead):
        response = get_search(client, language, q=typed, exact="1")
        assert titles(response) == []
        assert notice(response, "replaced") is None and notice(response, "suggested") is None
        assert typed in results_heading(response)

    def test_a_known_word_that_finds_nothing_gets_no_suggestion(self, client):
        response = get_search(client, "fi", q="merikotka")
        assert titles(response) == []
        assert notice(response, "replaced") is None and notice(response, "suggested") is None

    def test_a_word_in_no_language_gets_no_suggestion(self, client):
        response = get_search(client, "en", q="xqzvwk")
        assert titles(response) == []
        assert notice(response, "replaced") is None


class TestCompounds:
    """A compound found nowhere is searched as its front and head, which finds the words written apart."""

    CASES = [
        ("fi", "Kotihoidon asiakkaat kiittivät", "kotihoitoasiakkaiden", "kotihoito asiakas"),
        ("sv", "Personalen inom hemtjänsten", "hemtjänstpersonalen", "hemtjänst personal"),
    ]

    @pytest.fixture(scope="class", autouse=True)
    def deeds(self, content):
        return [content.deed(title, language=language) for language, title, _, _ in self.CASES]

    @pytest.mark.parametrize(("language", "title", "typed", "apart"), CASES)
    def test_a_compound_finds_its_parts_written_apart(self, client, language, title, typed, apart):
        response = get_search(client, language, q=typed)
        assert titles(response) == [title]
        assert notice(response, "replaced") == showing(language, apart, typed)

    @pytest.mark.parametrize(("language", "title", "typed", "apart"), CASES)
    def test_the_compound_as_typed_finds_nothing(self, client, language, title, typed, apart):
        assert titles(get_search(client, language, q=typed, exact="1")) == []


class TestFewFound:
    """A query that finds a little keeps its results and offers the suggestion that finds more."""

    CASES = [
        ("fi", "kirjsto", "kirjasto", ["Kirjsto avautui", "Kirjasto uudistui", "Kirjaston piha", "Kirjastossa soi"]),
        (
            "sv",
            "skolbibliotk",
            "skolbibliotek",
            ["Skolbibliotk", "Skolbibliotek i Vasa", "Skolbiblioteket", "Nytt skolbibliotek"],
        ),
        ("en", "libary", "library", ["Libary day", "Library week", "The library", "Library cards"]),
    ]

    @pytest.fixture(scope="class", autouse=True)
    def deeds(self, content):
        return [content.deed(title, language=language) for language, _, _, titles in self.CASES for title in titles]

    @pytest.mark.parametrize(("language", "typed", "meant", "deed_titles"), CASES)
    def test_did_you_mean_links_to_the_search_that_finds_more(self, client, language, typed, meant, deed_titles):
        response = get_search(client, language, q=typed)
        assert titles(response) == deed_titles[:1]  # what was typed is still what is shown
        assert notice(response, "suggested") == f"{ui(language, 'Did you mean:')} {meant}?"
        assert notice_link(response, "suggested") == (meant, {"q": [meant]})
        assert sorted(titles(get_search(client, language, q=meant))) == sorted(deed_titles[1:])


def test_the_vocabulary_counts_the_words_of_what_is_saved(content):
    content.deed("Saaristolaivasto", body="Saaristolaivaston aluksia")
    words = dict(SearchWord.objects.filter(word__startswith="saaristolaivasto").values_list("word", "documents"))
    assert words["saaristolaivasto"] >= 2  # the title's word and the body's base form
    assert "saaristolaivaston" in words


def test_a_search_with_suggestions_costs_a_fixed_number_of_queries(client, content):
    content.deed("Vuorotteluvapaa, perehdytys ja kirjasto", language="fi")
    get_search(client, "fi", q="kirjasto")  # the site frame and content types, cached once
    costs = []
    for typed in ("vourotteluvapaa", "vourotteluvapaa perehdtys kirjsto"):
        with CaptureQueriesContext(connection) as queries:
            response = get_search(client, "fi", q=typed)
        assert titles(response) == ["Vuorotteluvapaa, perehdytys ja kirjasto"]
        assert notice(response, "replaced")
        costs.append([query["sql"].startswith("EXPLAIN") for query in queries.captured_queries])
    # 9 of them record a search term seen for the first time (the admin's search terms report).
    assert costs[0].count(False) == costs[1].count(False) <= 18, costs
    # The backend asks PostgreSQL's estimate of a query's matches once per type searched
    # (pages, deeds), and of each type's index size once: for the query and 4 suggestions at most.
    assert costs[0].count(True) <= 2 * 5 + 2 and costs[1].count(True) <= 2 * 5, costs


def test_hits_past_the_limit_read_over_the_limit(client, content, monkeypatch):
    """Hits are counted to one past MAX_RESULTS; the page then says "more than", never a wrong number."""
    for module, name in [(views, "MAX_RESULTS"), (results, "MAX_RESULTS"), (backend, "CANDIDATES")]:
        monkeypatch.setattr(module, name, 3)
    monkeypatch.setattr(results, "COUNT_LIMIT", 4)
    for days in range(5):
        content.deed(f"Saaristomeri {days}", days=days)
    response = get_search(client, "fi", q="saaristomeri")
    assert results_heading(response) == ui("fi", "More than %(number)s results for “%(q)s”") % {
        "number": 3,
        "q": "saaristomeri",
    }
    over = ui("fi", "over %(number)s") % {"number": 3}
    assert [text(link) for link in soup(response).select("nav.search-kinds a")] == [
        f"{ui('fi', 'All')} ({over})",
        f"{ui('fi', 'Deeds')} ({over})",
    ]
    assert titles(response) == ["Saaristomeri 4", "Saaristomeri 3", "Saaristomeri 2"]  # the newest of equals first


def test_an_old_title_match_still_ranks_first_when_only_candidates_are_ranked(client, content, monkeypatch):
    """The newest matches are ranked, and the newest title matches too: an old title is not crowded out."""
    monkeypatch.setattr(backend, "CANDIDATES", 2)
    content.deed("Majakka", body="", days=0)
    for days in range(1, 5):
        content.deed(f"Uutinen {days}", body="Majakan valo näkyi.", days=days)
    assert titles(get_search(client, "fi", q="majakan"))[:3] == ["Majakka", "Uutinen 4", "Uutinen 3"]


def test_either_plan_finds_counts_and_ranks_the_same(client, content, monkeypatch):
    """Rare words are read through the GIN index, common ones by checking rows (backend's sparse()): same page."""
    content.news("Tuulimylly", body="Tuulimyllyn siivet kääntyivät.", days=3)
    content.page("Energia", body="Kunnan tuulimyllyt tuottavat sähköä.", days=2)
    content.deed("Tuulimyllyjen huolto", days=1)
    content.deed("Huoltokatko", body="Tuulimyllyn huolto tehtiin talvella.", days=4)
    content.deed("Tuulimylly", body="", days=0)
    content.deed("Vindkraft", body="Tuulimylly", language="sv", days=5)  # another language: not found in Finnish
    shown = {}
    for plan, ratio in [("index", 10**9), ("rows", 0)]:
        monkeypatch.setattr(backend, "SPARSE_COST_RATIO", ratio)
        monkeypatch.setattr(backend, "_estimates", {})
        invalidation.changed("deeds")  # the page keeps its results until deeds change
        with CaptureQueriesContext(connection) as queries:
            response = get_search(client, "fi", q="tuulimyllyn")
        count_sql = next(query["sql"] for query in queries.captured_queries if "count(*)" in query["sql"])
        assert ("JOIN" in count_sql) == (plan == "rows"), count_sql  # each plan was taken
        shown[plan] = titles(response), kind_counts(response)
    assert shown["index"] == shown["rows"]
    found, counts = shown["index"]
    assert sorted(found[:3]) == ["Tuulimylly", "Tuulimylly", "Tuulimyllyjen huolto"]  # the titles first
    assert sorted(found[3:]) == ["Energia", "Huoltokatko"]
    assert counts[""] == 5
