"""Galas: editors build a gala with its awards; visitors get the programme before it and the awards after it."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringSegment, TranslationSource

from gaala.models import Award, AwardCategory, GalaPage
from teot.models import DeedIndexPage
from tests import factories
from tests.utils import soup

HELSINKI = factories.HELSINKI
STARTS = datetime.datetime(2022, 11, 24, 17, 0, tzinfo=HELSINKI)  # the factory's gala, 17:00–20:00
BEFORE = STARTS - datetime.timedelta(days=7)
DURING = STARTS + datetime.timedelta(hours=1)
AFTER = STARTS + datetime.timedelta(hours=4)


def in_language(language_code, text, number=None, **values):
    """A UI string as the pages in that language show it (English until it is translated)."""
    with translation.override(language_code):
        if number is None:
            return translation.gettext(text) % values if values else translation.gettext(text)
        singular, plural = text
        return translation.ngettext(singular, plural, number) % {"counter": number}


def rank(value, language_code="fi"):
    """The rank label an award card shows."""
    return capfirst(in_language(language_code, dict(Award.Rank.choices)[value]))


def awards_label(number, language_code="fi"):
    return in_language(language_code, ("%(counter)s award", "%(counter)s awards"), number)


@pytest.fixture
def index(home_page):
    return factories.GalaIndexPageFactory(parent=home_page, title="Gaala", slug="gaala")


@pytest.fixture
def marketplace(home_page):
    return factories.DeedIndexPageFactory(parent=home_page, slug="teot")


def gala(index, **fields):
    return factories.GalaPageFactory(parent=index, **fields)


def get(client, page_or_url):
    url = page_or_url if isinstance(page_or_url, str) else page_or_url.get_url()
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response


def categories_shown(response):
    return [section.h2.get_text(strip=True) for section in soup(response).select("section.gala__category")]


def awards_shown(response):
    """``[(category, [(title, rank)])]`` in page order."""
    return [
        (
            section.h2.get_text(strip=True),
            [
                (card.h3.get_text(strip=True), card.select_one(".award__rank").get_text(strip=True))
                for card in section.select("article.award")
            ],
        )
        for section in soup(response).select("section.gala__category")
    ]


def award_card(response, title):
    for card in soup(response).select("article.award"):
        if card.h3.get_text(strip=True) == title:
            return card
    raise AssertionError(f"no award card titled {title!r}")


def stream_link(response):
    return soup(response).select_one("a.gala__stream-link")


# --- The admin -------------------------------------------------------------------------------


def gala_form(category, awards, **fields):
    """The gala editor's POST data, publishing."""
    data = {
        "title": "Kuntatyö2030-gaala 2022",
        "slug": "gaala-2022",
        "year": "2022",
        "starts_at": "2022-11-24 17:00",
        "ends_at": "2022-11-24 20:00",
        "venue": "Kuntatalo, Helsinki",
        "stream_url": "https://www.example.fi/gaala-live",
        "intro": "Kekseliäimmät teot palkitaan.",
        "programme": streamfield([("paragraph", rich_text("<p>Klo 17 avaus.</p>"))]),
        "results_intro": streamfield([("paragraph", rich_text("<p>Ehdolla oli 120 tekoa.</p>"))]),
        "jury": inline_formset([{"name": "Jaana Juryläinen", "role": "puheenjohtaja"}]),
        "awards": inline_formset(
            [
                {
                    "category": category.pk,
                    "deed": award.get("deed", ""),
                    "organisation": award.get("organisation", ""),
                    "rank": award.get("rank", "winner"),
                    "citation": award.get("citation", "Perustelut."),
                }
                for award in awards
            ]
        ),
        "action-publish": "action-publish",
        **fields,
    }
    return nested_form_data(data)


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=("gaala", "galapage", index.pk))


def award_form_errors(response, number):
    return response.context["form"].formsets["awards"].forms[number].errors


def test_editors_create_a_gala_with_two_awards_and_publish_it(editor_client, index, marketplace):
    category = factories.AwardCategoryFactory(name="Sosiaali- ja terveysala")
    deed = factories.DeedFactory(title="Kiertävä kahvila")
    liminka = factories.OrganisationFactory(name="Limingan kunta")
    data = gala_form(
        category,
        [
            {"deed": deed.pk, "citation": "Kahvila toi työkaverit yhteen."},
            {"organisation": liminka.pk, "rank": "mention", "citation": "Kekseliäs kunta."},
        ],
    )

    response = editor_client.post(add_url(index), data)

    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    page = GalaPage.objects.get(slug="gaala-2022")
    assert page.live
    assert page.starts_at == STARTS
    assert [(award.deed_id, award.organisation_id, award.rank) for award in page.awards.all()] == [
        (deed.pk, None, "winner"),
        (None, liminka.pk, "mention"),
    ]
    assert [member.name for member in page.jury.all()] == ["Jaana Juryläinen"]
    response = get(editor_client, page)
    assert awards_shown(response) == [
        ("Sosiaali- ja terveysala", [("Kiertävä kahvila", rank("winner")), ("Limingan kunta", rank("mention"))])
    ]


def test_an_award_cannot_point_at_an_unpublished_deed(editor_client, index):
    category = factories.AwardCategoryFactory()
    published = factories.DeedFactory()
    draft = factories.DeedFactory(live=False)

    response = editor_client.post(add_url(index), gala_form(category, [{"deed": published.pk}, {"deed": draft.pk}]))

    assert response.status_code == 200
    assert award_form_errors(response, 0) == {}
    # The admin speaks Finnish unless the editor chose otherwise.
    assert award_form_errors(response, 1)["deed"] == [
        in_language("fi", "This deed is not published. Publish it first, or choose another.")
    ]
    assert not GalaPage.objects.exists()
    assert not Award.objects.exists()


def test_an_award_needs_a_deed_or_an_organisation(editor_client, index):
    category = factories.AwardCategoryFactory()

    response = editor_client.post(add_url(index), gala_form(category, [{"citation": "Kenelle?"}]))

    assert response.status_code == 200
    assert award_form_errors(response, 0)["__all__"] == [
        in_language("fi", "Choose the awarded deed, the awarded organisation or both.")
    ]
    assert not GalaPage.objects.exists()


def test_a_gala_must_end_after_it_starts(editor_client, index):
    category = factories.AwardCategoryFactory()
    deed = factories.DeedFactory()

    response = editor_client.post(add_url(index), gala_form(category, [{"deed": deed.pk}], ends_at="2022-11-24 16:00"))

    assert response.status_code == 200
    assert response.context["form"].errors["ends_at"] == [in_language("fi", "The gala must end after it starts.")]
    assert not GalaPage.objects.exists()


# --- The awards on the gala page ----------------------------------------------------------------


def test_awards_come_by_category_order_winners_first_then_in_the_editors_order(client, index, marketplace):
    page = gala(index)
    special = factories.AwardCategoryFactory(name="Suomen kekseliäin kunta", kind="special", sort_order=3)
    sote = factories.AwardCategoryFactory(name="Sote-ala", sort_order=1)
    education = factories.AwardCategoryFactory(name="Sivistysala", sort_order=2)

    def award(category, title, rank, sort_order):
        factories.AwardFactory(
            page=page, category=category, deed=factories.DeedFactory(title=title), rank=rank, sort_order=sort_order
        )

    award(education, "Lukupiiri", "winner", 1)
    award(sote, "Kotihoidon reitit", "mention", 2)
    award(sote, "Kiertävä kahvila", "winner", 3)
    award(sote, "Yöhoitajien vuorolista", "mention", 4)
    award(sote, "Aamupalaveri", "winner", 5)
    liminka = factories.OrganisationFactory(name="Limingan kunta", region="pohjois-pohjanmaa")
    factories.AwardFactory(page=page, category=special, deed=None, organisation=liminka, sort_order=0)

    response = get(client, page)

    assert awards_shown(response) == [
        (
            "Sote-ala",
            [
                ("Kiertävä kahvila", rank("winner")),
                ("Aamupalaveri", rank("winner")),
                ("Kotihoidon reitit", rank("mention")),
                ("Yöhoitajien vuorolista", rank("mention")),
            ],
        ),
        ("Sivistysala", [("Lukupiiri", rank("winner"))]),
        ("Suomen kekseliäin kunta", [("Limingan kunta", rank("winner"))]),
    ]
    document = soup(response)
    assert [section["aria-labelledby"] for section in document.select("section.gala__category")] == [
        "sote-ala",
        "sivistysala",
        "suomen-kekseliain-kunta",
    ]
    assert document.find(id="suomen-kekseliain-kunta").name == "h2"
    organisation_card = award_card(response, "Limingan kunta")
    with translation.override("fi"):
        expected = [capfirst(liminka.get_type_display()), liminka.get_region_display()]
    assert [span.get_text(strip=True) for span in organisation_card.select(".card__meta span")] == expected


def test_a_deed_card_links_to_the_deed_and_shows_the_citation(client, index, marketplace):
    page = gala(index)
    organisation = factories.OrganisationFactory(name="Esimerkkilän kaupunki")
    deed = factories.DeedFactory(
        title="Kiertävä kahvila", slug="kiertava-kahvila", organisation=organisation, year=2021
    )
    factories.AwardFactory(page=page, deed=deed, citation="Kahvila toi työkaverit yhteen.\n\nJa paransi ilmapiiriä.")

    card = award_card(get(client, page), "Kiertävä kahvila")

    assert card.h3.a["href"] == marketplace.deed_url(deed)
    assert not card.h3.has_attr("lang")
    meta = card.select_one(".card__meta").get_text(" ", strip=True)
    with translation.override("fi"):
        assert meta == f"Esimerkkilän kaupunki {organisation.get_region_display()} 2021"
    citation = card.select_one(".award__citation")
    assert citation.figcaption.get_text(strip=True) == in_language("fi", "Jury's citation")
    assert [p.get_text() for p in citation.blockquote.find_all("p")] == [
        "Kahvila toi työkaverit yhteen.",
        "Ja paransi ilmapiiriä.",
    ]


def test_awards_of_deeds_unpublished_since_are_left_out(client, index, marketplace):
    page = gala(index)
    kept = factories.AwardFactory(page=page, deed=factories.DeedFactory(title="Julkaistu"))
    withdrawn = factories.AwardFactory(page=page, deed=factories.DeedFactory(title="Poistettu julkaisusta"))
    type(withdrawn.deed).objects.filter(pk=withdrawn.deed_id).update(live=False)

    response = get(client, page)

    assert [title for _category, awards in awards_shown(response) for title, _rank in awards] == [kept.deed.title]


def test_without_a_marketplace_the_deed_is_shown_without_a_link(client, index):
    page = gala(index)
    factories.AwardFactory(page=page, deed=factories.DeedFactory(title="Kiertävä kahvila"))

    card = award_card(get(client, page), "Kiertävä kahvila")

    assert card.h3.a is None


def test_a_long_list_of_awards_gets_a_table_of_contents(client, index, marketplace):
    short = gala(index, slug="lyhyt")
    for _ in range(3):
        factories.AwardFactory(page=short)
    long = gala(index, slug="pitka")
    categories = [factories.AwardCategoryFactory(name=f"Luokka {n}") for n in range(4)]
    for category in categories:
        factories.AwardFactory(page=long, category=category)
    factories.AwardFactory(page=long, category=categories[0])

    assert soup(get(client, short)).select_one("nav.gala__contents") is None
    contents = soup(get(client, long)).select_one("nav.gala__contents")
    assert contents.find(id=contents["aria-labelledby"]) is not None
    entries = [(item.a["href"], item.get_text(" ", strip=True)) for item in contents.select("ol > li")]
    assert entries == [
        ("#luokka-0", f"Luokka 0 ({awards_label(2)})"),
        ("#luokka-1", f"Luokka 1 ({awards_label(1)})"),
        ("#luokka-2", f"Luokka 2 ({awards_label(1)})"),
        ("#luokka-3", f"Luokka 3 ({awards_label(1)})"),
    ]


# --- Before, during and after the gala --------------------------------------------------------------


@pytest.fixture
def gala_with_programme(index, marketplace):
    page = gala(index, programme=factories.paragraph("<p>Klo 17 avaus, klo 18 palkinnot.</p>"))
    page.stream_url = "https://www.example.fi/gaala-live"
    page.save_revision().publish()
    factories.AwardFactory(page=page, deed=factories.DeedFactory(title="Kiertävä kahvila"))
    factories.JuryMemberFactory(page=page, name="Jaana Juryläinen", role="puheenjohtaja")
    return page


@pytest.mark.parametrize(
    ("moment", "status", "results_shown"),
    [(BEFORE, "Coming up", False), (DURING, "On now", False), (AFTER, None, True)],
)
def test_results_are_hidden_until_the_gala_is_over(client, gala_with_programme, moment, status, results_shown):
    with time_machine.travel(moment, tick=False):
        response = get(client, gala_with_programme)

    document = soup(response)
    shown_status = document.select_one(".gala__header .gala-status")
    assert (shown_status.get_text(strip=True) if shown_status else None) == (status and in_language("fi", status))
    assert bool(document.select("article.award")) is results_shown
    assert ("Kiertävä kahvila" in response.content.decode()) is results_shown
    assert bool(document.find(id="gala-programme")) is not results_shown
    link = stream_link(response)
    if results_shown:
        assert link is None
    else:
        assert link["href"] == "https://www.example.fi/gaala-live"
        assert link.get_text(strip=True) == in_language("fi", "Watch the gala live")
    # The jury is introduced all along.
    assert "Jaana Juryläinen" in document.find(id="gala-jury").find_parent("section").get_text()


def test_the_page_shows_when_and_where_in_finnish_time(client, gala_with_programme):
    document = soup(get(client, gala_with_programme))

    facts = document.select_one(".gala__facts")
    times = facts.find_all("time")
    assert times[0]["datetime"] == "2022-11-24T17:00:00+02:00"
    assert times[1]["datetime"] == "2022-11-24T20:00:00+02:00"
    assert in_language("fi", "Finnish time (%(offset)s)", offset="UTC+2") in facts.get_text()
    assert "Kuntatalo, Helsinki" in facts.get_text()
    assert document.find("meta", attrs={"property": "og:type"})["content"] == "article"
    assert document.find("meta", attrs={"name": "description"})["content"] == gala_with_programme.intro
    assert len(document.find_all("h1")) == 1


def test_the_admin_preview_shows_the_results_before_the_gala(client, gala_with_programme):
    with time_machine.travel(BEFORE, tick=False):
        public = get(client, gala_with_programme)
        preview = gala_with_programme.make_preview_request()

    assert preview.status_code == 200
    assert not soup(public).select("article.award")
    document = soup(preview)
    assert [card.h3.get_text(strip=True) for card in document.select("article.award")] == ["Kiertävä kahvila"]
    assert document.select_one(".gala__results .notice") is not None


def test_the_admin_preview_shows_unsaved_awards(editor_client, index, marketplace):
    page = gala(index, starts_at=datetime.datetime(2030, 11, 24, 17, tzinfo=HELSINKI), year=2030)
    category = factories.AwardCategoryFactory(name="Sote-ala")
    deed = factories.DeedFactory(title="Kiertävä kahvila")
    data = gala_form(category, [{"deed": deed.pk}], slug=page.slug, starts_at="2030-11-24 17:00")
    data["ends_at"] = "2030-11-24 20:00"
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])

    assert editor_client.post(preview_url, data).json()["is_valid"]
    response = get(editor_client, preview_url)

    assert awards_shown(response) == [("Sote-ala", [("Kiertävä kahvila", rank("winner"))])]


# --- The archive ---------------------------------------------------------------------------------------


def test_the_archive_lists_galas_newest_first_with_their_state(client, index):
    older = gala(index, title="Gaala 2021", year=2021, starts_at=datetime.datetime(2021, 11, 25, 17, tzinfo=HELSINKI))
    autumn = gala(
        index, title="Syysgaala 2022", year=2022, starts_at=datetime.datetime(2022, 11, 24, 17, tzinfo=HELSINKI)
    )
    spring = gala(
        index, title="Kevätgaala 2022", year=2022, starts_at=datetime.datetime(2022, 4, 7, 17, tzinfo=HELSINKI)
    )
    coming = gala(index, title="Gaala 2023", year=2023, starts_at=datetime.datetime(2023, 11, 23, 17, tzinfo=HELSINKI))
    draft = gala(index, title="Luonnos", year=2024, live=False)
    for _ in range(2):
        factories.AwardFactory(page=autumn)
    factories.AwardFactory(page=older)
    factories.AwardFactory(page=older, deed=factories.DeedFactory(live=False))  # not counted

    with time_machine.travel(datetime.datetime(2023, 1, 1, 12, tzinfo=HELSINKI), tick=False):
        document = soup(get(client, index))

    cards = document.select("article.gala-card")
    assert [card.h2.a.get_text(strip=True) for card in cards] == [coming.title, autumn.title, spring.title, older.title]
    assert cards[1].h2.a["href"] == autumn.get_url()
    assert draft.title not in document.get_text()
    assert [card.select_one(".gala-card__status").get_text(strip=True) for card in cards] == [
        in_language("fi", "Coming up"),
        awards_label(2),
        awards_label(0),
        awards_label(1),
    ]
    meta = cards[1].select_one(".card__meta")
    assert meta.time["datetime"] == "2022-11-24T17:00:00+02:00"
    assert "Kuntatalo, Helsinki" in meta.get_text()
    assert document.h1.get_text(strip=True) == "Gaala"


def test_an_empty_archive_says_so(client, index):
    document = soup(get(client, index))

    assert document.select_one("p.notice").get_text(strip=True) == in_language(
        "fi", "No galas have been published yet."
    )


# --- Languages ---------------------------------------------------------------------------------------------


def submit_translation(client, page, language_code):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    return client.post(url, {"locales": [factories.get_locale(language_code).pk]})


@pytest.fixture
def swedish_site(homes):
    """A Finnish gala index and marketplace with their Swedish translations."""
    index = factories.GalaIndexPageFactory(parent=homes["fi"], title="Gaala", slug="gaala")
    factories.translate(index, "sv", title="Gala", slug="gala")
    marketplace = factories.DeedIndexPageFactory(parent=homes["fi"], slug="teot")
    factories.translate(marketplace, "sv", title="Gärningar", slug="garningar")
    return index


def test_translating_a_gala_keeps_its_awards_and_translates_categories(client, editor_client, swedish_site):
    page = gala(swedish_site)
    category = factories.AwardCategoryFactory(name="Sote-ala")
    translated_deed = factories.DeedFactory(title="Kiertävä kahvila", slug="kiertava-kahvila")
    swedish_deed = factories.translate_snippet(
        translated_deed, "sv", title="Det ambulerande kaféet", slug="ambulerande-kafe", live=True
    )
    finnish_only = factories.DeedFactory(title="Aamupalaveri", slug="aamupalaveri")
    awards = [
        factories.AwardFactory(page=page, category=category, deed=translated_deed, citation="Kahvila yhdisti."),
        factories.AwardFactory(page=page, category=category, deed=finnish_only, citation="Palaveri selkeytti."),
    ]
    page.save_revision().publish()

    response = submit_translation(editor_client, page, "sv")

    assert response.status_code == 302
    swedish = GalaPage.objects.get(translation_key=page.translation_key, locale__language_code="sv")
    assert not swedish.live
    rows = list(swedish.awards.order_by("sort_order"))
    assert [(row.translation_key, row.deed_id) for row in rows] == [
        (award.translation_key, award.deed_id) for award in awards
    ]
    # The category snippet gets its Swedish translation (to be translated), the citations wait for translators.
    assert {row.category.locale.language_code for row in rows} == {"sv"}
    assert AwardCategory.objects.filter(translation_key=category.translation_key).count() == 2
    assert [row.citation for row in rows] == ["Kahvila yhdisti.", "Palaveri selkeytti."]
    source = TranslationSource.objects.get(object_id=page.translation_key)
    strings = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert {"Kahvila yhdisti.", "Palaveri selkeytti."} <= strings

    swedish.get_latest_revision().publish()
    response = get(client, GalaPage.objects.get(pk=swedish.pk))

    marketplaces = {index.locale.language_code: index for index in DeedIndexPage.objects.select_related("locale")}
    translated_card = award_card(response, "Det ambulerande kaféet")
    assert translated_card.h3.get("lang") is None
    assert translated_card.h3.a["href"] == marketplaces["sv"].deed_url(swedish_deed)
    original_card = award_card(response, "Aamupalaveri")
    assert original_card.h3["lang"] == "fi"
    assert original_card.h3.a["href"] == marketplaces["fi"].deed_url(finnish_only)
    assert categories_shown(response) == ["Sote-ala"]  # the Swedish category, still untranslated


@pytest.mark.parametrize("language_code", ["fi", "sv", "en"])
def test_the_gala_pages_render_in_every_language(client, homes, language_code):
    index = factories.GalaIndexPageFactory(parent=homes["fi"], title="Gaala", slug="gaala")
    marketplace = factories.DeedIndexPageFactory(parent=homes["fi"], slug="teot")
    page = gala(index)
    category = factories.AwardCategoryFactory(name="Sote-ala", description="Sosiaali- ja terveyspalvelut.")
    factories.AwardFactory(page=page, category=category, deed=factories.DeedFactory(title="Kiertävä kahvila"))
    if language_code != "fi":
        factories.translate_snippet(category, language_code, name=f"Sote ({language_code})")
        index = factories.translate(index, language_code, slug=f"gala-{language_code}")
        factories.translate(marketplace, language_code, slug=f"deeds-{language_code}")
        page = factories.translate(page, language_code, slug=f"gala-2022-{language_code}")

    archive = soup(get(client, index))
    document = soup(get(client, page))

    for html in (archive, document):
        assert html.html["lang"] == language_code
    assert archive.select_one("article.gala-card h2 a")["href"] == page.get_url()
    expected = "Sote-ala" if language_code == "fi" else f"Sote ({language_code})"
    assert [section.h2.get_text(strip=True) for section in document.select("section.gala__category")] == [expected]
    card = document.select_one("article.award")
    assert card.h3.get("lang") == (None if language_code == "fi" else "fi")
    assert card.select_one(".award__rank").get_text(strip=True) == rank("winner", language_code)
    label = card.select_one(".award__citation-label").get_text(strip=True)
    assert label == in_language(language_code, "Jury's citation")


# --- Query budgets ------------------------------------------------------------------------------------------


def count_queries(client, url):
    client.get(url)  # warm up: the page frame and routes are cached after the first visit
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def fill_gala(page, awards, categories):
    """``awards`` awards spread over ``categories`` categories, with an organisation award among them."""
    made = [factories.AwardCategoryFactory() for _ in range(categories)]
    for number in range(awards - 1):
        rank = Award.Rank.WINNER if number % 2 else Award.Rank.HONOURABLE_MENTION
        factories.AwardFactory(page=page, category=made[number % categories], rank=rank)
    factories.AwardFactory(page=page, category=made[0], deed=None, organisation=factories.OrganisationFactory())
    factories.JuryMemberFactory(page=page)


def test_the_gala_page_query_count_does_not_grow_with_the_awards(client, homes):
    index = factories.GalaIndexPageFactory(parent=homes["fi"], slug="gaala")
    marketplace = factories.DeedIndexPageFactory(parent=homes["fi"], slug="teot")
    factories.translate(index, "sv", slug="gala")
    factories.translate(marketplace, "sv", slug="garningar")
    few_page, many_page = gala(index, slug="pieni"), gala(index, slug="suuri")
    fill_gala(few_page, awards=5, categories=1)
    fill_gala(many_page, awards=50, categories=5)
    # A Swedish translation of some deeds: the Swedish page mixes translated and original deeds.
    swedish_pages = []
    for page in (few_page, many_page):
        for award in page.awards.exclude(deed=None)[:3]:
            factories.translate_snippet(award.deed, "sv", slug=f"sv-{award.deed.slug}", live=True)
        swedish_pages.append(factories.translate(page, "sv", slug=f"{page.slug}-sv"))
    client.get(few_page.get_url())  # warm the site root cache

    for small, large in (few_page, many_page), tuple(swedish_pages):
        few, response = count_queries(client, small.get_url())
        assert len(soup(response).select("article.award")) == 5
        many, response = count_queries(client, large.get_url())
        assert len(soup(response).select("article.award")) == 50
        assert few == many, f"{few} queries with 5 awards in 1 category, {many} with 50 in 5"


def test_the_archive_query_count_does_not_grow_with_the_galas(client, index):
    for number in range(5):
        factories.AwardFactory(page=gala(index, year=2000 + number))
    client.get(index.get_url())  # warm the site root cache
    few, response = count_queries(client, index.get_url())
    assert len(soup(response).select("article.gala-card")) == 5
    for number in range(45):
        factories.AwardFactory(page=gala(index, year=2010 + number))
    many, response = count_queries(client, index.get_url())
    assert len(soup(response).select("article.gala-card")) == 50
    assert few == many, f"{few} queries with 5 galas, {many} with 50"
