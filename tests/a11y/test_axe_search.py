"""axe-core on the site search — results (all kinds, one kind, a later page), no results, a misspelt
word searched as its suggestion, a suggestion offered, and an error — and the search form in the
header of every other page, in fi, sv and en.

The demo content is the index: the query words below match more than one page of results
(deeds, pages and other kinds) in each language. Every check first asserts that the page shows
what it should (hits, the type filter, marked words, the pagination), so that no check can pass
on a page that shows nothing.
"""

import re
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, pgettext
from playwright.sync_api import expect

from home.models import StandardPage

from .test_axe import assert_accessible, assert_skip_link_first, page_url, visit

pytestmark = pytest.mark.a11y

LANGUAGES = ["fi", "sv", "en"]
# Each matches ≥ 11 demo items of several kinds, a deed and a standard page among them.
WORDS = {"fi": "kunta", "sv": "kommun", "en": "municipality"}
NO_HITS = "zzzqqqxxx"
VIEWS = {"all": {}, "deeds": {"type": "deeds"}, "page_2": {"page": 2}}
PER_PAGE = 10


def search_path(language, **params):
    with translation.override(language):
        path = reverse("search")
    return f"{path}?{urlencode(params)}" if params else path


def translated(language, message):
    with translation.override(language):
        return gettext(message)


def count_in(text):
    """The number in a type filter link's "(39)"."""
    return int(re.search(r"\((\d+)\)", text).group(1))


def needs_postgresql():
    # Hits, their order and the marked words come from the PostgreSQL backend; SQLite's finds
    # and marks other things (no Finnish word forms), which is no measure of these pages.
    if connection.vendor != "postgresql":
        pytest.skip("The search results are PostgreSQL's (home.search.backend)")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("view", VIEWS)
def test_search_results_are_accessible(demo, page, view, language):
    needs_postgresql()
    response = visit(page, demo, search_path(language, q=WORDS[language], **VIEWS[view]))
    assert response.status == 200
    assert page.get_attribute("html", "lang") == language
    assert page.locator("h1").count() == 1

    # The type filter: every hit, and the deeds and the other pages among the kinds.
    filter_links = page.locator("nav.search-kinds a")
    hrefs = filter_links.evaluate_all("links => links.map(link => link.getAttribute('href'))")
    assert any("type=deeds" in href for href in hrefs), hrefs
    assert any("type=pages" in href for href in hrefs), hrefs
    everything = count_in(filter_links.first.inner_text())
    assert everything > PER_PAGE, f"{page.url}: only {everything} hits"
    current = page.locator("nav.search-kinds a[aria-current=page]")
    assert current.count() == 1

    results = page.locator("ol.search-results > li.search-result")
    kinds = set(page.locator(".search-results .search-result__kind").all_inner_texts())
    if view == "all":
        assert results.count() == PER_PAGE
        assert len(kinds) >= 2, kinds
        assert current.get_attribute("href") == filter_links.first.get_attribute("href")
    elif view == "deeds":
        deeds = count_in(current.inner_text())
        assert results.count() == min(deeds, PER_PAGE) > 0
        assert kinds == {translated(language, "Deed")}
        assert "type=deeds" in current.get_attribute("href")
    else:
        assert results.count() == min(everything - PER_PAGE, PER_PAGE) > 0
        assert page.locator("ol.search-results").get_attribute("start") == str(PER_PAGE + 1)
    # The search words are marked in the titles and excerpts.
    assert page.locator(".search-results mark").count() > 0

    pagination = page.locator("nav.pagination")
    if view == "deeds" and count_in(current.inner_text()) <= PER_PAGE:
        assert pagination.count() == 0
    else:
        assert pagination.locator("a[aria-current=page]").inner_text().endswith("2" if view == "page_2" else "1")
        assert pagination.locator("a[rel=prev]").count() == (view == "page_2")

    assert_search_form(page, language)
    assert_skip_link_first(page)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_without_results_is_accessible(demo, page, language):
    response = visit(page, demo, search_path(language, q=NO_HITS))
    assert response.status == 200
    assert page.get_attribute("html", "lang") == language
    assert page.locator("h1").count() == 1
    assert page.locator(".search__empty").is_visible()
    assert NO_HITS in page.locator("#results-heading").inner_text()
    assert page.locator(".search-result").count() == 0
    assert page.locator("nav.search-kinds, nav.pagination").count() == 0
    assert page.locator(".search__empty li").count() >= 1  # the advice
    assert_search_form(page, language)
    assert_skip_link_first(page)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_error_is_accessible(demo, page, language):
    response = visit(page, demo, search_path(language, q='"'))
    assert response.status == 400
    assert page.get_attribute("html", "lang") == language
    assert page.locator("h1").count() == 1
    assert page.title().startswith(translated(language, "Error") + ":")
    summary = page.locator("#error-summary")
    assert summary.is_visible()
    # The summary takes focus so screen readers announce the errors at once.
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert summary.get_attribute("role") == "alert"
    # Its link leads to the field, which is marked invalid and keeps what was typed.
    field = page.locator("form.search__form input[name=q]")
    field_id = field.get_attribute("id")
    assert summary.locator("a").get_attribute("href") == f"#{field_id}"
    assert translated(language, "Type at least one word of letters or numbers.") in summary.inner_text()
    assert field.get_attribute("aria-invalid") == "true"
    assert field.input_value() == '"'
    assert page.locator(".search-result, #results-heading").count() == 0
    assert_search_form(page, language)
    assert_accessible(page)


# Misspelt words of the demo content: one that finds nothing (the page searches the suggestion
# instead) and one that finds a little (the page offers the suggestion).
REPLACED = {
    "fi": ("työhyvinvonti", "työhyvinvointi"),
    "sv": ("kommmun", "kommun"),
    "en": ("municipalty", "municipality"),
}
SUGGESTED = {"fi": ("hyvön", "hyvän"), "sv": ("bättr", "bättre"), "en": ("becam", "became")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_that_replaced_a_misspelt_word_is_accessible(demo, page, language):
    needs_postgresql()
    typed, instead = REPLACED[language]
    response = visit(page, demo, search_path(language, q=typed))
    assert response.status == 200
    notice = page.locator(".search__replaced")
    with translation.override(language):
        expected = gettext("Showing results for “%(shown)s”.") % {"shown": instead}
    expect(notice).to_contain_text(expected)
    assert instead in page.locator("#results-heading").inner_text()
    assert page.locator("ol.search-results > li.search-result").count() > 0
    # "Search instead for" the words as typed: nothing is replaced there, and nothing found.
    with page.expect_navigation():
        notice.locator("a").click()
    assert typed in page.locator("#results-heading").inner_text()
    assert page.locator(".search-result, .search__replaced").count() == 0
    page.go_back()
    assert_search_form(page, language)
    assert_skip_link_first(page)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_that_suggests_another_word_is_accessible(demo, page, language):
    needs_postgresql()
    typed, meant = SUGGESTED[language]
    response = visit(page, demo, search_path(language, q=typed))
    assert response.status == 200
    suggestion = page.locator(".search__suggested")
    expect(suggestion).to_contain_text(translated(language, "Did you mean:"))
    expect(suggestion.locator("a")).to_have_text(meant)
    assert typed in page.locator("#results-heading").inner_text()  # what was typed is what is shown
    assert page.locator("ol.search-results > li.search-result").count() > 0
    assert_search_form(page, language)
    assert_skip_link_first(page)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_search_form_is_accessible(demo, page, language):
    visit(page, demo, page_url(demo, StandardPage, language))
    form = page.locator("header form[role=search]")
    assert form.count() == 1
    expect(form).to_have_accessible_name(re.compile(r"\S"))
    field = form.locator("input[name=q]")
    expect(field).to_have_accessible_name(translated(language, "Search the site"))
    with translation.override(language):
        button_name = pgettext("button", "Search")
    expect(form.locator("button[type=submit]")).to_have_accessible_name(button_name)
    assert_accessible(page)

    # By keyboard: type the words and press Enter; the search page in the same language answers.
    field.focus()
    page.keyboard.type(WORDS[language])
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == demo.url + search_path(language, q=WORDS[language])
    assert page.get_attribute("html", "lang") == language
    if connection.vendor == "postgresql":
        assert page.locator(".search-result").count() > 0


def assert_search_form(page, language):
    """The search page's own form: one search landmark, named, with a labelled field holding the words."""
    forms = page.locator("form[role=search]")
    assert forms.count() == 1, "the header's search form is hidden on the search page"
    expect(forms).to_have_accessible_name(translated(language, "Search the site"))
    label = re.compile(re.escape(translated(language, "Search words")))  # and the required field's "*"
    expect(forms.locator("input[name=q]")).to_have_accessible_name(label)
