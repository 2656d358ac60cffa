"""A link may fill in the deed form's organisation and themes: the coaching feedback's "report the result as a
deed" does, in the applicant's language; anything the form does not offer is left out."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sparraus import feedback
from sparraus.models import CoachingApplication
from tests import factories
from tests.utils import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def marketplaces(homes):
    finnish = factories.DeedIndexPageFactory(parent=homes["fi"], title="Tekojen tori", slug="teot")
    return {
        "fi": finnish,
        "sv": factories.translate(finnish, "sv", title="Gärningarnas torg", slug="garningar"),
        "en": factories.translate(finnish, "en", title="Deed marketplace", slug="deeds"),
    }


@pytest.fixture
def terms(locales):
    wellbeing = factories.ThemeFactory(name="Työhyvinvointi", slug="tyohyvinvointi")
    leadership = factories.ThemeFactory(name="Johtaminen", slug="johtaminen")
    factories.ThemeFactory(name="Osallisuus", slug="osallisuus")
    return {
        "wellbeing": wellbeing,
        "leadership": leadership,
        "wellbeing_sv": factories.translate_snippet(wellbeing, "sv", name="Arbetshälsa", slug="arbetshalsa"),
        "leadership_sv": factories.translate_snippet(leadership, "sv", name="Ledarskap", slug="ledarskap"),
        "sector": factories.SectorFactory(name="Opetus ja kasvatus", slug="opetus"),
    }


@pytest.fixture
def organisations(db):
    return {
        "approved": factories.OrganisationFactory(name="Espoon kaupunki", is_approved=True),
        "waiting": factories.OrganisationFactory(name="Uusikylän kuntayhtymä", is_approved=False),
    }


def submit_url(page):
    return page.url + page.reverse_subpage("submit")


def chosen(response):
    """The organisation selected and the themes ticked in the deed form."""
    document = soup(response)
    selected = document.select("select[name=organisation] option[selected]")
    return (
        [option["value"] for option in selected if option["value"]],  # not "Choose from the list"
        sorted(box["value"] for box in document.select("input[name=themes][checked]")),
    )


def test_a_link_fills_in_the_organisation_and_themes(client, marketplaces, terms, organisations):
    themes = [terms["wellbeing"].pk, terms["leadership"].pk]
    response = client.get(
        submit_url(marketplaces["fi"]), {"organisation": organisations["approved"].pk, "themes": themes}
    )

    assert response.status_code == 200
    assert chosen(response) == ([str(organisations["approved"].pk)], sorted(str(pk) for pk in themes))
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_the_form_offers_nothing_else(client, marketplaces, terms, organisations):
    """An organisation waiting for approval, a theme of another language and ids that are no ids are left out."""
    response = client.get(
        submit_url(marketplaces["fi"]),
        {
            "organisation": organisations["waiting"].pk,
            "themes": [terms["wellbeing_sv"].pk, "abc", "²", "9" * 40, f"{terms['leadership'].pk}"],
        },
    )

    assert response.status_code == 200
    assert chosen(response) == ([], [str(terms["leadership"].pk)])
    for junk in ({"organisation": "1 OR 1=1"}, {"organisation": "9" * 40}, {"themes": "-1"}):
        response = client.get(submit_url(marketplaces["fi"]), junk)
        assert response.status_code == 200 and chosen(response) == ([], [])


def test_filling_in_costs_no_query(client, marketplaces, terms, organisations):
    url = submit_url(marketplaces["fi"])
    client.get(url)  # the caches warm

    def queries(params):
        with CaptureQueriesContext(connection) as captured:
            client.get(url, params)
        return len(captured)

    filled = {"organisation": organisations["approved"].pk, "themes": [terms["wellbeing"].pk]}
    assert queries(filled) == queries({})


def test_a_post_is_not_filled_in_from_the_address(client, settings, marketplaces, terms, organisations):
    settings.TEOT_SUBMISSION_MIN_SECONDS = 0
    url = f"{submit_url(marketplaces['fi'])}?organisation={organisations['approved'].pk}&themes={terms['wellbeing'].pk}"
    response = client.post(url, {"title": "Teko"})

    assert response.status_code == 200
    assert chosen(response) == ([], [])


# The coaching feedback's nudge


@pytest.fixture
def directory(homes):
    page = factories.CoachDirectoryPageFactory(parent=homes["fi"], slug="sparraajat")
    return {
        "fi": page,
        "sv": factories.translate(page, "sv", slug="sparrare", title="Sparrare"),
        "en": factories.translate(page, "en", slug="coaches", title="Coaches"),
    }


def done_application(organisation, themes, sector, language):
    application = CoachingApplication.objects.create(
        organisation=organisation,
        contact_name="Ville Hakija",
        contact_email="ville.hakija@example.fi",
        language=language,
        need="Kehitämme yhdessä.",
        participant_count=12,
        status=CoachingApplication.Status.DONE,
        coach=factories.CoachFactory(),
    )
    application.themes.set(themes)
    application.sectors.set([sector])
    return application


def feedback_path(directory, application):
    """The feedback link as the "coaching done" email gives it: under the directory of the applicant's language."""
    return feedback.url(directory[application.language], application).removeprefix("http://testserver")


def report_link(client, directory, application):
    path = feedback_path(directory, application)
    response = client.post(path, {"usefulness": "5", "coach_rating": "5", "would_recommend": "yes"})
    assert response.status_code == 200
    link = soup(response).select_one("main a.button")
    assert link is not None, response.content.decode()
    return link["href"]


def test_the_feedback_thanks_links_to_the_deed_form_filled_in(client, marketplaces, directory, terms, organisations):
    themes = [terms["wellbeing"], terms["leadership"]]
    application = done_application(organisations["approved"], themes, terms["sector"], "fi")

    href = report_link(client, directory, application)

    assert urlsplit(href).path == submit_url(marketplaces["fi"])
    assert parse_qs(urlsplit(href).query) == {
        "organisation": [str(organisations["approved"].pk)],
        "themes": sorted(str(theme.pk) for theme in themes),
    }
    assert chosen(client.get(href)) == ([str(organisations["approved"].pk)], sorted(str(t.pk) for t in themes))


def test_a_swedish_applicant_gets_the_swedish_form_with_swedish_themes(
    client, marketplaces, directory, terms, organisations
):
    themes = [terms["wellbeing_sv"], terms["leadership_sv"]]
    application = done_application(organisations["waiting"], themes, terms["sector"], "sv")

    href = report_link(client, directory, application)

    assert urlsplit(href).path == submit_url(marketplaces["sv"])
    query = parse_qs(urlsplit(href).query)
    assert "organisation" not in query, "an organisation waiting for approval is not offered by the form"
    assert sorted(query["themes"]) == sorted(str(theme.pk) for theme in themes)
    assert chosen(client.get(href)) == ([], sorted(str(theme.pk) for theme in themes))


def test_no_marketplace_no_nudge(client, directory, terms, organisations):
    application = done_application(organisations["approved"], [terms["wellbeing"]], terms["sector"], "fi")
    response = client.post(
        feedback_path(directory, application), {"usefulness": "4", "coach_rating": "4", "would_recommend": "no"}
    )

    assert response.status_code == 200
    assert soup(response).select_one("[role=status]")
    assert not soup(response).select_one("main a.button")
