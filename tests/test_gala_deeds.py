"""Gala awards in the deed marketplace: the deed page's awards, the listing's gala facets and the award statistics."""

import datetime
import re

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from gaala.models import Award
from teot.models import Deed
from teot.regions import Region
from tests import factories
from tests.test_deed_statistics import csv_url, read_csv, section, statistics_url, table_figures
from tests.utils import rolled_back, soup

pytestmark = pytest.mark.django_db


# Class-scoped: the tests grouped in a class only read the pages, awards and deeds below, which are built once for
# the class and rolled back after it (the home pages' transaction holds them all); for a test outside a class, pytest
# builds them for that test alone.
@pytest.fixture(scope="class")
def homes(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        yield factories.translated_homes()


@pytest.fixture(scope="class")
def index(homes, django_db_blocker):
    with django_db_blocker.unblock():
        return factories.DeedIndexPageFactory(parent=homes["fi"], title="Tekojen tori", slug="teot")


@pytest.fixture(scope="class")
def swedish_index(index, django_db_blocker):
    with django_db_blocker.unblock():
        return factories.translate(index, "sv", title="Gärningarnas torg", slug="garningar")


@pytest.fixture(scope="class")
def gala_index(homes, django_db_blocker):
    with django_db_blocker.unblock():
        return factories.GalaIndexPageFactory(parent=homes["fi"], title="Gaala", slug="gaala")


@pytest.fixture(scope="class")
def gala(gala_index, django_db_blocker):
    with django_db_blocker.unblock():
        return factories.GalaPageFactory(
            parent=gala_index, title="Kuntatyö2030-gaala 2022", slug="gaala-2022", year=2022
        )


@pytest.fixture(scope="class")
def category(homes, django_db_blocker):
    with django_db_blocker.unblock():
        category = factories.AwardCategoryFactory(name="Opetuksen teko", sort_order=1)
        factories.translate_snippet(category, "sv", name="Undervisningens gärning")
        return category


def future_gala(gala_index, **kwargs):
    starts_at = timezone.now() + datetime.timedelta(days=30)
    return factories.GalaPageFactory(parent=gala_index, year=starts_at.year, starts_at=starts_at, **kwargs)


def swedish_gala(gala, **changes):
    """The gala translated into Swedish and published (with copies of its award rows)."""
    factories.translate(gala.get_parent().specific, "sv", title="Galan", slug="galan")
    return factories.translate(gala, "sv", **changes)


def swedish_translation(deed, **changes):
    return factories.translate_snippet(deed, "sv", live=True, **{"title": f"{deed.title} på svenska", **changes})


def fi(text):
    """The Finnish of a UI string, as the /fi/ pages show it (English until it is translated)."""
    with translation.override("fi"):
        return translation.gettext(text)


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response


def awards_section(response):
    return soup(response).find("section", class_="deed-awards")


def awards_shown(response):
    """``[(category, gala link text, href, citation)]`` of the deed page's awards section."""
    element = awards_section(response)
    assert element is not None, "no awards section"
    shown = []
    for item in element.select(".deed-awards__award"):
        link = item.find("a")
        shown.append(
            (
                item.h3.get_text(strip=True),
                link.get_text(strip=True),
                link["href"],
                item.find_all("dd")[-1].get_text(strip=True),
            )
        )
    return shown


# --- The deed page ----------------------------------------------------------------------------


def test_finnish_deed_page_lists_its_awards_newest_gala_first_with_links(client, index, gala_index, gala, category):
    deed = factories.DeedFactory(title="Jaksamo")
    older = factories.GalaPageFactory(
        parent=gala_index,
        title="Kuntatyö2030-gaala",
        slug="gaala-2021",
        year=2021,
        starts_at=datetime.datetime(2021, 11, 25, 17, tzinfo=factories.HELSINKI),
    )
    factories.AwardFactory(page=older, deed=deed, category=category, citation="Rohkea kokeilu.")
    special = factories.AwardCategoryFactory(name="Suomen kekseliäin kunta", sort_order=2)
    factories.AwardFactory(
        page=gala, deed=deed, category=special, rank=Award.Rank.HONOURABLE_MENTION, citation="Kekseliäs kunta."
    )
    factories.AwardFactory(page=gala, deed=deed, category=category, citation="Työn iloa.")

    response = get(client, index.deed_url(deed))

    assert awards_shown(response) == [
        ("Opetuksen teko", "Kuntatyö2030-gaala 2022", gala.url, "Työn iloa."),
        ("Suomen kekseliäin kunta", "Kuntatyö2030-gaala 2022", gala.url, "Kekseliäs kunta."),
        ("Opetuksen teko", "Kuntatyö2030-gaala 2021", older.url, "Rohkea kokeilu."),
    ]
    element = awards_section(response)
    assert element.h2["id"] == element["aria-labelledby"]
    assert not element.find(attrs={"lang": True}), "everything is in the page's language"
    ranks = [item.find("dd").get_text(strip=True) for item in element.select(".deed-awards__award")]
    assert ranks[0] != ranks[1], "a winner and an honourable mention"


def test_swedish_deed_shows_its_originals_awards_linked_to_the_swedish_gala(client, swedish_index, gala, category):
    deed = factories.DeedFactory(title="Jaksamo")
    factories.AwardFactory(page=gala, deed=deed, category=category, citation="Työn iloa.")
    translated = swedish_gala(gala, title="Kommunarbete2030-galan 2022", slug="galan-2022")
    Award.objects.filter(page=translated).update(citation="Arbetsglädje.")
    swedish = swedish_translation(deed)

    response = get(client, swedish_index.deed_url(swedish))

    # The award's Finnish and Swedish rows are one award: shown once, from the Swedish gala.
    assert awards_shown(response) == [
        ("Undervisningens gärning", "Kommunarbete2030-galan 2022", translated.url, "Arbetsglädje.")
    ]
    assert not awards_section(response).find(attrs={"lang": True})


def test_swedish_deed_links_to_the_finnish_gala_when_the_gala_is_not_translated(
    client, swedish_index, gala_index, gala, category
):
    deed = factories.DeedFactory(title="Jaksamo")
    factories.AwardFactory(page=gala, deed=deed, category=category, citation="Työn iloa.")
    untranslated = factories.AwardCategoryFactory(name="Suomen kekseliäin kunta", sort_order=2)
    factories.AwardFactory(page=gala, deed=deed, category=untranslated, citation="Kekseliäs kunta.")
    draft = swedish_gala(gala, title="Galan 2022", slug="galan-2022")
    draft.unpublish()
    swedish = swedish_translation(deed)

    response = get(client, swedish_index.deed_url(swedish))

    assert awards_shown(response) == [
        ("Undervisningens gärning", "Kuntatyö2030-gaala 2022", gala.url, "Työn iloa."),
        ("Suomen kekseliäin kunta", "Kuntatyö2030-gaala 2022", gala.url, "Kekseliäs kunta."),
    ]
    element = awards_section(response)
    link = element.find("a")
    assert (link["lang"], link["hreflang"]) == ("fi", "fi")
    citations = [item.find_all("dd")[-1] for item in element.select(".deed-awards__award")]
    assert [citation["lang"] for citation in citations] == ["fi", "fi"]
    categories = [item.h3.get("lang") for item in element.select(".deed-awards__award")]
    assert categories == [None, "fi"], "a translated category is in Swedish, an untranslated one marked Finnish"


def test_awards_of_a_gala_that_is_not_over_or_not_published_are_hidden(client, index, gala_index, category):
    deed = factories.DeedFactory()
    factories.AwardFactory(page=future_gala(gala_index, slug="tuleva"), deed=deed, category=category)
    unpublished = factories.GalaPageFactory(parent=gala_index, slug="luonnos")
    factories.AwardFactory(page=unpublished, deed=deed, category=category)
    unpublished.unpublish()

    response = get(client, index.deed_url(deed))

    assert awards_section(response) is None
    assert "deed-awards" not in response.content.decode()


def test_no_awards_section_without_awards(client, index, gala, category):
    factories.AwardFactory(page=gala, category=category)  # another deed's
    deed = factories.DeedFactory()

    assert awards_section(get(client, index.deed_url(deed))) is None


def test_the_gala_shows_the_awards_once_it_is_over(client, index, gala_index, category):
    deed = factories.DeedFactory()
    starts_at = datetime.datetime(2030, 11, 24, 17, tzinfo=factories.HELSINKI)
    upcoming = factories.GalaPageFactory(parent=gala_index, year=2030, starts_at=starts_at, slug="gaala-2030")
    factories.AwardFactory(page=upcoming, deed=deed, category=category)

    with time_machine.travel(starts_at + datetime.timedelta(hours=1), tick=False):
        assert awards_section(get(client, index.deed_url(deed))) is None, "during the gala: not yet"
    with time_machine.travel(starts_at + datetime.timedelta(hours=3), tick=False):
        assert awards_section(get(client, index.deed_url(deed))) is not None


def test_editors_preview_of_a_deed_shows_its_awards(index, gala, category):
    deed = factories.DeedFactory(title="Jaksamo")
    factories.AwardFactory(page=gala, deed=deed, category=category, citation="Työn iloa.")
    deed.title = "Jaksamo (muokattu)"

    response = deed.make_preview_request()

    assert response.status_code == 200
    assert awards_shown(response) == [("Opetuksen teko", "Kuntatyö2030-gaala 2022", gala.url, "Työn iloa.")]


def count_queries(client, url):
    client.get(url)  # warm up: site root paths, renditions
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_deed_page_query_count_does_not_grow_with_the_number_of_awards(client, index, gala_index, gala, category):
    deed = factories.DeedFactory()
    factories.AwardFactory(page=gala, deed=deed, category=category)
    few, response = count_queries(client, index.deed_url(deed))
    assert len(awards_shown(response)) == 1
    for year in range(2017, 2021):
        older = factories.GalaPageFactory(parent=gala_index, year=year, slug=f"gaala-{year}")
        factories.AwardFactory(page=older, deed=deed, category=factories.AwardCategoryFactory())
    many, response = count_queries(client, index.deed_url(deed))
    assert len(awards_shown(response)) == 5

    assert few == many, f"{few} queries with 1 award, {many} with 5"


# --- The listing's facets ---------------------------------------------------------------------


@pytest.fixture(scope="class")
def catalogue(index, gala_index, gala, category, django_db_blocker):
    """Deeds awarded at public galas or not; the Finnish originals of the Swedish listing's deeds.

    | deed      | sector | awards                                     |
    | Jaksamo   | opetus | 2022 (twice)                               |
    | Kierto    | sote   | 2021 (organisation award too), 2022 mention |
    | Sotepaja  | opetus | none                                       |
    | Tuleva    | sote   | a gala that is not over yet                |
    """
    with django_db_blocker.unblock():
        opetus = factories.SectorFactory(name="Opetus ja kasvatus", slug="opetus", sort_order=1)
        sote = factories.SectorFactory(name="Sosiaali- ja terveyspalvelut", slug="sote", sort_order=2)
        deeds = {
            "Jaksamo": factories.DeedFactory(title="Jaksamo", sectors=[opetus]),
            "Kierto": factories.DeedFactory(title="Kierto", sectors=[sote]),
            "Sotepaja": factories.DeedFactory(title="Sotepaja", sectors=[opetus]),
            "Tuleva": factories.DeedFactory(title="Tuleva", sectors=[sote]),
        }
        older = factories.GalaPageFactory(
            parent=gala_index,
            slug="gaala-2021",
            year=2021,
            starts_at=datetime.datetime(2021, 11, 25, 17, tzinfo=factories.HELSINKI),
        )
        factories.AwardFactory(page=gala, deed=deeds["Jaksamo"], category=category)
        factories.AwardFactory(page=gala, deed=deeds["Jaksamo"], category=factories.AwardCategoryFactory())
        factories.AwardFactory(page=gala, deed=deeds["Kierto"], category=category, rank=Award.Rank.HONOURABLE_MENTION)
        factories.AwardFactory(page=older, deed=deeds["Kierto"], category=category)
        factories.AwardFactory(page=older, deed=None, organisation=factories.OrganisationFactory(), category=category)
        factories.AwardFactory(page=future_gala(gala_index, slug="tuleva"), deed=deeds["Tuleva"], category=category)
        return deeds


def titles(response):
    results = soup(response).find(id="results")
    return {link.get_text(strip=True) for link in results.select(".card__title a")}


def options(response, param):
    """``[(value, label, count, checked)]`` of one facet's checkboxes, in their order."""
    document = soup(response)
    found = []
    for box in document.find_all("input", attrs={"type": "checkbox", "name": param}):
        text = document.find("label", attrs={"for": box["id"]}).get_text(" ", strip=True)
        label, count = re.fullmatch(r"(.*) \((\d+)\)", text).groups()
        found.append((box["value"], label, int(count), box.has_attr("checked")))
    return found


def counts(response, param):
    return {value: count for value, _label, count, _checked in options(response, param)}


def legend(response, param):
    box = soup(response).find("input", attrs={"type": "checkbox", "name": param})
    return box.find_parent("fieldset").legend.get_text(strip=True)


class TestGalaFacets:
    """The listing's gala facets over one catalogue."""

    def test_awarded_facet_lists_deeds_with_a_public_award(self, client, index, catalogue):
        response = get(client, index.url)
        assert options(response, "awarded") == [("yes", fi("Awarded deeds"), 2, False)]
        assert legend(response, "awarded") == fi("Gala")

        response = get(client, index.url + "?awarded=yes")
        assert titles(response) == {"Jaksamo", "Kierto"}
        assert options(response, "awarded") == [("yes", fi("Awarded deeds"), 2, True)]

    def test_gala_year_facet_lists_years_newest_first_and_filters(self, client, index, catalogue):
        response = get(client, index.url)
        assert [(value, count) for value, _label, count, _checked in options(response, "gala")] == [
            ("2022", 2),
            ("2021", 1),
        ], "a future gala's year has no option; a deed awarded twice in a year counts once"
        assert legend(response, "gala") == fi("Gala year")

        assert titles(get(client, index.url + "?gala=2021")) == {"Kierto"}
        assert titles(get(client, index.url + "?gala=2022")) == {"Jaksamo", "Kierto"}
        assert titles(get(client, index.url + "?gala=2021&gala=2022")) == {"Jaksamo", "Kierto"}

    def test_gala_facets_combine_with_the_sector_facet_and_count_the_other_selections(self, client, index, catalogue):
        response = get(client, index.url + "?awarded=yes&sector=opetus")
        assert titles(response) == {"Jaksamo"}
        assert counts(response, "awarded") == {"yes": 1}, "awarded deeds among the ticked sector"
        assert counts(response, "sector") == {"opetus": 1, "sote": 1}, "sectors among the awarded deeds"
        assert counts(response, "gala") == {"2022": 1}

        response = get(client, index.url + "?gala=2021&sector=opetus")
        assert titles(response) == set()
        assert counts(response, "gala") == {"2021": 0, "2022": 1}, "the ticked year stays, with its zero"
        assert counts(response, "sector") == {"sote": 1, "opetus": 0}

    def test_swedish_listing_filters_the_translations_of_awarded_deeds(self, client, swedish_index, catalogue):
        swedish_translation(catalogue["Jaksamo"], title="Orkeriet")
        swedish_translation(catalogue["Sotepaja"], title="Sociala verkstaden")

        response = get(client, swedish_index.url + "?awarded=yes")

        assert titles(response) == {"Orkeriet"}
        assert counts(response, "awarded") == {"yes": 1}
        assert counts(response, "gala") == {"2022": 1}

    @pytest.mark.parametrize(
        "query",
        [
            "?awarded=no",
            "?awarded=YES",
            "?awarded=",
            "?awarded=%00",
            "?gala=abcd",
            "?gala=1999",
            "?gala=2023",
            "?gala=20222",
            "?gala=99999999999999999999",
            "?gala=-2022",
            "?gala=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%92",  # full-width digits
        ],
    )
    def test_bad_gala_values_are_dropped(self, client, index, catalogue, query):
        response = get(client, index.url + query)

        assert titles(response) == {"Jaksamo", "Kierto", "Sotepaja", "Tuleva"}
        assert not any(checked for *_rest, checked in options(response, "awarded") + options(response, "gala"))


def make_listing_deeds(number, sectors, gala, category):
    """Deeds in two sectors, every third one awarded."""
    for n in range(number):
        deed = factories.DeedFactory(title=f"Teko {n}", sectors=sectors[: 1 + n % 2])
        if n % 3 == 0:
            factories.AwardFactory(page=gala, deed=deed, category=category)


def test_listing_query_count_does_not_grow_with_the_number_of_deeds(client, index, gala, category):
    sectors = [factories.SectorFactory(slug=f"toimiala-{n}") for n in range(2)]
    url = index.url + f"?awarded=yes&gala=2022&sector={sectors[0].slug}&q=Teko&per_page=48"

    make_listing_deeds(5, sectors, gala, category)
    few, response = count_queries(client, url)
    assert len(titles(response)) == 2
    make_listing_deeds(45, sectors, gala, category)
    many, response = count_queries(client, url)
    assert len(titles(response)) > 5

    assert few == many, f"{few} queries with 5 deeds, {many} with 50"


# --- Statistics ---------------------------------------------------------------------------------


@pytest.fixture(scope="class")
def statistics_pages(index, swedish_index, homes, django_db_blocker):
    with django_db_blocker.unblock():
        return {"fi": index, "sv": swedish_index, "en": factories.translate(index, "en", title="Deeds", slug="deeds")}


@pytest.fixture(scope="class")
def award_data(statistics_pages, gala_index, gala, category, django_db_blocker):
    """Public awards: 3 to deeds in Uusimaa, 1 to an organisation in Lapland; a Swedish gala copy; a future gala."""
    with django_db_blocker.unblock():
        opetus = factories.SectorFactory(name="Opetus ja kasvatus", slug="opetus", sort_order=1)
        factories.translate_snippet(opetus, "sv", name="Undervisning och fostran", slug="undervisning")
        sote = factories.SectorFactory(name="Sosiaali- ja terveyspalvelut", slug="sote", sort_order=2)
        factories.SectorFactory(name="Tekniset palvelut", slug="tekninen", sort_order=3)
        espoo = factories.OrganisationFactory(name="Espoon kaupunki", region=Region.UUSIMAA)
        lappi = factories.OrganisationFactory(name="Lapin hyvinvointialue", region=Region.LAPPI)
        first = factories.DeedFactory(sectors=[opetus], organisation=espoo)
        second = factories.DeedFactory(sectors=[opetus, sote], organisation=espoo)
        swedish_translation(second)
        factories.AwardFactory(page=gala, deed=first, category=category)
        factories.AwardFactory(page=gala, deed=first, category=factories.AwardCategoryFactory())
        factories.AwardFactory(page=gala, deed=second, category=category)
        factories.AwardFactory(page=gala, deed=None, organisation=lappi, category=category)
        withdrawn = factories.DeedFactory(sectors=[sote], organisation=espoo)
        factories.AwardFactory(page=gala, deed=withdrawn, category=category)
        Deed.objects.filter(pk=withdrawn.pk).update(live=False)  # unpublished after the gala: no longer counted
        swedish_gala(gala, title="Galan 2022", slug="galan-2022")  # copies of the same four awards
        factories.AwardFactory(
            page=future_gala(gala_index, slug="tuleva"), deed=factories.DeedFactory(sectors=[sote]), category=category
        )


class TestAwardStatistics:
    """The award statistics over one set of awards, in each language."""

    def test_statistics_count_each_awarded_deed_and_each_award_once(self, client, statistics_pages, award_data):
        document = soup(get(client, statistics_url(statistics_pages["fi"])))

        sectors = section(document, "award-sectors")
        assert sectors.h2.get_text(strip=True) == fi("Awards by sector")
        assert table_figures(sectors) == {
            "Opetus ja kasvatus": 2,
            "Sosiaali- ja terveyspalvelut": 1,
            "Tekniset palvelut": 0,
        }
        regions = table_figures(section(document, "award-regions"))
        assert len(regions) == 19
        assert list(regions.items())[:2] == [("Uusimaa", 3), ("Lappi", 1)], "three deed awards, one organisation award"
        assert csv_url(statistics_pages["fi"], "award-sectors") in {link["href"] for link in document.find_all("a")}

    def test_statistics_name_sectors_in_the_visitors_language(self, client, statistics_pages, award_data):
        document = soup(get(client, statistics_url(statistics_pages["sv"])))

        assert list(table_figures(section(document, "award-sectors")).items())[:2] == [
            ("Undervisning och fostran", 2),
            ("Sosiaali- ja terveyspalvelut", 1),
        ]

    def test_award_tables_as_csv(self, client, statistics_pages, award_data):
        response = get(client, csv_url(statistics_pages["en"], "award-regions"))

        assert response["Content-Disposition"] == 'attachment; filename="tekojen-tori-awards-by-region.csv"'
        rows = read_csv(response)
        assert rows[0] == ["Region", "Number of awards"]
        assert rows[1:3] == [["Uusimaa", "3"], ["Lapland", "1"]]

        rows = read_csv(get(client, csv_url(statistics_pages["sv"], "award-sectors")))
        assert rows[1] == ["Undervisning och fostran", "2"]

    @pytest.mark.parametrize(
        ("language", "table", "file_name"),
        [
            ("fi", "award-sectors", "tekojen-tori-palkinnot-toimialoittain.csv"),
            ("fi", "award-regions", "tekojen-tori-palkinnot-maakunnittain.csv"),
            ("sv", "award-sectors", "tekojen-tori-utmarkelser-per-sektor.csv"),
            ("en", "award-sectors", "tekojen-tori-awards-by-sector.csv"),
        ],
    )
    def test_award_csv_files_are_named_in_the_visitors_language(
        self, client, statistics_pages, language, table, file_name
    ):
        response = get(client, csv_url(statistics_pages[language], table))

        assert response["Content-Disposition"] == f'attachment; filename="{file_name}"'


def test_statistics_without_public_awards_show_no_tables(client, statistics_pages, gala_index, category):
    factories.AwardFactory(page=future_gala(gala_index), category=category)

    document = soup(get(client, statistics_url(statistics_pages["fi"])))

    for slug in ("award-sectors", "award-regions"):
        assert section(document, slug).find("table") is None
    assert read_csv(get(client, csv_url(statistics_pages["fi"], "award-regions")))[1:] == []


def make_awards(number, gala, category):
    sector = factories.SectorFactory()
    for n in range(number):
        organisation = factories.OrganisationFactory(region=Region.values[n % len(Region.values)])
        if n % 4:
            factories.AwardFactory(
                page=gala, deed=factories.DeedFactory(sectors=[sector], organisation=organisation), category=category
            )
        else:
            factories.AwardFactory(page=gala, deed=None, organisation=organisation, category=category)


@pytest.mark.parametrize("route", ["page", "award-sectors", "award-regions"])
def test_statistics_query_count_does_not_grow_with_the_number_of_awards(
    client, statistics_pages, gala, category, route
):
    page = statistics_pages["fi"]
    url = statistics_url(page) if route == "page" else csv_url(page, route)
    make_awards(5, gala, category)
    few, _response = count_queries(client, url)
    make_awards(45, gala, category)
    many, _response = count_queries(client, url)

    assert few == many, f"{few} queries with 5 awards, {many} with 50"
