"""An organisation typed in the public deed form stays private until a moderator approves it.

The deed itself may be published: visitors see it without its organisation (the region stays, it is
one of a fixed list). Approving the organisation names it everywhere at once, and the deed's admin
form offers to approve it in the same step as the deed.
"""

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.models import Workflow, WorkflowState

from teot.models import Organisation
from teot.moderation import MODERATORS_GROUP, WORKFLOW_NAME
from teot.regions import Region
from tests import factories
from tests.admin_forms import deed_admin_form
from tests.utils import soup

pytestmark = pytest.mark.django_db

NEW_NAME = "Ostoskeskus Huijari Oy"  # what a submitter typed
NEW_NAME_SV = "Köpcentret Bluff Ab"
KNOWN_NAME = "Limingan kunta"


def fi(text):
    """The Finnish of a UI string, as the /fi/ pages show it (English until it is translated)."""
    with translation.override("fi"):
        return translation.gettext(text)


@pytest.fixture
def site(homes, media_root, settings, tmp_path):
    """A marketplace, a gala and two live deeds sharing a campaign, sector and theme: one by an approved
    organisation, one by an organisation a submitter typed in, not yet approved."""
    settings.OPEN_DATA_DIR = tmp_path / "open-data"
    index = factories.DeedIndexPageFactory(parent=homes["fi"], title="Tekojen tori", slug="teot")
    campaign = factories.CampaignFactory(name="Hyvä kiertämään", slug="hyva-kiertamaan")
    sector = factories.SectorFactory(name="Opetus ja kasvatus", slug="opetus")
    theme = factories.ThemeFactory(name="Yhdessä kehittäminen", slug="yhdessa")
    known = factories.OrganisationFactory(name=KNOWN_NAME, region=Region.POHJOIS_POHJANMAA)
    new = factories.OrganisationFactory(
        name=NEW_NAME, name_sv=NEW_NAME_SV, region=Region.PIRKANMAA, municipality_code="837", is_approved=False
    )
    shared = {"campaign": campaign, "sectors": [sector], "themes": [theme], "year": 2022}
    known_deed = factories.DeedFactory(title="Lukupiiri", slug="lukupiiri", organisation=known, **shared)
    new_deed = factories.DeedFactory(title="Kiertävä kahvila", slug="kiertava-kahvila", organisation=new, **shared)
    gala_index = factories.GalaIndexPageFactory(parent=homes["fi"], title="Gaala", slug="gaala")
    gala = factories.GalaPageFactory(parent=gala_index, title="Gaala 2022", slug="gaala-2022")
    factories.AwardFactory(page=gala, deed=new_deed)
    return {"index": index, "gala": gala, "new": new, "new_deed": new_deed, "known_deed": known_deed}


def public_surfaces(site):
    """``{name: url}`` of every public page and file that shows deeds with their organisation."""
    index = site["index"]
    return {
        "deed page": index.deed_url(site["new_deed"]),
        "related deeds": index.deed_url(site["known_deed"]),
        "listing": index.url,
        "listing by organisation": index.url + f"?organisation={site['new'].pk}",
        "home page": site["index"].get_parent().url,
        "gala": site["gala"].url,
        "statistics": index.url + index.reverse_subpage("statistics"),
        "leaderboard csv": index.url + index.reverse_subpage("statistics_csv", kwargs={"table": "leaderboard"}),
        "open data csv": index.url + index.reverse_subpage("open_data_file", kwargs={"file_format": "csv"}),
        "open data json": index.url + index.reverse_subpage("open_data_file", kwargs={"file_format": "json"}),
        "site search": reverse("search") + "?q=kiertävä+kahvila",
    }


def body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8")


def fetch_all(client, site):
    pages = {}
    for name, url in public_surfaces(site).items():
        response = client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        pages[name] = body(response)
    return pages


def json_ld(html):
    """The deed's own JSON-LD (the page also has its BreadcrumbList)."""
    blocks = [json.loads(script.string) for script in soup_of(html).find_all("script", type="application/ld+json")]
    articles = [block for block in blocks if block["@type"] == "Article"]
    assert len(articles) == 1
    return articles[0]


def soup_of(html):
    """Parsed HTML of a body kept as text (``tests.utils.soup`` reads responses)."""
    return BeautifulSoup(html, "html.parser")


def organisation_options(html):
    return {box["value"] for box in soup_of(html).find_all("input", attrs={"type": "checkbox", "name": "organisation"})}


def card_meta(html, title):
    for card in soup_of(html).select(".card"):
        if card.select_one(".card__title").get_text(strip=True) == title:
            return card.select_one(".card__meta").get_text(" ", strip=True)
    raise AssertionError(f"no card for {title}")


def open_data_row(pages, title):
    rows = list(csv.DictReader(io.StringIO(pages["open data csv"].removeprefix("\ufeff"))))
    (row,) = [row for row in rows if row["title"] == title]
    (item,) = [item for item in json.loads(pages["open data json"])["deeds"] if item["title"] == title]
    return row, item


# --- Public surfaces ----------------------------------------------------------------------------


def test_an_unapproved_organisation_is_named_on_no_public_surface(client, site):
    pages = fetch_all(client, site)

    for name, html in pages.items():
        assert NEW_NAME not in html, name
        assert NEW_NAME_SV not in html, name
    assert KNOWN_NAME in pages["related deeds"]  # the surfaces do name approved organisations

    # The deed is public, without its organisation: the page says why, the region stays.
    facts = soup_of(pages["deed page"]).select_one(".deed__facts").get_text(" ", strip=True)
    assert fi("Shown once a moderator has approved it") in facts
    with translation.override("fi"):
        region = str(Region.PIRKANMAA.label)
    assert region in facts
    assert "author" not in json_ld(pages["deed page"])
    assert card_meta(pages["listing"], "Kiertävä kahvila") == f"{region} 2022"
    assert card_meta(pages["related deeds"], "Kiertävä kahvila") == f"{region} 2022"

    # Not offered as a filter, and a filter by its id is dropped: the listing shows every deed.
    assert str(site["new"].pk) not in organisation_options(pages["listing"])
    assert "Kiertävä kahvila" in pages["listing by organisation"]
    assert "Lukupiiri" in pages["listing by organisation"]

    row, item = open_data_row(pages, "Kiertävä kahvila")
    assert (row["organisation"], row["municipality_code"], row["region"]) == ("", "", region)
    assert (item["organisation"], item["municipality_code"], item["region"]) == (None, None, region)

    # Nor is the deed found by the organisation's name.
    deed_url = site["index"].deed_url(site["new_deed"])
    assert deed_url in pages["site search"]
    assert deed_url not in body(client.get(reverse("search") + "?q=Huijari"))
    assert "Kiertävä kahvila" not in body(client.get(site["index"].url + "?q=Huijari"))


def test_approving_the_organisation_names_it_everywhere_at_once(client, editor_client, site):
    fetch_all(client, site)  # every cache and kept file filled while the organisation waits
    new = site["new"]

    response = editor_client.post(
        reverse("wagtailsnippets_teot_organisation:edit", args=[new.pk]),
        {"name": NEW_NAME, "name_sv": NEW_NAME_SV, "type": new.type, "region": new.region,
         "municipality_code": "837", "is_approved": "on"},
    )  # fmt: skip
    assert response.status_code == 302
    new.refresh_from_db()
    assert new.is_approved

    client.logout()
    pages = fetch_all(client, site)
    for name in ("deed page", "related deeds", "listing", "home page", "gala", "statistics", "leaderboard csv"):
        assert NEW_NAME in pages[name], name
    assert json_ld(pages["deed page"])["author"] == {"@type": "Organization", "name": NEW_NAME}
    assert card_meta(pages["listing"], "Kiertävä kahvila").startswith(NEW_NAME)
    assert str(new.pk) in organisation_options(pages["listing"])
    assert "Lukupiiri" not in soup_of(pages["listing by organisation"]).find(id="results").get_text()
    row, item = open_data_row(pages, "Kiertävä kahvila")
    assert (row["organisation"], row["municipality_code"]) == (NEW_NAME, "837")
    assert (item["organisation"], item["municipality_code"]) == (NEW_NAME, "837")
    search_hits = soup_of(pages["site search"]).find("main").get_text(" ", strip=True)
    assert NEW_NAME in search_hits
    assert site["index"].deed_url(site["new_deed"]) in body(client.get(reverse("search") + "?q=Huijari"))
    assert "Kiertävä kahvila" in body(client.get(site["index"].url + "?q=Huijari"))


# --- The moderator's offer ---------------------------------------------------------------------


def edit_url(deed):
    return reverse("wagtailsnippets_teot_deed:edit", args=[deed.pk])


@pytest.fixture
def submitted(locales):
    """A deed sent through the public form with an organisation typed in: a draft in moderation."""
    new = factories.OrganisationFactory(name=NEW_NAME, region=Region.PIRKANMAA, is_approved=False)
    deed = factories.DeedFactory(title="Kiertävä kahvila", slug="kiertava-kahvila", organisation=new, live=False)
    deed.save_revision()
    Workflow.objects.get(name=WORKFLOW_NAME).start(deed, user=None)
    return deed


@pytest.fixture
def moderator(django_user_model, locales):
    user = django_user_model.objects.create_user("moderaattori", "moderaattori@example.fi", "salasana")
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


def offer(response):
    """The checkbox offering to approve the organisation, with its label and help text, or None."""
    document = soup(response)
    box = document.find("input", attrs={"name": "approve_organisation"})
    if box is None:
        return None
    label = document.find("label", attrs={"for": box["id"]})
    help_text = box.find_parent(attrs={"data-field": True}) or box.find_parent("div")
    return {"label": label.get_text(" ", strip=True), "text": help_text.get_text(" ", strip=True), "box": box}


def test_the_moderator_sees_the_offer_to_approve_the_new_organisation(client, moderator, submitted):
    client.force_login(moderator)

    shown = offer(client.get(edit_url(submitted)))

    assert shown is not None
    assert NEW_NAME in shown["label"]
    organisation_edit = reverse("wagtailsnippets_teot_organisation:edit", args=[submitted.organisation_id])
    assert soup(client.get(edit_url(submitted))).find("a", href=organisation_edit) is not None
    assert not shown["box"].has_attr("checked")


@pytest.mark.parametrize("ticked", [True, False], ids=["ticked", "not-ticked"])
def test_approving_the_deed_in_the_workflow_approves_the_organisation_only_when_ticked(
    client, moderator, submitted, ticked
):
    client.force_login(moderator)
    data = {**deed_admin_form(submitted), "action-workflow-action": "true", "workflow-action-name": "approve"}
    if ticked:
        data["approve_organisation"] = "on"

    response = client.post(edit_url(submitted), data)

    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.live
    assert WorkflowState.objects.get(object_id=str(submitted.pk)).status == WorkflowState.STATUS_APPROVED
    assert Organisation.objects.get(pk=submitted.organisation_id).is_approved is ticked


@pytest.mark.parametrize("ticked", [True, False], ids=["ticked", "not-ticked"])
def test_publishing_the_deed_approves_the_organisation_only_when_ticked(editor_client, submitted, ticked):
    data = {**deed_admin_form(submitted), "action-publish": "publish"}
    if ticked:
        data["approve_organisation"] = "on"

    response = editor_client.post(edit_url(submitted), data)

    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.live
    assert Organisation.objects.get(pk=submitted.organisation_id).is_approved is ticked


def test_no_offer_once_the_organisation_is_approved(editor_client, submitted):
    Organisation.objects.filter(pk=submitted.organisation_id).update(is_approved=True)

    assert offer(editor_client.get(edit_url(submitted))) is None


def test_no_offer_to_an_editor_who_may_not_change_organisations(client, django_user_model, submitted):
    editor = django_user_model.objects.create_user("toimittaja", "toimittaja@example.fi", "salasana")
    group = Group.objects.create(name="Deed editors")
    group.permissions.add(*Group.objects.get(name=MODERATORS_GROUP).permissions.exclude(codename="change_organisation"))
    editor.groups.add(group)
    client.force_login(editor)
    response = client.get(edit_url(submitted))
    assert response.status_code == 200
    assert offer(response) is None

    # Out of moderation (not locked to the moderators), the editor publishes: a forged tick approves nothing.
    submitted.current_workflow_state.cancel(user=None)
    data = {**deed_admin_form(submitted), "approve_organisation": "on", "action-publish": "publish"}
    assert client.post(edit_url(submitted), data).status_code == 302
    submitted.refresh_from_db()
    assert submitted.live
    assert not Organisation.objects.get(pk=submitted.organisation_id).is_approved


def test_a_ticked_offer_for_an_organisation_the_moderator_replaced_approves_nothing(editor_client, submitted):
    known = factories.OrganisationFactory(name=KNOWN_NAME)
    data = {
        **deed_admin_form(submitted, organisation=known),
        "approve_organisation": "on",
        "action-publish": "publish",
    }

    assert editor_client.post(edit_url(submitted), data).status_code == 302

    submitted.refresh_from_db()
    assert submitted.organisation_id == known.pk
    assert not Organisation.objects.get(name=NEW_NAME).is_approved
