"""axe-core finds no WCAG 2.0/2.1 A or AA violation on any page type, in any language.

Each check also presses Tab once (the skip link must take focus) and renders
the page 320 px wide (nothing may scroll sideways).
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from wagtail.models import Page

from home.models import FormPage
from tests.page_types import PAGE_TYPES

from .conftest import LANGUAGES

pytestmark = pytest.mark.a11y

WCAG_A_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    # Every node of the passes would otherwise travel back to Python, a third of each check's time.
    "resultTypes": ["violations"],
}

axe = Axe()


def page_url(demo, model, language):
    path = demo.paths[model.__name__, language]
    assert path, f"The demo content has no live {model.__name__} in {language}"
    return path


def assert_accessible(page):
    results = axe.run(page, options=WCAG_A_AA)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"

    page.set_viewport_size({"width": 320, "height": 640})
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{page.url} scrolls {overflow}px sideways at 320px"
    page.set_viewport_size({"width": 1280, "height": 900})


def assert_skip_link_first(page):
    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.className, document.activeElement.getAttribute('href')]")
    assert focused == ["skip-link", "#main-content"], f"{page.url}: first Tab focused {focused}"


def visit(page, demo, path):
    return page.goto(demo.url + path)


def click_and_load(page, button):
    """Click a button that sends a form, and wait for the page that answers (not the one it leaves)."""
    with page.expect_navigation():
        button.click()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_page_type_is_accessible(demo, page, model, language):
    response = visit(page, demo, page_url(demo, model, language))
    assert response.status == 200
    assert page.get_attribute("html", "lang") == language
    assert_skip_link_first(page)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_form_with_errors_is_accessible(demo, page, language):
    visit(page, demo, page_url(demo, FormPage, language))
    click_and_load(page, page.locator("form.form button[type=submit]"))
    summary = page.locator("#error-summary")
    assert summary.is_visible()
    # The summary takes focus so screen readers announce the errors at once.
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_form_thank_you_page_is_accessible(demo, page, language):
    visit(page, demo, page_url(demo, FormPage, language))
    fill_form(page)
    click_and_load(page, page.locator("form.form button[type=submit]"))
    assert page.locator("[role=status]").is_visible(), page.content()
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_found_page_is_accessible(demo, page, language):
    response = visit(page, demo, f"/{language}/ei-ole-olemassa/")
    assert response.status == 404
    assert page.get_attribute("html", "lang") == language
    assert_skip_link_first(page)
    assert_accessible(page)


def test_page_with_every_block_is_accessible(demo, page):
    """The demo's richest Finnish page carries every block type the editors have."""
    expected = {"heading", "paragraph", "image", "quote", "call_to_action", "accordion", "table"}
    assert expected <= demo.richest_page.block_types
    visit(page, demo, demo.richest_page.path)
    assert_accessible(page)


def fill_form(page):
    """Answer every field of an editor-built form with plausible values."""
    form = page.locator("form.form")
    for field in form.locator("input:visible, textarea:visible, select:visible").all():
        kind = field.get_attribute("type") or field.evaluate("el => el.tagName.toLowerCase()")
        if kind in ("submit", "hidden"):
            continue
        if kind == "checkbox":
            field.check()
        elif kind == "radio":
            name = field.get_attribute("name")
            if not form.locator(f"input[name='{name}']:checked").count():
                field.check()
        elif kind == "select":
            values = [v for v in field.locator("option").evaluate_all("os => os.map(o => o.value)") if v]
            field.select_option(values[0])
        elif kind == "email":
            field.fill("testi@example.fi")
        elif kind == "number":
            field.fill("3")
        elif kind == "date":
            field.fill("2026-12-01")
        elif kind == "url":
            field.fill("https://example.fi/")
        else:
            field.fill("Testivastaus")


def test_every_page_type_is_checked():
    """Fails when a new page type is added without an accessibility check."""
    from django.apps import apps

    apps_with_pages = {"home", "teot", "uutiset", "gaala", "uutiskirje", "sparraus"}
    project_page_models = {
        model for model in apps.get_models() if issubclass(model, Page) and model._meta.app_label in apps_with_pages
    }
    assert project_page_models == set(PAGE_TYPES)


def test_axe_reports_violations(page):
    """The harness itself can fail: a page with known faults gets violations."""
    page.set_content('<html><body><img src="x.png"><a href="/"></a></body></html>')
    results = axe.run(page, options=WCAG_A_AA)
    rules = {violation["id"] for violation in results.response["violations"]}
    assert {"image-alt", "link-name", "html-has-lang"} <= rules
