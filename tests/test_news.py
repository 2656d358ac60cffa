"""News: where news pages live, editors writing them, the filtered listing, series pages and a news item's page."""

import datetime
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from home.models import HomePage
from tests import factories
from tests.admin_forms import news_admin_form
from tests.utils import head_links, rolled_back, soup
from uutiset.models import NewsIndexPage, NewsPage, NewsRelatedDeed


def fi(text):
    """The Finnish of a UI string, as the /fi/ pages show it (English until it is translated)."""
    with translation.override("fi"):
        return translation.gettext(text)


pytestmark = pytest.mark.django_db


# Class-scoped: the tests grouped in a class only read the news index and the news, taxonomy and series under it,
# which are built once for the class and rolled back after it; for a test outside a class, pytest builds them for
# that test alone. Each test still runs in its own transaction, so what a test writes is gone before the next one.
@pytest.fixture(scope="class")
def index(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        yield factories.NewsIndexPageFactory(
            parent=factories.site_home(), title="Uutiset", slug="uutiset", intro="Ajankohtaista kuntatyöstä."
        )


@pytest.fixture(scope="class")
def terms(index, django_db_blocker):
    """Sectors and themes, made inside the index's transaction."""
    with django_db_blocker.unblock():
        return {
            "opetus": factories.SectorFactory(name="Opetus ja kasvatus", slug="opetus", sort_order=1),
            "sote": factories.SectorFactory(name="Sosiaali- ja terveyspalvelut", slug="sote", sort_order=2),
            "unused": factories.SectorFactory(name="Tekniset palvelut", slug="tekniset", sort_order=3),
            "hyvinvointi": factories.ThemeFactory(name="Työhyvinvointi", slug="hyvinvointi", sort_order=1),
            "osallisuus": factories.ThemeFactory(name="Osallisuus", slug="osallisuus", sort_order=2),
        }


@pytest.fixture(scope="class")
def series(index, django_db_blocker):
    """Story series, made inside the index's transaction."""
    with django_db_blocker.unblock():
        return {
            "kekseliaat": factories.SeriesFactory(
                name="Kekseliäät kehittäjät", slug="kekseliaat", description="Tarinoita kekseliäistä kehittäjistä."
            ),
            "sankarit": factories.SeriesFactory(name="Arjen sankarit", slug="sankarit"),
            "empty": factories.SeriesFactory(name="Tuleva sarja", slug="tuleva"),
        }


@pytest.fixture(scope="class")
def catalogue(index, terms, series, django_db_blocker):
    """Four live news items and a draft, filed so that every filter tells them apart.

    | news           | date       | series      | sectors      | themes      |
    | Jaksaminen     | 2026-03-01 | kekseliaat  | opetus       | hyvinvointi |
    | Työkierto      | 2025-11-15 | kekseliaat  | sote         | osallisuus  |
    | Kehittäjäpäivä | 2025-05-20 | sankarit    | opetus, sote |             |
    | Tiedote        | 2024-01-10 |             |              |             |
    | (draft)        | 2023-04-01 | kekseliaat  | opetus       | hyvinvointi |
    """
    with django_db_blocker.unblock():
        rows = [
            ("Jaksaminen", datetime.date(2026, 3, 1), "kekseliaat", ["opetus"], ["hyvinvointi"]),
            ("Työkierto", datetime.date(2025, 11, 15), "kekseliaat", ["sote"], ["osallisuus"]),
            ("Kehittäjäpäivä", datetime.date(2025, 5, 20), "sankarit", ["opetus", "sote"], []),
            ("Tiedote", datetime.date(2024, 1, 10), None, [], []),
        ]
        news = {
            title: factories.NewsPageFactory(
                parent=index,
                title=title,
                date=date,
                series=series[series_slug] if series_slug else None,
                sectors=[terms[slug] for slug in sectors],
                themes=[terms[slug] for slug in themes],
            )
            for title, date, series_slug, sectors, themes in rows
        }
        draft = factories.NewsPageFactory(
            parent=index,
            title="Luonnos",
            date=datetime.date(2023, 4, 1),
            series=series["kekseliaat"],
            sectors=[terms["opetus"]],
            themes=[terms["hyvinvointi"]],
        )
        draft.unpublish()
        return news


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response


def titles(response):
    """The news titles listed as results, in order."""
    results = soup(response).find(id="results")
    return [link.get_text(strip=True) for link in results.select(".card__title a")]


def options(response, param):
    """``{value: label}`` of a filter's select, without the "all" option."""
    select = soup(response).find("select", attrs={"name": param})
    return {option["value"]: option.get_text(strip=True) for option in select.find_all("option") if option["value"]}


def selected(response, param):
    option = soup(response).find("select", attrs={"name": param}).find("option", selected=True)
    return option["value"] if option else ""


def result_heading(response):
    return soup(response).find(id="results-heading").get_text(" ", strip=True)


def count_queries(client, url):
    client.get(url)  # warm up: renditions, caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


# --- Where news pages live --------------------------------------------------------------------


def test_news_items_live_only_under_a_news_index(db):
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    assert NewsPage.allowed_subpage_models() == []
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]


def test_the_news_index_sits_under_a_home_page_once(home_page):
    standard_page = factories.StandardPageFactory(parent=home_page)
    assert NewsIndexPage.allowed_parent_page_models() == [HomePage]
    assert not NewsIndexPage.can_create_at(standard_page)
    assert NewsIndexPage.can_create_at(home_page)

    index = factories.NewsIndexPageFactory(parent=home_page)

    assert not NewsIndexPage.can_create_at(home_page)
    assert NewsPage.can_create_at(index)
    assert not NewsPage.can_create_at(home_page)
    assert not NewsPage.can_create_at(standard_page)


# --- Editors ------------------------------------------------------------------------------------


def news_form(index, sectors=(), themes=(), **changes):
    data = {
        "body": streamfield([("paragraph", rich_text("<p>Kokeilu kestää vuoden.</p>"))]),
        "authors": inline_formset([{"name": "Maija Meikäläinen", "role": "toimittaja"}]),
        "action-publish": "action-publish",
        **changes,
    }
    return news_admin_form(sectors, themes, **data)


def add_url(index):
    return f"/admin/pages/add/uutiset/newspage/{index.pk}/"


def test_editor_creates_and_publishes_a_news_item_that_appears_in_the_listing(
    client, editor_client, index, terms, series
):
    deed = factories.DeedFactory(title="Kevyempi viikko")
    data = news_form(
        index,
        series=str(series["kekseliaat"].pk),
        sectors=[str(terms["opetus"].pk), str(terms["sote"].pk)],
        themes=[str(terms["hyvinvointi"].pk)],
        related_deeds=inline_formset([{"deed": str(deed.pk)}]),
    )

    response = editor_client.post(add_url(index), data)

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = NewsPage.objects.get(slug="nelipaivainen-viikko")
    assert page.live
    assert page.get_parent().specific == index
    assert [(author.name, author.role) for author in page.authors.all()] == [("Maija Meikäläinen", "toimittaja")]
    assert set(page.sectors.values_list("slug", flat=True)) == {"opetus", "sote"}
    assert [link.deed for link in page.related_deeds.all()] == [deed]
    assert page.series == series["kekseliaat"]

    listing = get(client, index.get_url())
    assert titles(listing) == ["Kunnat kokeilevat nelipäiväistä viikkoa"]
    assert soup(listing).select_one("#results .card__title a")["href"] == page.get_url()


def test_an_image_without_alternative_text_is_refused(editor_client, index, media_root):
    image = factories.ImageFactory()

    response = editor_client.post(add_url(index), news_form(index, image=str(image.pk), image_alt=" "))

    assert response.status_code == 200
    assert "image_alt" in response.context["form"].errors
    assert not NewsPage.objects.filter(slug="nelipaivainen-viikko").exists()


def test_an_image_with_alternative_text_is_accepted(editor_client, index, media_root):
    image = factories.ImageFactory()

    response = editor_client.post(
        add_url(index), news_form(index, image=str(image.pk), image_alt="Työntekijät palaverissa")
    )

    assert response.status_code == 302
    assert NewsPage.objects.get(slug="nelipaivainen-viikko").image == image


# --- The listing ------------------------------------------------------------------------------


# The listing of the news in the catalogue, read by every test.
class TestListing:
    def test_lists_live_news_newest_first_and_hides_drafts(self, client, catalogue, index):
        response = get(client, index.get_url())

        assert titles(response) == ["Jaksaminen", "Työkierto", "Kehittäjäpäivä", "Tiedote"]
        assert "Luonnos" not in response.content.decode()
        assert result_heading(response).startswith("4 ")

    def test_page_has_one_h1_the_intro_and_a_link_to_the_feed(self, client, catalogue, index):
        document = soup(get(client, index.get_url()))

        assert [h1.get_text(strip=True) for h1 in document.find_all("h1")] == ["Uutiset"]
        assert "Ajankohtaista kuntatyöstä." in document.main.get_text()
        assert index.feed_url() in {link["href"] for link in document.main.find_all("a")}

    def test_listing_links_to_each_story_series_with_news(self, client, catalogue, index):
        document = soup(get(client, index.get_url()))

        links = {link.get_text(strip=True): link["href"] for link in document.select(".news-series a")}
        assert links == {
            "Arjen sankarit": index.get_url() + "sarja/sankarit/",
            "Kekseliäät kehittäjät": index.get_url() + "sarja/kekseliaat/",
        }

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("?series=kekseliaat", ["Jaksaminen", "Työkierto"]),
            ("?series=sankarit", ["Kehittäjäpäivä"]),
            ("?sector=opetus", ["Jaksaminen", "Kehittäjäpäivä"]),
            ("?sector=sote", ["Työkierto", "Kehittäjäpäivä"]),
            ("?theme=osallisuus", ["Työkierto"]),
            ("?year=2025", ["Työkierto", "Kehittäjäpäivä"]),
            ("?year=2024", ["Tiedote"]),
            ("?series=kekseliaat&sector=opetus", ["Jaksaminen"]),
            ("?sector=sote&year=2025&theme=osallisuus", ["Työkierto"]),
        ],
    )
    def test_filters(self, client, catalogue, index, query, expected):
        response = get(client, index.get_url() + query)

        assert titles(response) == expected
        assert result_heading(response).startswith(f"{len(expected)} ")

    def test_filter_options_list_only_values_the_live_news_use(self, client, catalogue, index):
        response = get(client, index.get_url())

        assert options(response, "series") == {"sankarit": "Arjen sankarit", "kekseliaat": "Kekseliäät kehittäjät"}
        assert list(options(response, "sector")) == ["opetus", "sote"]  # taxonomy order; "tekniset" has no news
        assert options(response, "theme") == {"hyvinvointi": "Työhyvinvointi", "osallisuus": "Osallisuus"}
        assert list(options(response, "year")) == ["2026", "2025", "2024"]  # the draft's 2023 is not offered

    def test_filter_form_is_a_labelled_get_form_with_a_submit_button(self, client, catalogue, index):
        form = soup(get(client, index.get_url())).find("form", class_="news-filters__form")

        assert form["method"] == "get"
        assert form["action"] == index.get_url()
        for select in form.find_all("select"):
            assert form.find("label", attrs={"for": select["id"]}).get_text(strip=True)
        assert form.find("button", attrs={"type": "submit"})

    def test_the_form_shows_the_state_of_the_url(self, client, catalogue, index):
        response = get(client, index.get_url() + "?series=kekseliaat&theme=hyvinvointi&year=2026")

        assert selected(response, "series") == "kekseliaat"
        assert selected(response, "theme") == "hyvinvointi"
        assert selected(response, "year") == "2026"
        assert selected(response, "sector") == ""

    def test_active_filters_link_to_the_listing_without_each_and_to_clear_all(self, client, catalogue, index):
        document = soup(get(client, index.get_url() + "?series=kekseliaat&sector=opetus"))

        items = {link.get_text(" ", strip=True): link["href"] for link in document.select(".active-filters__item")}
        assert len(items) == 2
        assert sorted(items.values()) == [index.get_url() + "?sector=opetus", index.get_url() + "?series=kekseliaat"]
        assert any("Kekseliäät kehittäjät" in text for text in items)
        clear = [link["href"] for link in document.select(".active-filters a:not(.active-filters__item)")]
        assert clear == [index.get_url()]

    def test_empty_result_explains_and_offers_to_clear(self, client, catalogue, index):
        response = get(client, index.get_url() + "?series=sankarit&year=2024")

        assert titles(response) == []
        empty = soup(response).select_one(".news__empty")
        assert fi("No news match your choices.") in empty.get_text()
        assert empty.find("a")["href"] == index.get_url()

    def test_filtered_and_later_pages_are_not_indexed(self, client, catalogue, index):
        assert soup(get(client, index.get_url())).find("meta", attrs={"name": "robots"}) is None
        robots = soup(get(client, index.get_url() + "?year=2025")).find("meta", attrs={"name": "robots"})
        assert robots["content"] == "noindex, follow"

    @pytest.mark.parametrize(
        "query",
        [
            {"series": "no-such-series"},
            {"series": "tuleva"},  # exists, but has no news
            {"series": "\x00"},
            {"sector": "tekniset"},
            {"sector": "../../etc/passwd"},
            {"sector": "x" * 10_000},
            {"theme": "-1"},
            {"theme": "<script>alert(1)</script>"},
            {"year": "abc"},
            {"year": "-1"},
            {"year": "2023"},  # only a draft
            {"year": "99999999999999999999"},
            {"year": "2025\x00"},
            {"page": "-1"},
            {"page": "99999999999999999999"},
            {"unknown": "whatever"},
        ],
    )
    def test_bad_parameters_are_ignored(self, client, catalogue, index, query):
        response = client.get(index.get_url(), query)

        assert response.status_code == 200
        assert titles(response) == ["Jaksaminen", "Työkierto", "Kehittäjäpäivä", "Tiedote"]
        assert soup(response).select(".active-filters__item") == []
        assert "<script>alert(1)" not in response.content.decode()

    def test_known_values_beside_unknown_ones_still_filter(self, client, catalogue, index):
        response = get(client, index.get_url() + "?sector=nonexistent&year=abc&series=sankarit")

        assert titles(response) == ["Kehittäjäpäivä"]
        assert len(soup(response).select(".active-filters__item")) == 1


def test_news_of_the_same_day_are_newest_published_first(client, index):
    day = datetime.date(2026, 1, 1)
    evening = factories.NewsPageFactory(parent=index, title="Ilta", date=day)
    morning = factories.NewsPageFactory(parent=index, title="Aamu", date=day)  # made later, published earlier
    for page, hour in ((evening, 16), (morning, 8)):
        published = datetime.datetime(2026, 1, 1, hour, tzinfo=datetime.UTC)
        NewsPage.objects.filter(pk=page.pk).update(first_published_at=published)

    assert titles(get(client, index.get_url())) == ["Ilta", "Aamu"]


def test_card_shows_date_series_lead_and_image_with_alt(client, index, series, media_root):
    factories.NewsPageFactory(
        parent=index,
        title="Kuvallinen",
        date=datetime.date(2026, 2, 3),
        series=series["sankarit"],
        lead="Tiimi löysi uuden tavan.",
        image=factories.ImageFactory(file__width=800, file__height=600),
        image_alt="Tiimi palaverissa",
    )

    card = soup(get(client, index.get_url())).select_one("#results .card")

    assert card.find("time")["datetime"] == "2026-02-03"
    assert "Arjen sankarit" in card.get_text()
    assert "Tiimi löysi uuden tavan." in card.get_text()
    assert card.find("img")["alt"] == "Tiimi palaverissa"


def test_empty_listing_says_nothing_is_published(client, index):
    response = get(client, index.get_url())

    assert fi("No news have been published yet.") in soup(response).select_one(".news__empty").get_text()
    assert soup(response).find("select", attrs={"name": "series"}).find_all("option")[0]["value"] == ""


@pytest.fixture(scope="class")
def fourteen(index, django_db_blocker):
    with django_db_blocker.unblock():
        return [
            factories.NewsPageFactory(parent=index, title=f"Uutinen {n:02d}", date=datetime.date(2025, 1, n))
            for n in range(1, 15)
        ]


# Fourteen news items make two pages of the listing and of a series page.
class TestPages:
    def test_first_page_has_twelve_news_and_links_to_the_next(self, client, fourteen, index):
        response = get(client, index.get_url())

        assert titles(response) == [f"Uutinen {n:02d}" for n in range(14, 2, -1)]
        assert soup(response).find("a", rel="next")["href"] == index.get_url() + "?page=2"

    def test_page_links_keep_the_filters(self, client, fourteen, index):
        response = get(client, index.get_url() + "?year=2025&page=2")

        assert titles(response) == ["Uutinen 02", "Uutinen 01"]
        assert soup(response).find("a", rel="prev")["href"] == index.get_url() + "?year=2025"

    def test_a_page_past_the_end_shows_the_last_page(self, client, fourteen, index):
        assert titles(get(client, index.get_url() + "?page=9999")) == ["Uutinen 02", "Uutinen 01"]

    @pytest.mark.parametrize("page", ["0", "-1", "abc", "1.5", "99999999999999999999", "\x00", "2" * 10_000])
    def test_a_page_that_is_not_a_page_number_shows_the_first(self, client, fourteen, index, page):
        assert titles(get(client, index.get_url() + "?" + f"page={page}"))[0] == "Uutinen 14"

    def test_series_page_is_paginated(self, client, fourteen, index, series):
        NewsPage.objects.update(series=series["sankarit"])
        url = index.series_url(series["sankarit"])

        assert titles(get(client, url + "?page=2")) == ["Uutinen 02", "Uutinen 01"]
        assert titles(get(client, url + "?page=abc"))[0] == "Uutinen 14"
        assert titles(get(client, url + "?page=99"))[0] == "Uutinen 02"
        assert soup(get(client, url)).find("a", rel="next")["href"] == url + "?page=2"


def test_the_listing_does_not_take_posts(client, index):
    assert client.post(index.get_url(), {"series": "x"}).status_code == 405


# --- Languages --------------------------------------------------------------------------------


@pytest.fixture(scope="class")
def homes(index, django_db_blocker):
    """The home page in Finnish, Swedish and English, made inside the index's transaction."""
    with django_db_blocker.unblock():
        return factories.translated_homes()


@pytest.fixture(scope="class")
def swedish(homes, index, terms, series, django_db_blocker):
    """The index in Swedish, and a Finnish news item translated into Swedish."""
    with django_db_blocker.unblock():
        swedish_index = factories.translate(index, "sv", title="Nyheter", slug="nyheter")
        factories.translate_snippet(terms["opetus"], "sv", name="Undervisning och fostran")
        swedish_series = factories.translate_snippet(series["kekseliaat"], "sv", name="Uppfinningsrika utvecklare")
        news = factories.NewsPageFactory(
            parent=index,
            title="Suomenkielinen uutinen",
            series=series["kekseliaat"],
            sectors=[terms["opetus"], terms["sote"]],
        )
        translated = factories.translate(
            news, "sv", title="Svensk nyhet", slug="svensk-nyhet", series=swedish_series, lead="Kommunerna utvecklar."
        )
        return {"index": swedish_index, "news": translated, "original": news, "series": swedish_series}


@pytest.fixture
def deed_indexes(homes):
    finnish = factories.DeedIndexPageFactory(parent=homes["fi"], slug="teot")
    return {"fi": finnish, "sv": factories.translate(finnish, "sv", slug="garningar")}


# A Finnish news item translated into Swedish, built once for these tests.
class TestTranslations:
    def test_a_translation_appears_only_in_its_language_with_its_terms(self, client, swedish, index):
        finnish = get(client, index.get_url())
        assert titles(finnish) == ["Suomenkielinen uutinen"]

        response = get(client, swedish["index"].get_url())
        assert swedish["index"].get_url().startswith("/sv/")
        assert titles(response) == ["Svensk nyhet"]
        # The Swedish term where there is one, the Finnish one where there is not (localize_terms).
        assert options(response, "sector") == {
            "opetus": "Undervisning och fostran",
            "sote": "Sosiaali- ja terveyspalvelut",
        }
        assert {sector.locale.language_code for sector in swedish["news"].sectors.all()} == {"sv", "fi"}
        assert options(response, "series") == {"kekseliaat": "Uppfinningsrika utvecklare"}
        assert titles(get(client, swedish["index"].get_url() + "?sector=opetus")) == ["Svensk nyhet"]

    def test_series_of_another_language_is_not_found(self, client, swedish, index):
        assert client.get(index.get_url() + "sarja/kekseliaat/").status_code == 200
        swedish_only = factories.SeriesFactory(slug="bara-svenska", locale=factories.get_locale("sv"))
        assert client.get(index.get_url() + f"sarja/{swedish_only.slug}/").status_code == 404
        assert client.get(swedish["index"].get_url() + f"sarja/{swedish_only.slug}/").status_code == 200

    def test_series_page_links_to_its_translations(self, client, swedish, index, series):
        response = get(client, index.series_url(series["kekseliaat"]))
        alternates = head_links(soup(response), "alternate")

        assert alternates["sv"] == "http://testserver" + swedish["index"].series_url(swedish["series"])
        assert alternates["fi"] == "http://testserver" + index.series_url(series["kekseliaat"])
        # The Swedish index has no translation of this series: its language link leads to the Swedish news.
        response = get(client, index.series_url(series["sankarit"]))
        switcher = {link["hreflang"]: link["href"] for link in soup(response).select("link[rel=alternate][hreflang]")}
        assert switcher["sv"] == "http://testserver" + swedish["index"].get_url()

    def test_related_deeds_are_shown_in_the_pages_language_when_translated(self, client, swedish, deed_indexes):
        translated_deed = factories.DeedFactory(title="Kahvila", slug="kahvila")
        swedish_deed = factories.translate_snippet(translated_deed, "sv", title="Kafé")
        finnish_only = factories.DeedFactory(title="Vain suomeksi", slug="vain-suomeksi")
        draft = factories.DeedFactory(title="Luonnosteko", live=False)
        for deed in (translated_deed, finnish_only, draft):
            NewsRelatedDeed.objects.create(page=swedish["news"], deed=deed)

        document = soup(get(client, swedish["news"].get_url()))
        section = document.find("section", attrs={"aria-labelledby": "news-related-deeds"})
        cards = section.select("li")

        assert [card.select_one(".card__title a").get_text(strip=True) for card in cards] == ["Kafé", "Vain suomeksi"]
        assert cards[0].select_one("a")["href"] == deed_indexes["sv"].deed_url(swedish_deed)
        assert not cards[0].select_one(".card__title").has_attr("lang")
        assert cards[1].select_one(".card__title")["lang"] == "fi"
        assert cards[1].select_one("a")["href"] == deed_indexes["fi"].deed_url(finnish_only)


@pytest.mark.parametrize("language_code", ["fi", "sv", "en"])
def test_news_pages_render_in_every_language(client, homes, index, terms, language_code):
    news = factories.NewsPageFactory(parent=index, title="Uutinen", sectors=[terms["opetus"]])
    factories.NewsAuthorFactory(page=news)
    if language_code != "fi":
        localized_index = factories.translate(index, language_code, slug=f"uutiset-{language_code}")
        news = factories.translate(news, language_code, title=f"News {language_code}", slug=f"news-{language_code}")
    else:
        localized_index = index

    for url in (localized_index.get_url(), news.get_url(), localized_index.feed_url()):
        response = get(client, url)
        assert url.startswith(f"/{language_code}/")
        if url != localized_index.feed_url():
            assert soup(response).html["lang"] == language_code
    assert titles(get(client, localized_index.get_url())) == [news.title]


# --- Story series pages ------------------------------------------------------------------------


# Series pages of the news in the catalogue.
class TestSeriesPages:
    def test_series_page_shows_the_series_and_its_news(self, client, catalogue, index, series):
        response = get(client, index.series_url(series["kekseliaat"]))
        document = soup(response)

        assert [h1.get_text(strip=True) for h1 in document.find_all("h1")] == ["Kekseliäät kehittäjät"]
        assert "Tarinoita kekseliäistä kehittäjistä." in document.main.get_text()
        assert titles(response) == ["Jaksaminen", "Työkierto"]
        assert document.title.get_text().startswith("Kekseliäät kehittäjät")
        canonical = document.find("link", rel="canonical")["href"]
        assert canonical == "http://testserver" + index.series_url(series["kekseliaat"])

    def test_series_page_breadcrumbs_lead_back_to_the_index(self, client, catalogue, index, series):
        breadcrumbs = soup(get(client, index.series_url(series["sankarit"]))).find("nav", class_="breadcrumbs")

        assert index.get_url() in [link["href"] for link in breadcrumbs.find_all("a")]
        assert breadcrumbs.find(attrs={"aria-current": "page"}).get_text(strip=True) == "Arjen sankarit"

    def test_series_without_news_says_so(self, client, catalogue, index, series):
        response = get(client, index.series_url(series["empty"]))

        assert titles(response) == []
        assert soup(response).select_one(".news__empty")

    def test_unknown_series_is_not_found(self, client, catalogue, index):
        assert client.get(index.get_url() + "sarja/ei-ole/").status_code == 404

    def test_series_page_does_not_take_posts(self, client, catalogue, index, series):
        assert client.post(index.series_url(series["kekseliaat"])).status_code == 405


# --- A news item's page -----------------------------------------------------------------------


@pytest.fixture
def article(catalogue, index, series, terms, media_root):
    news = factories.NewsPageFactory(
        parent=index,
        title="Nelipäiväinen viikko",
        date=datetime.date(2026, 4, 2),
        lead="Kolme kuntaa kokeilee lyhyempää työviikkoa.",
        body=factories.paragraph("<p>Kokeilu kestää vuoden.</p>"),
        series=series["kekseliaat"],
        sectors=[terms["opetus"]],
        themes=[terms["hyvinvointi"], terms["osallisuus"]],
        image=factories.ImageFactory(file__width=1600, file__height=900),
        image_alt="Kalenteri, jossa perjantai on vapaa",
    )
    factories.NewsAuthorFactory(page=news, name="Maija Meikäläinen", role="toimittaja")
    factories.NewsAuthorFactory(page=news, name="Kalle Kirjoittaja", role="")
    return news


# A news item's page beside the catalogue (the article is made for each test).
class TestNewsItemPage:
    def test_news_page_shows_title_date_authors_series_lead_image_and_body(self, client, article, index, series):
        document = soup(get(client, article.get_url()))
        main = document.main

        assert [h1.get_text(strip=True) for h1 in document.find_all("h1")] == ["Nelipäiväinen viikko"]
        assert main.find("time")["datetime"] == "2026-04-02"
        authors = [item.get_text() for item in main.select(".news-article__authors li")]
        assert authors == ["Maija Meikäläinen, toimittaja", "Kalle Kirjoittaja"]
        assert main.find("a", string="Kekseliäät kehittäjät")["href"] == index.series_url(series["kekseliaat"])
        assert "Kolme kuntaa kokeilee lyhyempää työviikkoa." in main.get_text()
        assert main.select_one(".news-article__image img")["alt"] == "Kalenteri, jossa perjantai on vapaa"
        assert "Kokeilu kestää vuoden." in main.get_text()

    def test_news_page_terms_link_to_the_filtered_listing(self, client, article, index):
        links = soup(get(client, article.get_url())).select(".news-article__terms a")

        hrefs = {link.get_text(strip=True): link["href"] for link in links}
        assert hrefs == {
            "Opetus ja kasvatus": index.get_url() + "?sector=opetus",
            "Työhyvinvointi": index.get_url() + "?theme=hyvinvointi",
            "Osallisuus": index.get_url() + "?theme=osallisuus",
        }
        assert "Nelipäiväinen viikko" in titles(get(client, hrefs["Osallisuus"]))

    def test_more_in_the_series_lists_three_others_newest_first(self, client, article, index, series):
        factories.NewsPageFactory(
            parent=index, title="Vanha", date=datetime.date(2020, 1, 1), series=series["kekseliaat"]
        )
        factories.NewsPageFactory(
            parent=index, title="Uusin", date=datetime.date(2026, 5, 1), series=series["kekseliaat"]
        )

        section = soup(get(client, article.get_url())).find("section", attrs={"aria-labelledby": "news-more-in-series"})

        assert [link.get_text(strip=True) for link in section.select(".card__title a")] == [
            "Uusin",
            "Jaksaminen",
            "Työkierto",
        ]

    def test_news_without_series_or_related_deeds_has_no_such_sections(self, client, catalogue):
        document = soup(get(client, catalogue["Tiedote"].get_url()))

        assert document.find(id="news-more-in-series") is None
        assert document.find(id="news-related-deeds") is None

    def test_news_page_structured_data(self, client, article, index):
        response = get(client, article.get_url())
        blocks = [json.loads(script.string) for script in soup(response).find_all("script", type="application/ld+json")]

        assert [block["@type"] for block in blocks] == ["BreadcrumbList", "NewsArticle"]
        data = blocks[1]
        assert data["headline"] == "Nelipäiväinen viikko"
        assert data["datePublished"].startswith("2026-04-02T")
        assert data["url"] == "http://testserver" + article.get_url()
        assert data["inLanguage"] == "fi"
        assert [author["name"] for author in data["author"]] == ["Maija Meikäläinen", "Kalle Kirjoittaja"]
        assert data["image"].startswith("http://testserver/")

    def test_news_page_is_shared_as_an_article(self, client, article):
        document = soup(get(client, article.get_url()))

        assert document.select_one("meta[property='og:type']")["content"] == "article"

    def test_editors_preview_shows_the_news_item_and_its_series(self, article, catalogue):
        response = article.make_preview_request()

        assert response.status_code == 200
        document = soup(response)
        assert document.find("h1").get_text(strip=True) == "Nelipäiväinen viikko"
        section = document.find("section", attrs={"aria-labelledby": "news-more-in-series"})
        assert [link.get_text(strip=True) for link in section.select(".card__title a")] == ["Jaksaminen", "Työkierto"]

    def test_editors_preview_of_the_news_index_shows_the_listing(self, catalogue, index):
        response = index.make_preview_request()

        assert response.status_code == 200
        assert titles(response) == ["Jaksaminen", "Työkierto", "Kehittäjäpäivä", "Tiedote"]


def test_structured_data_cannot_break_out_of_its_script(client, index):
    news = factories.NewsPageFactory(parent=index, title="</script><script>alert(1)</script>")

    response = get(client, news.get_url())

    assert "<script>alert(1)" not in response.content.decode()
    blocks = [json.loads(script.string) for script in soup(response).find_all("script", type="application/ld+json")]
    data = next(block for block in blocks if block["@type"] == "NewsArticle")
    assert data["headline"] == "</script><script>alert(1)</script>"


# --- Query budgets ----------------------------------------------------------------------------


def make_news(index, number, image, series, sectors, themes):
    for n in range(number):
        factories.NewsPageFactory(
            parent=index,
            date=datetime.date(2025, 1 + n % 12, 1 + n % 28),
            series=series[n % len(series)],
            sectors=sectors[: 1 + n % 2],
            themes=themes[n % 2 :],
            image=image,
            image_alt="Kuva työpaikalta",
        )


@pytest.mark.parametrize("query", ["", "?sector=toimiala-0&theme=teema-1&year=2025&page=2"], ids=["all", "filtered"])
def test_listing_query_count_does_not_grow_with_the_number_of_news(client, index, media_root, query):
    sectors = [factories.SectorFactory(slug=f"toimiala-{n}") for n in range(2)]
    themes = [factories.ThemeFactory(slug=f"teema-{n}") for n in range(2)]
    series = [factories.SeriesFactory(slug=f"sarja-{n}") for n in range(3)]
    image = factories.ImageFactory()
    url = index.get_url() + query

    make_news(index, 5, image, series, sectors, themes)
    few, _response = count_queries(client, url)  # a page past the end: the last (only) one
    make_news(index, 45, image, series, sectors, themes)
    many, response = count_queries(client, url)
    assert len(titles(response)) > 5

    assert few == many, f"{few} queries with 5 news, {many} with 50"


def test_series_page_query_count_does_not_grow_with_the_number_of_news(client, index, media_root):
    series = factories.SeriesFactory(slug="sarja")
    image = factories.ImageFactory()
    terms = ([factories.SectorFactory()], [factories.ThemeFactory()])
    url = index.series_url(series)

    make_news(index, 5, image, [series], *terms)
    few, _response = count_queries(client, url)
    make_news(index, 45, image, [series], *terms)
    many, response = count_queries(client, url)
    assert len(titles(response)) == 12

    assert few == many, f"{few} queries with 5 news, {many} with 50"


def test_news_page_query_count_does_not_grow_with_deeds_authors_or_series(client, homes, index, media_root):
    deed_index = factories.DeedIndexPageFactory(parent=homes["fi"])
    series = factories.SeriesFactory()
    image = factories.ImageFactory()
    news = factories.NewsPageFactory(parent=index, series=series, image=image, image_alt="Kuva")

    def add(number):
        for _n in range(number):
            factories.NewsAuthorFactory(page=news)
            deed = factories.DeedFactory(image=image, image_alt="Kuva")
            NewsRelatedDeed.objects.create(page=news, deed=deed)
            factories.NewsPageFactory(parent=index, series=series, image=image, image_alt="Kuva")

    add(1)
    few, response = count_queries(client, news.get_url())
    assert len(soup(response).select("#news-related-deeds ~ ul li")) == 1
    add(4)
    many, response = count_queries(client, news.get_url())
    assert len(soup(response).select("#news-related-deeds ~ ul li")) == 5
    assert deed_index.get_url() in response.content.decode()

    assert few == many, f"{few} queries with 1 deed and author, {many} with 5"
