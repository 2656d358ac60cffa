"""The public deed listing: facets with counts, search, sorting, pages and page sizes, all as GET URLs."""

import datetime
import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from teot.models import Deed, Organisation
from teot.regions import Region
from tests import factories
from tests.utils import rolled_back, soup

pytestmark = pytest.mark.django_db


# Class-scoped: the tests grouped in a class only read the marketplace and its deeds, which are built once for the
# class and rolled back after it; for a test outside a class, pytest builds them for that test alone.
@pytest.fixture(scope="class")
def index(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        yield factories.DeedIndexPageFactory(parent=factories.site_home(), title="Tekojen tori", slug="teot")


def publish_dates(*deeds):
    """Give the deeds first-published dates one day apart, the first oldest."""
    start = timezone.make_aware(datetime.datetime(2023, 1, 1, 12))
    for number, deed in enumerate(deeds):
        Deed.objects.filter(pk=deed.pk).update(first_published_at=start + datetime.timedelta(days=number))


@pytest.fixture(scope="class")
def catalogue(index, django_db_blocker):
    """Four live deeds and a draft, filed so that every facet tells them apart.

    | deed      | sectors        | themes       | organisation (type, region)  | year | campaign |
    | Jaksamo   | opetus         | hyvinvointi  | Kuusamo (municipality, Uusimaa)    | 2022 | yes |
    | Sotepaja  | opetus         | osallisuus   | Pirha (wellbeing county, Pirkanmaa) | 2023 | no  |
    | Kierto    | sote           | hyvinvointi  | Pirha                               | 2022 | yes |
    | Yhteispeli| opetus, sote   | osallisuus   | Kuusamo                             | 2021 | no  |
    | (draft)   | opetus         | hyvinvointi  | Kuusamo                             | 2022 | yes |
    """
    with django_db_blocker.unblock():
        opetus = factories.SectorFactory(name="Opetus ja kasvatus", slug="opetus", sort_order=1)
        sote = factories.SectorFactory(name="Sosiaali- ja terveyspalvelut", slug="sote", sort_order=2)
        wellbeing = factories.ThemeFactory(name="Työhyvinvointi", slug="hyvinvointi", sort_order=1)
        inclusion = factories.ThemeFactory(name="Osallisuus", slug="osallisuus", sort_order=2)
        kuusamo = factories.OrganisationFactory(
            name="Kuusamon kaupunki", type=Organisation.Type.MUNICIPALITY, region=Region.UUSIMAA
        )
        pirha = factories.OrganisationFactory(
            name="Pirkanmaan hyvinvointialue",
            name_sv="Birkalands välfärdsområde",
            type=Organisation.Type.WELLBEING_COUNTY,
            region=Region.PIRKANMAA,
        )
        campaign = factories.CampaignFactory(name="Hyvä kiertämään", slug="hyva-kiertamaan-2022")
        deeds = {
            "Jaksamo": factories.DeedFactory(
                title="Jaksamo",
                sectors=[opetus],
                themes=[wellbeing],
                organisation=kuusamo,
                year=2022,
                campaign=campaign,
                goal="Opettajien palautuminen koulupäivän jälkeen.",
            ),
            "Sotepaja": factories.DeedFactory(
                title="Sotepaja", sectors=[opetus], themes=[inclusion], organisation=pirha, year=2023
            ),
            "Kierto": factories.DeedFactory(
                title="Kierto",
                sectors=[sote],
                themes=[wellbeing],
                organisation=pirha,
                year=2022,
                campaign=campaign,
                summary="Työkierto osastojen välillä.",
            ),
            "Yhteispeli": factories.DeedFactory(
                title="Yhteispeli", sectors=[opetus, sote], themes=[inclusion], organisation=kuusamo, year=2021
            ),
        }
        factories.DeedFactory(
            title="Luonnos",
            sectors=[opetus],
            themes=[wellbeing],
            organisation=kuusamo,
            year=2022,
            campaign=campaign,
            live=False,
        )
        publish_dates(*deeds.values())
        return {
            "deeds": deeds,
            "organisations": {"kuusamo": kuusamo, "pirha": pirha},
            "campaign": campaign,
        }


def fi(text):
    """The Finnish of a UI string, as the /fi/ pages show it (English until it is translated)."""
    with translation.override("fi"):
        return translation.gettext(text)


def get(client, index, query=""):
    response = client.get(index.get_url() + query)
    assert response.status_code == 200, response.status_code
    return response


def titles(response):
    """The deed titles listed as results, in order."""
    results = soup(response).find(id="results")
    return [link.get_text(strip=True) for link in results.select(".card__title a")]


def options(response, param):
    """``{value: (count, checked)}`` of one facet's checkboxes."""
    found = {}
    for box in soup(response).find_all("input", attrs={"type": "checkbox", "name": param}):
        label = soup_label(box)
        count = int(re.search(r"\((\d+)\)\s*$", label).group(1))
        found[box["value"]] = (count, box.has_attr("checked"))
    return found


def soup_label(box):
    label = box.find_parent("form").find("label", attrs={"for": box["id"]})
    assert label is not None, f"checkbox {box['id']} has no label"
    return label.get_text(" ", strip=True)


def counts(response, param):
    return {value: count for value, (count, _checked) in options(response, param).items()}


def result_heading(response):
    return soup(response).find(id="results-heading").get_text(" ", strip=True)


# --- What is listed -----------------------------------------------------------------------


class TestListed:
    """The catalogue as listed."""

    def test_lists_live_deeds_newest_first_and_hides_drafts(self, client, catalogue, index):
        response = get(client, index)

        assert titles(response) == ["Yhteispeli", "Kierto", "Sotepaja", "Jaksamo"]
        assert "Luonnos" not in response.content.decode()
        assert result_heading(response).startswith("4 ")

    def test_drafts_are_not_counted_in_the_facets(self, client, catalogue, index):
        response = get(client, index)

        assert counts(response, "campaign") == {"hyva-kiertamaan-2022": 2}
        assert counts(response, "sector") == {"opetus": 3, "sote": 2}

    def test_card_shows_organisation_region_year_terms_and_summary(self, client, catalogue, index):
        response = get(client, index, "?q=Kierto")

        card = soup(response).select_one("#results .card")
        text = card.get_text(" ", strip=True)
        for expected in ("Pirkanmaan hyvinvointialue", "Pirkanmaa", "2022", "Sosiaali- ja terveyspalvelut"):
            assert expected in text
        assert "Työhyvinvointi" in text
        assert "Työkierto osastojen välillä." in text
        assert card.find("a")["href"] == index.deed_url(catalogue["deeds"]["Kierto"])


def test_card_shows_the_image_with_its_alt_text(client, index, media_root):
    image = factories.ImageFactory(file__width=800, file__height=600)
    factories.DeedFactory(title="Kuvallinen", image=image, image_alt="Hoitajat kahvitauolla")

    response = get(client, index)

    img = soup(response).select_one("#results .card img")
    assert img["alt"] == "Hoitajat kahvitauolla"
    assert img["width"] == "400"
    assert img["height"] == "250"


def test_page_shows_intro_and_links_to_submission_statistics_and_open_data(client, index):
    index.intro = "Tekoja työpaikoilta eri puolilta Suomea."
    index.save_revision().publish()

    document = soup(get(client, index))

    assert "Tekoja työpaikoilta eri puolilta Suomea." in document.main.get_text()
    hrefs = {link["href"] for link in document.main.find_all("a")}
    base = index.get_url()
    assert {base + "ilmoita/", base + "tilastot/", base + "avoin-data/"} <= hrefs
    assert len(document.find_all("h1")) == 1


def test_swedish_listing_shows_swedish_deeds_only(client, homes, index):
    swedish_index = factories.translate(index, "sv", title="Gärningstorget", slug="teot-sv")
    factories.DeedFactory(title="Suomenkielinen teko")
    sv = factories.get_locale("sv")
    factories.DeedFactory(
        title="Svensk gärning",
        locale=sv,
        sectors=[factories.SectorFactory(locale=sv, slug="undervisning", name="Undervisning")],
        themes=[factories.ThemeFactory(locale=sv, name="Delaktighet")],
    )

    swedish = client.get(swedish_index.get_url())
    finnish = client.get(index.get_url())

    assert swedish.status_code == 200
    assert titles(swedish) == ["Svensk gärning"]
    assert counts(swedish, "sector") == {"undervisning": 1}
    assert titles(finnish) == ["Suomenkielinen teko"]


def test_swedish_listing_names_organisations_in_swedish(client, homes, index):
    swedish_index = factories.translate(index, "sv", title="Gärningstorget", slug="teot-sv")
    sv = factories.get_locale("sv")
    organisation = factories.OrganisationFactory(name="Vaasan kaupunki", name_sv="Vasa stad")
    factories.DeedFactory(
        title="Svensk gärning",
        locale=sv,
        organisation=organisation,
        sectors=[factories.SectorFactory(locale=sv)],
        themes=[factories.ThemeFactory(locale=sv)],
    )

    response = client.get(swedish_index.get_url())

    card = soup(response).select_one("#results .card").get_text(" ", strip=True)
    assert "Vasa stad" in card
    assert "Vaasan kaupunki" not in card
    assert soup_label(soup(response).find("input", attrs={"name": "organisation"})).startswith("Vasa stad")


# --- Facets -------------------------------------------------------------------------------


class TestFacets:
    """Facets over the catalogue."""

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("?sector=opetus", {"Jaksamo", "Sotepaja", "Yhteispeli"}),
            ("?sector=sote", {"Kierto", "Yhteispeli"}),
            ("?theme=hyvinvointi", {"Jaksamo", "Kierto"}),
            ("?theme=osallisuus", {"Sotepaja", "Yhteispeli"}),
            ("?region=uusimaa", {"Jaksamo", "Yhteispeli"}),
            ("?region=pirkanmaa", {"Sotepaja", "Kierto"}),
            ("?type=wellbeing_county", {"Sotepaja", "Kierto"}),
            ("?type=municipality", {"Jaksamo", "Yhteispeli"}),
            ("?campaign=hyva-kiertamaan-2022", {"Jaksamo", "Kierto"}),
            ("?year=2022", {"Jaksamo", "Kierto"}),
            ("?year=2021", {"Yhteispeli"}),
        ],
    )
    def test_each_facet_alone(self, client, catalogue, index, query, expected):
        assert set(titles(get(client, index, query))) == expected

    def test_organisation_facet(self, client, catalogue, index):
        pirha = catalogue["organisations"]["pirha"]

        response = get(client, index, f"?organisation={pirha.pk}")

        assert set(titles(response)) == {"Sotepaja", "Kierto"}
        assert options(response, "organisation")[str(pirha.pk)] == (2, True)

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            # Options of one facet widen the result (OR) ...
            ("?sector=opetus&sector=sote", {"Jaksamo", "Sotepaja", "Kierto", "Yhteispeli"}),
            ("?year=2021&year=2023", {"Sotepaja", "Yhteispeli"}),
            ("?theme=hyvinvointi&theme=osallisuus", {"Jaksamo", "Sotepaja", "Kierto", "Yhteispeli"}),
            # ... facets narrow it (AND).
            ("?sector=opetus&theme=osallisuus", {"Sotepaja", "Yhteispeli"}),
            ("?sector=sote&region=pirkanmaa", {"Kierto"}),
            ("?sector=opetus&sector=sote&year=2022", {"Jaksamo", "Kierto"}),
            ("?type=municipality&campaign=hyva-kiertamaan-2022", {"Jaksamo"}),
            ("?theme=hyvinvointi&region=uusimaa&year=2022&sector=opetus", {"Jaksamo"}),
            ("?sector=opetus&q=yhteispeli", {"Yhteispeli"}),
        ],
    )
    def test_facet_combinations(self, client, catalogue, index, query, expected):
        assert set(titles(get(client, index, query))) == expected

    def test_a_deed_in_two_ticked_sectors_is_listed_once(self, client, catalogue, index):
        response = get(client, index, "?sector=opetus&sector=sote")

        assert titles(response).count("Yhteispeli") == 1
        assert result_heading(response).startswith("4 ")

    def test_counts_without_a_selection(self, client, catalogue, index):
        response = get(client, index)

        kuusamo, pirha = catalogue["organisations"]["kuusamo"], catalogue["organisations"]["pirha"]
        assert counts(response, "sector") == {"opetus": 3, "sote": 2}
        assert counts(response, "theme") == {"hyvinvointi": 2, "osallisuus": 2}
        assert counts(response, "region") == {"uusimaa": 2, "pirkanmaa": 2}
        assert counts(response, "type") == {"municipality": 2, "wellbeing_county": 2}
        assert counts(response, "organisation") == {str(kuusamo.pk): 2, str(pirha.pk): 2}
        assert counts(response, "campaign") == {"hyva-kiertamaan-2022": 2}
        assert counts(response, "year") == {"2021": 1, "2022": 2, "2023": 1}

    def test_counts_follow_the_current_selection(self, client, catalogue, index):
        """Each option counts the deeds the listing would show with that option ticked as well."""
        response = get(client, index, "?sector=opetus&region=uusimaa")

        assert set(titles(response)) == {"Jaksamo", "Yhteispeli"}
        # A facet's own selection does not narrow its counts: the other facets' selections do.
        assert options(response, "sector") == {"opetus": (2, True), "sote": (1, False)}
        assert options(response, "region") == {"uusimaa": (2, True), "pirkanmaa": (1, False)}
        assert counts(response, "theme") == {"hyvinvointi": 1, "osallisuus": 1}
        assert counts(response, "year") == {"2022": 1, "2021": 1}
        assert counts(response, "type") == {"municipality": 2}
        assert counts(response, "campaign") == {"hyva-kiertamaan-2022": 1}

    def test_counts_follow_the_search(self, client, catalogue, index):
        response = get(client, index, "?q=kierto")

        assert counts(response, "sector") == {"sote": 1}
        assert counts(response, "year") == {"2022": 1}

    def test_options_without_deeds_are_hidden_but_ticked_ones_stay(self, client, catalogue, index):
        response = get(client, index, "?region=pirkanmaa&year=2021")

        assert titles(response) == []
        assert options(response, "year") == {"2022": (1, False), "2023": (1, False), "2021": (0, True)}
        assert options(response, "region") == {"uusimaa": (1, False), "pirkanmaa": (0, True)}
        assert "hyvinvointi" not in counts(response, "theme")

    def test_options_are_in_the_taxonomy_order_and_years_newest_first(self, client, catalogue, index):
        response = get(client, index)

        assert list(counts(response, "sector")) == ["opetus", "sote"]
        assert list(counts(response, "year")) == ["2023", "2022", "2021"]
        assert list(counts(response, "region")) == ["uusimaa", "pirkanmaa"]  # Statistics Finland's order

    def test_facets_are_fieldsets_with_legends_and_labelled_checkboxes(self, client, catalogue, index):
        document = soup(get(client, index))

        form = document.find("main").find("form", attrs={"method": "get"})
        legends = [fieldset.legend.get_text(strip=True) for fieldset in form.find_all("fieldset")]
        expected = ["Sector", "Theme", "Region", "Organisation type", "Organisation", "Campaign", "Year"]
        assert legends == [fi(legend) for legend in [*expected, "Order and page size"]]
        for field in form.find_all(["input", "select"]):
            if field.get("type") in ("hidden", "submit"):
                continue
            assert form.find("label", attrs={"for": field["id"]}), f"{field} has no label"
        assert form.find("button", attrs={"type": "submit"})
        ids = [element["id"] for element in document.find_all(id=True)]
        assert len(ids) == len(set(ids)), "duplicate ids"


# --- Search -------------------------------------------------------------------------------


class TestSearch:
    """Searching the catalogue."""

    @pytest.mark.parametrize(
        ("q", "expected"),
        [
            ("jaksamo", {"Jaksamo"}),  # title, any case
            ("työkierto", {"Kierto"}),  # summary
            ("palautuminen", {"Jaksamo"}),  # goal
            ("pirkanmaan", {"Sotepaja", "Kierto"}),  # organisation name
            ("birkalands", {"Sotepaja", "Kierto"}),  # organisation's Swedish name
            ("kuusamon yhteispeli", {"Yhteispeli"}),  # every word must match
            ("  Jaksamo  ", {"Jaksamo"}),
            ("100%_", set()),  # LIKE wildcards are text
            ("ei-loydy-mitaan", set()),
        ],
    )
    def test_search(self, client, catalogue, index, q, expected):
        assert set(titles(client.get(index.get_url(), {"q": q}))) == expected

    def test_search_does_not_find_drafts(self, client, catalogue, index):
        assert titles(client.get(index.get_url(), {"q": "Luonnos"})) == []


# --- Sorting, pages and page size -----------------------------------------------------------


class TestSorting:
    """Sorting the catalogue."""

    @pytest.mark.parametrize(
        ("sort", "expected"),
        [
            ("", ["Yhteispeli", "Kierto", "Sotepaja", "Jaksamo"]),
            ("newest", ["Yhteispeli", "Kierto", "Sotepaja", "Jaksamo"]),
            ("oldest", ["Jaksamo", "Sotepaja", "Kierto", "Yhteispeli"]),
            ("title", ["Jaksamo", "Kierto", "Sotepaja", "Yhteispeli"]),
        ],
    )
    def test_sorting(self, client, catalogue, index, sort, expected):
        response = get(client, index, f"?sort={sort}")

        assert titles(response) == expected
        selected = soup(response).find("select", attrs={"name": "sort"}).find("option", selected=True)
        assert selected["value"] == (sort or "newest")


@pytest.fixture(scope="class")
def thirty(index, django_db_blocker):
    with django_db_blocker.unblock():
        deeds = [factories.DeedFactory(title=f"Teko {number:02d}") for number in range(1, 31)]
        publish_dates(*deeds)  # Teko 30 is the newest
    return deeds


class TestPages:
    """Thirty deeds over pages."""

    def test_first_page_has_twelve_deeds_by_default(self, client, thirty, index):
        response = get(client, index)

        assert titles(response) == [f"Teko {number:02d}" for number in range(30, 18, -1)]
        assert result_heading(response).startswith("30 ")
        pages = soup(response).find("nav", attrs={"aria-label": fi("Pages")})
        assert pages.find("a", attrs={"aria-current": "page"}).get_text(strip=True).endswith("1")

    def test_last_page_has_the_rest(self, client, thirty, index):
        response = get(client, index, "?page=3")

        assert titles(response) == [f"Teko {number:02d}" for number in range(6, 0, -1)]

    @pytest.mark.parametrize("per_page", [12, 24, 48])
    def test_page_size_can_be_chosen(self, client, thirty, index, per_page):
        response = get(client, index, f"?per_page={per_page}")

        assert len(titles(response)) == min(per_page, 30)
        selected = soup(response).find("select", attrs={"name": "per_page"}).find("option", selected=True)
        assert selected["value"] == str(per_page)

    def test_page_links_keep_the_filters_search_sort_and_page_size(self, client, thirty, index):
        response = get(client, index, "?q=teko&sort=oldest&per_page=24&year=2022")

        next_link = soup(response).find("a", attrs={"rel": "next"})["href"]
        path, query = next_link.split("?")
        assert path == index.get_url()
        assert sorted(parse_qsl(query)) == sorted(
            [("q", "teko"), ("sort", "oldest"), ("per_page", "24"), ("year", "2022"), ("page", "2")]
        )
        following = client.get(next_link)
        assert titles(following) == [f"Teko {number:02d}" for number in range(25, 31)]


def test_no_pagination_when_everything_fits(client, catalogue, index):
    assert soup(get(client, index)).find("nav", attrs={"aria-label": fi("Pages")}) is None


# --- Shareable state ------------------------------------------------------------------------


class TestShareableState:
    """The catalogue's state in the URL."""

    def test_the_form_shows_the_state_of_the_url(self, client, catalogue, index):
        response = get(client, index, "?q=kierto&sector=sote&theme=hyvinvointi&sort=title&per_page=24")

        form = soup(response).find("main").find("form", attrs={"method": "get"})
        assert form["action"] == index.get_url()
        assert form.find("input", attrs={"name": "q"})["value"] == "kierto"
        checked = {(box["name"], box["value"]) for box in form.find_all("input", checked=True)}
        assert checked == {("sector", "sote"), ("theme", "hyvinvointi")}
        assert form.find("select", attrs={"name": "sort"}).find("option", selected=True)["value"] == "title"

    def test_each_active_filter_links_to_the_listing_without_it(self, client, catalogue, index):
        response = get(client, index, "?sector=opetus&theme=osallisuus&q=yhteispeli")

        links = soup(response).select(".active-filters__item")
        by_label = {link.get_text(" ", strip=True): link["href"] for link in links}
        remove_theme = next(href for label, href in by_label.items() if "Osallisuus" in label)
        assert sorted(parse_qsl(urlsplit(remove_theme).query)) == [("q", "yhteispeli"), ("sector", "opetus")]
        remove_search = next(href for label, href in by_label.items() if "yhteispeli" in label)
        assert sorted(parse_qsl(urlsplit(remove_search).query)) == [("sector", "opetus"), ("theme", "osallisuus")]
        assert set(titles(client.get(remove_search))) == {"Sotepaja", "Yhteispeli"}

    def test_clear_filters_keeps_only_sort_and_page_size(self, client, catalogue, index):
        response = get(client, index, "?sector=opetus&sort=oldest&per_page=24&page=1")

        clear = soup(response).find("a", string=fi("Clear filters"))
        assert clear is not None
        assert sorted(parse_qsl(urlsplit(clear["href"]).query)) == [("per_page", "24"), ("sort", "oldest")]

    def test_empty_result_offers_a_way_out(self, client, catalogue, index):
        response = get(client, index, "?sector=sote&year=2023")

        assert titles(response) == []
        assert result_heading(response).startswith("0 ")
        empty = soup(response).select_one(".deeds__empty")
        assert empty is not None
        hrefs = [link["href"] for link in empty.find_all("a")]
        assert index.get_url() + "?sector=sote" in hrefs  # the last choice removed
        assert index.get_url() in hrefs  # everything cleared
        assert set(titles(client.get(index.get_url() + "?sector=sote"))) == {"Kierto", "Yhteispeli"}


def test_empty_listing_invites_the_first_submission(client, index):
    response = get(client, index)

    empty = soup(response).select_one(".deeds__empty")
    assert empty.find("a")["href"] == index.get_url() + "ilmoita/"


def test_filtered_listings_are_not_indexed(client, catalogue, index):
    assert soup(get(client, index)).find("meta", attrs={"name": "robots"}) is None
    robots = soup(get(client, index, "?sector=opetus")).find("meta", attrs={"name": "robots"})
    assert robots["content"] == "noindex, follow"


# --- Bad parameters ---------------------------------------------------------------------------


class TestBadParameters:
    """Bad parameters over the catalogue."""

    @pytest.mark.parametrize(
        "query",
        [
            {"sector": "nonexistent"},
            {"sector": "../../etc/passwd"},
            {"theme": "x" * 500},
            {"region": "atlantis"},
            {"type": "castle"},
            {"year": "abc"},
            {"year": "99999999999999999999"},
            {"year": "-2022"},
            {"year": "1066"},
            {"organisation": "abc"},
            {"organisation": "99999999999999999999"},
            {"organisation": "0"},
            {"organisation": "123456"},
            {"campaign": "no-such-campaign"},
            {"campaign": "\x00"},
            {"page": "0"},
            {"page": "-1"},
            {"page": "abc"},
            {"page": "1.5"},
            {"page": "99999999999999999999"},
            {"per_page": "7"},
            {"per_page": "100000"},
            {"per_page": "abc"},
            {"sort": "bogus"},
            {"sort": "-pk"},
            {"q": "kierto\x00"},
            {"q": "\x00"},
            {"q": "a" * 10_000},
            {"q": "%' OR 1=1 --"},
            {"q": "<script>alert(1)</script>"},
            {"unknown": "whatever"},
        ],
    )
    def test_bad_parameters_are_ignored(self, client, catalogue, index, query):
        response = client.get(index.get_url(), query)

        assert response.status_code == 200
        assert "<script>alert(1)" not in response.content.decode()

    def test_unknown_values_are_dropped_from_the_selection(self, client, catalogue, index):
        response = get(client, index, "?sector=nonexistent&year=abc&organisation=abc&sort=bogus&per_page=7")

        assert set(titles(response)) == {"Jaksamo", "Sotepaja", "Kierto", "Yhteispeli"}
        assert soup(response).select(".active-filters__item") == []
        assert soup(response).find("select", attrs={"name": "per_page"}).find("option", selected=True)["value"] == "12"

    def test_known_values_beside_unknown_ones_still_filter(self, client, catalogue, index):
        response = get(client, index, "?sector=nonexistent&sector=sote&sector=sote")

        assert set(titles(response)) == {"Kierto", "Yhteispeli"}
        assert len(soup(response).select(".active-filters__item")) == 1

    def test_repeated_single_parameters_take_the_last_value(self, client, catalogue, index):
        response = get(client, index, "?sort=title&sort=oldest&q=nothing&q=kierto")

        assert titles(response) == ["Kierto"]
        assert soup(response).find("select", attrs={"name": "sort"}).find("option", selected=True)["value"] == "oldest"


class TestBadPages:
    """Bad page numbers over thirty deeds."""

    def test_a_page_past_the_end_shows_the_last_page(self, client, thirty, index):
        response = get(client, index, "?page=9999")

        assert titles(response) == [f"Teko {number:02d}" for number in range(6, 0, -1)]

    @pytest.mark.parametrize("page", ["0", "-1", "abc"])
    def test_a_page_that_is_not_a_page_number_shows_the_first(self, client, thirty, index, page):
        assert titles(get(client, index, f"?page={page}"))[0] == "Teko 30"


def test_the_listing_does_not_take_posts(client, index):
    assert client.post(index.get_url(), {"q": "x"}).status_code == 405


# --- Query budget -----------------------------------------------------------------------------


def make_deeds(number, sectors, themes, organisations, campaign, image):
    for n in range(number):
        factories.DeedFactory(
            title=f"Teko {n}",
            sectors=sectors[: 1 + n % 2],
            themes=themes[n % 2 :],
            organisation=organisations[n % 2],
            campaign=campaign if n % 3 else None,
            year=2021 + n % 3,
            image=image,
            image_alt="Kuva työpaikalta",
        )


def count_queries(client, url):
    client.get(url)  # warm up: renditions, caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.parametrize("with_image", [False, True], ids=["no-images", "images"])
def test_query_count_does_not_grow_with_the_number_of_deeds(
    client, index, media_root, with_image, django_capture_on_commit_callbacks
):
    sectors = [factories.SectorFactory(slug=f"toimiala-{n}") for n in range(3)]
    themes = [factories.ThemeFactory(slug=f"teema-{n}") for n in range(3)]
    organisations = [factories.OrganisationFactory() for _ in range(2)]
    campaign = factories.CampaignFactory()
    image = factories.ImageFactory() if with_image else None
    query = (
        f"?sector={sectors[0].slug}&sector={sectors[1].slug}&theme={themes[1].slug}&region=uusimaa"
        f"&type=municipality&organisation={organisations[0].pk}&organisation={organisations[1].pk}"
        f"&year=2021&year=2022&year=2023&campaign={campaign.slug}&q=Teko&sort=title&per_page=48"
    )
    url = index.get_url() + query

    make_deeds(5, sectors, themes, organisations, campaign, image)
    few, response = count_queries(client, url)
    assert len(titles(response)) > 1
    with django_capture_on_commit_callbacks(execute=True):  # as the deeds' transactions commit
        make_deeds(45, sectors, themes, organisations, campaign, image)
    many, response = count_queries(client, url)
    assert len(titles(response)) > 5

    assert few == many, f"{few} queries with 5 deeds, {many} with 50"


def test_editors_preview_of_the_marketplace_page_shows_the_listing(catalogue, index):
    response = index.make_preview_request()

    assert response.status_code == 200
    assert set(titles(response)) == {"Jaksamo", "Sotepaja", "Kierto", "Yhteispeli"}
