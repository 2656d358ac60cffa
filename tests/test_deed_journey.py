"""The whole journey: a visitor submits a deed, a moderator approves it in the
admin, and it then shows in the listing, its filters, the statistics and the
open data — and nowhere before the approval."""

import csv
import io
import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from teot.models import Deed
from teot.moderation import MODERATORS_GROUP
from teot.regions import Region
from tests import factories
from tests.utils import soup

TITLE = "Kiireetön aamu & yhteiset pelisäännöt"


@pytest.fixture
def index_page(home_page):
    return factories.DeedIndexPageFactory(parent=home_page, slug="teot")


def submission(form_token, organisation, sector, theme):
    return {
        "form_token": form_token,
        "title": TITLE,
        "summary": "Työyhteisö sopi, että aamun ensimmäinen tunti on rauhoitettu.",
        "goal": "Haluttiin vähentää kiirettä.",
        "actions": "Sovittiin pelisäännöistä yhdessä.",
        "results": "Kiire väheni.",
        "organisation": str(organisation.pk),
        "sectors": [str(sector.pk)],
        "themes": [str(theme.pk)],
        "year": "2026",
        "submitter_name": "Sanna Lähettäjä",
        "submitter_email": "sanna.lahettaja@tampere.fi",
        "privacy_consent": "on",
        "website": "",
    }


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moderaattori", "moderaattori@tekojentori.fi", "salasana")
    Group.objects.get(name=MODERATORS_GROUP).user_set.add(user)
    return user


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def visible_everywhere(client, page, sector):
    """Where a visitor could meet the deed: listing, its sector filter, statistics, open data."""
    listing = client.get(page.url).content.decode()
    filtered = client.get(page.url, {"sector": sector.slug}).content.decode()
    statistics = soup(client.get(page.url + page.reverse_subpage("statistics")))
    sector_counts = {
        row.th.get_text(strip=True): row.td.get_text(strip=True) for row in statistics.select("tr") if row.th and row.td
    }
    csv_response = client.get(page.url + page.reverse_subpage("open_data_file", args=["csv"]))
    rows = list(csv.reader(io.StringIO(body(csv_response).decode("utf-8-sig"))))
    deeds = json.loads(body(client.get(page.url + page.reverse_subpage("open_data_file", args=["json"]))))
    return {
        "listing": "Kiireetön aamu &amp; yhteiset pelisäännöt" in listing,
        "filter": "Kiireetön aamu &amp; yhteiset pelisäännöt" in filtered,
        "statistics": sector_counts.get(sector.name) == "1",
        "csv": any(TITLE in row for row in rows),
        "json": any(deed["title"] == TITLE for deed in deeds["deeds"]),
    }


def test_submitted_deed_appears_everywhere_once_a_moderator_approves_it(client, settings, index_page, moderator):
    settings.TEOT_SUBMISSION_MIN_SECONDS = 0
    sector = factories.SectorFactory(name="Opetus ja kasvatus", slug="opetus")
    theme = factories.ThemeFactory()
    organisation = factories.OrganisationFactory(name="Tampereen kaupunki", region=Region.PIRKANMAA)

    submit_url = index_page.url + index_page.reverse_subpage("submit")
    form_token = soup(client.get(submit_url)).find("input", attrs={"name": "form_token"})["value"]
    response = client.post(submit_url, submission(form_token, organisation, sector, theme))
    assert response.status_code == 302
    deed = Deed.objects.get(title=TITLE)
    assert not deed.live
    assert not any(visible_everywhere(client, index_page, sector).values())

    moderator_client = type(client)()
    moderator_client.force_login(moderator)
    edit_url = reverse("wagtailsnippets_teot_deed:edit", args=[deed.pk])
    assert moderator_client.get(edit_url).status_code == 200
    task_state = deed.current_workflow_task_state
    approve_url = reverse("wagtailsnippets_teot_deed:workflow_action", args=[deed.pk, "approve", task_state.pk])
    response = moderator_client.post(approve_url, {"comment": "Hieno teko!"})
    assert response.status_code in (200, 302)

    deed.refresh_from_db()
    assert deed.live
    assert visible_everywhere(client, index_page, sector) == {
        "listing": True,
        "filter": True,
        "statistics": True,
        "csv": True,
        "json": True,
    }
    detail = client.get(index_page.deed_url(deed)).content.decode()
    assert "sanna.lahettaja@tampere.fi" not in detail  # the submitter stays private
