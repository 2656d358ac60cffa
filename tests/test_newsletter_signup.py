"""Signing up for the newsletter: double opt-in, consent on record, no enumeration, signed links.

Through the public pages and the admin: a visitor signs up, gets one confirmation email in the language
they chose, confirms by pressing a button on the page the link opens, and unsubscribes with one click
(RFC 8058) or through the page. Bad input is answered clearly and nothing is stored or sent.
"""

import csv
import io
import json
import re
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from tests import factories
from tests.utils import soup
from uutiskirje import links
from uutiskirje.models import CONSENT_VERSION, Subscriber

pytestmark = pytest.mark.django_db
VISITOR = "uutiskirjevierailija0123456789AB"  # the test client's CSRF secret: form tokens are bound to it


@pytest.fixture(autouse=True)
def _forms_without_waiting(settings, home_page, client):
    settings.NEWSLETTER_MIN_SECONDS = 0  # a test client fills the form in no time
    settings.NEWSLETTER_RATE_LIMIT = None  # the test of the limit sets its own
    client.cookies[settings.CSRF_COOKIE_NAME] = VISITOR


def url(name, language="fi", *args):
    with translation.override(language):
        return reverse(name, args=args)


def form_data(client, page_language="fi", **fields):
    """What a visitor sends: the form's own hidden fields (its token) and the answers."""
    page = soup(client.get(url("newsletter_subscribe", page_language)))
    data = {field["name"]: field.get("value", "") for field in page.select("form.form input[type=hidden]")}
    data.update({"email": "maija.meikalainen@example.fi", "language": page_language, "consent": "on"})
    data.update(fields)
    return {name: value for name, value in data.items() if value is not None}


def sign_up(client, page_language="fi", **fields):
    return client.post(url("newsletter_subscribe", page_language), form_data(client, page_language, **fields))


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0).removeprefix("http://testserver")


def errors(response):
    return [item.get_text(" ", strip=True) for item in soup(response).select(".error-summary li")]


def test_the_form_comes_in_each_language_with_the_footers_address_filled_in(client):
    for language, path in [("fi", "/fi/uutiskirje/tilaa/"), ("sv", "/sv/nyhetsbrev/prenumerera/"), ("en", None)]:
        address = url("newsletter_subscribe", language)
        assert path is None or address == path
        response = client.get(address, {"email": "maija@example.fi", "source": "footer"})
        page = soup(response)
        assert page.html["lang"] == language
        assert page.select_one("input[name=email]")["value"] == "maija@example.fi"
        assert page.select_one(f"input[name=language][value={language}]").has_attr("checked")
        assert page.select_one("input[name=source]")["value"] == "footer"
        assert "no-cache" in response["Cache-Control"]  # the form carries this visitor's token


def test_every_page_footer_sends_an_address_to_the_form(client):
    footer_form = soup(client.get("/fi/")).select_one("footer form")
    assert footer_form["method"] == "get"
    assert footer_form["action"] == url("newsletter_subscribe")
    assert footer_form.select_one("label[for=footer-newsletter-email]")
    assert footer_form.select_one("input#footer-newsletter-email")["type"] == "email"


def test_a_pages_sign_up_box_sends_an_address_to_the_form(client, home_page):
    body = [{"type": "newsletter_signup", "value": {"heading": "Tilaa uutiskirje", "text": "Kerran kuussa."}}]
    page = factories.StandardPageFactory(parent=home_page, title="Tiedotteet", body=json.dumps(body))
    box = soup(client.get(page.url)).select_one("main aside.newsletter-box")
    assert box["aria-label"] == "Tilaa uutiskirje"
    form = box.form
    assert (form["method"], form["action"]) == ("get", url("newsletter_subscribe"))
    assert form.select_one("label input[type=email][name=email]")  # labelled by the label it sits in
    assert form.select_one("input[name=source]")["value"] == "block"


def test_a_subscriber_confirms_with_a_button_and_unsubscribes_with_one_click(client):
    sector = factories.SectorFactory(locale=factories.get_locale("sv"))
    response = sign_up(client, "sv", email="Maija@Example.FI", sectors=str(sector.pk), source="footer")
    assert response.status_code == 302
    assert response["Location"] == url("newsletter_sent", "sv")

    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.language, subscriber.status) == ("Maija@example.fi", "sv", "pending")
    assert list(subscriber.sectors.all()) == [sector] and not subscriber.all_topics
    assert subscriber.consent_version == CONSENT_VERSION and subscriber.consent_source == "footer"
    assert subscriber.consent_text.startswith("Jag vill få Tekojen toris nyhetsbrev")  # the text shown, in Swedish

    [message] = mail.outbox
    assert message.to == ["Maija@example.fi"]
    assert message.subject == "Bekräfta prenumerationen på Tekojen toris nyhetsbrev"
    confirm_link = link_in(message)
    assert confirm_link.startswith("/sv/nyhetsbrev/bekrafta/")
    assert "maija" not in signing.b64_decode(confirm_link.split("/")[-2].split(":")[0].encode()).decode().lower()

    # Opening the link (as a mail scanner does) only asks; the button confirms.
    asking = client.get(confirm_link)
    assert asking.status_code == 200 and soup(asking).select_one("main form button")
    subscriber.refresh_from_db()
    assert subscriber.status == "pending"
    confirmed = client.post(confirm_link)
    assert soup(confirmed).h1.get_text(strip=True) == "Prenumerationen är bekräftad"
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed" and subscriber.confirmed_at is not None
    assert len(mail.outbox) == 1  # nothing more until a newsletter is sent

    # A mail program's one-click unsubscribe: a POST without a CSRF token (RFC 8058).
    mail_program = Client(enforce_csrf_checks=True)
    unsubscribe_link = links.path(subscriber, links.UNSUBSCRIBE, "sv")
    assert mail_program.get(unsubscribe_link).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed"  # opening the link changes nothing
    response = mail_program.post(unsubscribe_link, "List-Unsubscribe=One-Click", content_type="text/plain")
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == "unsubscribed" and subscriber.unsubscribed_at is not None


def test_the_form_answers_the_same_whoever_owns_the_address(client):
    """No enumeration: the same redirect for a new, waiting, subscribed or unsubscribed address."""
    theme = factories.ThemeFactory()
    subscribed = Subscriber.objects.create(
        email="tilaaja@example.fi", language="fi", status="confirmed", consent_text="x", consent_version="1"
    )
    subscribed.themes.set([theme])
    Subscriber.objects.create(email="odottaa@example.fi", language="fi", consent_text="x", consent_version="1")
    Subscriber.objects.create(
        email="peruttu@example.fi", language="fi", status="unsubscribed", consent_text="x", consent_version="1"
    )
    answers = set()
    for email in ["uusi@example.fi", "TILAAJA@example.fi", "odottaa@example.fi", "peruttu@example.fi"]:
        response = sign_up(client, "en", email=email)
        answers.add((response.status_code, response["Location"]))
    assert answers == {(302, url("newsletter_sent", "en"))}

    subjects = {message.to[0].lower(): message.subject for message in mail.outbox}
    assert subjects == {
        "uusi@example.fi": "Confirm your subscription to the Tekojen tori newsletter",
        "tilaaja@example.fi": "Saat jo Tekojen torin uutiskirjeen",  # in the language the subscriber chose
        "odottaa@example.fi": "Confirm your subscription to the Tekojen tori newsletter",
        "peruttu@example.fi": "Confirm your subscription to the Tekojen tori newsletter",
    }
    subscribed.refresh_from_db()  # whoever typed the address changed nothing of a confirmed subscription
    assert (subscribed.language, subscribed.status, list(subscribed.themes.all())) == ("fi", "confirmed", [theme])
    assert Subscriber.objects.get(email="peruttu@example.fi").status == "pending"  # until confirmed again
    assert Subscriber.objects.count() == 4


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("", "Sähköpostiosoite: Kirjoita sähköpostiosoitteesi."),
        ("maija@", "Sähköpostiosoite: Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi."),
        ("maija ät example.fi", "Sähköpostiosoite: Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi."),
        ("pörrö@example.fi", "Sähköpostiosoite: Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi."),
        (
            "m" * 250 + "@example.fi",
            "Sähköpostiosoite: Sähköpostiosoitteessa voi olla enintään 254 merkkiä (siinä on 261).",
        ),
    ],
)
def test_a_bad_address_is_explained_and_everything_typed_is_kept(client, typed, error):
    theme = factories.ThemeFactory(name="Johtaminen")
    response = sign_up(client, email=typed, themes=str(theme.pk), language="sv")
    assert response.status_code == 200
    assert errors(response) == [error]
    page = soup(response)
    assert page.select_one("input[name=email]").get("value", "") == typed
    assert page.select_one("input[name=language][value=sv]").has_attr("checked")
    assert page.select_one(f"input[name=themes][value='{theme.pk}']").has_attr("checked")
    assert page.select_one("input[name=consent]").has_attr("checked")
    assert not Subscriber.objects.exists() and not mail.outbox


def test_an_internationalised_domain_is_kept_in_ascii(client):
    assert sign_up(client, email="maija@Pörrö.fi").status_code == 302
    ascii_address = "maija@" + "pörrö.fi".encode("idna").decode()
    assert Subscriber.objects.get().email == ascii_address
    assert mail.outbox[0].to == [ascii_address]


def test_consent_is_required(client):
    response = sign_up(client, consent=None)
    assert errors(response) == [
        "Haluan Tekojen torin uutiskirjeen tähän osoitteeseen. Tekojen tori säilyttää osoitteen, kielen ja "
        "aiheet uutiskirjeen lähettämistä varten, ja voin perua tilauksen milloin tahansa jokaisessa "
        "uutiskirjeessä olevalla linkillä.: Hyväksy rastittamalla ruutu, muuten uutiskirjettä ei voi lähettää."
    ]
    assert not Subscriber.objects.exists() and not mail.outbox


def test_a_form_sent_twice_signs_up_once_and_a_bot_gets_nowhere(client):
    data = form_data(client)
    assert client.post(url("newsletter_subscribe"), data).status_code == 302
    again = client.post(url("newsletter_subscribe"), data)
    assert again.status_code == 200 and "on jo lähetetty" in errors(again)[0]
    assert len(mail.outbox) == 1

    bot = client.post(url("newsletter_subscribe"), form_data(client, email="botti@example.fi", website="http://x"))
    assert bot.status_code == 302  # looks like success
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["maija.meikalainen@example.fi"]
    assert len(mail.outbox) == 1


def test_too_many_sign_ups_from_one_client_wait(client, settings):
    settings.NEWSLETTER_RATE_LIMIT = (1, 3600)
    assert sign_up(client, email="eka@example.fi").status_code == 302
    response = sign_up(client, email="toka@example.fi")
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert soup(response).select_one("input[name=email]")["value"] == "toka@example.fi"
    assert Subscriber.objects.count() == 1


@pytest.mark.parametrize("action", [links.CONFIRM, links.UNSUBSCRIBE])
def test_a_tampered_or_stale_link_changes_nothing(client, action, monkeypatch):
    subscriber = Subscriber.objects.create(
        email="maija@example.fi", language="fi", status="confirmed", consent_text="x", consent_version="1"
    )
    if action == links.CONFIRM:
        subscriber.status = "pending"
        subscriber.save()
    good = links.token(subscriber, action)
    other_address = signing.dumps([subscriber.pk, links.fingerprint("toinen@example.fi")], salt=f"uutiskirje.{action}")
    other_action = links.token(subscriber, links.UNSUBSCRIBE if action == links.CONFIRM else links.CONFIRM)
    for token in [good[:-1] + ("A" if good[-1] != "A" else "B"), other_address, other_action, "roskaa"]:
        for method in (client.get, client.post):
            response = method(url(links.URL_NAMES[action], "fi", token))
            assert response.status_code == 400
            assert soup(response).h1.get_text(strip=True) == "Linkki ei toimi"
    if action == links.CONFIRM:  # a confirmation link is good for a week
        monkeypatch.setitem(links.MAX_AGE, links.CONFIRM, -1)
        assert client.post(url(links.URL_NAMES[action], "fi", good)).status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == ("pending" if action == links.CONFIRM else "confirmed")


def test_editors_find_export_and_delete_subscribers_in_the_admin(editor_client):
    Subscriber.objects.create(
        email="maija@example.fi", language="sv", status="confirmed", consent_text="x", consent_version="1"
    )
    Subscriber.objects.create(email="odottaa@example.fi", language="fi", consent_text="x", consent_version="1")
    listing = reverse("wagtailsnippets_uutiskirje_subscriber:list")
    response = editor_client.get(listing, {"status": "confirmed"})
    assert "maija@example.fi" in response.text and "odottaa@example.fi" not in response.text
    response = editor_client.get(listing, {"q": "odottaa"})
    assert "odottaa@example.fi" in response.text and "maija@example.fi" not in response.text

    export = editor_client.get(listing, {"export": "csv", "language": "sv"})
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == ["maija@example.fi"]

    subscriber = Subscriber.objects.get(email="maija@example.fi")
    delete = reverse("wagtailsnippets_uutiskirje_subscriber:delete", args=[subscriber.pk])
    editor_client.post(delete)
    assert not Subscriber.objects.filter(email__iexact="maija@example.fi").exists()


def test_people_without_permission_see_no_subscribers(client, django_user_model):
    editor = django_user_model.objects.create_user(username="toimittaja", password="salasana")
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get(reverse("wagtailsnippets_uutiskirje_subscriber:list"))
    assert response.status_code in (302, 403)


def test_old_unsubscribed_and_never_confirmed_addresses_are_deleted_daily(settings):
    settings.NEWSLETTER_KEEP_UNSUBSCRIBED_DAYS = 30
    settings.NEWSLETTER_KEEP_UNCONFIRMED_DAYS = 14
    now = timezone.now()

    def subscriber(email, status, days_ago):
        made = Subscriber.objects.create(
            email=email, language="fi", status=status, consent_text="x", consent_version="1"
        )
        made.sectors.set([factories.SectorFactory()])
        Subscriber.objects.filter(pk=made.pk).update(
            consented_at=now - timedelta(days=days_ago), unsubscribed_at=now - timedelta(days=days_ago)
        )

    subscriber("peruttu-kauan-sitten@example.fi", "unsubscribed", 31)
    subscriber("peruttu-askettain@example.fi", "unsubscribed", 29)
    subscriber("vahvistamatta-kauan@example.fi", "pending", 15)
    subscriber("vahvistamatta-askettain@example.fi", "pending", 13)
    subscriber("tilaaja-kauan@example.fi", "confirmed", 400)
    out = io.StringIO()
    call_command("prune_subscribers", stdout=out)
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == [
        "peruttu-askettain@example.fi",
        "tilaaja-kauan@example.fi",
        "vahvistamatta-askettain@example.fi",
    ]
    assert out.getvalue().splitlines() == [
        "Deleted 1 unsubscribed address(es).",
        "Deleted 1 never confirmed address(es).",
    ]
