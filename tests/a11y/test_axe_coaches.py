"""axe-core on the coach directory — plain, filtered, searched and filtered, empty — and on a coach's page, in fi,
sv and en.

The coaches are this module's own, made in the database the live server reads and removed after it, with a
directory in each language where the demo has none (the demo's coaches are not needed). Every check first
asserts that the page shows what it should, so that no check can pass on a page that shows nothing.
"""

from types import SimpleNamespace

import pytest
from django.utils import translation
from django.utils.translation import gettext

from home.models import HomePage
from sparraus.models import Coach, CoachDirectoryPage
from teot.models import Theme
from tests import factories

from .conftest import LANGUAGES
from .test_axe import assert_accessible, assert_skip_link_first, visit

pytestmark = pytest.mark.a11y

PREFIX = "Saavutettava"  # every coach this module makes is named so
VIEWS = ["listing", "filtered", "searched", "empty", "coach"]


def translated(language, message):
    with translation.override(language):
        return gettext(message)


def directory_in(language, made):
    """The live directory of ``language``: the demo's, else one made here (and listed in ``made``)."""
    found = CoachDirectoryPage.objects.live().filter(locale__language_code=language).order_by("path").first()
    if found is not None:
        return found
    finnish = CoachDirectoryPage.objects.live().filter(locale__language_code="fi").order_by("path").first()
    if finnish is None:
        home = HomePage.objects.live().filter(locale__language_code="fi", depth=2).first()
        finnish = factories.CoachDirectoryPageFactory(parent=home, title="Sparraajat", slug="sparraajat-a11y")
        made.append(finnish)
        if language == "fi":
            return finnish
    page = factories.translate(finnish, language, title=f"Sparraajat ({language})", slug=f"sparraajat-a11y-{language}")
    made.append(page)
    return page


@pytest.fixture(scope="module")
def coaches(demo, django_db_blocker):
    """Per language: the directory's address (plain, filtered, searched, empty) and a coach's page."""
    made = []
    with django_db_blocker.unblock():
        directories = {}
        for language in LANGUAGES:
            directories[language] = directory_in(language, made)
        themes = list(Theme.objects.filter(locale__language_code="fi").order_by("sort_order")[:2])
        photo = factories.ImageFactory(file__width=600, file__height=600, title=f"{PREFIX} kuva")
        first = factories.CoachFactory(
            name=f"{PREFIX} Aino",
            organisation="Auttajat Oy",
            photo=photo,
            photo_alt="Aino Auttaja hymyilee",
            themes=themes[:1],
            keywords="Lean, fasilitointi",
            languages=["fi", "sv"],
            email="aino@auttajat.example",
            phone="040 123 4567",
            website="https://auttajat.example/aino-auttaja-ja-hyvin-pitka-osoite-joka-ei-saa-levittaa-sivua",
        )
        second = factories.CoachFactory(
            name=f"{PREFIX} Bertil",
            themes=themes,
            regions=["pohjanmaa", "uusimaa"],
            languages=["sv", "en"],
            on_site=False,
        )
        paths = {}
        for language in LANGUAGES:
            shown = [first, second]
            if language != "fi":
                shown = [
                    factories.translate_snippet(coach, language, slug=f"{coach.slug}-{language}") for coach in shown
                ]
            index = directories[language]
            base = index.get_url()
            theme = shown[1].themes.all()[0]
            paths[language] = {
                "listing": base,
                "filtered": f"{base}?theme={theme.slug}&language=sv&way=remote",
                "searched": f"{base}?q={PREFIX}&region=uusimaa",
                "empty": f"{base}?q=zzzqqqxxx",
                "coach": index.coach_url(shown[0]),
            }
    try:
        yield SimpleNamespace(paths=paths)
    finally:
        with django_db_blocker.unblock():
            Coach.objects.filter(name__startswith=PREFIX).delete()
            photo.delete()
            for page in reversed(made):
                page.delete()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("view", VIEWS)
def test_coach_directory_view_is_accessible(demo, coaches, page, view, language):
    response = visit(page, demo, coaches.paths[language][view])
    assert response.status == 200
    assert page.get_attribute("html", "lang") == language
    assert page.locator("h1").count() == 1
    if view == "coach":
        assert page.locator("h1").inner_text() == f"{PREFIX} Aino"
        assert page.locator("main img").get_attribute("alt") == "Aino Auttaja hymyilee"
    elif view == "empty":
        assert page.locator(".deeds__empty").is_visible()
    else:
        assert page.locator("#results .card").count() >= 1
        assert f"{PREFIX} Bertil" in page.locator("#results").inner_text()
    if view in ("filtered", "searched", "empty"):
        assert page.locator("[role=status]").is_visible()
        assert page.locator(".active-filters").is_visible()
    assert_skip_link_first(page)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_coach_page_links_to_the_application(demo, coaches, page, language):
    visit(page, demo, coaches.paths[language]["coach"])
    choose = page.get_by_role("link", name=translated(language, "Choose this coach"))
    assert choose.count() == 1
    assert "hae/?coach=" in choose.get_attribute("href")
