"""What an applicant writes about people and their work community never shows publicly.

Applications are sent through the public form, and feedback through its link, with a marker in every field
that is never public: the contact person's name, email and phone, the unit, the development need and what
changed (the feedback's free text). No public page of the site may show any marker: the coach directory and
its search, the coaches' pages, the statistics and each of their CSV files, the application form and its
thanks, the feedback page, the site search, the sitemap and every page it lists. The handlers' CSV export in
the admin does show them: the markers are really stored where the handlers read them.
"""

import re
from xml.etree import ElementTree

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation

from sparraus import feedback
from sparraus.models import CoachingApplication, CoachingFeedback
from sparraus.statistics import FEEDBACK, TABLES
from tests import factories
from tests.test_coaching_application import VISITOR, answers
from tests.utils import soup

pytestmark = pytest.mark.django_db
LANGUAGES = ["fi", "sv", "en"]
PRIVATE_FIELDS = ["contact_name", "contact_email", "contact_phone", "need", "unit"]
SITEMAP_NAMESPACE = {"sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def markers(language):
    """A marker per private field of the application, and one for the feedback's ``what_changed``."""
    number = LANGUAGES.index(language) + 1
    found = {field: f"YKSITYINEN-MARKER-{number}{index}" for index, field in enumerate(PRIVATE_FIELDS, start=1)}
    found["contact_email"] = f"yksityinen-marker-{number}2@example.fi"
    found["what_changed"] = f"YKSITYINEN-MARKER-{number}9"
    return found


ALL_MARKERS = [marker for language in LANGUAGES for marker in markers(language).values()]


def text_of(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode("utf-8", "replace").casefold()


def shown(text, marker):
    """How many times ``marker`` is in a response's text, in any case."""
    return text.count(marker.casefold())


def control_for(marker):
    """A word of the marker's shape that is never stored: what a search for the marker shows if it finds nothing."""
    return re.sub(r"MARKER-\d+", "MARKER-00", marker, flags=re.IGNORECASE)


def assert_no_marker(text, url, allowed=None):
    """No marker in a response's text, except ``allowed`` (a searched-for one, which the page repeats)."""
    found = {marker: shown(text, marker) for marker in ALL_MARKERS if marker != allowed and shown(text, marker)}
    assert found == {}, f"{url} shows private data: {found}"


@pytest.fixture(autouse=True)
def _forms_without_waiting(settings, client):
    settings.COACHING_MIN_SECONDS = 0
    settings.COACHING_RATE_LIMIT = None
    client.cookies[settings.CSRF_COOKIE_NAME] = VISITOR


@pytest.fixture
def site(homes):
    """A coach directory and a deed marketplace in three languages, two coaches, and terms in each language."""
    directory = factories.CoachDirectoryPageFactory(parent=homes["fi"], title="Sparraajat", slug="sparraajat")
    directories = {
        "fi": directory,
        "sv": factories.translate(directory, "sv", title="Sparrare", slug="sparrare"),
        "en": factories.translate(directory, "en", title="Coaches", slug="coaches"),
    }
    marketplace = factories.DeedIndexPageFactory(parent=homes["fi"], title="Tekojen tori", slug="teot")
    marketplaces = {
        "fi": marketplace,
        "sv": factories.translate(marketplace, "sv", title="Gärningarnas torg", slug="garningar"),
        "en": factories.translate(marketplace, "en", title="Deed marketplace", slug="deeds"),
    }
    theme = factories.ThemeFactory(name="Työhyvinvointi", slug="tyohyvinvointi")
    sector = factories.SectorFactory(name="Sosiaali- ja terveyspalvelut", slug="sote")
    organisation = factories.OrganisationFactory(name="Esimerkkilän kunta", is_approved=True)
    factories.DeedFactory(sectors=[sector], themes=[theme], organisation=organisation)
    coaches = {"fi": [factories.CoachFactory(name="Sparraaja Aalto", themes=[theme], sectors=[sector])]}
    coaches["fi"].append(factories.CoachFactory(name="Sparraaja Berg", themes=[theme]))
    for language in ("sv", "en"):
        terms = [
            factories.translate_snippet(theme, language, name=f"Työhyvinvointi ({language})"),
            factories.translate_snippet(sector, language, name=f"Sote ({language})"),
        ]
        coaches[language] = [
            factories.translate_snippet(coach, language, name=f"{coach.name} ({language})", live=True)
            for coach in coaches["fi"]
        ]
        for coach in coaches[language]:
            coach.themes.set(terms[:1])
            coach.save()
    return {"directories": directories, "marketplaces": marketplaces, "coaches": coaches, "organisation": organisation}


def form_path(site, language, route):
    directory = site["directories"][language]
    return directory.url + directory.reverse_subpage(route)


@pytest.fixture
def applied(client, site):
    """An application in each language with markers, handled to "done", its feedback given with a marker."""
    feedback_paths = {}
    for language in LANGUAGES:
        private = markers(language)
        world = {"organisation": site["organisation"], "coaches": site["coaches"][language]}
        url = form_path(site, language, "apply")
        fields = {field: private[field] for field in PRIVATE_FIELDS}
        response = client.post(url, answers(client, world, url=url, **fields))
        assert response.status_code == 302, soup(response).select(".error-summary li")
        application = CoachingApplication.objects.get(contact_name=private["contact_name"])
        application.status = CoachingApplication.Status.DONE
        application.coach = site["coaches"]["fi"][0]
        application.save()
        path = feedback.url(site["directories"][language], application).removeprefix("http://testserver")
        response = client.post(
            path,
            {"usefulness": "4", "coach_rating": "5", "would_recommend": "yes", "what_changed": private["what_changed"]},
        )
        assert response.status_code == 200 and CoachingFeedback.objects.filter(application=application).exists()
        feedback_paths[language] = path
    return feedback_paths


def public_paths(site, feedback_paths):
    """Every public address of the coaching feature, in every language, with the status it answers."""
    paths = {"/sitemap.xml": 200}
    for language in LANGUAGES:
        directory = site["directories"][language]
        paths |= {
            directory.url: 200,
            f"{directory.url}?page=1": 200,
            form_path(site, language, "apply"): 200,
            form_path(site, language, "apply_thanks"): 200,
            form_path(site, language, "statistics"): 200,
            feedback_paths[language]: 409,  # given already: the page says so
            site["marketplaces"][language].url: 200,
        }
        paths |= {directory.coach_url(coach): 200 for coach in site["coaches"][language]}
        paths |= {
            directory.url + directory.reverse_subpage("statistics_csv", kwargs={"table": table}): 200
            for table in [*(spec.slug for spec in TABLES), FEEDBACK]
        }
    return paths


def sitemap_paths(client):
    """Every address the sitemap lists (through its sections, if it has them)."""
    document = ElementTree.fromstring(client.get("/sitemap.xml").content)
    locations = [element.text for element in document.iterfind(".//sitemap:loc", SITEMAP_NAMESPACE)]
    if document.tag.endswith("sitemapindex"):
        return [path for location in locations for path in sitemap_paths_of(client, location)]
    return [re.sub(r"^https?://[^/]+", "", location) for location in locations]


def sitemap_paths_of(client, location):
    document = ElementTree.fromstring(client.get(re.sub(r"^https?://[^/]+", "", location)).content)
    return [
        re.sub(r"^https?://[^/]+", "", element.text)
        for element in document.iterfind(".//sitemap:loc", SITEMAP_NAMESPACE)
    ]


def test_no_public_page_shows_what_applicants_wrote(client, site, applied):
    paths = public_paths(site, applied)
    listed = sitemap_paths(client)
    assert site["directories"]["sv"].url in listed
    for path, status in {**dict.fromkeys(listed, 200), **paths}.items():
        response = client.get(path)
        assert response.status_code == status, path
        assert_no_marker(text_of(response), path)


def search_url(language):
    with translation.override(language):
        return reverse("search")


@pytest.mark.parametrize("language", LANGUAGES)
def test_searching_for_what_applicants_wrote_finds_nothing(client, site, applied, language):
    """A search page repeats the words searched for: a marker may show only as often as a word never stored."""
    searches = {
        "site search": (search_url(language), "q"),
        "coach directory": (site["directories"][language].url, "q"),
    }
    for name, (url, parameter) in searches.items():
        for marker in markers(language).values():
            response = client.get(url, {parameter: marker})
            assert response.status_code == 200, (name, marker)
            text = text_of(response)
            assert_no_marker(text, f"{name} for {marker}", allowed=marker)
            control = control_for(marker)
            expected = shown(text_of(client.get(url, {parameter: control})), control)
            assert shown(text, marker) == expected, f"the {name} finds {marker}"


def test_the_handlers_export_does_hold_them(client, site, applied, django_user_model):
    """The markers were stored: the coaching handlers' CSV export of the applications shows each of them."""
    handler = django_user_model.objects.create_user("kasittelija", "kasittelija@example.fi", "x", is_staff=True)
    handler.groups.add(Group.objects.get(name="Sparrauksen käsittelijät"))
    staff = Client()
    staff.force_login(handler)

    response = staff.get("/admin/coaching/applications/", {"export": "csv"})

    assert response.status_code == 200
    text = text_of(response)
    for language in LANGUAGES:
        private = markers(language)
        for field in PRIVATE_FIELDS:
            assert shown(text, private[field]) == 1, f"the export lacks {field}"
        # The feedback's own words are not in the applications' export; they are stored with the feedback.
        assert CoachingFeedback.objects.filter(what_changed=private["what_changed"]).exists()
