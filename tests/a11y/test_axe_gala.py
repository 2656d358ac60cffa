"""axe-core on a gala page before the gala (programme and stream, no results) and after it
(awards by category with a table of contents) — in fi, sv and en. The archive page is
among the page types in test_axe.py."""

import datetime

import pytest
import time_machine

from .test_axe import assert_accessible, assert_skip_link_first, visit

pytestmark = pytest.mark.a11y

LANGUAGES = ["fi", "sv", "en"]
AWARD = ".gala-award"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("moment", ["before", "after"])
def test_gala_page_is_accessible(demo, page, moment, language):
    gala = demo.galas[language]
    before = moment == "before"
    now = gala.starts_at - datetime.timedelta(days=7) if before else gala.ends_at + datetime.timedelta(days=1)
    # The live server runs in this process, so travelling in time moves its clock too.
    with time_machine.travel(now, tick=False):
        response = visit(page, demo, gala.url)
        assert response.status == 200
        awards = page.locator(AWARD).count()
        assert awards == 0 if before else awards >= 12
        assert page.get_attribute("html", "lang") == language
        assert page.locator("h1").count() == 1
        assert_skip_link_first(page)
        assert_accessible(page)
