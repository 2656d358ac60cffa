"""Counted figures are kept in the cache, and visitors see them change as soon as deeds change.

The statistics page, the home page's figures and the listing's facet counts are computed once
and kept until a deed is published, unpublished or deleted, or an organisation, term or award
changes (after the change's transaction commits, as in production).
"""

import datetime

import pytest
import time_machine
from django.utils import timezone

from tests import factories
from tests.test_deed_listing import counts, titles
from tests.utils import soup


@pytest.fixture
def index(homes):
    return factories.DeedIndexPageFactory(parent=homes["fi"], title="Tekojen tori", slug="teot")


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a change as if its transaction committed: the cache hears of it then."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def total_deeds(client, index):
    document = soup(client.get(index.url + index.reverse_subpage("statistics")))
    return int(document.select_one("#stats-totals dd").get_text(strip=True))


def home_figures(client, home):
    return [int(dd.get_text(strip=True)) for dd in soup(client.get(home.url)).select(".home-figures dd")]


def facet_counts(client, url, param):
    return counts(client.get(url), param)


def test_statistics_change_on_the_next_request_after_a_deed_is_published(client, index, committed):
    factories.DeedFactory()
    assert total_deeds(client, index) == 1
    draft = factories.DeedFactory(live=False)
    assert total_deeds(client, index) == 1, "a draft changes nothing"

    with committed():
        draft.save_revision().publish()
    assert total_deeds(client, index) == 2

    draft.refresh_from_db()
    with committed():
        draft.unpublish()
    assert total_deeds(client, index) == 1

    with committed():
        factories.DeedFactory()
    with committed():
        draft.delete()
    assert total_deeds(client, index) == 2


def test_statistics_follow_a_renamed_organisation_and_term(client, index, committed):
    organisation = factories.OrganisationFactory(name="Vanha nimi")
    sector = factories.SectorFactory(name="Vanha toimiala")
    campaign = factories.CampaignFactory(name="Kampanja", year=2022)
    factories.DeedFactory(organisation=organisation, sectors=[sector], campaign=campaign)
    page = client.get(index.url + index.reverse_subpage("statistics")).content.decode()
    assert "Vanha nimi" in page and "Vanha toimiala" in page

    with committed():
        organisation.name = "Uusi nimi"
        organisation.save()
        sector.name = "Uusi toimiala"
        sector.save()
    page = client.get(index.url + index.reverse_subpage("statistics")).content.decode()
    assert "Uusi nimi" in page and "Uusi toimiala" in page
    assert "Vanha nimi" not in page and "Vanha toimiala" not in page


def test_home_figures_change_after_a_deed_is_published(client, homes, index, committed):
    factories.DeedFactory()
    assert home_figures(client, homes["fi"]) == [1, 1, 1]

    draft = factories.DeedFactory(live=False)
    with committed():
        draft.save_revision().publish()
    assert home_figures(client, homes["fi"]) == [2, 2, 2]


def test_facet_counts_and_results_change_after_a_deed_is_published(client, index, committed):
    sector = factories.SectorFactory(slug="opetus")
    factories.DeedFactory(sectors=[sector], title="Työhyvinvointia yhdessä")
    search = index.url + "?q=työhyvinvointia"
    assert facet_counts(client, index.url, "sector") == {"opetus": 1}
    assert facet_counts(client, search, "sector") == {"opetus": 1}

    draft = factories.DeedFactory(live=False, sectors=[sector], title="Työhyvinvointia kaikille")
    with committed():
        draft.save_revision().publish()
    assert facet_counts(client, index.url, "sector") == {"opetus": 2}
    assert facet_counts(client, search, "sector") == {"opetus": 2}
    assert "Työhyvinvointia kaikille" in titles(client.get(search))


def test_award_statistics_appear_when_the_gala_ends(client, homes, index, committed):
    """No signal tells that a gala is over: the kept figures notice it all the same."""
    gala_index = factories.GalaIndexPageFactory(parent=homes["fi"], title="Gaala", slug="gaala")
    starts_at = timezone.now() + datetime.timedelta(hours=1)
    with committed():
        gala = factories.GalaPageFactory(parent=gala_index, year=starts_at.year, starts_at=starts_at)
        factories.AwardFactory(page=gala)
    url = index.url + index.reverse_subpage("statistics_csv", kwargs={"table": "award-regions"})
    assert client.get(url).getvalue().decode("utf-8-sig").strip().count("\n") == 0, "only the header row"

    with time_machine.travel(gala.ends_at + datetime.timedelta(minutes=1)):
        assert client.get(url).getvalue().decode("utf-8-sig").strip().count("\n") == 19, "all 19 regions"
