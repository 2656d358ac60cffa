"""Statistics count each published deed once, label terms in the visitor's language, and offer every table as CSV."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from teot.regions import Region
from tests import factories
from tests.utils import soup


@pytest.fixture
def index_pages(homes):
    finnish = factories.DeedIndexPageFactory(
        parent=homes["fi"], title="Tekojen tori", slug="teot", statistics_intro="Luvut päivittyvät joka päivä."
    )
    return {
        "fi": finnish,
        "sv": factories.translate(
            finnish, "sv", title="Gärningarnas torg", slug="garningar", statistics_intro="Siffror."
        ),
        "en": factories.translate(finnish, "en", title="Deed marketplace", slug="deeds", statistics_intro="Figures."),
    }


def statistics_url(page):
    return page.url + page.reverse_subpage("statistics")


def csv_url(page, table):
    return page.url + page.reverse_subpage("statistics_csv", kwargs={"table": table})


def section(document, slug):
    element = document.find("section", id=f"stats-{slug}")
    assert element is not None, f"no section for {slug}"
    return element


def table_figures(element):
    """``{row heading: number}`` of the first table in ``element``."""
    table = element.find("table")
    return {row.th.get_text(strip=True): int(row.find_all("td")[-1].get_text(strip=True)) for row in table.tbody("tr")}


def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff"), "Excel needs the byte order mark to read UTF-8"
    return list(csv.reader(io.StringIO(text[1:])))


@pytest.fixture
def known_data(index_pages, locales):
    """Sector A: 3 Finnish deeds (one also in Swedish) and 1 only in Swedish; B: 2; C: only a draft."""
    sector_a = factories.SectorFactory(name="Opetus ja kasvatus", slug="opetus", sort_order=1)
    sector_b = factories.SectorFactory(name="Sosiaali- ja terveyspalvelut", slug="sote", sort_order=2)
    sector_c = factories.SectorFactory(name="Tekniset palvelut", slug="tekninen", sort_order=3)
    sector_a_sv = factories.translate_snippet(sector_a, "sv", name="Undervisning och fostran", slug="undervisning")
    theme_x = factories.ThemeFactory(name="Työhyvinvointi", slug="tyohyvinvointi", sort_order=1)
    theme_y = factories.ThemeFactory(name="Osallisuus", slug="osallisuus", sort_order=2)
    theme_x_sv = factories.translate_snippet(theme_x, "sv", name="Arbetshälsa", slug="arbetshalsa")
    espoo = factories.OrganisationFactory(name="Espoon kaupunki", name_sv="Esbo stad", region=Region.UUSIMAA)
    oulu = factories.OrganisationFactory(
        name="Oulun kaupunki", name_sv="Uleåborgs stad", region=Region.POHJOIS_POHJANMAA
    )
    lappi = factories.OrganisationFactory(name="Lapin hyvinvointialue", region=Region.LAPPI)
    campaign = factories.CampaignFactory(name="Hyvä kiertämään", slug="hyva-kiertamaan-2022", year=2022)
    other_campaign = factories.CampaignFactory(name="Kevään teot", slug="kevaan-teot", year=2024)

    def deed(sector, theme, organisation, year, **kwargs):
        return factories.DeedFactory(sectors=[sector], themes=[theme], organisation=organisation, year=year, **kwargs)

    translated = deed(sector_a, theme_x, espoo, 2022, campaign=campaign)
    factories.translate_snippet(translated, "sv", title="Översatt dåd", live=True)
    deed(sector_a, theme_x, espoo, 2022, campaign=campaign)
    deed(sector_a, theme_y, oulu, 2023, campaign=campaign)
    deed(sector_b, theme_y, oulu, 2023)
    deed(sector_b, theme_x, espoo, 2024, campaign=other_campaign)
    factories.DeedFactory(
        sectors=[sector_a_sv],
        themes=[theme_x_sv],
        organisation=lappi,
        year=2024,
        locale=locales["sv"],
        title="Bara på svenska",
    )
    deed(sector_c, theme_y, lappi, 2021, live=False, campaign=other_campaign)  # a draft: never counted
    return {"campaign": campaign, "other_campaign": other_campaign}


def test_figures_count_each_published_deed_once(client, known_data, index_pages):
    response = client.get(statistics_url(index_pages["fi"]))

    assert response.status_code == 200
    document = soup(response)
    totals = section(document, "totals")
    figures = [int(dd.get_text(strip=True)) for dd in totals.find_all("dd")]
    assert figures == [6, 3], "6 deeds (the translated one once, the Swedish-only one too), 3 organisations"
    assert table_figures(section(document, "sectors")) == {
        "Opetus ja kasvatus": 4,
        "Sosiaali- ja terveyspalvelut": 2,
        "Tekniset palvelut": 0,
    }
    assert table_figures(section(document, "themes")) == {"Työhyvinvointi": 4, "Osallisuus": 2}
    assert table_figures(section(document, "years")) == {"2022": 2, "2023": 2, "2024": 2}
    assert list(table_figures(section(document, "years"))) == ["2022", "2023", "2024"], "years run oldest first"
    assert table_figures(section(document, "campaigns")) == {"Kevään teot 2024": 1, "Hyvä kiertämään 2022": 3}


def test_regions_table_lists_every_region_most_deeds_first(client, known_data, index_pages):
    response = client.get(statistics_url(index_pages["en"]))

    regions = table_figures(section(soup(response), "regions"))
    assert len(regions) == 19
    assert list(regions.items())[:3] == [("Uusimaa", 3), ("North Ostrobothnia", 2), ("Lapland", 1)]
    assert regions["Åland"] == 0


def test_terms_are_named_in_the_visitors_language(client, known_data, index_pages):
    response = client.get(statistics_url(index_pages["sv"]))

    document = soup(response)
    assert document.html["lang"] == "sv"
    sectors = table_figures(section(document, "sectors"))
    # Translated terms in Swedish, the untranslated ones in Finnish; same counts as in Finnish.
    assert sectors == {"Undervisning och fostran": 4, "Sosiaali- ja terveyspalvelut": 2, "Tekniset palvelut": 0}
    assert table_figures(section(document, "themes")) == {"Arbetshälsa": 4, "Osallisuus": 2}


def test_campaign_leaderboard_ranks_organisations_by_deeds_in_that_campaign(client, known_data, index_pages):
    response = client.get(statistics_url(index_pages["fi"]))

    board = section(soup(response), "leaderboard")
    tables = board.find_all("table")
    assert [table.caption.get_text(strip=True) for table in tables] == [
        "Kevään teot 2024: organisaatiot, joilla on eniten tekoja",
        "Hyvä kiertämään 2022: organisaatiot, joilla on eniten tekoja",
    ]
    rows = [[cell.get_text(strip=True) for cell in row(["th", "td"])] for row in tables[1].tbody("tr")]
    assert rows == [["1", "Espoon kaupunki", "2"], ["2", "Oulun kaupunki", "1"]]


def test_leaderboard_shows_the_top_ten_and_shares_ranks_on_ties(client, index_pages):
    campaign = factories.CampaignFactory(name="Kampanja", slug="kampanja", year=2025)
    # Twelve organisations: 12 deeds for the first, then 11, 10, …; the 10th and 11th both have 3.
    counts = [12, 11, 10, 9, 8, 7, 6, 5, 3, 3, 3, 1]
    for number, count in enumerate(counts):
        organisation = factories.OrganisationFactory(name=f"Kunta {number:02}")
        sector, theme = factories.SectorFactory(), factories.ThemeFactory()
        for _ in range(count):
            factories.DeedFactory(organisation=organisation, campaign=campaign, sectors=[sector], themes=[theme])

    response = client.get(statistics_url(index_pages["en"]))

    table = section(soup(response), "leaderboard").find("table")
    ranks = [(row.td.get_text(strip=True), row.th.get_text(strip=True)) for row in table.tbody("tr")]
    assert ranks[0] == ("1", "Kunta 00")
    assert ranks[-3:] == [("9", "Kunta 08"), ("9", "Kunta 09"), ("9", "Kunta 10")]
    assert len(ranks) == 11, "ties with the last place shown are shown; the 12th organisation is not"


def test_leaderboard_names_organisations_in_swedish_where_they_have_a_swedish_name(client, known_data, index_pages):
    response = client.get(statistics_url(index_pages["sv"]))

    table = section(soup(response), "leaderboard").find_all("table")[1]
    assert [row.th.get_text(strip=True) for row in table.tbody("tr")] == ["Esbo stad", "Uleåborgs stad"]


def test_each_chart_is_a_named_image_with_the_tables_figures_as_text(client, known_data, index_pages):
    response = client.get(statistics_url(index_pages["fi"]))

    document = soup(response)
    charts = document.find_all("svg")
    tables = document.select("table.statistics__table")
    assert len(tables) >= 5 + 2, "the deed tables and the campaign leaderboards"
    assert len(charts) == len(tables), "one chart per table"
    for chart in charts:
        assert chart["role"] == "img"
        assert chart.get("viewbox") or chart.get("viewBox")
        assert not chart.get("width"), "the chart scales with its container"
        title_id, desc_id = chart["aria-labelledby"].split()
        assert chart.find("title", id=title_id).get_text(strip=True)
        assert chart.find("desc", id=desc_id).get_text(strip=True)
        table = chart.find_next("table")
        assert table.caption.get_text(strip=True) == chart.find("title").get_text(strip=True)
        assert all(th["scope"] == "col" for th in table.thead("th"))
        assert all(row.th["scope"] == "row" for row in table.tbody("tr"))
        labels = [text.get_text() for text in chart.find_all("text", class_="bar-chart__label")]
        values = [text.get_text() for text in chart.find_all("text", class_="bar-chart__value")]
        table_values = [row.find_all("td")[-1].get_text(strip=True) for row in table.tbody("tr")]
        assert values == table_values
        assert len(labels) == len(table_values)
    sectors_chart = section(document, "sectors").svg
    assert [text.get_text() for text in sectors_chart.find_all("text", class_="bar-chart__label")] == [
        "Opetus ja kasvatus",
        "Sosiaali- ja terveyspalvelut",
        "Tekniset palvelut",
    ]
    bars = [int(rect["width"]) for rect in sectors_chart.find_all("rect")]
    assert bars[0] > bars[1] > 0, "bar lengths follow the figures"
    assert len(bars) == 2, "a zero has no bar, only its value"
    ids = [element["id"] for element in document.find_all(id=True)]
    assert len(ids) == len(set(ids)), "ids are unique on the page"


def test_page_has_one_heading_the_intro_the_open_data_link_and_a_csv_link_per_table(client, known_data, index_pages):
    page = index_pages["fi"]
    response = client.get(statistics_url(page))

    document = soup(response)
    assert len(document.find_all("h1")) == 1
    assert "Luvut päivittyvät joka päivä." in document.main.get_text()
    hrefs = [link["href"] for link in document.main.find_all("a", href=True)]
    assert page.url + page.reverse_subpage("open_data") in hrefs
    for table in ("sectors", "themes", "regions", "years", "campaigns", "leaderboard"):
        assert csv_url(page, table) in hrefs
    canonical = document.head.find("link", rel="canonical")["href"]
    assert canonical == "http://testserver" + statistics_url(page)
    assert document.find("span", attrs={"aria-current": "page"}).get_text(strip=True)


def test_page_renders_without_any_deeds(client, index_pages):
    response = client.get(statistics_url(index_pages["fi"]))

    assert response.status_code == 200
    document = soup(response)
    assert [int(dd.get_text(strip=True)) for dd in section(document, "totals").find_all("dd")] == [0, 0]
    assert section(document, "years").find("table") is None
    assert section(document, "leaderboard").find("table") is None


def test_csv_has_a_header_in_the_visitors_language_and_the_same_figures(client, known_data, index_pages):
    response = client.get(csv_url(index_pages["en"], "sectors"))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="tekojen-tori-sectors.csv"'
    assert read_csv(response) == [
        ["Sector", "Number of deeds"],
        ["Opetus ja kasvatus", "4"],
        ["Sosiaali- ja terveyspalvelut", "2"],
        ["Tekniset palvelut", "0"],
    ]


@pytest.mark.parametrize(
    ("language", "table", "file_name"),
    [
        ("fi", "sectors", "tekojen-tori-toimialat.csv"),
        ("fi", "regions", "tekojen-tori-maakunnat.csv"),
        ("sv", "themes", "tekojen-tori-teman.csv"),
        ("en", "years", "tekojen-tori-years.csv"),
        ("fi", "campaigns", "tekojen-tori-kampanjat.csv"),
        ("fi", "leaderboard", "tekojen-tori-kekseliaimmat-organisaatiot.csv"),
    ],
)
def test_csv_file_is_named_in_the_visitors_language(client, known_data, index_pages, language, table, file_name):
    response = client.get(csv_url(index_pages[language], table))

    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{file_name}"'


def test_every_csv_matches_its_html_table(client, known_data, index_pages):
    page = index_pages["sv"]
    document = soup(client.get(statistics_url(page)))
    for table in ("sectors", "themes", "regions", "years", "campaigns"):
        rows = read_csv(client.get(csv_url(page, table)))
        assert {label: int(value) for label, value in rows[1:]} == table_figures(section(document, table))
        assert len(rows[0]) == 2


def test_leaderboard_csv_lists_campaign_rank_organisation_and_deeds(client, known_data, index_pages):
    rows = read_csv(client.get(csv_url(index_pages["en"], "leaderboard")))

    assert rows == [
        ["Campaign", "Rank", "Organisation", "Number of deeds"],
        ["Kevään teot 2024", "1", "Espoon kaupunki", "1"],
        ["Hyvä kiertämään 2022", "1", "Espoon kaupunki", "2"],
        ["Hyvä kiertämään 2022", "2", "Oulun kaupunki", "1"],
    ]


def test_csv_cells_are_not_run_as_spreadsheet_formulas(client, index_pages):
    sector = factories.SectorFactory(name='=HYPERLINK("http://example.com")')
    factories.DeedFactory(sectors=[sector])

    rows = read_csv(client.get(csv_url(index_pages["en"], "sectors")))

    assert ['\'=HYPERLINK("http://example.com")', "1"] in rows


@pytest.mark.parametrize("table", ["unknown", "sector", "deeds", "submitters"])
def test_unknown_csv_table_is_not_found(client, index_pages, table):
    response = client.get(csv_url(index_pages["fi"], table))

    assert response.status_code == 404


def replace_last(text, old, new):
    head, found, tail = text.rpartition(old)
    assert found, f"{old!r} is not in {text!r}"
    return head + new + tail


@pytest.mark.parametrize(
    ("old", "new"), [("sectors", "SECTORS"), ("sectors", "sectors/x"), ("csv", "xlsx"), ("sectors", "../sectors")]
)
def test_malformed_csv_paths_are_not_found(client, index_pages, old, new):
    response = client.get(replace_last(csv_url(index_pages["fi"], "sectors"), old, new))

    assert response.status_code == 404


def make_deeds(count):
    """``count`` published deeds spread over organisations, regions, sectors, themes, years and campaigns."""
    regions = list(Region)
    campaigns = [factories.CampaignFactory(), factories.CampaignFactory(name="Toinen", year=2023)]
    for number in range(count):
        organisation = factories.OrganisationFactory(region=regions[number % len(regions)])
        factories.DeedFactory(organisation=organisation, year=2015 + number % 10, campaign=campaigns[number % 2])


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("route", ["page", "sectors", "regions", "campaigns", "leaderboard"])
def test_query_count_does_not_grow_with_the_number_of_deeds(
    client, index_pages, route, django_capture_on_commit_callbacks
):
    page = index_pages["fi"]
    url = statistics_url(page) if route == "page" else csv_url(page, route)
    make_deeds(5)
    client.get(url)  # warm the site root cache, as on a running site
    few = count_queries(client, url)

    with django_capture_on_commit_callbacks(execute=True):  # as the deeds' transactions commit
        make_deeds(45)
    client.get(url)  # the figures are counted again once
    many = count_queries(client, url)

    assert few == many


def test_language_switcher_leads_to_the_statistics_in_each_language(client, index_pages):
    document = soup(client.get(statistics_url(index_pages["fi"])))

    switcher = {link["lang"]: link["href"] for link in document.select(".language-switcher a")}
    assert switcher == {code: statistics_url(page) for code, page in index_pages.items()}
    alternates = {link["hreflang"] for link in document.select("link[rel=alternate][hreflang]")}
    assert alternates == {"fi", "sv", "en", "x-default"}
