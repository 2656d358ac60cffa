"""The coaching statistics count the applications and their feedback, name terms and regions in the visitor's
language, offer every table as CSV, and cost the same few queries however many applications there are."""

import csv
import datetime
import io
from contextlib import ExitStack
from unittest.mock import patch

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sparraus.models import CoachingApplication, CoachingFeedback
from teot.regions import Region
from tests import factories
from tests.test_query_budgets import CACHE_WRITES, READ, cache_backend_classes
from tests.utils import soup

pytestmark = pytest.mark.django_db
Status = CoachingApplication.Status
TABLES = ["applications", "completed", "themes", "sectors", "regions", "usefulness", "coach-ratings"]


@pytest.fixture
def directories(homes):
    finnish = factories.CoachDirectoryPageFactory(parent=homes["fi"], title="Sparraajat", slug="sparraajat")
    return {
        "fi": finnish,
        "sv": factories.translate(finnish, "sv", title="Sparrare", slug="sparrare"),
        "en": factories.translate(finnish, "en", title="Coaches", slug="coaches"),
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
    assert table is not None, element
    return {row.th.get_text(strip=True): int(row.find_all("td")[-1].get_text(strip=True)) for row in table.tbody("tr")}


def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff"), "Excel needs the byte order mark to read UTF-8"
    return list(csv.reader(io.StringIO(text[1:])))


def apply(organisation, sectors, themes, year=2025, status=Status.RECEIVED, language="fi", feedback=None):
    """An application as the form stores it, received in ``year``; with feedback ``(usefulness, coach, recommend)``."""
    application = CoachingApplication.objects.create(
        organisation=organisation,
        contact_name="Testi Hakija",
        contact_email="testi.hakija@example.fi",
        language=language,
        need="Kehitämme työnjakoa.",
        participant_count=10,
        management=True,
        supervisors=True,
        staff=True,
        privacy_consent=True,
        status=status,
    )
    application.sectors.set(sectors)
    application.themes.set(themes)
    received = datetime.datetime(year, 6, 1, 12, tzinfo=datetime.UTC)
    CoachingApplication.objects.filter(pk=application.pk).update(created_at=received)
    if feedback:
        usefulness, coach_rating, would_recommend = feedback
        CoachingFeedback.objects.create(
            application=application,
            usefulness=usefulness,
            coach_rating=coach_rating,
            would_recommend=would_recommend,
            what_changed="Palaverit lyhenivät.",
        )
    return application


@pytest.fixture
def known_data(directories, locales):
    """Five applications in 2024–2026, three done with feedback, one in Swedish, one declined."""
    wellbeing = factories.ThemeFactory(name="Työhyvinvointi", slug="tyohyvinvointi", sort_order=1)
    leadership = factories.ThemeFactory(name="Johtaminen", slug="johtaminen", sort_order=2)
    factories.ThemeFactory(name="Osallisuus", slug="osallisuus", sort_order=3)  # no application yet
    wellbeing_sv = factories.translate_snippet(wellbeing, "sv", name="Arbetshälsa", slug="arbetshalsa")
    social = factories.SectorFactory(name="Sosiaali- ja terveyspalvelut", slug="sote", sort_order=1)
    education = factories.SectorFactory(name="Opetus ja kasvatus", slug="opetus", sort_order=2)
    social_sv = factories.translate_snippet(social, "sv", name="Social- och hälsovård", slug="social")
    espoo = factories.OrganisationFactory(name="Espoon kaupunki", region=Region.UUSIMAA, is_approved=True)
    oulu = factories.OrganisationFactory(name="Oulun kaupunki", region=Region.POHJOIS_POHJANMAA, is_approved=True)
    lappi = factories.OrganisationFactory(name="Lapin hyvinvointialue", region=Region.LAPPI, is_approved=True)

    apply(espoo, [social], [wellbeing, leadership], 2024, Status.DONE, feedback=(5, 4, True))
    apply(espoo, [social], [wellbeing], 2025, Status.DONE, feedback=(4, 5, True))
    apply(oulu, [education], [leadership], 2025, Status.DONE, feedback=(3, 4, False))
    apply(oulu, [social_sv], [wellbeing_sv], 2025, language="sv")
    apply(lappi, [education], [wellbeing], 2026, Status.DECLINED)


def test_figures_count_applications_completed_coachings_and_feedback(client, known_data, directories):
    response = client.get(statistics_url(directories["en"]))

    assert response.status_code == 200
    document = soup(response)
    totals = [int(dd.get_text(strip=True)) for dd in section(document, "totals").find_all("dd")]
    assert totals == [5, 3, 3], "applications, completed coachings, feedback answers"
    assert table_figures(section(document, "applications")) == {"2024": 1, "2025": 3, "2026": 1}
    assert list(table_figures(section(document, "applications"))) == ["2024", "2025", "2026"], "oldest first"
    assert table_figures(section(document, "completed")) == {"2024": 1, "2025": 2}
    assert table_figures(section(document, "themes")) == {"Työhyvinvointi": 4, "Johtaminen": 2, "Osallisuus": 0}
    assert table_figures(section(document, "sectors")) == {"Sosiaali- ja terveyspalvelut": 3, "Opetus ja kasvatus": 2}
    assert table_figures(section(document, "usefulness")) == {"1": 0, "2": 0, "3": 1, "4": 1, "5": 1}
    assert table_figures(section(document, "coach-ratings")) == {"1": 0, "2": 0, "3": 0, "4": 2, "5": 1}


def test_regions_table_lists_every_region_most_applications_first(client, known_data, directories):
    regions = table_figures(section(soup(client.get(statistics_url(directories["en"]))), "regions"))

    assert len(regions) == 19
    assert list(regions.items())[:3] == [("Uusimaa", 2), ("North Ostrobothnia", 2), ("Lapland", 1)]
    assert regions["Åland"] == 0


def feedback_table(document):
    return table_cells(section(document, "feedback").find("table"))


def table_cells(table):
    return [[cell.get_text(strip=True) for cell in row(["th", "td"])] for row in table.tbody("tr")]


def test_feedback_shows_averages_the_share_who_would_recommend_and_the_number_of_answers(
    client, known_data, directories
):
    english = feedback_table(soup(client.get(statistics_url(directories["en"]))))
    finnish = feedback_table(soup(client.get(statistics_url(directories["fi"]))))

    assert [row[1:] for row in english] == [["4.0", "3"], ["4.3", "3"], ["67", "3"]]
    assert [row[1:] for row in finnish] == [["4,0", "3"], ["4,3", "3"], ["67", "3"]], "decimal comma in Finnish"
    assert "average" in english[0][0] and "recommend" in english[2][0]


def test_terms_are_named_in_the_visitors_language(client, known_data, directories):
    document = soup(client.get(statistics_url(directories["sv"])))

    assert document.html["lang"] == "sv"
    # A Finnish and a Swedish application on the same theme are one row, named in Swedish where it can be.
    assert table_figures(section(document, "themes")) == {"Arbetshälsa": 4, "Johtaminen": 2, "Osallisuus": 0}
    assert table_figures(section(document, "sectors")) == {"Social- och hälsovård": 3, "Opetus ja kasvatus": 2}
    assert list(table_figures(section(document, "regions")))[0] == "Nyland"


def test_each_chart_is_a_named_image_with_the_tables_figures_as_text(client, known_data, directories):
    document = soup(client.get(statistics_url(directories["fi"])))

    charts = document.find_all("svg")
    assert len(charts) == len(TABLES), "one chart per table (the feedback summary mixes units: a table only)"
    for chart in charts:
        assert chart["role"] == "img"
        title_id, desc_id = chart["aria-labelledby"].split()
        assert chart.find("title", id=title_id).get_text(strip=True)
        assert chart.find("desc", id=desc_id).get_text(strip=True)
        table = chart.find_next("table")
        assert table.caption.get_text(strip=True) == chart.find("title").get_text(strip=True)
        values = [text.get_text() for text in chart.find_all("text", class_="bar-chart__value")]
        assert values == [row.find_all("td")[-1].get_text(strip=True) for row in table.tbody("tr")]
    for table in document.select("table.statistics__table"):
        assert table.caption.get_text(strip=True)
        assert all(th["scope"] == "col" for th in table.thead("th"))
        assert all(row.th["scope"] == "row" for row in table.tbody("tr"))
    ids = [element["id"] for element in document.find_all(id=True)]
    assert len(ids) == len(set(ids)), "ids are unique on the page"


def test_page_has_one_heading_a_csv_link_per_table_and_its_translations(client, known_data, directories):
    page = directories["fi"]
    document = soup(client.get(statistics_url(page)))

    assert len(document.find_all("h1")) == 1
    hrefs = [link["href"] for link in document.main.find_all("a", href=True)]
    for table in [*TABLES, "feedback"]:
        assert csv_url(page, table) in hrefs
    assert page.url + page.reverse_subpage("apply") in hrefs
    assert document.head.find("link", rel="canonical")["href"] == "http://testserver" + statistics_url(page)
    switcher = {link["lang"]: link["href"] for link in document.select(".language-switcher a")}
    assert switcher == {code: statistics_url(directory) for code, directory in directories.items()}
    alternates = {link["hreflang"] for link in document.select("link[rel=alternate][hreflang]")}
    assert alternates == {"fi", "sv", "en", "x-default"}


def test_page_renders_before_any_application(client, directories):
    response = client.get(statistics_url(directories["en"]))

    assert response.status_code == 200
    document = soup(response)
    assert [int(dd.get_text(strip=True)) for dd in section(document, "totals").find_all("dd")] == [0, 0, 0]
    assert not document.find("svg") and not document.find("table")
    assert "No feedback has been given yet." in section(document, "feedback").get_text()
    assert client.get(csv_url(directories["en"], "feedback")).status_code == 200


def test_csv_has_a_header_in_the_visitors_language_and_the_same_figures(client, known_data, directories):
    response = client.get(csv_url(directories["en"], "themes"))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="tekojen-tori-applications-by-theme.csv"'
    assert read_csv(response) == [
        ["Theme", "Number of applications"],
        ["Työhyvinvointi", "4"],
        ["Johtaminen", "2"],
        ["Osallisuus", "0"],
    ]
    feedback = read_csv(client.get(csv_url(directories["en"], "feedback")))
    assert feedback[0] == ["Question", "Result", "Number of answers"]
    assert [row[1:] for row in feedback[1:]] == [["4.0", "3"], ["4.3", "3"], ["67", "3"]]


def test_every_csv_matches_its_html_table(client, known_data, directories):
    page = directories["sv"]
    document = soup(client.get(statistics_url(page)))
    for table in TABLES:
        rows = read_csv(client.get(csv_url(page, table)))
        assert {label: int(value) for label, value in rows[1:]} == table_figures(section(document, table)), table


@pytest.mark.parametrize(
    ("language", "table", "file_name"),
    [
        ("fi", "applications", "tekojen-tori-sparraushakemukset-vuosittain.csv"),
        ("sv", "regions", "tekojen-tori-ansokningar-per-landskap.csv"),
        ("en", "coach-ratings", "tekojen-tori-coach-ratings.csv"),
        ("fi", "feedback", "tekojen-tori-sparrauspalaute.csv"),
    ],
)
def test_csv_file_is_named_in_the_visitors_language(client, directories, language, table, file_name):
    response = client.get(csv_url(directories[language], table))

    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{file_name}"'


def test_csv_cells_are_not_run_as_spreadsheet_formulas(client, directories):
    theme = factories.ThemeFactory(name='=HYPERLINK("http://example.com")')
    apply(factories.OrganisationFactory(), [factories.SectorFactory()], [theme])

    rows = read_csv(client.get(csv_url(directories["en"], "themes")))

    assert ['\'=HYPERLINK("http://example.com")', "1"] in rows


@pytest.mark.parametrize("table", ["unknown", "need", "contacts", "leaderboard", "campaigns"])
def test_unknown_csv_table_is_not_found(client, directories, table):
    assert client.get(csv_url(directories["fi"], table)).status_code == 404


def make_applications(count):
    """``count`` applications over years, regions, sectors, themes and statuses; every other done with feedback."""
    regions = list(Region)
    sectors = [factories.SectorFactory() for _ in range(3)]
    themes = [factories.ThemeFactory() for _ in range(4)]
    for number in range(count):
        done = number % 2 == 0
        apply(
            factories.OrganisationFactory(region=regions[number % len(regions)]),
            sectors[: 1 + number % 3],
            themes[number % 4 :],
            year=2020 + number % 7,
            status=Status.DONE if done else Status.RECEIVED,
            feedback=(1 + number % 5, 1 + (number + 2) % 5, number % 3 == 0) if done else None,
        )


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("route", ["page", "themes", "regions", "feedback"])
def test_query_count_does_not_grow_with_the_number_of_applications(
    client, directories, route, django_capture_on_commit_callbacks
):
    page = directories["fi"]
    url = statistics_url(page) if route == "page" else csv_url(page, route)
    client.get(url)  # the site root and the page frame cached, as on a running site

    with django_capture_on_commit_callbacks(execute=True):  # as the applications' transactions commit
        make_applications(3)
    few = count_queries(client, url), count_queries(client, url)  # counted, then from the cache

    with django_capture_on_commit_callbacks(execute=True):
        make_applications(27)
    many = count_queries(client, url), count_queries(client, url)

    assert few == many
    assert many[1] < many[0], "the second view reads the figures from the cache"


def test_a_new_application_or_feedback_shows_at_once(
    client, known_data, directories, django_capture_on_commit_callbacks
):
    url = statistics_url(directories["en"])
    assert client.get(url).status_code == 200  # cached

    with django_capture_on_commit_callbacks(execute=True):
        application = apply(factories.OrganisationFactory(region=Region.LAPPI), [], [], 2026, Status.DONE)
    assert [int(dd.get_text(strip=True)) for dd in section(soup(client.get(url)), "totals").find_all("dd")] == [
        6,
        4,
        3,
    ]

    with django_capture_on_commit_callbacks(execute=True):
        CoachingFeedback.objects.create(application=application, usefulness=1, coach_rating=1, would_recommend=False)
    assert feedback_table(soup(client.get(url)))[2][1:] == ["50", "4"]

    with django_capture_on_commit_callbacks(execute=True):
        application.delete()
    assert table_figures(section(soup(client.get(url)), "completed")) == {"2024": 1, "2025": 2}


def test_an_anonymous_view_writes_nothing_once_the_figures_are_counted(client, known_data, directories):
    """Neither to the database nor to the cache."""
    page = directories["fi"]
    for url in [statistics_url(page), csv_url(page, "themes"), csv_url(page, "feedback")]:
        for _ in range(2):
            client.get(url)
        with ExitStack() as stack, CaptureQueriesContext(connection) as queries:
            writes = [
                stack.enter_context(patch.object(klass, method, autospec=True, side_effect=getattr(klass, method)))
                for klass in cache_backend_classes()
                for method in CACHE_WRITES
            ]
            assert client.get(url).status_code == 200
        assert [query["sql"] for query in queries.captured_queries if not READ.match(query["sql"])] == [], url
        assert [(write, write.call_args) for write in writes if write.called] == [], url


@pytest.fixture
def coaching_pages(homes, directories):
    """The coaching page, with the coaching figures in its body, in Finnish and Swedish."""
    finnish = factories.StandardPageFactory(
        parent=homes["fi"],
        title="Sparraus",
        slug="sparraus",
        body=[{"type": "figures", "value": {"heading": "Sparraus lukuina", "figures": "coaching"}}],
    )
    swedish_body = [{"type": "figures", "value": {"heading": "Sparrningen i siffror", "figures": "coaching"}}]
    swedish = factories.translate(finnish, "sv", title="Sparrning", slug="sparrning", body=swedish_body)
    return {"fi": finnish, "sv": swedish}


def figures_block(response):
    assert response.status_code == 200
    return soup(response).find("section", attrs={"aria-labelledby": "coaching-figures-heading"})


def test_coaching_page_shows_the_totals_feedback_and_figures_by_year_leading_to_the_statistics(
    client, known_data, coaching_pages, directories
):
    response = client.get(coaching_pages["sv"].url)

    block = figures_block(response)
    assert block.h2.get_text(strip=True) == "Sparrningen i siffror"
    assert [int(dd.get_text(strip=True)) for dd in block.find_all("dd")] == [5, 3, 3]
    assert table_cells(block.find("table"))[2][1:] == ["67", "3"], "the feedback, first"
    assert table_figures(section(block, "applications")) == {"2024": 1, "2025": 3, "2026": 1}
    assert table_figures(section(block, "completed")) == {"2024": 1, "2025": 2}
    assert [heading.get_text(strip=True) for heading in block.find_all("h3")] == [
        "Ansökningar per år",
        "Genomförda sparrningar per ansökningsår",
    ], "below the block's heading 2"
    links = {link["href"] for link in block.find_all("a")}
    swedish = directories["sv"]
    assert {statistics_url(swedish), csv_url(swedish, "applications"), csv_url(swedish, "feedback")} <= links
    assert "coaching" in response["X-Cache-Tags"].split(), "a new application bans the page in Varnish"


def test_coaching_page_figures_follow_the_applications_in_the_same_number_of_queries(
    client, directories, coaching_pages, django_capture_on_commit_callbacks
):
    url = coaching_pages["fi"].url
    client.get(url)

    with django_capture_on_commit_callbacks(execute=True):
        make_applications(3)
    few = count_queries(client, url), count_queries(client, url)
    assert int(figures_block(client.get(url)).dd.get_text(strip=True)) == 3

    with django_capture_on_commit_callbacks(execute=True):
        make_applications(27)
    many = count_queries(client, url), count_queries(client, url)
    assert int(figures_block(client.get(url)).dd.get_text(strip=True)) == 30

    assert few == many
    assert many[1] < many[0], "the second view reads the figures from the cache"


def test_without_a_published_directory_the_figures_are_left_out(client, homes, locales):
    page = factories.StandardPageFactory(
        parent=homes["fi"], body=[{"type": "figures", "value": {"heading": "Sparraus lukuina", "figures": "coaching"}}]
    )

    response = client.get(page.url)

    assert figures_block(response) is None
    assert "Sparraus lukuina" not in response.content.decode()
