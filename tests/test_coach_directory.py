"""The coach directory: filters with counts, search, the coach's page, its preview and translations, the
site search and the sitemap, and queries that do not grow with the coaches."""

import re
import xml.etree.ElementTree as ET
from contextlib import ExitStack
from unittest.mock import patch

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import nested_form_data, rich_text

from sparraus import directory as coach_directory
from sparraus.models import Coach
from tests import factories
from tests.test_query_budgets import BUDGET, CACHE_WRITES, READ, cache_backend_classes
from tests.utils import head_links, rolled_back, soup

pytestmark = pytest.mark.django_db

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the Finnish-aware search builds on PostgreSQL full-text search"
)


# Class-scoped: the tests of a class only read the directory and its coaches, built once for the class and rolled
# back after it; for a test outside a class, pytest builds them for that test alone.
@pytest.fixture(scope="class")
def directory(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        yield factories.CoachDirectoryPageFactory(parent=factories.site_home(), title="Sparraajat", slug="sparraajat")


@pytest.fixture(scope="class")
def catalogue(directory, django_db_blocker):
    """Three live active coaches, a draft and an inactive one, filed so that every filter tells them apart.

    | coach   | themes                  | sectors | regions            | languages | ways            |
    | Aino    | hyvinvointi             | opetus  | (the whole country) | fi        | on site, remote |
    | Bertil  | johtaminen              | sote    | pohjanmaa          | sv, fi    | on site         |
    | Cecilia | hyvinvointi, johtaminen | —       | uusimaa, pirkanmaa | en, fi    | remote          |
    | (draft), (inactive): salaisuudet only
    """
    with django_db_blocker.unblock():
        wellbeing = factories.ThemeFactory(name="Työhyvinvointi", slug="hyvinvointi", sort_order=1)
        leadership = factories.ThemeFactory(name="Johtaminen", slug="johtaminen", sort_order=2)
        secret = factories.ThemeFactory(name="Salaisuudet", slug="salaisuudet", sort_order=3)
        education = factories.SectorFactory(name="Opetus ja kasvatus", slug="opetus", sort_order=1)
        care = factories.SectorFactory(name="Sosiaali- ja terveyspalvelut", slug="sote", sort_order=2)
        coaches = {
            "Aino": factories.CoachFactory(
                name="Aino Auttaja",
                organisation="Auttajat Oy",
                summary="Rauhoittaa kiireiset työpäivät.",
                description="<p>Pitkä kokemus <strong>vuorotyöstä</strong> sairaaloissa.</p>",
                keywords="Lean, fasilitointi",
                themes=[wellbeing],
                sectors=[education],
                regions=[],
                languages=["fi"],
                email="aino@auttajat.example",
                phone="040 123 4567",
                website="https://auttajat.example/aino",
            ),
            "Bertil": factories.CoachFactory(
                name="Bertil Berg",
                organisation="Berg Consulting Ab",
                summary="Leder förändring i arbetsgemenskaper.",
                themes=[leadership],
                sectors=[care],
                regions=["pohjanmaa"],
                languages=["sv", "fi"],
                on_site=True,
                remote=False,
            ),
            "Cecilia": factories.CoachFactory(
                name="Cecilia Coach",
                organisation="Kehityskumppanit Oy",
                summary="Valmentaa esihenkilöitä verkossa.",
                themes=[wellbeing, leadership],
                regions=["uusimaa", "pirkanmaa"],
                languages=["en", "fi"],
                on_site=False,
                remote=True,
            ),
        }
        draft = factories.CoachFactory(name="Luonnos Sparraaja", themes=[secret], live=False)
        inactive = factories.CoachFactory(name="Entinen Sparraaja", themes=[secret], active=False)
        return {"coaches": coaches, "draft": draft, "inactive": inactive}


def ui(text, language="fi"):
    """A UI string as the page in ``language`` shows it (English until it is translated)."""
    with translation.override(language):
        return translation.gettext(text)


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response


def listed(client, directory, query=""):
    return get(client, directory.get_url() + query)


def names(response):
    """The coaches listed as results, in order."""
    return [link.get_text(strip=True) for link in soup(response).select("#results .card__title a")]


def options(response, param):
    """``{value: (count, checked)}`` of one filter's checkboxes."""
    found = {}
    form = soup(response).find("form", class_="deed-filters__form")
    for box in form.find_all("input", attrs={"type": "checkbox", "name": param}):
        label = form.find("label", attrs={"for": box["id"]})
        assert label is not None, f"checkbox {box['id']} has no label"
        count = int(re.search(r"\((\d+)\)\s*$", label.get_text(" ", strip=True)).group(1))
        found[box["value"]] = (count, box.has_attr("checked"))
    return found


def counts(response, param):
    return {value: count for value, (count, _checked) in options(response, param).items()}


def heading(response):
    return soup(response).find(id="results-heading").get_text(" ", strip=True)


# --- The directory ----------------------------------------------------------------------------


class TestFilters:
    def test_lists_live_active_coaches_by_name(self, client, catalogue, directory):
        response = listed(client, directory)

        assert names(response) == ["Aino Auttaja", "Bertil Berg", "Cecilia Coach"]
        html = response.content.decode()
        assert "Luonnos Sparraaja" not in html
        assert "Entinen Sparraaja" not in html
        assert heading(response).startswith("3 ")
        assert len(soup(response).find_all("h1")) == 1

    def test_counts_every_option_without_filters(self, client, catalogue, directory):
        response = listed(client, directory)

        # The draft's and the inactive coach's theme is offered nowhere.
        assert counts(response, "theme") == {"hyvinvointi": 2, "johtaminen": 2}
        assert counts(response, "sector") == {"opetus": 1, "sote": 1}
        regions = counts(response, "region")
        # A coach for the whole country counts in every region.
        assert regions["uusimaa"] == regions["pirkanmaa"] == regions["pohjanmaa"] == 2
        assert regions["lappi"] == 1
        assert len(regions) == 19
        assert counts(response, "language") == {"fi": 3, "sv": 1, "en": 1}
        assert counts(response, "way") == {"on-site": 2, "remote": 2}

    def test_option_labels_are_the_terms_names(self, client, catalogue, directory):
        form = soup(listed(client, directory)).find("form", class_="deed-filters__form")

        assert form.find("label", attrs={"for": "filter-theme-hyvinvointi"}).get_text(" ", strip=True) == (
            "Työhyvinvointi (2)"
        )
        legends = [legend.get_text(strip=True) for legend in form.find_all("legend")]
        assert legends == [ui("Theme"), ui("Sector"), ui("Region"), ui("Language of coaching"), ui("Way of working")]

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("?theme=johtaminen", ["Bertil Berg", "Cecilia Coach"]),
            ("?sector=opetus", ["Aino Auttaja"]),
            ("?region=pohjanmaa", ["Aino Auttaja", "Bertil Berg"]),  # Aino works all over Finland
            ("?region=lappi", ["Aino Auttaja"]),
            ("?language=sv", ["Bertil Berg"]),
            ("?way=on-site", ["Aino Auttaja", "Bertil Berg"]),
            ("?way=remote", ["Aino Auttaja", "Cecilia Coach"]),
            # Several values of one filter: any of them.
            ("?language=sv&language=en", ["Bertil Berg", "Cecilia Coach"]),
            ("?way=on-site&way=remote", ["Aino Auttaja", "Bertil Berg", "Cecilia Coach"]),
            # Filters together: all of them.
            ("?theme=johtaminen&language=en", ["Cecilia Coach"]),
            ("?theme=hyvinvointi&way=on-site", ["Aino Auttaja"]),
            ("?theme=johtaminen&region=uusimaa&way=remote&language=fi", ["Cecilia Coach"]),
        ],
    )
    def test_filters(self, client, catalogue, directory, query, expected):
        response = listed(client, directory, query)

        assert names(response) == expected
        assert heading(response).startswith(f"{len(expected)} ")

    def test_counts_follow_the_other_filters(self, client, catalogue, directory):
        response = listed(client, directory, "?theme=johtaminen")

        assert options(response, "theme") == {"hyvinvointi": (2, False), "johtaminen": (2, True)}
        assert counts(response, "language") == {"fi": 2, "sv": 1, "en": 1}
        assert counts(response, "way") == {"on-site": 1, "remote": 1}
        assert counts(response, "sector") == {"sote": 1}
        regions = counts(response, "region")
        assert regions == {"uusimaa": 1, "pirkanmaa": 1, "pohjanmaa": 1}

    def test_a_selected_option_stays_even_when_nothing_matches(self, client, catalogue, directory):
        response = listed(client, directory, "?theme=hyvinvointi&sector=sote")

        assert names(response) == []
        assert options(response, "sector")["sote"] == (0, True)
        assert options(response, "theme") == {"hyvinvointi": (0, True), "johtaminen": (1, False)}

    def test_invalid_values_are_ignored(self, client, catalogue, directory):
        query = (
            "?theme=ei-ole&theme=%3Cscript%3E&sector=&region=atlantis&language=de&way=lentaen"
            "&page=kolme&unknown=1&q=%00"
        )
        response = listed(client, directory, query)

        assert names(response) == ["Aino Auttaja", "Bertil Berg", "Cecilia Coach"]
        assert soup(response).find(class_="active-filters") is None
        assert not any(checked for value in options(response, "theme").values() for checked in value[1:])

    def test_a_page_past_the_last_shows_the_last(self, client, catalogue, directory):
        assert names(listed(client, directory, "?page=99")) == ["Aino Auttaja", "Bertil Berg", "Cecilia Coach"]

    def test_a_known_theme_without_coaches_gives_the_empty_state(self, client, catalogue, directory):
        response = listed(client, directory, "?theme=salaisuudet")

        assert names(response) == []
        assert options(response, "theme")["salaisuudet"] == (0, True)
        empty = soup(response).find(class_="deeds__empty")
        assert ui("No coaches match your choices.") in empty.get_text()
        assert directory.get_url() in {link["href"] for link in empty.find_all("a")}

    def test_active_filters_remove_one_choice_each_and_clear_all(self, client, catalogue, directory):
        response = listed(client, directory, "?theme=johtaminen&language=en&q=Coach")

        links = {
            link.get_text(" ", strip=True): link["href"] for link in soup(response).select(".active-filters__list a")
        }
        base = directory.get_url()
        remove = ui("Remove")
        assert links[f"{remove} {ui('Theme')}: Johtaminen ×"] == base + "?q=Coach&language=en"
        assert links[f"{remove} {ui('Language of coaching')}: {ui('English').capitalize()} ×"] == (
            base + "?q=Coach&theme=johtaminen"
        )
        assert links[f"{remove} {ui('Search')}: Coach ×"] == base + "?theme=johtaminen&language=en"
        assert links[ui("Clear all filters")] == base

    def test_filtered_page_announces_the_count(self, client, catalogue, directory):
        response = listed(client, directory, "?theme=johtaminen")

        document = soup(response)
        assert document.title.get_text().startswith("2 ")
        status = document.find(attrs={"role": "status"})
        assert status.get_text(" ", strip=True).startswith("2 ")
        assert status.find("a")["href"] == "#results"
        assert document.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"

    def test_unfiltered_page_is_indexable_and_has_no_status(self, client, catalogue, directory):
        document = soup(listed(client, directory))

        assert document.find("meta", attrs={"name": "robots"}) is None
        assert document.find(attrs={"role": "status"}) is None

    def test_card_shows_what_the_coach_offers(self, client, catalogue, directory):
        response = listed(client, directory, "?language=en")

        card = soup(response).select_one("#results .card")
        cecilia = catalogue["coaches"]["Cecilia"]
        assert card.find("h3").find("a")["href"] == directory.coach_url(cecilia)
        text = " ".join(card.get_text(" ", strip=True).split())
        for expected in (
            "Kehityskumppanit Oy",
            "Valmentaa esihenkilöitä verkossa.",
            "Työhyvinvointi, Johtaminen",
            f"{ui('Uusimaa')}, {ui('Pirkanmaa')}",
            ui("Remote"),
        ):
            assert expected in text
        assert card.find("img") is None  # no photo, no image

    def test_card_of_a_coach_for_the_whole_country(self, client, catalogue, directory):
        card = soup(listed(client, directory, "?sector=opetus")).select_one("#results .card")

        text = " ".join(card.get_text(" ", strip=True).split())
        assert ui("All of Finland") in text
        assert f"{ui('On site')}, {ui('Remote')}" in text

    def test_the_form_sends_a_get(self, client, catalogue, directory):
        form = soup(listed(client, directory)).find("form", class_="deed-filters__form")

        assert form["method"] == "get"
        assert form["action"] == directory.get_url()
        assert form.find("input", attrs={"name": "q", "type": "search"})["id"] == "coach-search"
        assert form.find("label", attrs={"for": "coach-search"}) is not None

    def test_other_methods_are_refused(self, client, catalogue, directory):
        assert client.post(directory.get_url()).status_code == 405


@needs_postgres
class TestSearch:
    @pytest.mark.parametrize(
        ("q", "expected"),
        [
            ("Kehityskumppanit", ["Cecilia Coach"]),  # organisation
            ("Bertil", ["Bertil Berg"]),  # name
            ("Lean", ["Aino Auttaja"]),  # keyword
            ("johtaminen", ["Bertil Berg", "Cecilia Coach"]),  # a theme's name
            ("esihenkilöitä", ["Cecilia Coach"]),  # summary
            ("vuorotyö", ["Aino Auttaja"]),  # the description's "vuorotyöstä", in its base form
            ("sairaala", ["Aino Auttaja"]),  # "sairaaloissa"
            ("Salaisuudet", []),  # only the draft's and the inactive coach's theme
            ("zzzqqq", []),
        ],
    )
    def test_searches_coaches_in_any_inflected_form(self, client, catalogue, directory, q, expected):
        response = listed(client, directory, f"?q={q}")

        assert names(response) == expected

    def test_search_and_filters_together(self, client, catalogue, directory):
        response = listed(client, directory, "?q=johtaminen&language=sv")

        assert names(response) == ["Bertil Berg"]
        assert counts(response, "language") == {"fi": 2, "sv": 1, "en": 1}
        assert counts(response, "theme") == {"johtaminen": 1}

    def test_a_search_finding_nothing_offers_to_clear(self, client, catalogue, directory):
        response = listed(client, directory, "?q=zzzqqq")

        empty = soup(response).find(class_="deeds__empty")
        hrefs = [link["href"] for link in empty.find_all("a")]
        assert directory.get_url() in hrefs


@needs_postgres
def test_a_renamed_theme_finds_its_coaches_by_the_new_name(client, directory):
    theme = factories.ThemeFactory(name="Muutosjohtaminen", slug="muutosjohtaminen")
    factories.CoachFactory(name="Doris Esimerkki", themes=[theme])
    theme.name = "Uudistuminen"
    theme.save()

    assert names(listed(client, directory, "?q=uudistuminen")) == ["Doris Esimerkki"]


def test_searching_too_often_answers_429_with_the_form_kept(client, directory, catalogue, settings):
    settings.SEARCH_RATE_LIMIT = (1, 60)
    listed(client, directory, "?q=Bertil")

    response = client.get(directory.get_url() + "?q=Bertil&theme=johtaminen")

    assert response.status_code == 429
    assert response["Retry-After"]
    document = soup(response)
    assert document.find(id="rate-limited") is not None
    assert document.find(id="coach-search")["value"] == "Bertil"
    assert options(response, "theme")["johtaminen"] == (2, True)
    # Ticking filters without words is never limited.
    assert names(listed(client, directory, "?theme=johtaminen")) == ["Bertil Berg", "Cecilia Coach"]


def test_empty_directory_says_so(client, directory):
    response = listed(client, directory)

    assert names(response) == []
    assert ui("No coaches have been published yet.") in soup(response).find(id="results").get_text()


def test_card_shows_the_photo_with_its_alt_text(client, directory, media_root):
    photo = factories.ImageFactory(file__width=800, file__height=600)
    factories.CoachFactory(name="Kuvallinen Sparraaja", photo=photo, photo_alt="Sparraaja fläppitaulun edessä")

    img = soup(listed(client, directory)).select_one("#results .card img")

    assert img["alt"] == "Sparraaja fläppitaulun edessä"
    assert (img["width"], img["height"]) == ("400", "300")


def test_directory_follows_coaches_as_they_change(client, directory):
    coach = factories.CoachFactory(name="Uusi Sparraaja")
    assert names(listed(client, directory)) == ["Uusi Sparraaja"]

    factories.CoachFactory(name="Toinen Sparraaja")
    coach.active = False
    coach.save()

    assert names(listed(client, directory)) == ["Toinen Sparraaja"]


def test_coach_text_is_escaped(client, directory):
    coach = factories.CoachFactory(
        name='<script>alert("nimi")</script> Sparraaja',
        organisation="<b>Oy</b>",
        summary="<img src=x onerror=alert(1)>",
        keywords="<i>kursiivi</i>",
    )

    for response in (listed(client, directory), get(client, directory.coach_url(coach))):
        html = response.content.decode()
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert" in html
        assert "<img src=x" not in html
        assert "<b>Oy</b>" not in html
        assert "<i>kursiivi" not in html


# --- A coach's page ---------------------------------------------------------------------------


class TestCoachPage:
    def test_shows_the_coach(self, client, catalogue, directory):
        aino = catalogue["coaches"]["Aino"]
        document = soup(get(client, directory.coach_url(aino)))

        main = document.main
        assert [h1.get_text(strip=True) for h1 in document.find_all("h1")] == ["Aino Auttaja"]
        text = " ".join(main.get_text(" ", strip=True).split())
        for expected in (
            "Auttajat Oy",
            "Rauhoittaa kiireiset työpäivät.",
            "Työhyvinvointi",
            "Lean",
            "fasilitointi",
            "Opetus ja kasvatus",
            ui("All of Finland"),
            f"{ui('On site')}, {ui('Remote')}",
        ):
            assert expected in text
        assert main.find("strong").get_text() == "vuorotyöstä"  # the description's rich text
        hrefs = {link["href"] for link in main.find_all("a")}
        assert {
            "mailto:aino@auttajat.example",
            "tel:0401234567",
            "https://auttajat.example/aino",
            directory.get_url() + "?theme=hyvinvointi",
            directory.get_url() + "?sector=opetus",
            directory.get_url(),
        } <= hrefs

    def test_links_to_the_application_with_the_coach_chosen(self, client, catalogue, directory):
        aino = catalogue["coaches"]["Aino"]
        main = soup(get(client, directory.coach_url(aino))).main

        choose = main.find("a", string=ui("Choose this coach"))
        assert choose["href"] == f"{directory.get_url()}hae/?coach={aino.pk}"
        assert coach_directory.application_url(directory, aino) == choose["href"]

    def test_breadcrumbs_lead_back_to_the_directory(self, client, catalogue, directory):
        bertil = catalogue["coaches"]["Bertil"]
        crumbs = soup(get(client, directory.coach_url(bertil))).find("nav", class_="breadcrumbs")

        links = [(link.get_text(strip=True), link["href"]) for link in crumbs.find_all("a")]
        assert links[-1] == ("Sparraajat", directory.get_url())
        assert crumbs.find(attrs={"aria-current": "page"}).get_text() == "Bertil Berg"

    def test_shares_the_coach(self, client, catalogue, directory):
        cecilia = catalogue["coaches"]["Cecilia"]
        document = soup(get(client, directory.coach_url(cecilia)))

        assert document.title.get_text().startswith("Cecilia Coach – ")
        assert document.select_one("meta[property='og:title']")["content"] == "Cecilia Coach"
        assert document.select_one("meta[name=description]")["content"] == "Valmentaa esihenkilöitä verkossa."
        assert head_links(document, "canonical")[None] == "http://testserver" + directory.coach_url(cecilia)

    def test_leaves_out_what_the_coach_has_not_given(self, client, catalogue, directory):
        cecilia = catalogue["coaches"]["Cecilia"]
        main = soup(get(client, directory.coach_url(cecilia))).main

        assert main.find(id="coach-contact") is None  # no email, phone or website
        assert main.find("img") is None
        assert ui("Sectors") not in main.get_text()

    @pytest.mark.parametrize("which", ["draft", "inactive"])
    def test_draft_and_inactive_coaches_are_not_found(self, client, catalogue, directory, which):
        coach = catalogue[which]
        get(client, directory.coach_url(coach), status=404)

    def test_unknown_address_is_not_found(self, client, catalogue, directory):
        get(client, directory.get_url() + "ei-ketaan/", status=404)


def test_a_coach_of_another_language_is_not_found(client, homes):
    finnish = factories.CoachDirectoryPageFactory(parent=homes["fi"], slug="sparraajat")
    coach = factories.CoachFactory(name="Svensk Coach", slug="svensk-coach", locale=factories.get_locale("sv"))

    get(client, finnish.get_url() + "svensk-coach/", status=404)
    assert names(listed(client, finnish)) == []
    assert coach.live


def test_language_switcher_and_hreflang_lead_to_the_coachs_translation(client, homes):
    finnish = factories.CoachDirectoryPageFactory(parent=homes["fi"], slug="sparraajat")
    swedish_directory = factories.translate(finnish, "sv", title="Sparrare", slug="sparrare")
    factories.translate(finnish, "en", title="Coaches", slug="coaches")
    coach = factories.CoachFactory(name="Aino Auttaja")
    swedish = factories.translate_snippet(coach, "sv", summary="Lugnar ner arbetsdagen.", slug="aino-auttaja-sv")

    html = soup(get(client, finnish.coach_url(coach)))

    swedish_url = swedish_directory.coach_url(swedish)
    switcher = {link["lang"]: link["href"] for link in html.select(".language-switcher a")}
    assert switcher["sv"] == swedish_url
    assert switcher["en"] == homes["en"].get_url() + "?untranslated=1"  # no English translation of this coach
    alternates = head_links(html, "alternate")
    assert alternates["sv"].endswith(swedish_url)
    assert alternates["fi"].endswith(finnish.coach_url(coach))
    assert "en" not in alternates

    # The Swedish directory lists the Swedish coach, and its page leads back to the Finnish one.
    assert names(listed(client, swedish_directory)) == ["Aino Auttaja"]
    swedish_page = soup(get(client, swedish_url))
    assert swedish_page.html["lang"] == "sv"
    assert head_links(swedish_page, "alternate")["fi"].endswith(finnish.coach_url(coach))


def test_an_inactive_translation_is_no_alternate(client, homes):
    finnish = factories.CoachDirectoryPageFactory(parent=homes["fi"], slug="sparraajat")
    factories.translate(finnish, "sv", title="Sparrare", slug="sparrare")
    coach = factories.CoachFactory(name="Aino Auttaja")
    factories.translate_snippet(coach, "sv", active=False)

    alternates = head_links(soup(get(client, finnish.coach_url(coach))), "alternate")

    assert "sv" not in alternates


def test_no_application_link_without_the_form(directory):
    coach = factories.CoachFactory()

    with patch.object(type(directory), "reverse_subpage", side_effect=coach_directory.NoReverseMatch):
        assert coach_directory.application_url(directory, coach) == ""
    assert coach_directory.application_url(None, coach) == ""
    coach.active = False
    assert coach_directory.application_url(directory, coach) == ""


# --- The admin's preview ----------------------------------------------------------------------


def coach_form(coach, **changes):
    """The coach's edit form as the admin posts it."""
    data = {
        "name": coach.name,
        "slug": coach.slug,
        "organisation": coach.organisation,
        "photo": "",
        "photo_alt": "",
        "summary": coach.summary,
        "description": rich_text(coach.description),
        "keywords": coach.keywords,
        "email": coach.email,
        "phone": coach.phone,
        "website": coach.website,
        "on_site": "on",
        "remote": "on",
        "active": "on",
        **changes,
    }
    return {
        **nested_form_data(data),
        "themes": [theme.pk for theme in coach.themes.all()],
        "sectors": [sector.pk for sector in coach.sectors.all()],
        "regions": list(coach.regions),
        "languages": list(coach.languages),
    }


def test_preview_shows_the_unsaved_coach(editor_client, directory):
    theme = factories.ThemeFactory(name="Esihenkilötyö", slug="esihenkilotyo")
    coach = factories.CoachFactory(name="Esikatseltava Sparraaja", themes=[theme], live=False)
    preview_url = reverse("wagtailsnippets_sparraus_coach:preview_on_edit", args=[coach.pk])

    stored = editor_client.post(preview_url, coach_form(coach, summary="Muokattu, tallentamaton kuvaus."))
    assert stored.json() == {"is_valid": True, "is_available": True}, stored.content
    response = editor_client.get(preview_url)

    assert response.status_code == 200
    main = soup(response).main
    assert main.find("h1").get_text(strip=True) == "Esikatseltava Sparraaja"
    text = main.get_text(" ", strip=True)
    assert "Muokattu, tallentamaton kuvaus." in text
    assert "Esihenkilötyö" in text
    assert directory.get_url() in {link["href"] for link in main.find_all("a")}


def test_preview_renders_without_a_directory(rf, home_page):
    """An editor may preview a coach before any directory exists: no links to it, nor to the form."""
    coach = factories.CoachFactory(name="Irrallinen Sparraaja")
    request = rf.get("/admin/")
    request.user = AnonymousUser()
    request.is_preview = True

    response = coach.serve_preview(request, "")
    response.render()

    main = soup(response).main
    assert main.find("h1").get_text(strip=True) == "Irrallinen Sparraaja"
    assert main.find("a", string=ui("Choose this coach")) is None
    assert main.find("a", string=ui("Back to all coaches")) is None


# --- Site search and sitemap ------------------------------------------------------------------


def search_hits(client, language, q):
    with translation.override(language):
        url = reverse("search")
    response = get(client, f"{url}?q={q}")
    listing = soup(response).find("ol", class_="search-results")
    if listing is None:
        return []
    return [
        (
            item.select_one(".search-result__title a").get_text(strip=True),
            item.select_one(".search-result__title a")["href"],
        )
        for item in listing.find_all("li", class_="search-result")
    ]


@needs_postgres
def test_site_search_finds_live_active_coaches_of_the_language(client, homes):
    finnish = factories.CoachDirectoryPageFactory(parent=homes["fi"], slug="sparraajat")
    factories.translate(finnish, "sv", title="Sparrare", slug="sparrare")
    coach = factories.CoachFactory(name="Kirjastosparraaja Kaisa", organisation="Kirjastokehitys Oy")
    factories.CoachFactory(name="Kirjastosparraaja Luonnos", organisation="Kirjastokehitys Oy", live=False)
    factories.CoachFactory(name="Kirjastosparraaja Entinen", organisation="Kirjastokehitys Oy", active=False)

    assert search_hits(client, "fi", "Kirjastokehitys") == [("Kirjastosparraaja Kaisa", finnish.coach_url(coach))]
    assert search_hits(client, "sv", "Kirjastokehitys") == []

    with translation.override("fi"):
        only_coaches = get(client, reverse("search") + "?q=Kirjastokehitys&type=coaches")
    assert ui("Coach") in soup(only_coaches).select_one(".search-result__kind").get_text()

    # A coach published after a search is found by the next one: the search's cache follows the coaches.
    factories.CoachFactory(name="Kirjastosparraaja Toinen", organisation="Kirjastokehitys Oy")
    assert len(search_hits(client, "fi", "Kirjastokehitys")) == 2


def test_sitemap_lists_live_active_coaches_with_their_translations(client, homes):
    finnish = factories.CoachDirectoryPageFactory(parent=homes["fi"], slug="sparraajat")
    swedish_directory = factories.translate(finnish, "sv", title="Sparrare", slug="sparrare")
    coach = factories.CoachFactory(name="Aino Auttaja")
    swedish = factories.translate_snippet(coach, "sv", slug="aino-sv")
    draft = factories.CoachFactory(name="Luonnos", live=False)
    inactive = factories.CoachFactory(name="Entinen", active=False)

    root = ET.fromstring(get(client, "/sitemap.xml").content)
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
    entries = {
        url.find("sm:loc", ns).text: {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", ns)}
        for url in root.findall("sm:url", ns)
    }

    base = "http://testserver"
    finnish_url, swedish_url = base + finnish.coach_url(coach), base + swedish_directory.coach_url(swedish)
    assert entries[finnish_url] == {"fi": finnish_url, "sv": swedish_url}
    assert entries[swedish_url] == {"fi": finnish_url, "sv": swedish_url}
    assert base + finnish.get_url() in entries
    assert base + finnish.coach_url(draft) not in entries
    assert base + finnish.coach_url(inactive) not in entries


# --- Queries ----------------------------------------------------------------------------------


def queries_of(client, url, cold=False):
    """The queries of a view of ``url`` once the caches are warm, or (``cold``) right after they are emptied."""
    for _ in range(2):  # fills the caches, makes renditions
        assert client.get(url).status_code == 200, url
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in queries.captured_queries]


def coaches_with_photos(number, theme, start=0):
    for index in range(start, start + number):
        photo = factories.ImageFactory(file__width=60, file__height=40)
        factories.CoachFactory(name=f"Sparraaja {index:03}", photo=photo, photo_alt="Kasvokuva", themes=[theme])


def budget_urls(directory):
    first = Coach.objects.filter(live=True).order_by("name").first()
    return {
        "directory": directory.get_url(),
        "filtered": directory.get_url() + "?theme=teema&language=fi&way=remote",
        "searched": directory.get_url() + "?q=Sparraaja",
        "coach": directory.coach_url(first),
    }


def test_queries_do_not_grow_with_the_coaches(client, directory, media_root):
    """Within the budget once the caches are warm, and as many queries for 30 coaches as for 3 either way."""
    theme = factories.ThemeFactory(name="Teema", slug="teema")
    coaches_with_photos(3, theme)
    few = {
        (kind, cold): len(queries_of(client, url, cold))
        for kind, url in budget_urls(directory).items()
        for cold in (False, True)
    }

    coaches_with_photos(27, theme, start=3)
    many = {
        (kind, cold): queries_of(client, url, cold)
        for kind, url in budget_urls(directory).items()
        for cold in (False, True)
    }

    for (kind, cold), queries in many.items():
        if not cold:
            assert len(queries) <= BUDGET, "\n".join([f"{len(queries)} queries for {kind}:", *queries])
        assert len(queries) == few[kind, cold], (kind, cold, queries)
    assert len(names(listed(client, directory))) == 24  # and a second page
    assert len(names(listed(client, directory, "?page=2"))) == 6


def test_an_anonymous_view_writes_nothing(client, directory, media_root):
    """Neither to the database nor to the cache, once the caches are warm."""
    theme = factories.ThemeFactory(name="Teema", slug="teema")
    coaches_with_photos(3, theme)
    for kind, url in budget_urls(directory).items():
        for _ in range(2):
            client.get(url)
        with ExitStack() as stack, CaptureQueriesContext(connection) as queries:
            writes = [
                stack.enter_context(patch.object(klass, method, autospec=True, side_effect=getattr(klass, method)))
                for klass in cache_backend_classes()
                for method in CACHE_WRITES
            ]
            client.get(url)
        assert [query["sql"] for query in queries.captured_queries if not READ.match(query["sql"])] == [], kind
        assert [(write, write.call_args) for write in writes if write.called] == [], kind
