"""Editors choose sectors, themes, story series and award categories in the edited object's own language."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from wagtail_localize.models import Translation

from teot.models import Deed
from tests import factories
from tests.admin_forms import deed_admin_form, news_admin_form
from tests.utils import soup
from uutiset.models import NewsPage

pytestmark = pytest.mark.django_db

# (Finnish, Swedish, English, sort order): listed by sort order, then name.
SECTORS = [
    ("Sosiaali- ja terveyspalvelut", "Social- och hälsovård", "Social and health services", 0),
    ("Opetus ja kasvatus", "Undervisning och fostran", "Education", 1),
    ("Kulttuuri", "Kultur", "Culture", 1),
]
THEMES = [
    ("Työhyvinvointi", "Arbetshälsa", "Wellbeing at work", 0),
    ("Johtaminen", "Ledarskap", "Leadership", 1),
]
SECTORS_FI = ["Sosiaali- ja terveyspalvelut", "Kulttuuri", "Opetus ja kasvatus"]
SECTORS_SV = ["Social- och hälsovård", "Kultur", "Undervisning och fostran"]
THEMES_FI = ["Työhyvinvointi", "Johtaminen"]
THEMES_SV = ["Arbetshälsa", "Ledarskap"]


def in_every_language(factory, rows):
    """``{language: [term, ...]}``: each term made in Finnish and translated to Swedish and English."""
    terms = {"fi": [], "sv": [], "en": []}
    for number, (finnish, swedish, english, sort_order) in enumerate(rows):
        term = factory(name=finnish, slug=f"{factory._meta.model.__name__.lower()}-{number}", sort_order=sort_order)
        terms["fi"].append(term)
        terms["sv"].append(factories.translate_snippet(term, "sv", name=swedish))
        terms["en"].append(factories.translate_snippet(term, "en", name=english))
    return terms


@pytest.fixture
def sectors(locales):
    return in_every_language(factories.SectorFactory, SECTORS)


@pytest.fixture
def themes(locales):
    return in_every_language(factories.ThemeFactory, THEMES)


def by_name(terms, language, name):
    return next(term for term in terms[language] if term.name == name)


def checkboxes(response, name):
    """``[(label, value, checked)]`` of the form's checkboxes called ``name``, in page order."""
    assert response.status_code == 200
    inputs = soup(response).find_all("input", attrs={"type": "checkbox", "name": name})
    return [(box.find_parent("label").get_text(strip=True), box["value"], box.has_attr("checked")) for box in inputs]


def labels(response, name):
    return [label for label, _value, _checked in checkboxes(response, name)]


def options(response, name):
    """The labels of the non-empty options of every <select> whose name ends with ``name``."""
    assert response.status_code == 200
    selects = [select for select in soup(response).find_all("select") if select.get("name", "").endswith(name)]
    assert selects, f"no <select> for {name}"
    return [
        [option.get_text(strip=True) for option in select.find_all("option") if option["value"]] for select in selects
    ]


def chooser_language(response, name):
    """The language a chooser's modal opens filtered to."""
    url = soup(response).find(id=f"id_{name}-chooser")["data-chooser-url"]
    return parse_qs(urlsplit(url).query)["locale"][0]


# --- News items --------------------------------------------------------------------------------


@pytest.fixture
def indexes(homes):
    finnish = factories.NewsIndexPageFactory(parent=homes["fi"], slug="uutiset")
    return {"fi": finnish, "sv": factories.translate(finnish, "sv", slug="nyheter")}


@pytest.fixture
def series(locales):
    finnish = factories.SeriesFactory(name="Kekseliäät kehittäjät", slug="kekseliaat")
    return {"fi": finnish, "sv": factories.translate_snippet(finnish, "sv", name="Uppfinningsrika utvecklare")}


def add_news_url(index):
    return reverse("wagtailadmin_pages:add", args=["uutiset", "newspage", index.pk])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def news_form(sectors=(), themes=(), **changes):
    """A Swedish news item."""
    swedish = {
        "title": "Kommunerna prövar fyradagarsvecka",
        "slug": "fyradagarsvecka",
        "lead": "Tre kommuner prövar en kortare arbetsvecka.",
    }
    return news_admin_form(sectors, themes, **{**swedish, **changes})


def test_a_new_finnish_news_item_offers_the_finnish_terms_in_order(editor_client, indexes, sectors, themes, series):
    response = editor_client.get(add_news_url(indexes["fi"]))

    assert labels(response, "sectors") == SECTORS_FI
    assert labels(response, "themes") == THEMES_FI
    assert chooser_language(response, "series") == "fi"


def test_a_new_swedish_news_item_offers_the_swedish_terms_in_order(editor_client, indexes, sectors, themes, series):
    response = editor_client.get(add_news_url(indexes["sv"]))

    assert labels(response, "sectors") == SECTORS_SV
    assert labels(response, "themes") == THEMES_SV
    assert chooser_language(response, "series") == "sv"
    values = {value for _label, value, _checked in checkboxes(response, "sectors")}
    assert values == {str(term.pk) for term in sectors["sv"]}


def test_editing_a_news_item_offers_its_own_languages_terms(editor_client, indexes, sectors, themes):
    finnish = factories.NewsPageFactory(parent=indexes["fi"], sectors=[by_name(sectors, "fi", "Kulttuuri")])
    swedish = factories.NewsPageFactory(
        parent=indexes["sv"], locale=indexes["sv"].locale, sectors=[by_name(sectors, "sv", "Kultur")]
    )

    finnish_form = editor_client.get(edit_url(finnish))
    swedish_form = editor_client.get(edit_url(swedish))

    assert labels(finnish_form, "sectors") == SECTORS_FI
    assert [label for label, _value, checked in checkboxes(finnish_form, "sectors") if checked] == ["Kulttuuri"]
    assert labels(swedish_form, "sectors") == SECTORS_SV
    assert labels(swedish_form, "themes") == THEMES_SV
    assert [label for label, _value, checked in checkboxes(swedish_form, "sectors") if checked] == ["Kultur"]


def test_a_swedish_news_item_refuses_finnish_terms_and_series(editor_client, indexes, sectors, themes, series):
    data = news_form(sectors=[sectors["fi"][0]], themes=[themes["fi"][0]], series=str(series["fi"].pk))

    response = editor_client.post(add_news_url(indexes["sv"]), data)

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"sectors", "themes", "series"}
    assert not NewsPage.objects.filter(slug="fyradagarsvecka").exists()


def test_a_swedish_news_item_takes_swedish_terms(editor_client, indexes, sectors, themes, series):
    data = news_form(sectors=[sectors["sv"][1]], themes=[themes["sv"][0]], series=str(series["sv"].pk))

    response = editor_client.post(add_news_url(indexes["sv"]), data)

    assert response.status_code == 302, response.context["form"].errors
    page = NewsPage.objects.get(slug="fyradagarsvecka")
    assert [term.name for term in page.sectors.all()] == ["Undervisning och fostran"]
    assert page.series == series["sv"]


def test_a_news_item_translated_with_wagtail_localize_lists_and_keeps_the_terms_of_its_language(
    editor_client, indexes, sectors, themes
):
    finnish = factories.NewsPageFactory(
        parent=indexes["fi"], sectors=[by_name(sectors, "fi", "Kulttuuri")], themes=[themes["fi"][1]]
    )
    finnish.save_revision().publish()
    url = reverse("wagtail_localize:submit_page_translation", args=[finnish.pk])
    editor_client.post(url, {"locales": [factories.get_locale("sv").pk]})
    swedish = NewsPage.objects.get(translation_key=finnish.translation_key, locale__language_code="sv")
    # wagtail-localize copies the Finnish terms as they are; NewsPage.save points them at the Swedish ones.
    assert [term.name for term in swedish.sectors.all()] == ["Kultur"]
    # Stop syncing so the page opens in Wagtail's own editor, as a hand-translated page does.
    Translation.objects.filter(target_locale=swedish.locale).update(enabled=False)

    response = editor_client.get(edit_url(swedish))

    assert labels(response, "sectors") == SECTORS_SV
    assert [label for label, _value, checked in checkboxes(response, "sectors") if checked] == ["Kultur"]
    assert [label for label, _value, checked in checkboxes(response, "themes") if checked] == ["Ledarskap"]


# --- Deeds -------------------------------------------------------------------------------------


def deed_url(name, *args):
    return reverse(f"wagtailsnippets_teot_deed:{name}", args=args)


def deed_form(sectors, themes, **changes):
    return deed_admin_form(organisation=factories.OrganisationFactory(), sectors=sectors, themes=themes, **changes)


def test_a_new_deed_offers_the_terms_of_the_chosen_language(editor_client, sectors, themes):
    finnish = editor_client.get(deed_url("add"))
    swedish = editor_client.get(deed_url("add") + "?locale=sv")

    assert labels(finnish, "sectors") == SECTORS_FI
    assert labels(finnish, "themes") == THEMES_FI
    assert labels(swedish, "sectors") == SECTORS_SV
    assert labels(swedish, "themes") == THEMES_SV


def test_editing_a_deed_offers_its_own_languages_terms(editor_client, sectors, themes):
    finnish = factories.DeedFactory(sectors=[sectors["fi"][0]], themes=[themes["fi"][0]])
    swedish = factories.DeedFactory(
        locale=factories.get_locale("sv"), sectors=[sectors["sv"][0]], themes=[themes["sv"][1]]
    )

    finnish_form = editor_client.get(deed_url("edit", finnish.pk))
    swedish_form = editor_client.get(deed_url("edit", swedish.pk))

    assert labels(finnish_form, "sectors") == SECTORS_FI
    assert labels(finnish_form, "themes") == THEMES_FI
    assert labels(swedish_form, "sectors") == SECTORS_SV
    assert [label for label, _value, checked in checkboxes(swedish_form, "themes") if checked] == ["Ledarskap"]


def test_a_swedish_deed_refuses_finnish_terms(editor_client, sectors, themes):
    response = editor_client.post(deed_url("add") + "?locale=sv", deed_form([sectors["fi"][0]], [themes["sv"][0]]))

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"sectors"}
    assert not Deed.objects.filter(title="Lugn morgon på daghemmet").exists()


def test_editing_a_swedish_deed_refuses_finnish_terms(editor_client, sectors, themes):
    swedish = factories.DeedFactory(
        locale=factories.get_locale("sv"), sectors=[sectors["sv"][0]], themes=[themes["sv"][0]]
    )

    response = editor_client.post(
        deed_url("edit", swedish.pk), deed_form([sectors["sv"][0]], [themes["fi"][1]], title=swedish.title)
    )

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"themes"}
    assert [term.pk for term in Deed.objects.get(pk=swedish.pk).themes.all()] == [themes["sv"][0].pk]


def test_a_swedish_deed_takes_swedish_terms(editor_client, sectors, themes):
    response = editor_client.post(deed_url("add") + "?locale=sv", deed_form([sectors["sv"][2]], [themes["sv"][0]]))

    assert response.status_code == 302
    deed = Deed.objects.get(title="Kiireetön aamu päiväkodissa")
    assert deed.locale.language_code == "sv"
    assert [term.name for term in deed.sectors.all()] == ["Kultur"]


# --- Galas: the awards' categories ------------------------------------------------------------


@pytest.fixture
def categories(locales):
    terms = {"fi": [], "sv": []}
    for number, (finnish, swedish, sort_order) in enumerate(
        [("Vuoden teko", "Årets gärning", 1), ("Kekseliäin kunta", "Den uppfinningsrikaste kommunen", 0)]
    ):
        category = factories.AwardCategoryFactory(name=finnish, sort_order=sort_order)
        terms["fi"].append(category)
        terms["sv"].append(factories.translate_snippet(category, "sv", name=swedish))
        factories.translate_snippet(category, "en", name=f"Award {number}")
    return terms


@pytest.fixture
def gala_indexes(homes):
    finnish = factories.GalaIndexPageFactory(parent=homes["fi"])
    return {"fi": finnish, "sv": factories.translate(finnish, "sv", slug="galan")}


def category_choosers(response):
    """``[(row, language)]``: the language each award's category chooser opens filtered to.

    Read from the raw HTML: the new row's template sits in a script element.
    """
    pattern = r'id="id_awards-(\w+)-category-chooser"[^>]*data-chooser-url="[^"?]*\?locale=(\w+)"'
    return re.findall(pattern, response.content.decode())


def category_choices(response, row):
    formset = response.context["form"].formsets["awards"]
    form = formset.empty_form if row is None else formset.forms[row]
    return [category.name for category in form.fields["category"].queryset]


def test_gala_award_categories_are_in_the_galas_language(editor_client, gala_indexes, categories):
    swedish_gala = factories.GalaPageFactory(parent=gala_indexes["sv"], locale=gala_indexes["sv"].locale)
    factories.AwardFactory(page=swedish_gala, category=categories["sv"][0], deed=factories.DeedFactory())

    new_finnish = editor_client.get(
        reverse("wagtailadmin_pages:add", args=["gaala", "galapage", gala_indexes["fi"].pk])
    )
    swedish = editor_client.get(edit_url(swedish_gala))

    assert category_choices(new_finnish, None) == ["Kekseliäin kunta", "Vuoden teko"]
    assert category_choosers(new_finnish) == [("__prefix__", "fi")]  # the template of a new row
    swedish_order = ["Den uppfinningsrikaste kommunen", "Årets gärning"]
    assert category_choices(swedish, 0) == category_choices(swedish, None) == swedish_order
    assert category_choosers(swedish) == [("0", "sv"), ("__prefix__", "sv")]
