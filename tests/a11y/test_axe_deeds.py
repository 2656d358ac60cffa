"""axe-core on the deed marketplace: listing (filtered and empty), a deed, the
submission form (empty, with errors, sent), statistics and open data — in fi, sv and en."""

import pytest

from .test_axe import assert_accessible, assert_skip_link_first, click_and_load, visit

pytestmark = pytest.mark.a11y

LANGUAGES = ["fi", "sv", "en"]
VIEWS = ["listing", "filtered", "empty", "deed", "submit", "statistics", "open_data"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("view", VIEWS)
def test_marketplace_view_is_accessible(demo, page, view, language):
    response = visit(page, demo, demo.deeds[language][view])
    assert response.status == 200
    assert page.get_attribute("html", "lang") == language
    assert page.locator("h1").count() == 1
    assert_skip_link_first(page)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_deed_form_with_errors_is_accessible(demo, page, language):
    visit(page, demo, demo.deeds[language]["submit"])
    click_and_load(page, page.locator("main form button[type=submit]").last)
    assert page.locator("#error-summary").is_visible()
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_deed_form_sent_is_accessible(demo, page, language):
    visit(page, demo, demo.deeds[language]["submit"])
    page.fill("#id_title", "Saavutettava teko")
    page.fill("#id_summary", "Lyhyt kuvaus teosta.")
    page.fill("#id_goal", "Tavoite.")
    page.fill("#id_actions", "Toimet.")
    page.fill("#id_results", "Tulokset.")
    values = page.locator("#id_organisation option").evaluate_all("options => options.map(o => o.value)")
    page.select_option("#id_organisation", [value for value in values if value][0])
    page.locator("input[name=sectors]").first.check()
    page.locator("input[name=themes]").first.check()
    page.fill("#id_submitter_name", "Testi Testaaja")
    page.fill("#id_submitter_email", "testi@example.fi")
    page.check("#id_privacy_consent")
    click_and_load(page, page.locator("main form button[type=submit]").last)
    assert "kiitos" in page.url, page.locator("#error-summary").all_inner_texts()
    assert_accessible(page)
