"""The demo command builds the coach directory under the coaching page and its coaches in three languages, and
applications in every status of their handling, none of whose applicants shows publicly; a second run changes
nothing."""

from collections import Counter
from html import escape

import pytest
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.models import Revision

from home.models import StandardPage
from sparraus.demo.applications import APPLICATIONS, STEPS
from sparraus.demo.coaches import COACHES, TRANSLATIONS
from sparraus.models import Coach, CoachDirectoryPage, CoachingApplication, CoachingFeedback, StatusChange
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
        "applications": sorted(
            CoachingApplication.objects.values_list(
                "pk", "contact_email", "language", "status", "coach_id", "created_at", "updated_at"
            )
        ),
        "application links": sorted(
            (application.pk, relation, linked.pk)
            for application in CoachingApplication.objects.prefetch_related("sectors", "themes", "preferred_coaches")
            for relation in ("sectors", "themes", "preferred_coaches")
            for linked in getattr(application, relation).all()
        ),
        "status changes": sorted(StatusChange.objects.values_list("pk", "application_id", "status", "at")),
        "feedback": sorted(CoachingFeedback.objects.values_list("pk", "application_id", "created_at")),
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
    assert (
        "Coaching applications: 30 (6 received, 5 approved, 5 assigned, 11 done, 3 declined); feedback 8."
        in demo["again"]
    )


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


Status = CoachingApplication.Status


def applications():
    return CoachingApplication.objects.select_related("organisation", "coach__locale").prefetch_related(
        "sectors__locale", "themes__locale", "preferred_coaches__locale", "status_changes"
    )


def statistics_url(page):
    return page.url + page.reverse_subpage("statistics")


def test_thirty_applications_in_every_status_of_their_handling(demo):
    assert CoachingApplication.objects.count() == len(APPLICATIONS) == 30
    statuses = Counter(CoachingApplication.objects.values_list("status", flat=True))
    assert statuses == {Status.RECEIVED: 6, Status.APPROVED: 5, Status.ASSIGNED: 5, Status.DONE: 11, Status.DECLINED: 3}
    for application in applications():
        with_coach = application.status in (Status.ASSIGNED, Status.DONE)
        assert (application.coach is not None) == with_coach, application.contact_email
        assert bool(application.decline_reason) == (application.status == Status.DECLINED), application.contact_email
    languages = Counter(CoachingApplication.objects.values_list("language", flat=True))
    assert languages == {"fi": 26, "sv": 3, "en": 1}


def test_every_application_is_filed_as_the_form_files_one(demo):
    for application in applications():
        email = application.contact_email
        assert email.startswith("demo-") and email.endswith("@example.fi"), email
        assert application.contact_phone.startswith("040 000 1"), email
        assert application.organisation.is_approved and application.unit and application.need, email
        assert application.management and application.supervisors and application.staff, email
        assert application.privacy_consent and 8 <= application.participant_count <= 120, email
        sectors, themes = list(application.sectors.all()), list(application.themes.all())
        assert 1 <= len(sectors) <= 2 and 1 <= len(themes) <= 3, email
        preferred = list(application.preferred_coaches.all())
        assert 1 <= len(preferred) <= 3 and all(coach.live and coach.active for coach in preferred), email
        in_its_language = {term.locale.language_code for term in [*sectors, *themes, *preferred]}
        assert in_its_language == {application.language}, email
        if application.coach is not None:  # chosen in the admin, among the Finnish coaches
            assert application.coach.locale.language_code == "fi", email
            assert application.coach.translation_key in {coach.translation_key for coach in preferred}, email


def test_every_application_has_its_handling_history(demo):
    now = timezone.now()
    for application in applications():
        changes = list(application.status_changes.all())
        assert [change.status for change in changes] == STEPS[application.status], application.contact_email
        moments = [change.at for change in changes]
        assert moments[0] == application.created_at and moments == sorted(moments), application.contact_email
        assert moments[-1] <= now and all(change.user_id is None for change in changes), application.contact_email
    years = Counter(CoachingApplication.objects.values_list("created_at__year", flat=True))
    assert min(years) == 2018 and max(years) == 2026
    early = sum(count for year, count in years.items() if year <= 2020)
    assert early > max(count for year, count in years.items() if year > 2020)
    assert early > sum(count for year, count in years.items() if 2020 < year < 2026)


def test_feedback_follows_only_completed_coachings(demo):
    feedback = list(CoachingFeedback.objects.select_related("application"))
    assert len(feedback) == 8
    assert {answer.application.status for answer in feedback} == {Status.DONE}
    for answer in feedback:
        done = answer.application.status_changes.get(status=Status.DONE).at
        assert done < answer.created_at <= timezone.now(), answer.application.contact_email
        assert answer.what_changed, answer.application.contact_email
    ratings = [rating for answer in feedback for rating in (answer.usefulness, answer.coach_rating)]
    assert sum(rating >= 4 for rating in ratings) > 3 * sum(rating < 4 for rating in ratings)
    assert min(ratings) == 3
    assert sum(answer.would_recommend for answer in feedback) == len(feedback) - 1


def test_the_statistics_page_counts_the_demo_applications(demo, client):
    for code in LANGUAGES:
        response = client.get(statistics_url(directory(code)))
        assert response.status_code == 200, code
        totals = soup(response).find("dl", class_="statistics__totals")
        figures = [int(figure.get_text(strip=True)) for figure in totals.find_all("dd")]
        assert figures == [30, 11, 8], code  # applications, completed coachings, feedback answers


def test_no_applicant_shows_on_the_directory_its_coaches_or_the_statistics(demo, client):
    private = [
        text
        for application in CoachingApplication.objects.select_related("feedback")
        for text in (
            application.contact_name,
            application.contact_email,
            application.contact_phone,
            application.need,
            getattr(getattr(application, "feedback", None), "what_changed", ""),
        )
        if text
    ]
    for code in LANGUAGES:
        page = directory(code)
        urls = [page.url, statistics_url(page), *(page.coach_url(coach) for coach in coaches(code).filter(active=True))]
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            assert not [text for text in private if text in html or escape(text) in html], url
