"""Anyone can submit a deed; it waits for a moderator, and bots get nowhere."""

import time

import pytest
from django.contrib.auth.models import Group
from django.core import mail, signing
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import WorkflowContentType, WorkflowState, WorkflowTask

from home.form_protection import TOKEN_MESSAGES, Token
from teot import spam
from teot.models import Deed, Organisation
from teot.moderation import MODERATORS_GROUP
from teot.regions import Region
from tests import factories
from tests.utils import soup

THIS_YEAR = timezone.localdate().year  # as the form counts it, in Helsinki
ERROR = "Virhe"  # "Error" in Finnish
VISITOR = "testivierailijantesti0123456789A"  # the test client's CSRF secret: its form tokens are bound to it


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    # Test clients fill the form in no time; the tests of the minimum set their own.
    settings.TEOT_SUBMISSION_MIN_SECONDS = 0


@pytest.fixture(autouse=True)
def _known_visitor(client, settings):
    # As if the client had loaded the form: its CSRF cookie is the one valid_data()'s tokens are bound to.
    client.cookies[settings.CSRF_COOKIE_NAME] = VISITOR


def _visitor_request(secret=VISITOR):
    request = RequestFactory().get("/")
    request.META["CSRF_COOKIE"] = secret
    return request


def issue_token(issued_at=None, visitor=VISITOR):
    """A form token as the form hands it out to the test client (or to another visitor)."""
    return spam.GUARD.issue_token(_visitor_request(visitor), issued_at)


def check_token(token):
    return spam.GUARD.check_token(_visitor_request(), token)


@pytest.fixture
def moderation_workflow(db):
    """The deed workflow teot.moderation sets up after migrate, with the Moderators' approval task."""
    workflow = Deed.get_default_workflow()
    assert workflow.tasks.filter(groupapprovaltask__groups__name=MODERATORS_GROUP).exists()
    return workflow


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(
        username="moderaattori", email="moderaattori@tekojentori.fi", password="salasana"
    )
    Group.objects.get(name=MODERATORS_GROUP).user_set.add(user)
    return user


@pytest.fixture
def index_page(home_page):
    return factories.DeedIndexPageFactory(
        parent=home_page,
        title="Tekojen tori",
        slug="teot",
        submit_intro="<p>Kerro, mitä työpaikallanne tehtiin.</p>",
    )


@pytest.fixture
def sectors(locales):
    return [
        factories.SectorFactory(name="Opetus ja kasvatus", slug="opetus"),
        factories.SectorFactory(name="Sosiaali- ja terveyspalvelut", slug="sote"),
    ]


@pytest.fixture
def themes(locales):
    return [
        factories.ThemeFactory(name="Työhyvinvointi", slug="tyohyvinvointi"),
        factories.ThemeFactory(name="Yhdessä kehittäminen", slug="yhdessa"),
    ]


@pytest.fixture
def organisation(db):
    return factories.OrganisationFactory(name="Tampereen kaupunki", region=Region.PIRKANMAA)


def submit_url(page):
    return page.url + page.reverse_subpage("submit")


def thanks_url(page):
    return page.url + page.reverse_subpage("submit_thanks")


def valid_data(organisation, sectors, themes, /, **changes):
    data = {
        "form_token": issue_token(),
        "title": "Kiireetön aamu & yhteiset pelisäännöt",
        "summary": "Työyhteisö sopi, että aamun ensimmäinen tunti on rauhoitettu.",
        "goal": "Haluttiin vähentää kiirettä.",
        "actions": "Sovittiin pelisäännöistä yhdessä.",
        "results": "Kiire väheni ja sairauspoissaolot laskivat.",
        "tips": "Aloittakaa pienestä.",
        "organisation": str(organisation.pk) if organisation else "",
        "new_organisation": "",
        "new_organisation_type": "",
        "new_organisation_region": "",
        "unit": "Hervannan koulu",
        "sectors": [str(sector.pk) for sector in sectors],
        "themes": [str(theme.pk) for theme in themes],
        "year": str(THIS_YEAR),
        "contact_name": "Kaisa Kehittäjä",
        "contact_email": "kaisa.kehittaja@tampere.fi",
        "contact_phone": "040 123 4567",
        "contact_is_public": "on",
        "submitter_name": "Sanna Lähettäjä",
        "submitter_email": "sanna.lahettaja@tampere.fi",
        "privacy_consent": "on",
        "website": "",
    }
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


@pytest.fixture
def data(organisation, sectors, themes):
    return valid_data(organisation, sectors, themes)


def error_links(document):
    summary = document.find(id="error-summary")
    assert summary is not None, "no error summary"
    return [link["href"] for link in summary.find_all("a")]


def summary_text(document):
    return document.find(id="error-summary").get_text(" ", strip=True)


def value_of(document, name):
    element = document.find(attrs={"name": name})
    if element.name == "textarea":
        return element.get_text().removeprefix("\n")  # browsers drop the newline Django writes
    if element.name == "select":
        selected = element.find("option", selected=True)
        return selected["value"] if selected else None
    if element.get("type") == "checkbox" and name not in ("sectors", "themes"):
        return element.has_attr("checked")
    return element.get("value")


def checked(document, name):
    return [box["value"] for box in document.find_all("input", attrs={"name": name, "checked": True})]


# --- The empty form ---------------------------------------------------------------------


def test_form_renders_with_labels_fieldsets_and_protection(client, index_page, sectors, themes, organisation):
    response = client.get(submit_url(index_page))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    document = soup(response)
    with translation.override("fi"):
        heading = gettext("Submit a deed")
    assert [h1.get_text(strip=True) for h1 in document.find_all("h1")] == [heading]
    assert document.title.get_text().startswith(f"{heading} – ")
    assert document.find(id="error-summary") is None
    assert "Kerro, mitä työpaikallanne tehtiin." in document.find("main").get_text()
    form = document.find("form", method="post")
    assert form["action"] == submit_url(index_page)
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"}) is not None
    token = form.find("input", attrs={"name": "form_token", "type": "hidden"})
    assert check_token(token["value"]) == Token.OK

    # Every control a person fills in has a label.
    controls = form.find_all(["input", "select", "textarea"])
    for control in controls:
        if control.get("type") in ("hidden", "submit"):
            continue
        assert form.find("label", attrs={"for": control["id"]}) is not None, control

    sector_group = form.find("input", attrs={"name": "sectors"}).find_parent("fieldset")
    theme_group = form.find("input", attrs={"name": "themes"}).find_parent("fieldset")
    assert theme_group is not sector_group
    with translation.override("fi"):
        assert sector_group.legend.get_text(" ", strip=True) == f"{gettext('Sectors')} *"
        assert theme_group.legend.get_text(" ", strip=True) == f"{gettext('Themes')} *"
    assert [box["value"] for box in form.find_all("input", attrs={"name": "sectors"})] == [str(s.pk) for s in sectors]

    assert value_of(document, "year") == str(THIS_YEAR)
    assert form.find(attrs={"name": "campaign"}) is None  # no campaigns yet

    # The honeypot is hidden from everyone: not shown, not read out, not reached with the keyboard.
    honeypot = form.find("input", attrs={"name": spam.HONEYPOT_FIELD})
    assert honeypot["tabindex"] == "-1"
    assert honeypot["autocomplete"] == "off"
    assert honeypot.find_parent(attrs={"hidden": True}) is not None
    assert form.find("label", attrs={"for": honeypot["id"]}).get_text(strip=True)
    assert document.find(attrs={"style": True}) is None
    assert document.find("link", rel="canonical")["href"] == f"http://testserver{submit_url(index_page)}"


def test_organisations_are_grouped_by_region_and_only_approved_ones_listed(client, index_page, organisation):
    factories.OrganisationFactory(name="Ähtärin kaupunki", region=Region.ETELA_POHJANMAA)
    factories.OrganisationFactory(name="Alavuden kaupunki", region=Region.ETELA_POHJANMAA)
    factories.OrganisationFactory(name="Odottava kunta", region=Region.PIRKANMAA, is_approved=False)

    select = soup(client.get(submit_url(index_page))).find("select", attrs={"name": "organisation"})

    groups = {
        group["label"]: [option.get_text(strip=True) for option in group.find_all("option")]
        for group in select.find_all("optgroup")
    }
    with translation.override("fi"):  # regions in their official order, names alphabetically (ä after z)
        assert list(groups.items()) == [
            (str(Region.PIRKANMAA.label), ["Tampereen kaupunki"]),
            (str(Region.ETELA_POHJANMAA.label), ["Alavuden kaupunki", "Ähtärin kaupunki"]),
        ]
    assert select.find("option")["value"] == ""
    assert "Odottava kunta" not in select.get_text()


def test_unknown_campaign_is_refused(client, index_page, organisation, sectors, themes):
    factories.CampaignFactory()

    for value in ("999999", "99999999999999999999", "kampanja"):
        response = client.post(submit_url(index_page), valid_data(organisation, sectors, themes, campaign=value))

        assert response.status_code == 200
        assert error_links(soup(response)) == ["#id_campaign"]
    assert Deed.objects.count() == 0


def test_campaigns_are_offered_when_there_are_some(client, index_page):
    campaign = factories.CampaignFactory(name="Hyvä kiertämään")

    select = soup(client.get(submit_url(index_page))).find("select", attrs={"name": "campaign"})

    assert [option["value"] for option in select.find_all("option")] == ["", str(campaign.pk)]


def test_privacy_notice_is_linked_in_the_visitors_language(client, homes):
    notice = factories.StandardPageFactory(parent=homes["fi"], title="Tietosuojaseloste", slug="tietosuoja")
    notice_sv = factories.translate(notice, "sv", title="Dataskyddsbeskrivning", slug="dataskydd")
    finnish = factories.DeedIndexPageFactory(parent=homes["fi"], slug="teot", privacy_notice=notice)
    swedish = factories.translate(finnish, "sv", slug="dader")

    for page, expected in ((finnish, notice.url), (swedish, notice_sv.url)):
        document = soup(client.get(submit_url(page)))
        consent = document.find("input", attrs={"name": "privacy_consent"})
        help_text = document.find(id=consent["aria-describedby"])
        link = help_text.find("a")
        assert link["href"] == expected
        assert not link.has_attr("target")


def test_form_queries_do_not_grow_with_the_choices(client, index_page):
    def make(count):
        for _number in range(count):
            factories.OrganisationFactory()
            factories.SectorFactory()
            factories.ThemeFactory()
            factories.CampaignFactory()

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(submit_url(index_page))
        assert response.status_code == 200
        return len(queries)

    make(5)
    client.get(submit_url(index_page))  # warm Wagtail's site caches
    with_five = count_queries()
    make(45)
    with_fifty = count_queries()

    assert with_five == with_fifty
    document = soup(client.get(submit_url(index_page)))
    assert len(document.find_all("input", attrs={"name": "sectors"})) == 50


# --- A valid submission -------------------------------------------------------------------


def test_valid_submission_with_an_existing_organisation_is_stored_as_a_draft(
    client, index_page, data, organisation, sectors, themes, moderator
):
    response = client.post(submit_url(index_page), data)

    assert response.status_code == 302
    assert response["Location"] == thanks_url(index_page)
    deed = Deed.objects.get()
    assert deed.title == "Kiireetön aamu & yhteiset pelisäännöt"
    assert deed.summary == data["summary"]
    assert (deed.goal, deed.actions, deed.results, deed.tips) == (
        data["goal"],
        data["actions"],
        data["results"],
        data["tips"],
    )
    assert deed.organisation == organisation
    assert deed.unit == "Hervannan koulu"
    assert set(deed.sectors.all()) == set(sectors)
    assert set(deed.themes.all()) == set(themes)
    assert deed.year == THIS_YEAR
    assert deed.campaign is None
    assert (deed.contact_name, deed.contact_email, deed.contact_phone, deed.contact_is_public) == (
        "Kaisa Kehittäjä",
        "kaisa.kehittaja@tampere.fi",
        "040 123 4567",
        True,
    )
    assert (deed.submitter_name, deed.submitter_email, deed.privacy_consent) == (
        "Sanna Lähettäjä",
        "sanna.lahettaja@tampere.fi",
        True,
    )
    assert deed.origin == Deed.Origin.SUBMISSION
    assert deed.locale.language_code == "fi"
    assert deed.slug == "kiireeton-aamu-yhteiset-pelisaannot"
    assert Organisation.objects.count() == 1


def test_submitted_deed_waits_in_moderation_and_is_not_published(client, index_page, data, moderation_workflow):
    client.post(submit_url(index_page), data)

    deed = Deed.objects.get()
    assert not deed.live
    assert deed.first_published_at is None
    assert deed.has_unpublished_changes
    assert deed.latest_revision is not None
    assert not Deed.objects.filter(live=True).exists()
    state = WorkflowState.objects.for_instance(deed).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow == moderation_workflow
    assert state.requested_by is None
    assert state.current_task_state.task.specific.groups.filter(name=MODERATORS_GROUP).exists()
    assert deed.workflow_in_progress


def test_submitted_deed_is_public_only_after_a_moderator_approves_it(
    client, index_page, organisation, sectors, themes, moderator
):
    client.post(submit_url(index_page), valid_data(organisation, sectors, themes, title="Kiireetön aamu"))
    deed = Deed.objects.get()
    detail_url = index_page.deed_url(deed)

    assert client.get(detail_url).status_code == 404
    assert "Kiireetön aamu" not in client.get(index_page.url).text

    moderator_client = Client()
    moderator_client.force_login(moderator)
    task_state = WorkflowState.objects.for_instance(deed).get().current_task_state
    approve_url = reverse("wagtailsnippets_teot_deed:workflow_action", args=[deed.pk, "approve", task_state.pk])
    assert moderator_client.post(approve_url, {"comment": ""}).status_code == 302

    deed.refresh_from_db()
    assert deed.live
    assert client.get(detail_url).status_code == 200
    assert "Kiireetön aamu" in client.get(index_page.url).text


def test_submission_with_a_campaign(client, index_page, organisation, sectors, themes):
    campaign = factories.CampaignFactory()

    client.post(submit_url(index_page), valid_data(organisation, sectors, themes, campaign=str(campaign.pk)))

    assert Deed.objects.get().campaign == campaign


def test_new_organisation_is_created_unapproved_and_not_listed(client, index_page, sectors, themes, moderator):
    data = valid_data(
        None,
        sectors,
        themes,
        new_organisation="  Uusikaupungin   kaupunki ",
        new_organisation_type=Organisation.Type.MUNICIPALITY,
        new_organisation_region=Region.VARSINAIS_SUOMI,
    )

    response = client.post(submit_url(index_page), data)

    assert response.status_code == 302
    organisation = Organisation.objects.get()
    assert organisation.name == "Uusikaupungin kaupunki"
    assert (organisation.type, organisation.region) == (Organisation.Type.MUNICIPALITY, Region.VARSINAIS_SUOMI)
    assert not organisation.is_approved
    assert Deed.objects.get().organisation == organisation
    select = soup(client.get(submit_url(index_page))).find("select", attrs={"name": "organisation"})
    assert "Uusikaupungin kaupunki" not in select.get_text()


def test_typed_organisation_that_exists_is_reused(client, index_page, organisation, sectors, themes):
    data = valid_data(
        None,
        sectors,
        themes,
        new_organisation="tampereen KAUPUNKI",
        new_organisation_type=Organisation.Type.OTHER,
        new_organisation_region=Region.LAPPI,
    )

    client.post(submit_url(index_page), data)

    assert Organisation.objects.count() == 1
    assert Deed.objects.get().organisation == organisation


def test_token_from_the_page_is_accepted(client, index_page, data, settings):
    document = soup(client.get(submit_url(index_page)))
    data["form_token"] = document.find("input", attrs={"name": "form_token"})["value"]

    response = client.post(submit_url(index_page), data)

    assert response.status_code == 302
    assert Deed.objects.count() == 1


def test_thanks_page_confirms_and_links_onwards(client, index_page, data):
    response = client.post(submit_url(index_page), data, follow=True)

    assert response.redirect_chain == [(thanks_url(index_page), 302)]
    assert response.status_code == 200
    document = soup(response)
    assert len(document.find_all("h1")) == 1
    assert document.find(attrs={"role": "status"}).get_text(strip=True)
    links = {link["href"] for link in document.find("main").find_all("a")}
    assert {index_page.url, submit_url(index_page)} <= links
    assert document.find("form", method="post") is None


def test_thanks_page_shows_the_editors_text(client, index_page):
    index_page.submit_thanks = "<p>Kiitos! Teko julkaistaan tarkistuksen jälkeen.</p>"
    index_page.save_revision().publish()

    document = soup(client.get(thanks_url(index_page)))

    assert "Kiitos! Teko julkaistaan tarkistuksen jälkeen." in document.find(attrs={"role": "status"}).get_text()


# --- Emails -----------------------------------------------------------------------------


def test_moderators_get_one_email_with_the_title_and_admin_link(client, index_page, data, moderator):
    client.post(submit_url(index_page), data)

    deed = Deed.objects.get()
    to_moderator = [message for message in mail.outbox if message.to == [moderator.email]]
    assert len(to_moderator) == 1
    message = to_moderator[0]
    assert deed.title in message.subject
    assert f"http://testserver{reverse('wagtailsnippets_teot_deed:edit', args=[deed.pk])}" in message.body
    task = deed.current_workflow_task
    preview = reverse("wagtailsnippets_teot_deed:workflow_preview", args=[deed.pk, task.pk])
    assert f"http://testserver{preview}" in message.body  # Wagtail's own template leaves this link empty
    assert "sanna.lahettaja@tampere.fi" not in message.body


def test_submitter_gets_a_confirmation_in_their_language(client, index_page, data, moderator):
    client.post(submit_url(index_page), data)

    to_submitter = [message for message in mail.outbox if message.to == ["sanna.lahettaja@tampere.fi"]]
    assert len(to_submitter) == 1
    message = to_submitter[0]
    with translation.override("fi"):
        assert message.subject == gettext("We have received your deed – Tekojen tori")
        assert gettext("Browse the published deeds:") in message.body
    assert "Sanna Lähettäjä" in message.body  # plain text: nothing escaped
    assert "&amp;" not in message.body and "&#x27;" not in message.body
    # Nothing else the submitter wrote: the form must not relay a stranger's text to any address.
    for name in ("title", "summary", "goal", "actions", "results", "tips", "unit"):
        assert data[name] not in message.body, name
    assert f"http://testserver{index_page.url}" in message.body
    assert "/admin/" not in message.body
    assert "kaisa.kehittaja@tampere.fi" not in message.body
    assert message.alternatives == []
    assert len(mail.outbox) == 2  # the moderator's and the submitter's, nothing else


def test_without_a_moderation_task_the_deed_stays_a_draft_and_moderators_get_our_email(
    client, index_page, sectors, themes, moderator, moderation_workflow
):
    WorkflowTask.objects.filter(workflow=moderation_workflow).delete()
    data = valid_data(
        None,
        sectors,
        themes,
        new_organisation="Uusi hyvinvointialue",
        new_organisation_type=Organisation.Type.WELLBEING_COUNTY,
        new_organisation_region=Region.KAINUU,
    )

    response = client.post(submit_url(index_page), data)

    assert response.status_code == 302
    deed = Deed.objects.get()
    assert not deed.live
    assert not Deed.objects.filter(live=True).exists()
    assert not WorkflowState.objects.for_instance(deed).exists()
    to_moderator = [message for message in mail.outbox if message.to == [moderator.email]]
    assert len(to_moderator) == 1
    body = to_moderator[0].body
    assert "Kiireetön aamu & yhteiset pelisäännöt" in body
    assert "Uusi hyvinvointialue" in body
    with translation.override("fi"):
        assert gettext("The organisation is new: approve it too.") in body
    assert f"http://testserver{reverse('wagtailsnippets_teot_deed:edit', args=[deed.pk])}" in body
    assert "sanna.lahettaja@tampere.fi" not in body


def test_without_any_workflow_the_deed_is_still_saved(client, index_page, data, moderator):
    WorkflowContentType.objects.all().delete()

    response = client.post(submit_url(index_page), data)

    assert response.status_code == 302
    assert not Deed.objects.get().live
    assert len([message for message in mail.outbox if message.to == [moderator.email]]) == 1


# --- Invalid submissions ------------------------------------------------------------------

INVALID_CASES = {
    "no title": ({"title": ""}, ["#id_title"]),
    "no summary": ({"summary": None}, ["#id_summary"]),
    "no goal": ({"goal": "   "}, ["#id_goal"]),
    "no actions": ({"actions": ""}, ["#id_actions"]),
    "no results": ({"results": ""}, ["#id_results"]),
    "no sector": ({"sectors": None}, ["#id_sectors_0"]),
    "no theme": ({"themes": []}, ["#id_themes_0"]),
    "no year": ({"year": ""}, ["#id_year"]),
    "year too early": ({"year": "1989"}, ["#id_year"]),
    "year too late": ({"year": str(THIS_YEAR + 2)}, ["#id_year"]),
    "year not a number": ({"year": "viime vuonna"}, ["#id_year"]),
    "no submitter name": ({"submitter_name": ""}, ["#id_submitter_name"]),
    "no submitter email": ({"submitter_email": ""}, ["#id_submitter_email"]),
    "bad submitter email": ({"submitter_email": "sanna@"}, ["#id_submitter_email"]),
    "bad contact email": ({"contact_email": "ei osoite"}, ["#id_contact_email"]),
    "no consent": ({"privacy_consent": None}, ["#id_privacy_consent"]),
    "public contact without name and email": (
        {"contact_name": "", "contact_email": "", "contact_is_public": "on"},
        ["#id_contact_name", "#id_contact_email"],
    ),
    "neither organisation": ({"organisation": ""}, ["#id_organisation"]),
    "both organisations": (
        {
            "new_organisation": "Uusi kunta",
            "new_organisation_type": Organisation.Type.MUNICIPALITY,
            "new_organisation_region": Region.KAINUU,
        },
        ["#id_organisation"],
    ),
    "new organisation without type and region": (
        {"organisation": "", "new_organisation": "Uusi kunta"},
        ["#id_new_organisation_type", "#id_new_organisation_region"],
    ),
    "organisation not a number": ({"organisation": "kunta"}, ["#id_organisation"]),
    "unknown campaign": ({"campaign": "999999"}, []),  # no campaigns: the field is not there, value ignored
    "sector not a number": ({"sectors": ["toimiala"]}, ["#id_sectors_0"]),
    "sector id out of range": ({"sectors": ["99999999999999999999"]}, ["#id_sectors_0"]),
    "theme id out of range": ({"themes": ["-99999999999999999999"]}, ["#id_themes_0"]),
    "organisation id out of range": ({"organisation": "99999999999999999999"}, ["#id_organisation"]),
    "title too long": ({"title": "x" * 201}, ["#id_title"]),
}


@pytest.mark.parametrize(("changes", "expected_links"), INVALID_CASES.values(), ids=INVALID_CASES.keys())
def test_invalid_submission_explains_every_error_and_stores_nothing(
    client, index_page, organisation, sectors, themes, moderator, changes, expected_links
):
    response = client.post(submit_url(index_page), valid_data(organisation, sectors, themes, **changes))

    if not expected_links:  # a value for a field that is not offered is ignored
        assert response.status_code == 302
        return
    assert response.status_code == 200
    assert Deed.objects.count() == 0
    assert Organisation.objects.count() == 1
    assert mail.outbox == []
    document = soup(response)
    assert document.title.get_text().startswith(f"{ERROR}: ")
    assert error_links(document) == expected_links
    for link in expected_links:
        target = document.find(id=link[1:])
        assert target is not None, link
        assert target.get("aria-invalid") == "true", link
        field_error = document.find(id=f"{link[1:].removesuffix('_0')}_error")
        assert field_error is not None and field_error.get_text(strip=True), link


def test_organisation_awaiting_approval_cannot_be_picked(client, index_page, sectors, themes):
    waiting = factories.OrganisationFactory(name="Odottava kunta", is_approved=False)

    response = client.post(submit_url(index_page), valid_data(waiting, sectors, themes))

    assert response.status_code == 200
    assert error_links(soup(response)) == ["#id_organisation"]
    assert Deed.objects.count() == 0


def test_sector_from_another_language_is_refused(client, index_page, organisation, sectors, themes):
    swedish_sector = factories.translate_snippet(sectors[0], "sv", name="Undervisning", slug="undervisning")

    response = client.post(submit_url(index_page), valid_data(organisation, [sectors[1], swedish_sector], themes))

    assert response.status_code == 200
    assert error_links(soup(response)) == ["#id_sectors_0"]
    assert Deed.objects.count() == 0


def test_everything_typed_is_kept_on_an_error(client, index_page, organisation, sectors, themes):
    campaign = factories.CampaignFactory()
    data = valid_data(organisation, sectors[1:], themes[:1], title="", campaign=str(campaign.pk), tips="Rivi 1\nRivi 2")

    document = soup(client.post(submit_url(index_page), data))

    for name in (
        "summary",
        "goal",
        "actions",
        "results",
        "unit",
        "year",
        "contact_name",
        "contact_email",
        "contact_phone",
        "submitter_name",
        "submitter_email",
    ):
        assert value_of(document, name) == data[name], name
    assert value_of(document, "tips").replace("\r\n", "\n") == "Rivi 1\nRivi 2"
    assert value_of(document, "title") in (None, "")
    assert value_of(document, "organisation") == str(organisation.pk)
    assert value_of(document, "campaign") == str(campaign.pk)
    assert checked(document, "sectors") == [str(sectors[1].pk)]
    assert checked(document, "themes") == [str(themes[0].pk)]
    assert value_of(document, "contact_is_public") is True
    assert value_of(document, "privacy_consent") is True
    assert document.find("input", attrs={"name": "form_token"})["value"] == data["form_token"]


def test_typed_new_organisation_is_kept_on_an_error(client, index_page, organisation, sectors, themes):
    data = valid_data(
        organisation,
        sectors,
        themes,
        new_organisation="Uusi kuntayhtymä",
        new_organisation_type=Organisation.Type.JOINT_AUTHORITY,
        new_organisation_region=Region.LAPPI,
    )

    document = soup(client.post(submit_url(index_page), data))

    assert error_links(document) == ["#id_organisation"]
    assert value_of(document, "organisation") == str(organisation.pk)
    assert value_of(document, "new_organisation") == "Uusi kuntayhtymä"
    assert value_of(document, "new_organisation_type") == Organisation.Type.JOINT_AUTHORITY
    assert value_of(document, "new_organisation_region") == Region.LAPPI
    assert Organisation.objects.count() == 1


def test_empty_post_is_answered_with_errors_not_a_crash(client, index_page):
    response = client.post(submit_url(index_page), {})

    assert response.status_code == 200
    links = error_links(soup(response))
    assert "#id_title" in links and "#id_privacy_consent" in links


def test_other_methods_are_refused(client, index_page):
    assert client.put(submit_url(index_page)).status_code == 405
    assert client.post(thanks_url(index_page)).status_code == 405


# --- Spam resistance ----------------------------------------------------------------------


def test_filled_honeypot_pretends_success_but_stores_and_sends_nothing(client, index_page, sectors, themes, moderator):
    data = valid_data(
        None,
        sectors,
        themes,
        new_organisation="Roskapostin kunta",
        new_organisation_type=Organisation.Type.OTHER,
        new_organisation_region=Region.UUSIMAA,
        website="https://halpaa.example.com",
    )

    response = client.post(submit_url(index_page), data)

    assert response.status_code == 302
    assert response["Location"] == thanks_url(index_page)
    assert Deed.objects.count() == 0
    assert Organisation.objects.count() == 0
    assert mail.outbox == []


def test_too_fast_submission_is_sent_back_with_a_fresh_timestamp(client, index_page, data, settings):
    settings.TEOT_SUBMISSION_MIN_SECONDS = 60

    response = client.post(submit_url(index_page), data)

    assert response.status_code == 200
    assert Deed.objects.count() == 0
    assert mail.outbox == []
    document = soup(response)
    assert error_links(document) == []  # a message about the whole form, not a field
    assert summary_text(document)
    assert document.title.get_text().startswith(f"{ERROR}: ")
    assert value_of(document, "title") == data["title"]
    fresh = document.find("input", attrs={"name": "form_token"})["value"]
    assert fresh != data["form_token"]
    assert check_token(fresh) == Token.TOO_FAST


def test_submission_after_the_minimum_time_is_accepted(client, index_page, data, settings):
    settings.TEOT_SUBMISSION_MIN_SECONDS = 3
    data["form_token"] = issue_token(time.time() - 4)

    assert client.post(submit_url(index_page), data).status_code == 302


@pytest.mark.parametrize(
    "token",
    [
        None,
        "",
        "roskaa",
        "tampered",
        "expired",
        "future",
        "other-salt",
        "not-a-time",
        "old-style",
        "other-visitor",
    ],
)
def test_missing_tampered_or_expired_timestamp_is_refused(client, index_page, data, token):
    tokens = {
        "tampered": issue_token()[:-2] + "xx",
        "expired": issue_token(time.time() - 2 * 24 * 60 * 60),
        "future": issue_token(time.time() + 3600),
        "other-salt": signing.dumps(time.time()),
        "not-a-time": signing.dumps({"t": "eilen", "n": "x", "v": "y"}, salt=spam.GUARD.salt),
        "old-style": signing.dumps(time.time(), salt=spam.GUARD.salt),  # a timestamp without nonce or visitor
        "other-visitor": issue_token(visitor="toinenvierailijatoinen0123456789"),
    }
    if token is None:
        del data["form_token"]
    else:
        data["form_token"] = tokens.get(token, token)

    response = client.post(submit_url(index_page), data)

    assert response.status_code == 200
    assert Deed.objects.count() == 0
    document = soup(response)
    assert error_links(document) == []
    assert summary_text(document)
    fresh = document.find("input", attrs={"name": "form_token"})["value"]
    assert check_token(fresh) != Token.INVALID
    with translation.override("fi"):
        assert str(TOKEN_MESSAGES[Token.INVALID]) in summary_text(document)
    assert value_of(document, "submitter_email") == data["submitter_email"]


def test_rate_limit_answers_429_and_keeps_what_was_typed(client, index_page, data, settings):
    settings.TEOT_SUBMISSION_RATE_LIMIT = (2, 3600)
    url = submit_url(index_page)
    invalid = {**data, "title": ""}

    assert client.post(url, invalid).status_code == 200
    assert client.post(url, data).status_code == 302
    response = client.post(url, {**data, "title": "Kolmas teko"})

    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 3600
    assert Deed.objects.count() == 1
    document = soup(response)
    assert len(document.find_all("h1")) == 1
    assert summary_text(document)
    assert error_links(document) == []
    assert value_of(document, "title") == "Kolmas teko"
    assert client.get(url).status_code == 200  # reading the form is not limited
    another = {**data, "form_token": issue_token()}  # the form's token was used up by the deed stored
    assert client.post(url, another, REMOTE_ADDR="10.1.2.3").status_code == 302  # another client


def test_rate_limit_ignores_forwarded_for_unless_told_to_trust_it(client, index_page, data, settings):
    settings.TEOT_SUBMISSION_RATE_LIMIT = (1, 3600)
    url = submit_url(index_page)
    invalid = {**data, "title": ""}

    assert client.post(url, invalid, HTTP_X_FORWARDED_FOR="10.0.0.1").status_code == 200
    assert client.post(url, invalid, HTTP_X_FORWARDED_FOR="10.0.0.2").status_code == 429

    settings.TRUST_X_FORWARDED_FOR = True
    assert client.post(url, invalid, HTTP_X_FORWARDED_FOR="10.0.0.3").status_code == 200
    assert client.post(url, invalid, HTTP_X_FORWARDED_FOR="1.1.1.1, 10.0.0.3").status_code == 429


def test_post_without_csrf_token_is_forbidden(index_page, data):
    csrf_client = Client(enforce_csrf_checks=True)

    response = csrf_client.post(submit_url(index_page), data)

    assert response.status_code == 403
    assert Deed.objects.count() == 0


def test_post_with_the_pages_csrf_token_goes_through(index_page, data):
    csrf_client = Client(enforce_csrf_checks=True)
    document = soup(csrf_client.get(submit_url(index_page)))
    data["csrfmiddlewaretoken"] = document.find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    data["form_token"] = document.find("input", attrs={"name": "form_token"})["value"]

    assert csrf_client.post(submit_url(index_page), data).status_code == 302
    assert Deed.objects.count() == 1


# --- Swedish ------------------------------------------------------------------------------


def test_swedish_form_creates_a_swedish_deed_with_swedish_terms(
    client, homes, organisation, sectors, themes, moderator
):
    finnish = factories.DeedIndexPageFactory(parent=homes["fi"], title="Tekojen tori", slug="teot")
    swedish = factories.translate(finnish, "sv", title="Dådtorget", slug="dader")
    sector_sv = factories.translate_snippet(sectors[0], "sv", name="Undervisning och fostran", slug="undervisning")
    theme_sv = factories.translate_snippet(themes[0], "sv", name="Arbetshälsa", slug="arbetshalsa")

    page = soup(client.get(submit_url(swedish)))
    assert [box["value"] for box in page.find_all("input", attrs={"name": "sectors"})] == [str(sector_sv.pk)]
    assert page.html["lang"] == "sv"

    refused = client.post(submit_url(swedish), valid_data(organisation, [sectors[0]], [theme_sv]))
    assert refused.status_code == 200
    assert error_links(soup(refused)) == ["#id_sectors_0"]

    response = client.post(submit_url(swedish), valid_data(organisation, [sector_sv], [theme_sv]))

    assert response.status_code == 302
    assert response["Location"] == thanks_url(swedish)
    deed = Deed.objects.get()
    assert deed.locale.language_code == "sv"
    assert list(deed.sectors.all()) == [sector_sv]
    assert list(deed.themes.all()) == [theme_sv]
    assert not deed.live
    to_moderator = [message for message in mail.outbox if message.to == [moderator.email]]
    assert len(to_moderator) == 1
    assert "Hei moderaattori," in to_moderator[0].body  # Wagtail's text, in the admin's default language
    message = next(message for message in mail.outbox if message.to == ["sanna.lahettaja@tampere.fi"])
    with translation.override("sv"):
        assert message.subject == gettext("We have received your deed – Tekojen tori")
        assert gettext("Browse the published deeds:") in message.body
    assert f"http://testserver{swedish.url}" in message.body
