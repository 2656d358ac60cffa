"""axe-core on news, podcasts and webinars beyond one page of each type: the news listing
filtered and empty, a story series, and a webinar before and after the event — in fi, sv and en.
(The page types themselves, the home page with its sections included, are in test_axe.py.)"""

import pytest

from .test_axe import assert_accessible, assert_skip_link_first, visit

pytestmark = pytest.mark.a11y

LANGUAGES = ["fi", "sv", "en"]
VIEWS = ["news_filtered", "news_empty", "series", "upcoming_webinar", "past_webinar"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("view", VIEWS)
def test_communications_view_is_accessible(demo, page, view, language):
    response = visit(page, demo, demo.communications[language][view])
    assert response.status == 200
    assert page.get_attribute("html", "lang") == language
    assert page.locator("h1").count() == 1
    assert_skip_link_first(page)
    assert_accessible(page)
