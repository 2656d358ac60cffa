"""The demo command builds the coach directory under the coaching page and its coaches in three languages, and
a second run changes nothing."""

import pytest
from wagtail.images.models import Image
from wagtail.models import Revision

from home.models import StandardPage
from sparraus.demo.coaches import COACHES, TRANSLATIONS
from sparraus.models import Coach, CoachDirectoryPage
from teot.regions import Region
from tests.demo import GROUP, of_module
from tests.utils import soup

LANGUAGES = ("fi", "sv", "en")
DIRECTORIES = {"fi": ("Sparraajat", "sparraajat"), "sv": ("Sparrare", "sparrare"), "en": ("Coaches", "coaches")}
COACHING_PAGE_SLUGS = {"fi": "sparraus", "sv": "sparrning", "en": "coaching"}


def snapshot():
    """Everything a second run could duplicate, republish or refile."""
    return {
        "directories": sorted(
            CoachDirectoryPage.objects.values_list("pk", "locale__language_code", "url_path", "live", "translation_key")
        ),
        "coaches": sorted(
            Coach.objects.values_list(
                "pk", "locale__language_code", "slug", "translation_key", "live", "active", "photo_id", "photo_alt"
            )
        ),
        "coach revisions": Revision.objects.filter(base_content_type__model="coach").count(),
        "coach terms": sorted(
            (coach.pk, relation, term.pk)
            for coach in Coach.objects.prefetch_related("themes", "sectors")
            for relation in ("themes", "sectors")
            for term in getattr(coach, relation).all()
        ),
        "pictures": sorted(Image.objects.filter(title__startswith="Sparraajan kuva").values_list("pk", "title")),
    }


@pytest.fixture(scope="module")
def demo(demo_run_twice):
    return of_module(demo_run_twice, __name__)


pytestmark = [pytest.mark.django_db, GROUP]


def coaches(code):
    return Coach.objects.filter(locale__language_code=code).prefetch_related("themes", "sectors")


def directory(code):
    return CoachDirectoryPage.objects.live().get(locale__language_code=code)


def keys(terms):
    return sorted(str(term.translation_key) for term in terms)


def test_a_second_run_changes_no_coach_and_no_directory(demo):
    assert snapshot() == demo["first"]
    assert "Demo content ready: 0 objects created" in demo["again"]
    assert "Coaching: the coach directory in fi/sv/en; coaches fi 12, sv 4, en 2 (2 past" in demo["again"]


def test_the_directory_is_under_the_coaching_page_in_every_language(demo):
    finnish = directory("fi")
    for code in LANGUAGES:
        page = directory(code)
        title, slug = DIRECTORIES[code]
        assert (page.title, page.slug) == (title, slug)
        assert page.translation_key == finnish.translation_key and page.intro and page.search_description
        parent = page.get_parent().specific
        assert isinstance(parent, StandardPage) and parent.slug == COACHING_PAGE_SLUGS[code]
    assert CoachDirectoryPage.objects.count() == len(LANGUAGES)


def test_the_coaching_page_links_to_the_directory_in_every_language(demo, client):
    for code in LANGUAGES:
        page = directory(code)
        document = soup(client.get(page.get_parent().url))
        links = [link for link in document.find_all("a", href=page.url) if link.get_text(strip=True)]
        assert links, f"no link to {page.url} on the {code} coaching page"


def test_twelve_finnish_coaches_of_every_kind(demo):
    finnish = list(coaches("fi"))
    assert len(finnish) == len(COACHES) == 12
    regions = set(Region.values)
    for coach in finnish:
        assert coach.live and coach.live_revision_id and not coach.has_unpublished_changes, coach.name
        assert coach.themes.all() and coach.sectors.all(), coach.name
        assert coach.organisation and coach.keyword_list() and len(coach.summary) <= 300, coach.name
        assert 2 <= coach.description.count("<p>") <= 3, coach.name
        assert coach.email.endswith("@example.fi") and coach.phone.startswith("040 000 00"), coach.name
        assert set(coach.regions) <= regions and len(coach.regions) <= 4, coach.name
        assert coach.languages and set(coach.languages) <= set(LANGUAGES), coach.name
        assert coach.on_site or coach.remote, coach.name
    assert [coach.name for coach in finnish if not coach.active] == ["Hannu Hanke", "Riitta Rakenne"]
    assert sum(not coach.regions for coach in finnish) >= 3  # the whole country
    assert sum("sv" in coach.languages for coach in finnish) == 4
    assert sum("en" in coach.languages for coach in finnish) == 2
    assert [coach.languages for coach in finnish if "fi" not in coach.languages] == [["sv"]]
    assert any(not coach.remote for coach in finnish) and any(not coach.on_site for coach in finnish)
    every_theme = {theme.slug for coach in finnish if coach.active for theme in coach.themes.all()}
    assert len(every_theme) == 7  # each of the demo's themes has an active coach


def test_translated_coaches_have_the_finnish_coachs_themes_in_their_language(demo):
    for code, translated in TRANSLATIONS.items():
        assert sorted(coach.slug for coach in coaches(code)) == sorted(translated)
        for coach in coaches(code):
            source = coaches("fi").get(translation_key=coach.translation_key)
            assert coach.live and coach.active == source.active
            same = ("name", "slug", "organisation", "photo_id", "regions", "languages", "email", "phone")
            assert [getattr(coach, name) for name in same] == [getattr(source, name) for name in same]
            assert coach.summary != source.summary and coach.description != source.description
            assert coach.keywords != source.keywords
            for relation in ("themes", "sectors"):
                terms = list(getattr(coach, relation).all())
                assert keys(terms) == keys(getattr(source, relation).all()), (code, coach.slug)
                assert {term.locale_id for term in terms} == {coach.locale_id}, (code, coach.slug)
    assert len(TRANSLATIONS["sv"]) == 4 and len(TRANSLATIONS["en"]) == 2


def test_every_coachs_photo_has_alternative_text(demo):
    with_photos = Coach.objects.filter(photo__isnull=False)
    assert with_photos.filter(locale__language_code="fi").count() >= 6
    assert Coach.objects.filter(photo__isnull=True).exists()  # some coaches have none
    for coach in with_photos:
        assert coach.photo_alt.strip() and coach.name in coach.photo_alt, (coach.locale_id, coach.slug)


def test_the_directory_shows_the_active_coaches_of_its_language(demo, client):
    for code in LANGUAGES:
        page = directory(code)
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        text = " ".join(soup(response).get_text().split())
        for coach in coaches(code):
            assert (coach.name in text) == coach.active, (code, coach.name)
        shown = coaches(code).filter(active=True).first()
        assert client.get(page.coach_url(shown)).status_code == 200
