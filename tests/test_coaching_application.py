"""The coaching application: the public form (with a coach chosen in the directory), its errors and
protections, the handling in the admin (status, history, emails), and the feedback link."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from home.form_protection import ProtectedForm
from sparraus.models import CoachingApplication, CoachingFeedback, StatusChange
from teot.models import Organisation
from tests import factories
from tests.utils import soup

pytestmark = pytest.mark.django_db
VISITOR = "sparrausvierailija0123456789ABCD"  # the test client's CSRF secret: form tokens are bound to it
Status = CoachingApplication.Status


@pytest.fixture(autouse=True)
def _forms_without_waiting(settings, client):
    settings.COACHING_MIN_SECONDS = 0
    settings.COACHING_RATE_LIMIT = None
    client.cookies[settings.CSRF_COOKIE_NAME] = VISITOR


@pytest.fixture
def directory(homes):
    page = factories.CoachDirectoryPageFactory(parent=homes["fi"], slug="sparraajat")
    factories.translate(page, "sv", slug="sparrare", title="Sparrare")
    factories.translate(page, "en", slug="coaches", title="Coaches")
    return page


@pytest.fixture
def world(directory):
    theme = factories.ThemeFactory(name="Työhyvinvointi", slug="tyohyvinvointi")
    sector = factories.SectorFactory(name="Sosiaali- ja terveyspalvelut", slug="sote")
    for language in ("sv", "en"):
        factories.translate_snippet(theme, language, name=f"Työhyvinvointi ({language})")
        factories.translate_snippet(sector, language, name=f"Sote ({language})")
    organisation = factories.OrganisationFactory(name="Esimerkkilän kunta", is_approved=True)
    coaches = [factories.CoachFactory(name=f"Sparraaja {letter}", themes=[theme]) for letter in "ABCD"]
    inactive = factories.CoachFactory(name="Entinen Sparraaja", active=False)
    return {"theme": theme, "sector": sector, "organisation": organisation, "coaches": coaches, "inactive": inactive}


def form_url(language="fi"):
    return {"fi": "/fi/sparraajat/hae/", "sv": "/sv/sparrare/hae/", "en": "/en/coaches/hae/"}[language]


def answers(client, world, url="/fi/sparraajat/hae/", **fields):
    page = soup(client.get(url))
    data = {field["name"]: field.get("value", "") for field in page.select("main form input[type=hidden]")}
    data.update(
        organisation=str(world["organisation"].pk),
        contact_name="Maija Hakija",
        contact_email="maija.hakija@example.fi",
        themes=[box["value"] for box in page.select("input[name=themes]")][:1],
        sectors=[box["value"] for box in page.select("input[name=sectors]")][:1],
        need="Haluamme selkeyttää työnjakoa muutoksen keskellä.",
        participants=["management", "supervisors", "staff"],
        participant_count="25",
        coaches=[str(world["coaches"][0].pk)],
        privacy_consent="on",
    )
    data.update(fields)
    return {name: value for name, value in data.items() if value is not None}


def errors(response):
    return [item.get_text(" ", strip=True) for item in soup(response).select(".error-summary li")]


def test_choose_this_coach_fills_in_the_form(client, world):
    chosen = world["coaches"][2]
    page = soup(client.get(form_url(), {"coach": chosen.pk}))
    assert page.select_one(f"input[name=coaches][value='{chosen.pk}']").has_attr("checked")
    assert not page.select_one(f"input[name=coaches][value='{world['inactive'].pk}']")  # inactive: not offered
    assert page.h1.get_text(strip=True) == "Hae sparrausta"


def test_the_form_tells_browsers_which_fields_ask_for_the_applicants_details(client, world):
    page = soup(client.get(form_url()))
    tokens = {name: page.select_one(f"[name={name}]").get("autocomplete") for name in TOKENS}
    assert tokens == TOKENS


TOKENS = {
    "new_organisation": "organization",
    "contact_name": "name",
    "contact_email": "email",
    "contact_phone": "tel",
    "unit": None,  # not the applicant's own: no browser fills it in
    "need": None,
}


def test_an_application_is_stored_confirmed_and_handlers_told(client, world, django_user_model):
    handler = django_user_model.objects.create_user("kasittelija", "kasittelija@example.fi", "x", is_staff=True)
    handler.groups.add(Group.objects.get(name="Sparrauksen käsittelijät"))
    response = client.post(form_url(), answers(client, world, coaches=[str(c.pk) for c in world["coaches"][:3]]))
    assert response.status_code == 302 and response["Location"] == "/fi/sparraajat/hae/kiitos/"

    application = CoachingApplication.objects.get()
    assert application.organisation == world["organisation"] and application.status == Status.RECEIVED
    assert (application.management, application.supervisors, application.staff) == (True, True, True)
    assert set(application.preferred_coaches.all()) == set(world["coaches"][:3])
    assert application.language == "fi"
    assert StatusChange.objects.filter(application=application, status=Status.RECEIVED).exists()
    to_applicant, to_handler = sorted(mail.outbox, key=lambda message: message.to[0] != "maija.hakija@example.fi")
    assert "Hei Maija Hakija" in to_applicant.body or "Maija Hakija" in to_applicant.body
    assert to_handler.to == ["kasittelija@example.fi"]
    assert f"/admin/coaching/applications/edit/{application.pk}/" in to_handler.body
    assert "Haluamme" not in to_handler.body + to_applicant.body  # the applicant's words are not mailed around


def test_a_swedish_applicant_gets_a_swedish_confirmation(client, world):
    swedish_coach = factories.translate_snippet(world["coaches"][0], "sv", name="Sparrare A", live=True)
    response = client.post(form_url("sv"), answers(client, world, url=form_url("sv"), coaches=[str(swedish_coach.pk)]))
    assert response.status_code == 302
    assert CoachingApplication.objects.get().language == "sv"
    [message] = mail.outbox
    assert "sparr" in message.subject.lower() and "Tekojen tori" in message.subject
    assert "Tack" in message.body


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"participants": ["management", "staff"]}, "all three take part"),
        ({"participants": None}, "all three take part"),
        ({"coaches": None}, "Choose at least one coach."),
        ({"need": ""}, "Tell what you want to develop."),
        ({"participant_count": "0"}, "Enter at least 1."),
        ({"privacy_consent": None}, "Accept the privacy notice"),
        ({"contact_email": "maija(at)example.fi"}, "name@example.fi"),
    ],
)
def test_mistakes_are_explained_and_nothing_typed_is_lost(client, world, fields, message):
    url = form_url("en")  # the messages in English, as written in the code
    response = client.post(url, answers(client, world, url=url, **fields))
    assert response.status_code == 200 and not CoachingApplication.objects.exists()
    page = soup(response)
    assert page.select_one("input[name=contact_name]")["value"] == "Maija Hakija"
    assert page.select_one(".error-summary")
    assert any(message in error for error in errors(response)) or message in page.get_text()


def test_more_than_three_coaches_or_an_inactive_one_is_refused(client, world):
    four = [str(coach.pk) for coach in world["coaches"]]
    response = client.post(form_url(), answers(client, world, coaches=four))
    assert response.status_code == 200 and not CoachingApplication.objects.exists()
    assert soup(response).select_one(".error-summary")
    response = client.post(form_url(), answers(client, world, coaches=[str(world["inactive"].pk)]))
    assert response.status_code == 200 and not CoachingApplication.objects.exists()
    for coach in world["coaches"]:  # the choices kept
        assert soup(response).select_one(f"input[name=coaches][value='{coach.pk}']")


def test_a_new_organisation_waits_for_approval(client, world):
    data = answers(
        client,
        world,
        organisation="",
        new_organisation="Uusikylän kuntayhtymä",
        new_organisation_type="joint_authority",
        new_organisation_region="pirkanmaa",
    )
    data["new_organisation_type"] = [value for value, _label in Organisation.Type.choices][1]
    assert client.post(form_url(), data).status_code == 302
    organisation = CoachingApplication.objects.get().organisation
    assert organisation.name == "Uusikylän kuntayhtymä" and not organisation.is_approved


def test_the_form_is_sent_once_and_a_filled_honeypot_stores_nothing(client, world):
    data = answers(client, world)
    assert client.post(form_url(), data).status_code == 302
    assert client.post(form_url(), data).status_code == 200  # the same token again: refused
    assert CoachingApplication.objects.count() == 1
    data = answers(client, world, **{ProtectedForm.honeypot_name: "http://spam.example"})
    assert client.post(form_url(), data).status_code == 302  # looks sent
    assert CoachingApplication.objects.count() == 1


def test_posts_are_rate_limited(client, settings, world):
    settings.COACHING_RATE_LIMIT = (1, 3600)
    client.post(form_url(), answers(client, world))
    response = client.post(form_url(), answers(client, world))
    assert response.status_code == 429 and "Retry-After" in response


# Handling in the admin


@pytest.fixture
def handler(client, django_user_model):
    user = django_user_model.objects.create_user("kasittelija", "kasittelija@example.fi", "x", is_staff=True)
    user.groups.add(Group.objects.get(name="Sparrauksen käsittelijät"))
    client.force_login(user)
    return user


def application_for(world, **fields):
    application = CoachingApplication.objects.create(
        organisation=world["organisation"],
        contact_name="Ville Hakija",
        contact_email="ville.hakija@example.fi",
        language=fields.pop("language", "sv"),
        need="Kehitämme yhdessä.",
        participant_count=12,
        management=True,
        supervisors=True,
        staff=True,
        **fields,
    )
    application.themes.set([world["theme"]])
    application.sectors.set([world["sector"]])
    application.preferred_coaches.set(world["coaches"][:2])
    return application


@pytest.fixture
def handle(client, django_capture_on_commit_callbacks):
    """Post the handling form; the applicant's email goes once the change is committed (here, at once)."""

    def post(application, **fields):
        url = f"/admin/coaching/applications/edit/{application.pk}/"
        form = soup(client.get(url)).select_one("form[method=post]")
        data = {field["name"]: field.get("value", "") for field in form.select("input[type=hidden]")}
        data.update(status=application.status, coach=application.coach_id or "", decline_reason="", note="")
        data.update(fields)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return post


def test_a_handler_moves_an_application_through_its_steps(client, world, handler, handle, directory):
    application = application_for(world)
    coach = world["coaches"][1]

    assert handle(application, status="approved", note="Hyvä hakemus").status_code == 302
    response = handle(CoachingApplication.objects.get(), status="assigned")
    assert response.status_code == 200  # no coach chosen
    assert handle(CoachingApplication.objects.get(), status="assigned", coach=coach.pk).status_code == 302
    assert handle(CoachingApplication.objects.get(), status="done").status_code == 302

    application.refresh_from_db()
    assert application.status == Status.DONE and application.coach == coach
    history = list(application.status_changes.values_list("status", "user__username", "note"))
    assert history == [
        ("approved", "kasittelija", "Hyvä hakemus"),
        ("assigned", "kasittelija", ""),
        ("done", "kasittelija", ""),
    ]
    subjects = [message.subject for message in mail.outbox]
    assert len(subjects) == 3 and all(message.to == ["ville.hakija@example.fi"] for message in mail.outbox)
    assert coach.name in mail.outbox[1].body
    link = re.search(r"https?://\S+/palaute/\S+/", mail.outbox[2].body).group(0)
    assert link.startswith("http://testserver/sv/sparrare/palaute/")  # in the applicant's language

    # The coach's admin page lists the assignment.
    page = client.get(f"/admin/snippets/sparraus/coach/edit/{coach.pk}/")
    assert world["organisation"].name in page.content.decode()


def test_a_decline_needs_a_reason_and_a_done_one_cannot_go_back(world, handler, handle, directory):
    application = application_for(world)
    assert handle(application, status="declined").status_code == 200
    assert handle(application, status="declined", decline_reason="Ei rahoitusta.").status_code == 302
    assert "Ei rahoitusta." in mail.outbox[0].body
    done = application_for(world, status=Status.DONE, coach=world["coaches"][0])
    response = handle(done, status="approved")
    assert response.status_code == 200
    done.refresh_from_db()
    assert done.status == Status.DONE


def test_the_list_filters_and_exports(client, world, handler):
    application_for(world)
    application_for(world, status=Status.APPROVED)
    listing = client.get("/admin/coaching/applications/", {"status": "approved"})
    assert listing.status_code == 200 and listing.content.decode().count("Esimerkkilän kunta") >= 1
    export = client.get("/admin/coaching/applications/", {"export": "csv"})
    assert export.status_code == 200
    content = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "ville.hakija@example.fi" in content and "Esimerkkilän kunta" in content


# Feedback


def feedback_link(world, directory, **fields):
    from sparraus import feedback

    application = application_for(world, status=Status.DONE, coach=world["coaches"][0], **fields)
    return application, feedback.url(directory, application).removeprefix("http://testserver")


def test_feedback_is_given_once(client, world, directory):
    application, link = feedback_link(world, directory, language="fi")
    page = soup(client.get(link))
    assert world["coaches"][0].name in page.main.get_text()
    response = client.post(link, {"usefulness": "5", "coach_rating": "4", "would_recommend": "yes"})
    assert response.status_code == 200
    feedback = CoachingFeedback.objects.get(application=application)
    assert (feedback.usefulness, feedback.coach_rating, feedback.would_recommend) == (5, 4, True)
    again = client.post(link, {"usefulness": "1", "coach_rating": "1", "would_recommend": "no"})
    assert again.status_code == 409
    assert CoachingFeedback.objects.get(application=application).usefulness == 5


def test_a_changed_feedback_link_is_refused(client, world, directory):
    _application, link = feedback_link(world, directory)
    response = client.get(link[:-3] + "00/")
    assert response.status_code == 400 and soup(response).select_one("[role=alert]")
    assert not CoachingFeedback.objects.exists()


def test_feedback_answers_are_checked(client, world, directory):
    _application, link = feedback_link(world, directory)
    response = client.post(link, {"usefulness": "9", "would_recommend": "yes"})
    assert response.status_code == 200 and soup(response).select_one(".error-summary")
    assert not CoachingFeedback.objects.exists()
