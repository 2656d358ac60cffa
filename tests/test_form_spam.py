"""Spam that costs a bot (issue 12, findings 3–6): the deed form and the form pages take a form once,
from the visitor it was handed to, no faster than a person and no longer than a page; confirmations
relay nothing a stranger wrote; a line break in a stored title cannot stop the moderators' emails.

Through HTTP on PostgreSQL; the used tokens and the rate limits live in Redis when REDIS_URL is set.
"""

import time

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.contrib.forms.models import FormSubmission

from home.form_protection import TOKEN_MESSAGES, Token
from home.validators import MULTILINE_MAX_LENGTH, SingleLineValidator
from teot.models import Deed, Organisation
from teot.moderation import MODERATORS_GROUP
from teot.regions import Region
from tests import factories
from tests.test_deed_admin import deed_form_data
from tests.utils import soup

TWO_MEGABYTES = "x" * (2 * 1024 * 1024)
SUBMITTER = "sanna.lahettaja@tampere.fi"


@pytest.fixture(autouse=True)
def _generous_limits(settings):
    # Each test sets the limit it checks; the others must not run into it.
    settings.TEOT_SUBMISSION_RATE_LIMIT = (100, 3600)
    settings.FORM_RATE_LIMIT = (100, 3600)


def message(key):
    """A form-protection message as the Finnish pages show it."""
    with translation.override("fi"):
        return str(TOKEN_MESSAGES[key])


def one_line_message():
    with translation.override("fi"):
        return str(SingleLineValidator.message)


def later(seconds=4):
    """The clock moved on past the minimum fill time, as for a person (or a bot that waits)."""
    return time_machine.travel(time.time() + seconds, tick=True)


def form_token(response):
    return soup(response).find("input", attrs={"name": "form_token"})["value"]


def summary_text(response):
    summary = soup(response).find(id="error-summary")
    assert summary is not None, "no error summary"
    return summary.get_text(" ", strip=True)


def error_links(response):
    return [link["href"] for link in soup(response).find(id="error-summary").find_all("a")]


def field_error(response, name):
    error = soup(response).find(id=f"id_{name}_error")
    return error.get_text(" ", strip=True) if error else ""


def value_of(response, name):
    element = soup(response).find(attrs={"name": name})
    if element.name == "textarea":
        return element.get_text().removeprefix("\n")
    return element.get("value")


# --- The deed form --------------------------------------------------------------------------


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moderaattori", "moderaattori@tekojentori.fi", "salasana")
    Group.objects.get(name=MODERATORS_GROUP).user_set.add(user)
    return user


@pytest.fixture
def deed_form(home_page, locales):
    page = factories.DeedIndexPageFactory(parent=home_page, slug="teot")
    organisation = factories.OrganisationFactory(name="Tampereen kaupunki", region=Region.PIRKANMAA)
    sector, theme = factories.SectorFactory(), factories.ThemeFactory()
    data = {
        "title": "Kiireetön aamu",
        "summary": "Työyhteisö sopi, että aamun ensimmäinen tunti on rauhoitettu.",
        "goal": "Haluttiin vähentää kiirettä ALKUPERÄINEN-TAVOITE.",
        "actions": "Sovittiin pelisäännöistä yhdessä.",
        "results": "Kiire väheni.",
        "tips": "Aloittakaa pienestä.",
        "organisation": str(organisation.pk),
        "unit": "Hervannan koulu",
        "sectors": [str(sector.pk)],
        "themes": [str(theme.pk)],
        "year": str(timezone.localdate().year),
        "submitter_name": "Sanna Lähettäjä",
        "submitter_email": SUBMITTER,
        "privacy_consent": "on",
        "website": "",
    }
    return page.url + page.reverse_subpage("submit"), data


def to_submitter():
    return [message for message in mail.outbox if message.to == [SUBMITTER]]


def test_a_replayed_deed_form_stores_one_deed_and_sends_one_confirmation(client, deed_form, moderator):
    """The attack of finding 3: one GET, a wait, then the same token eight times."""
    url, data = deed_form
    data = {**data, "form_token": form_token(client.get(url))}

    with later():
        responses = [client.post(url, data) for _ in range(8)]

    assert [response.status_code for response in responses] == [302] + [200] * 7
    assert Deed.objects.count() == 1
    assert len(to_submitter()) == 1
    assert message(Token.USED) in summary_text(responses[1])
    # Sent back with what was typed and a fresh token, which this visitor may use once.
    assert value_of(responses[1], "goal") == data["goal"]
    fresh = form_token(responses[1])
    assert fresh != data["form_token"]
    with later(8):
        assert client.post(url, {**data, "form_token": fresh}).status_code == 302
    assert Deed.objects.count() == 2


def test_the_replay_under_the_default_rate_limit_still_stores_one_deed(client, deed_form, settings, moderator):
    del settings.TEOT_SUBMISSION_RATE_LIMIT  # the shipped default, (5, 3600)
    url, data = deed_form
    data = {**data, "form_token": form_token(client.get(url))}

    with later():
        statuses = [client.post(url, data).status_code for _ in range(8)]

    assert statuses == [302, 200, 200, 200, 200, 429, 429, 429]
    assert Deed.objects.count() == 1
    assert len(to_submitter()) == 1


def test_a_token_from_another_visitor_is_refused(client, deed_form):
    url, data = deed_form
    stolen = form_token(client.get(url))
    bot = Client()
    bot.get(url)  # the bot has a CSRF cookie of its own

    with later():
        refused = bot.post(url, {**data, "form_token": stolen})
        without_cookie = Client().post(url, {**data, "form_token": stolen})

    assert refused.status_code == 200
    assert message(Token.INVALID) in summary_text(refused)
    assert value_of(refused, "title") == data["title"]
    assert without_cookie.status_code == 200
    assert Deed.objects.count() == 0
    assert mail.outbox == []
    with later():  # the visitor it was handed to may still use it
        assert client.post(url, {**data, "form_token": stolen}).status_code == 302


def test_the_confirmation_quotes_nothing_the_submitter_wrote_but_their_name(client, deed_form, moderator):
    url, data = deed_form
    data = {**data, "title": "Osta halpaa OSOITTEESTA-X", "form_token": form_token(client.get(url))}

    with later():
        assert client.post(url, data).status_code == 302

    [confirmation] = to_submitter()
    assert "Sanna Lähettäjä" in confirmation.body
    for name in ("title", "summary", "goal", "actions", "results", "tips", "unit"):
        assert data[name] not in confirmation.body, name
    assert "OSOITTEESTA-X" not in confirmation.subject


def test_a_name_that_is_a_link_is_left_out_of_the_confirmation(client, deed_form):
    url, data = deed_form
    data = {**data, "submitter_name": "Halpaa: https://roska.example/", "form_token": form_token(client.get(url))}

    with later():
        assert client.post(url, data).status_code == 302

    [confirmation] = to_submitter()
    assert "roska.example" not in confirmation.body


@pytest.mark.parametrize("name", ["title", "submitter_name", "unit", "contact_name", "contact_phone"])
def test_a_line_break_in_a_single_line_field_is_refused(client, deed_form, name):
    url, data = deed_form
    data = {**data, name: "Sanna\r\nBcc: uhri@example.com", "form_token": form_token(client.get(url))}

    with later():
        response = client.post(url, data)

    assert response.status_code == 200
    assert error_links(response) == [f"#id_{name}"]
    assert one_line_message() in field_error(response, name)
    assert Deed.objects.count() == 0
    assert mail.outbox == []  # no header to inject into


def test_a_line_break_in_a_new_organisation_is_refused(client, deed_form):
    url, data = deed_form
    data = {
        **data,
        "organisation": "",
        "new_organisation": "Uusi\nkunta",
        "new_organisation_type": Organisation.Type.MUNICIPALITY,
        "new_organisation_region": Region.KAINUU,
        "form_token": form_token(client.get(url)),
    }

    with later():
        response = client.post(url, data)

    assert response.status_code == 200
    assert "#id_new_organisation" in error_links(response)
    assert Organisation.objects.count() == 1


def test_a_two_megabyte_goal_is_refused_and_nothing_stored(client, deed_form):
    url, data = deed_form
    data = {**data, "goal": TWO_MEGABYTES, "form_token": form_token(client.get(url))}

    with later():
        response = client.post(url, data)

    assert response.status_code == 200
    assert error_links(response) == ["#id_goal"]
    assert str(MULTILINE_MAX_LENGTH) in field_error(response, "goal")
    assert Deed.objects.count() == 0
    assert mail.outbox == []


def test_the_deed_form_tells_the_limit_of_each_text(client, deed_form):
    url, _data = deed_form
    document = soup(client.get(url))

    for name in ("goal", "actions", "results", "tips"):
        assert document.find("textarea", attrs={"name": name})["maxlength"] == str(MULTILINE_MAX_LENGTH)
        assert str(MULTILINE_MAX_LENGTH) in document.find(id=f"id_{name}_helptext").get_text(), name


def test_the_admin_refuses_what_the_form_refuses(editor_client, locales):
    """The model's own limits: an editor cannot store a two-line title or a 2 MB goal either."""
    taxonomy = {
        "sector": factories.SectorFactory(),
        "theme": factories.ThemeFactory(),
        "organisation": factories.OrganisationFactory(),
    }
    data = deed_form_data(taxonomy, title="Kaksi\r\nriviä", goal=TWO_MEGABYTES, contact_name="Kaisa\nK")

    response = editor_client.post(reverse("wagtailsnippets_teot_deed:add"), {**data, "action-publish": "publish"})

    assert response.status_code == 200
    assert set(response.context["form"].errors) >= {"title", "goal", "contact_name"}
    assert not Deed.objects.exists()


def test_a_stored_title_with_a_line_break_still_reaches_the_moderators(moderator, locales):
    """Finding 6: such a title, stored before line breaks were refused, made Wagtail's email fail."""
    deed = factories.DeedFactory(title="Kiireetön\r\naamu", live=False)
    deed.save_revision(clean=False)  # as it was stored then: today the model refuses such a title
    Deed.get_default_workflow().start(deed, user=None)

    to_moderator = [message for message in mail.outbox if message.to == [moderator.email]]
    assert len(to_moderator) == 1
    assert "Kiireetön aamu" in to_moderator[0].subject
    assert str(deed) == "Kiireetön aamu"


# --- The form pages (coaching application, accessibility feedback) -----------------------------


@pytest.fixture
def form_page(home_page):
    page = factories.FormPageFactory(parent=home_page, slug="sparraus", to_address="sparraus@tekojentori.fi")
    factories.FormFieldFactory(page=page, label="Nimi", field_type="singleline")
    factories.FormFieldFactory(page=page, label="Sähköposti", field_type="email")
    factories.FormFieldFactory(page=page, label="Kuvaus", field_type="multiline", required=False)
    return page


APPLICATION = {"nimi": "Maija Meikäläinen", "sahkoposti": "maija@esimerkki.fi", "kuvaus": "Palautekulttuuri."}


def test_form_page_honeypot_pretends_success_and_stores_nothing(client, form_page):
    token = form_token(client.get(form_page.url))

    with later():
        response = client.post(form_page.url, {**APPLICATION, "form_token": token, "website": "https://roska.example"})

    assert response.status_code == 303
    assert response["Location"] == form_page.url + "kiitos/"  # the thank-you page, as for a real answer
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_form_page_honeypot_is_hidden_from_everyone(client, form_page):
    document = soup(client.get(form_page.url))

    honeypot = document.find("input", attrs={"name": "website"})
    assert honeypot.find_parent(attrs={"hidden": True}) is not None
    assert honeypot["tabindex"] == "-1"
    assert honeypot["autocomplete"] == "off"
    assert document.find("label", attrs={"for": honeypot["id"]}) is not None


def test_form_page_sent_too_fast_is_sent_back_with_what_was_typed(client, form_page):
    token = form_token(client.get(form_page.url))

    response = client.post(form_page.url, {**APPLICATION, "form_token": token})

    assert response.status_code == 200
    assert message(Token.TOO_FAST) in summary_text(response)
    assert value_of(response, "nimi") == APPLICATION["nimi"]
    assert form_token(response) != token
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_form_page_without_a_token_is_refused(client, form_page):
    client.get(form_page.url)

    response = client.post(form_page.url, APPLICATION)

    assert response.status_code == 200
    assert message(Token.INVALID) in summary_text(response)
    assert not FormSubmission.objects.exists()


def test_a_replayed_form_page_token_stores_one_submission(client, form_page):
    data = {**APPLICATION, "form_token": form_token(client.get(form_page.url))}

    with later():
        responses = [client.post(form_page.url, data) for _ in range(8)]

    assert FormSubmission.objects.count() == 1
    assert len(mail.outbox) == 1
    assert message(Token.USED) in summary_text(responses[1])
    assert value_of(responses[1], "kuvaus") == APPLICATION["kuvaus"]
    submission = FormSubmission.objects.get()
    assert set(submission.form_data) == set(APPLICATION)  # the token and the honeypot are not stored
    assert "form_token" not in mail.outbox[0].body


def test_a_form_page_token_from_another_visitor_is_refused(client, form_page):
    stolen = form_token(client.get(form_page.url))
    bot = Client()
    bot.get(form_page.url)

    with later():
        response = bot.post(form_page.url, {**APPLICATION, "form_token": stolen})

    assert response.status_code == 200
    assert message(Token.INVALID) in summary_text(response)
    assert not FormSubmission.objects.exists()


def test_form_page_rate_limit_answers_429_and_keeps_what_was_typed(client, form_page, settings):
    del settings.FORM_RATE_LIMIT  # the shipped default, (5, 3600)
    invalid = {**APPLICATION, "sahkoposti": "ei-osoite"}
    for _ in range(5):
        assert client.post(form_page.url, invalid).status_code == 200

    with later():
        response = client.post(form_page.url, {**APPLICATION, "form_token": form_token(client.get(form_page.url))})

    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 3600
    assert value_of(response, "nimi") == APPLICATION["nimi"]
    assert value_of(response, "kuvaus") == APPLICATION["kuvaus"]
    assert summary_text(response)
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []
    assert Client(REMOTE_ADDR="10.9.8.7").get(form_page.url).status_code == 200  # reading is not limited


def test_form_page_refuses_a_two_megabyte_answer(client, form_page):
    data = {**APPLICATION, "kuvaus": TWO_MEGABYTES, "form_token": form_token(client.get(form_page.url))}

    with later():
        response = client.post(form_page.url, data)

    assert response.status_code == 200
    assert error_links(response) == ["#id_kuvaus"]
    assert str(MULTILINE_MAX_LENGTH) in field_error(response, "kuvaus")
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_form_page_tells_the_limit_and_refuses_line_breaks_in_one_line_answers(client, form_page):
    document = soup(client.get(form_page.url))
    assert str(MULTILINE_MAX_LENGTH) in document.find(id="id_kuvaus_helptext").get_text()
    data = {**APPLICATION, "nimi": "Maija\r\nMeikäläinen", "form_token": form_token(client.get(form_page.url))}

    with later():
        response = client.post(form_page.url, data)

    assert error_links(response) == ["#id_nimi"]
    assert one_line_message() in field_error(response, "nimi")
    assert not FormSubmission.objects.exists()
