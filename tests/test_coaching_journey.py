"""Coaching from end to end: a visitor filters the directory, chooses a coach, applies; a handler approves,
assigns the coach and marks the coaching done; the applicant gives feedback; the public statistics count
it. At every step nothing the applicant typed about themselves is public."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client

from sparraus.models import CoachingApplication, CoachingFeedback
from tests import factories
from tests.test_coaching_application import VISITOR
from tests.utils import soup

pytestmark = pytest.mark.django_db
PRIVATE = {
    "contact_name": "Salainen Yhteyshenkilö",
    "contact_email": "salainen.yhteyshenkilo@example.fi",
    "contact_phone": "040 999 8877",
    "need": "Yksityinen kehittämistarve kuvattuna tässä.",
    "unit": "Salainen yksikkö",
}


@pytest.fixture
def world(homes, settings):
    settings.COACHING_MIN_SECONDS = 0
    settings.COACHING_RATE_LIMIT = None
    directory = factories.CoachDirectoryPageFactory(parent=homes["fi"], slug="sparraajat", title="Sparraajat")
    wellbeing = factories.ThemeFactory(name="Työhyvinvointi", slug="tyohyvinvointi")
    leadership = factories.ThemeFactory(name="Johtaminen", slug="johtaminen")
    sector = factories.SectorFactory(name="Varhaiskasvatus", slug="varhaiskasvatus")
    chosen = factories.CoachFactory(name="Aino Esimerkki", themes=[wellbeing], sectors=[sector])
    other = factories.CoachFactory(name="Kalle Kehittäjä", themes=[leadership])
    organisation = factories.OrganisationFactory(name="Esimerkkilän kaupunki", is_approved=True)
    return {
        "directory": directory,
        "theme": wellbeing,
        "sector": sector,
        "chosen": chosen,
        "other": other,
        "organisation": organisation,
    }


class Visitor:
    """A browser of the public site that keeps every page it was shown."""

    def __init__(self, settings):
        self.client = Client()
        self.client.cookies[settings.CSRF_COOKIE_NAME] = VISITOR
        self.seen = []

    def get(self, url, **params):
        response = self.client.get(url, params)
        self.seen.append((url, response.content.decode()))
        return response

    def post(self, url, data):
        response = self.client.post(url, data)
        self.seen.append((url, response.content.decode()))
        return response

    def leaks(self):
        return [(url, value) for url, content in self.seen for value in PRIVATE.values() if value in content]


def test_from_the_directory_to_the_statistics(world, settings, django_user_model, django_capture_on_commit_callbacks):
    visitor = Visitor(settings)

    # Filter the directory by theme: only the coach who knows it.
    listing = soup(visitor.get("/fi/sparraajat/", theme="tyohyvinvointi"))
    names = [link.get_text(strip=True) for link in listing.select("main .coach-card h3 a")]
    assert names == ["Aino Esimerkki"]
    coach_page = soup(visitor.get(listing.select_one("main .coach-card h3 a")["href"]))
    choose = coach_page.select_one("main a.button[href*='hae/?coach=']")["href"]

    # Apply, with the coach chosen by the link.
    form = soup(visitor.get(choose))
    assert form.select_one(f"input[name=coaches][value='{world['chosen'].pk}']").has_attr("checked")
    data = {field["name"]: field.get("value", "") for field in form.select("main form input[type=hidden]")}
    data.update(
        PRIVATE,
        organisation=str(world["organisation"].pk),
        themes=[str(world["theme"].pk)],
        sectors=[str(world["sector"].pk)],
        participants=["management", "supervisors", "staff"],
        participant_count="18",
        coaches=[str(world["chosen"].pk)],
        privacy_consent="on",
    )
    sent = visitor.post("/fi/sparraajat/hae/", data)
    assert sent.status_code == 302
    visitor.get(sent["Location"])
    application = CoachingApplication.objects.get()
    assert list(application.preferred_coaches.all()) == [world["chosen"]]

    # A handler approves, assigns the chosen coach and marks the coaching done.
    handler = django_user_model.objects.create_user("kasittelija", "k@example.fi", "x", is_staff=True)
    handler.groups.add(Group.objects.get(name="Sparrauksen käsittelijät"))
    admin = Client()
    admin.force_login(handler)
    url = f"/admin/coaching/applications/edit/{application.pk}/"
    for status in ("approved", "assigned", "done"):
        with django_capture_on_commit_callbacks(execute=True):
            response = admin.post(
                url, {"status": status, "coach": world["chosen"].pk, "decline_reason": "", "note": ""}
            )
        assert response.status_code == 302, soup(response).select(".error-message")
    application.refresh_from_db()
    assert application.status == "done" and application.coach == world["chosen"]

    # The applicant follows the link in the last email and gives feedback.
    link = re.search(r"https?://testserver(/\S+/palaute/\S+/)", mail.outbox[-1].body).group(1)
    assert mail.outbox[-1].to == [PRIVATE["contact_email"]]
    visitor.get(link)
    visitor.post(link, {"usefulness": "5", "coach_rating": "4", "would_recommend": "yes", "what_changed": "Parempi."})
    assert CoachingFeedback.objects.filter(application=application).exists()

    # The public statistics count the application, the coaching done and the ratings.
    statistics = soup(visitor.get("/fi/sparraajat/tilastot/"))
    text = statistics.main.get_text(" ", strip=True)
    assert "Työhyvinvointi" in text and "Varhaiskasvatus" in text
    assert "5" in text and "4" in text
    for link in statistics.select("main a[href$='/csv/']"):
        visitor.get(link["href"])

    # Nothing personal anywhere the visitor went, the coach pages and the site search included.
    visitor.get("/fi/sparraajat/")
    visitor.get(coach_page.select_one("link[rel=canonical]")["href"].removeprefix("http://testserver"))
    visitor.get("/fi/haku/", q="Salainen")
    assert visitor.leaks() == []
