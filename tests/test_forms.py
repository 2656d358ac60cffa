"""Visitors send forms; mistakes are explained and nothing they typed is lost."""

import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from tests import factories
from tests.utils import soup


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    # Test clients fill the form in no time; tests/test_form_spam.py checks the minimum.
    settings.FORM_MIN_SECONDS = 0


def post(client, page, data):
    """Load the form, as a visitor does, and send it with its token."""
    token = soup(client.get(page.get_url())).find("input", attrs={"name": "form_token"})["value"]
    return client.post(page.get_url(), {**data, "form_token": token})


@pytest.fixture
def form_page(home_page):
    page = factories.FormPageFactory(
        parent=home_page,
        title="Hae sparrausta",
        slug="sparraus",
        to_address="sparraus@tekojentori.fi",
        subject="Uusi sparraushakemus",
        thank_you_text="<p>Kiitos, otamme yhteyttä viikon kuluessa.</p>",
    )
    fields = [
        ("Nimi", "singleline", True, ""),
        ("Sähköposti", "email", True, ""),
        ("Kuvaus", "multiline", False, ""),
        ("Toimiala", "radio", True, "Sote\nSivistys\nTekninen"),
        ("Aiheet", "checkboxes", False, "Työhyvinvointi\nJohtaminen\nOsaaminen"),
    ]
    for label, field_type, required, choices in fields:
        factories.FormFieldFactory(page=page, label=label, field_type=field_type, required=required, choices=choices)
    return page


VALID = {
    "nimi": "Maija Meikäläinen",
    "sahkoposti": "maija@esimerkki.fi",
    "kuvaus": "Tiimimme haluaa kehittää palautekulttuuria.",
    "toimiala": "Sivistys",
    "aiheet": ["Työhyvinvointi", "Johtaminen"],
}


def test_valid_submission_is_stored_and_emailed(client, form_page):
    response = post(client, form_page, VALID)

    assert response.status_code == 303  # to the thank-you page: reloading it sends nothing again
    assert response["Location"] == form_page.url + "kiitos/"
    submission = FormSubmission.objects.get(page=form_page)
    assert submission.form_data["nimi"] == "Maija Meikäläinen"
    assert submission.form_data["aiheet"] == ["Työhyvinvointi", "Johtaminen"]
    assert set(submission.form_data) == set(VALID)  # not the form's token or honeypot
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["sparraus@tekojentori.fi"]
    assert message.subject == "Uusi sparraushakemus"
    assert "Maija Meikäläinen" in message.body
    assert "maija@esimerkki.fi" in message.body


def test_visitor_sees_the_thank_you_page(client, form_page):
    response = client.get(post(client, form_page, VALID)["Location"])

    document = soup(response)
    assert [template.name for template in response.templates][0] == "home/form_page_landing.html"
    status = document.find(attrs={"role": "status"})
    assert "Kiitos, otamme yhteyttä viikon kuluessa." in status.get_text()
    assert len(document.find_all("h1")) == 1
    assert document.find("form", method="post") is None


def test_editors_see_the_submission_and_can_export_it(client, form_page, superuser):
    post(client, form_page, VALID)
    client.force_login(superuser)

    listing = client.get(f"/admin/forms/submissions/{form_page.pk}/")
    assert listing.status_code == 200
    assert "Maija Meikäläinen" in listing.text

    export = client.get(f"/admin/forms/submissions/{form_page.pk}/", {"export": "csv"})
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    csv_text = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "Maija Meikäläinen" in csv_text
    assert "maija@esimerkki.fi" in csv_text


INVALID = {
    "nimi": "",
    "sahkoposti": "ei-osoite",
    "kuvaus": "Tämä teksti ei saa kadota.",
    "toimiala": "Tekninen",
    "aiheet": ["Osaaminen"],
}


@pytest.fixture
def invalid_response(client, form_page):
    return post(client, form_page, INVALID)


def test_invalid_submission_is_neither_stored_nor_emailed(invalid_response, form_page):
    assert invalid_response.status_code == 200
    assert not FormSubmission.objects.filter(page=form_page).exists()
    assert mail.outbox == []


def test_error_summary_links_to_each_bad_field(invalid_response):
    document = soup(invalid_response)
    summary = document.find(id="error-summary")
    assert summary is not None
    targets = [a["href"] for a in summary.find_all("a")]
    assert targets == ["#id_nimi", "#id_sahkoposti"]
    for target in targets:
        assert document.find(id=target[1:]) is not None


def test_bad_inputs_are_marked_invalid(invalid_response):
    document = soup(invalid_response)
    assert document.find(id="id_nimi")["aria-invalid"] == "true"
    assert document.find(id="id_sahkoposti")["aria-invalid"] == "true"
    assert not document.find(id="id_kuvaus").get("aria-invalid")


def test_everything_typed_is_kept(invalid_response):
    document = soup(invalid_response)
    assert document.find(id="id_sahkoposti")["value"] == "ei-osoite"
    # Browsers drop the newline Django writes after <textarea>.
    assert document.find(id="id_kuvaus").get_text().removeprefix("\n") == "Tämä teksti ei saa kadota."
    checked_radios = [
        radio["value"] for radio in document.find_all("input", attrs={"name": "toimiala", "checked": True})
    ]
    assert checked_radios == ["Tekninen"]
    checked_boxes = [box["value"] for box in document.find_all("input", attrs={"name": "aiheet", "checked": True})]
    assert checked_boxes == ["Osaaminen"]


def test_missing_radio_choice_links_to_its_first_option(client, form_page):
    response = post(client, form_page, {**VALID, "toimiala": ""})

    document = soup(response)
    targets = [a["href"] for a in document.find(id="error-summary").find_all("a")]
    assert targets == ["#id_toimiala_0"]
    first_option = document.find(id="id_toimiala_0")
    assert first_option["value"] == "Sote"
    assert first_option.get("aria-invalid") == "true"
    assert document.find(id="id_nimi")["value"] == "Maija Meikäläinen"


def test_form_page_shows_no_error_summary_before_sending(client, form_page):
    document = soup(client.get(form_page.get_url()))
    assert document.find(id="error-summary") is None
    assert document.find("form", method="post") is not None
