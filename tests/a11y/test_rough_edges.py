"""In a real browser: an error link shows its field's label and error and puts focus in the field; the deed
filters can be sent from any group; the home page's notice after the language switcher passes axe."""

import pytest

from home.models import FormPage, HomePage
from sparraus.models import CoachDirectoryPage

from .conftest import LANGUAGES
from .test_axe import assert_accessible, click_and_load, page_url, visit

pytestmark = pytest.mark.a11y

VIEWPORT = {"width": 1280, "height": 700}


def in_viewport(page, locator):
    box = locator.bounding_box()
    height = page.evaluate("window.innerHeight")
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def follow_error_link(page, link):
    """Activate an error summary link; the field it points to, its label and its errors."""
    target = link.get_attribute("href").removeprefix("#")
    link.click()
    field = page.locator(f"[id='{target}']")
    wrapper = field.locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' form-field ')][1]")
    # A group's legend, or the field's own label (a checkbox's follows it).
    label = wrapper.locator(f"legend, label[for='{target}']").first
    return target, label, wrapper.locator(".form-field__errors").first


def assert_error_links_show_label_and_error(page, at_least=2):
    links = page.locator("#error-summary a")
    assert links.count() >= at_least
    for link in (links.first, links.last):
        target, label, errors = follow_error_link(page, link)
        page.wait_for_function("id => document.activeElement && document.activeElement.id === id", arg=target)
        assert in_viewport(page, label), f"{page.url}: the label of #{target} is out of view"
        assert in_viewport(page, errors), f"{page.url}: the error of #{target} is out of view"
        page.locator("#error-summary").scroll_into_view_if_needed()


@pytest.mark.parametrize("language", LANGUAGES)
def test_error_link_on_the_deed_form_shows_the_label_and_focuses_the_field(demo, page, language):
    page.set_viewport_size(VIEWPORT)
    visit(page, demo, demo.deeds[language]["submit"])
    click_and_load(page, page.locator("main form button[type=submit]").last)

    assert_error_links_show_label_and_error(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_error_link_on_a_form_page_shows_the_label_and_focuses_the_field(demo, page, language):
    page.set_viewport_size(VIEWPORT)
    visit(page, demo, page_url(demo, FormPage, language))
    click_and_load(page, page.locator("form.form button[type=submit]"))

    assert_error_links_show_label_and_error(page, at_least=1)  # the demo's form page: the accessibility feedback


@pytest.mark.parametrize("language", LANGUAGES)
def test_error_link_on_the_coaching_application_shows_the_label_and_focuses_the_field(demo, page, language):
    page.set_viewport_size(VIEWPORT)
    directory = page_url(demo, CoachDirectoryPage, language)
    visit(page, demo, directory + "hae/")
    click_and_load(page, page.locator("main form button[type=submit]").last)

    assert_error_links_show_label_and_error(page)


def test_deed_filters_are_sent_from_the_group_being_ticked(demo, page):
    visit(page, demo, demo.deeds["fi"]["listing"])
    group = page.locator("fieldset.facet").first
    options = group.locator("input[type=checkbox]")
    options.first.check()
    options.first.focus()

    tabs = 0
    while page.evaluate("document.activeElement.tagName") != "BUTTON":
        page.keyboard.press("Tab")
        tabs += 1
        assert tabs <= options.count(), "the group's button is not the next stop after its options"
    with page.expect_navigation():
        page.keyboard.press("Enter")

    title = page.title()
    assert title[0].isdigit() or title.startswith("Ei tekoja"), title
    summary = page.locator("h1 + .result-summary")
    assert summary.is_visible()
    assert title.startswith(summary.inner_text().split(".")[0])


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_after_an_untranslated_page_is_accessible(demo, page, language):
    response = visit(page, demo, page_url(demo, HomePage, language) + "?untranslated=1")
    assert response.status == 200
    assert page.locator(".untranslated-notice").is_visible()
    assert_accessible(page)
