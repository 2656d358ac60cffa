"""The living home page: highlighted deeds, deeds in figures, news, webinars and the latest episode, per language."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import HomeHighlightedDeed
from teot.models import Deed
from tests import factories
from tests.utils import soup

NOW = datetime.datetime(2026, 11, 2, 12, 0, tzinfo=factories.HELSINKI)
SECTION_ORDER = ["deeds", "statistics", "news", "webinars", "episode"]


def gettext_in(language_code, text):
    with translation.override(language_code):
        return translation.gettext(text)


def get_home(client, home):
    response = client.get(home.url)
    assert response.status_code == 200, response.status_code
    return soup(response)


def sections(document):
    """``{name: <section>}`` of the home page's sections, in page order."""
    found = document.find("main").find_all("section", attrs={"aria-labelledby": True})
    return {element["aria-labelledby"].removeprefix("home-").removesuffix("-heading"): element for element in found}


def section(document, name):
    return sections(document).get(name)


def heading(element):
    return element.h2.get_text(strip=True)


def card_titles(element):
    return [link.get_text(strip=True) for link in element.select(".card__title a")]


def card_links(element):
    return [link["href"] for link in element.select(".card__title a")]


def more_link(element):
    """The section's link to its full listing: (href, hreflang)."""
    link = element.select_one(".home-section__more a")
    return link["href"], link.get("hreflang")


def publish_dates(*deeds):
    """First-published dates one day apart, the first deed oldest."""
    start = timezone.make_aware(datetime.datetime(2024, 1, 1, 12))
    for number, deed in enumerate(deeds):
        Deed.objects.filter(pk=deed.pk).update(first_published_at=start + datetime.timedelta(days=number))


def choose(home, *deeds):
    """The editors' highlighted deeds on a home page, in this order (published)."""
    home.highlighted_deeds = [HomeHighlightedDeed(deed=deed, sort_order=n) for n, deed in enumerate(deeds)]
    home.save_revision().publish()


def deed_url(index, deed):
    return index.url + index.reverse_subpage("deed", args=[deed.slug])


@pytest.fixture
def marketplaces(homes):
    finnish = factories.DeedIndexPageFactory(parent=homes["fi"], title="Tekojen tori", slug="teot")
    return {"fi": finnish, "sv": factories.translate(finnish, "sv", title="Gärningarnas torg", slug="garningar")}


@pytest.fixture
def news_indexes(homes):
    finnish = factories.NewsIndexPageFactory(parent=homes["fi"], title="Uutiset", slug="uutiset")
    return {"fi": finnish, "sv": factories.translate(finnish, "sv", title="Nyheter", slug="nyheter")}


@pytest.fixture
def webinar_indexes(homes):
    finnish = factories.WebinarIndexPageFactory(parent=homes["fi"], title="Webinaarit", slug="webinaarit")
    return {"fi": finnish, "sv": factories.translate(finnish, "sv", title="Webbinarier", slug="webbinarier")}


@pytest.fixture
def shows(homes):
    finnish = factories.PodcastPageFactory(parent=homes["fi"], title="Työelämän kehittäjät", slug="podcast")
    return {"fi": finnish, "sv": factories.translate(finnish, "sv", title="Arbetslivets utvecklare", slug="podd")}


@pytest.fixture
def empty_site(marketplaces, news_indexes, webinar_indexes, shows):
    """Every listing exists, with only drafts, restricted pages and past events in it."""
    factories.DeedFactory(title="Luonnosteko", live=False)
    factories.NewsPageFactory(parent=news_indexes["fi"], title="Luonnosuutinen", live=False)
    restricted = factories.NewsPageFactory(parent=news_indexes["fi"], title="Vain jäsenille")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    factories.WebinarPageFactory(parent=webinar_indexes["fi"], starts_at=NOW - datetime.timedelta(days=1))
    factories.PodcastEpisodePageFactory(parent=shows["fi"], title="Luonnosjakso", live=False)


# --- Empty sections ---------------------------------------------------------------------------


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize("with_listings", [False, True], ids=["fresh-site", "only-drafts-and-past"])
def test_a_home_page_with_nothing_to_show_has_only_the_hero(client, homes, request, with_listings):
    if with_listings:
        request.getfixturevalue("empty_site")
    for home in homes.values():
        document = get_home(client, home)
        main = document.find("main")
        assert [element.name for element in main.find_all(["h1", "h2", "h3"])] == ["h1"]
        assert main.h1.get_text(strip=True) == home.title
        assert sections(document) == {}
        assert not main.select(".home-section, .card")


# --- Highlighted deeds ------------------------------------------------------------------------


@pytest.fixture
def deeds(marketplaces):
    """Four live Finnish deeds, oldest first, and a draft."""
    live = [factories.DeedFactory(title=title) for title in ("Jaksamo", "Kierto", "Sotepaja", "Yhteispeli")]
    publish_dates(*live)
    draft = factories.DeedFactory(title="Luonnos", live=False)
    return {deed.title: deed for deed in [*live, draft]}


def test_without_a_choice_the_newest_deeds_of_the_language_are_shown(client, homes, marketplaces, deeds):
    document = get_home(client, homes["fi"])
    element = section(document, "deeds")
    assert heading(element) == gettext_in("fi", "Newest deeds")
    assert card_titles(element) == ["Yhteispeli", "Sotepaja", "Kierto"]
    assert card_links(element) == [deed_url(marketplaces["fi"], deeds[title]) for title in card_titles(element)]
    assert more_link(element) == (marketplaces["fi"].url, None)
    # No Swedish deeds: the Swedish home page has no deed cards, and no English marketplace or deeds either.
    assert section(get_home(client, homes["sv"]), "deeds") is None
    assert section(get_home(client, homes["en"]), "deeds") is None


def test_editors_choice_wins_over_the_newest_keeps_its_order_and_skips_unpublished(client, homes, marketplaces, deeds):
    choose(homes["fi"], deeds["Kierto"], deeds["Luonnos"], deeds["Jaksamo"])
    element = section(get_home(client, homes["fi"]), "deeds")
    assert heading(element) == gettext_in("fi", "Highlighted deeds")
    assert card_titles(element) == ["Kierto", "Jaksamo"]
    assert card_links(element) == [
        deed_url(marketplaces["fi"], deeds["Kierto"]),
        deed_url(marketplaces["fi"], deeds["Jaksamo"]),
    ]


def test_a_choice_of_only_unpublished_deeds_gives_the_newest(client, homes, marketplaces, deeds):
    choose(homes["fi"], deeds["Luonnos"])
    element = section(get_home(client, homes["fi"]), "deeds")
    assert heading(element) == gettext_in("fi", "Newest deeds")
    assert card_titles(element) == ["Yhteispeli", "Sotepaja", "Kierto"]


def test_visitors_get_a_highlighted_deed_in_their_language_else_in_its_own(client, homes, marketplaces, deeds):
    choose(homes["fi"], deeds["Sotepaja"], deeds["Jaksamo"], deeds["Luonnos"])
    swedish = factories.translate_snippet(deeds["Sotepaja"], "sv", title="Sotverkstaden", slug="sotverkstaden")
    # A live Swedish translation of the Finnish draft: the Swedish visitor gets it.
    draft_sv = factories.translate_snippet(deeds["Luonnos"], "sv", title="Utkastet", slug="utkastet", live=True)
    # The Swedish home page was translated before the editors chose: it falls back to the Finnish choice.
    assert not homes["sv"].highlighted_deeds.exists()

    element = section(get_home(client, homes["sv"]), "deeds")
    assert heading(element) == gettext_in("sv", "Highlighted deeds")
    assert card_titles(element) == ["Sotverkstaden", "Jaksamo", "Utkastet"]
    assert card_links(element) == [
        deed_url(marketplaces["sv"], swedish),
        deed_url(marketplaces["fi"], deeds["Jaksamo"]),
        deed_url(marketplaces["sv"], draft_sv),
    ]
    # The Finnish deed is marked as Finnish for screen readers.
    assert [item.get("lang") for item in element.select(".card-list > li .card__title")] == [None, "fi", None]
    assert more_link(element) == (marketplaces["sv"].url, None)

    # English has no marketplace: the deeds are the Finnish ones, linking to the Finnish marketplace.
    element = section(get_home(client, homes["en"]), "deeds")
    assert card_titles(element) == ["Sotepaja", "Jaksamo"]
    assert more_link(element) == (marketplaces["fi"].url, "fi")


def test_a_translated_home_page_with_its_own_choice_uses_it(client, homes, marketplaces, deeds):
    choose(homes["fi"], deeds["Jaksamo"])
    choose(homes["sv"], deeds["Kierto"], deeds["Yhteispeli"])
    assert card_titles(section(get_home(client, homes["sv"]), "deeds")) == ["Kierto", "Yhteispeli"]
    assert card_titles(section(get_home(client, homes["fi"]), "deeds")) == ["Jaksamo"]


def test_editors_choose_highlighted_deeds_in_the_page_editor(client, editor_client, homes, marketplaces, deeds):
    home = homes["fi"]
    data = nested_form_data(
        {
            "title": home.title,
            "slug": home.slug,
            "hero_lead": home.hero_lead,
            "body": streamfield([]),
            "highlighted_deeds": inline_formset(
                [{"deed": deeds["Yhteispeli"].pk}, {"deed": deeds["Jaksamo"].pk}, {"deed": deeds["Kierto"].pk}]
            ),
            "action-publish": "action-publish",
        }
    )
    response = editor_client.post(f"/admin/pages/{home.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    client.logout()
    element = section(get_home(client, home), "deeds")
    assert card_titles(element) == ["Yhteispeli", "Jaksamo", "Kierto"]


# --- Deeds in figures -------------------------------------------------------------------------


def figures(element):
    return {item.dt.get_text(strip=True): int(item.dd.get_text(strip=True)) for item in element.select("dl > div")}


def test_the_statistics_teaser_counts_published_deeds_organisations_and_sectors(client, homes, marketplaces):
    sectors = [factories.SectorFactory() for _ in range(4)]
    organisations = [factories.OrganisationFactory() for _ in range(3)]
    first = factories.DeedFactory(sectors=[sectors[0]], organisation=organisations[0])
    factories.DeedFactory(sectors=[sectors[0], sectors[1]], organisation=organisations[0])
    factories.DeedFactory(sectors=[sectors[2]], organisation=organisations[1])
    # Counted once with its Finnish original, under the Swedish term of the same sector.
    factories.translate_snippet(
        first, "sv", slug="forsta", sectors=[factories.translate_snippet(sectors[0], "sv", slug="sektor")]
    )
    factories.DeedFactory(sectors=[sectors[3]], organisation=organisations[2], live=False)

    for code, index in (("fi", marketplaces["fi"]), ("sv", marketplaces["sv"]), ("en", marketplaces["fi"])):
        element = section(get_home(client, homes[code]), "statistics")
        with translation.override(code):
            expected = {
                translation.gettext("Published deeds"): 3,
                translation.gettext("Organisations with published deeds"): 2,
                translation.gettext("Sectors with published deeds"): 3,
            }
            assert heading(element) == translation.gettext("Deeds in figures")
        assert figures(element) == expected
        statistics_url = index.url + index.reverse_subpage("statistics")
        assert more_link(element) == (statistics_url, None if code != "en" else "fi")
        assert client.get(statistics_url).status_code == 200


# --- News ---------------------------------------------------------------------------------------


@pytest.fixture
def news(news_indexes):
    finnish = [
        factories.NewsPageFactory(parent=news_indexes["fi"], title=f"Uutinen {day}", date=datetime.date(2026, 10, day))
        for day in (3, 9, 1, 7)
    ]
    factories.NewsPageFactory(parent=news_indexes["fi"], title="Luonnos", date=datetime.date(2026, 10, 20), live=False)
    swedish = factories.NewsPageFactory(parent=news_indexes["sv"], title="Svensk nyhet")
    return {"fi": finnish, "sv": swedish}


def test_latest_news_are_the_three_newest_in_the_visitors_language(client, homes, news_indexes, news):
    element = section(get_home(client, homes["fi"]), "news")
    assert heading(element) == gettext_in("fi", "Latest news")
    assert card_titles(element) == ["Uutinen 9", "Uutinen 7", "Uutinen 3"]
    assert more_link(element) == (news_indexes["fi"].url, None)

    element = section(get_home(client, homes["sv"]), "news")
    assert heading(element) == gettext_in("sv", "Latest news")
    assert card_titles(element) == ["Svensk nyhet"]
    assert card_links(element) == [news["sv"].url]
    assert more_link(element) == (news_indexes["sv"].url, None)

    assert section(get_home(client, homes["en"]), "news") is None


def test_news_link_to_the_default_languages_index_when_theirs_is_unpublished(client, homes, news_indexes, news):
    news_indexes["sv"].unpublish()
    element = section(get_home(client, homes["sv"]), "news")
    assert card_titles(element) == ["Svensk nyhet"]
    assert more_link(element) == (news_indexes["fi"].url, "fi")


def test_the_home_page_head_links_the_news_feed_of_its_language(client, homes, news_indexes):
    for code in ("fi", "sv"):
        feeds = get_home(client, homes[code]).head.find_all("link", rel="alternate", type="application/rss+xml")
        assert [link["href"] for link in feeds] == [news_indexes[code].feed_url()]
    news_indexes["sv"].unpublish()
    feeds = get_home(client, homes["sv"]).head.find_all("link", rel="alternate", type="application/rss+xml")
    assert [link["href"] for link in feeds] == [news_indexes["fi"].feed_url()]


# --- Webinars -------------------------------------------------------------------------------


@time_machine.travel(NOW, tick=False)
def test_upcoming_webinars_are_those_not_over_yet_soonest_first(client, homes, webinar_indexes):
    def webinar(title, starts_in, parent=webinar_indexes["fi"]):
        return factories.WebinarPageFactory(parent=parent, title=title, starts_at=NOW + starts_in)

    webinar("Mennyt", -datetime.timedelta(days=2))
    webinar("Juuri päättynyt", -datetime.timedelta(hours=1, minutes=30))
    webinar("Käynnissä", -datetime.timedelta(minutes=30))
    webinar("Ensi kuussa", datetime.timedelta(days=30))
    webinar("Huomenna", datetime.timedelta(days=1))
    webinar("Ensi viikolla", datetime.timedelta(days=7))
    webinar("Webbinarium", datetime.timedelta(days=3), parent=webinar_indexes["sv"])

    element = section(get_home(client, homes["fi"]), "webinars")
    assert heading(element) == gettext_in("fi", "Upcoming webinars")
    assert card_titles(element) == ["Käynnissä", "Huomenna", "Ensi viikolla"]
    assert more_link(element) == (webinar_indexes["fi"].url, None)

    element = section(get_home(client, homes["sv"]), "webinars")
    assert card_titles(element) == ["Webbinarium"]
    assert more_link(element) == (webinar_indexes["sv"].url, None)

    assert section(get_home(client, homes["en"]), "webinars") is None


# --- Podcast --------------------------------------------------------------------------------


def test_the_latest_episode_links_to_its_show(client, homes, shows):
    for day in (1, 5, 3):
        factories.PodcastEpisodePageFactory(parent=shows["fi"], title=f"Jakso {day}", date=datetime.date(2026, 10, day))
    factories.PodcastEpisodePageFactory(
        parent=shows["fi"], title="Luonnos", date=datetime.date(2026, 10, 9), live=False
    )
    swedish = factories.PodcastEpisodePageFactory(parent=shows["sv"], title="Avsnitt 1")

    element = section(get_home(client, homes["fi"]), "episode")
    assert heading(element) == gettext_in("fi", "Latest podcast episode")
    assert card_titles(element) == ["Jakso 5"]
    href, _lang = more_link(element)
    assert href == shows["fi"].url
    assert shows["fi"].title in element.select_one(".home-section__more a").get_text()

    element = section(get_home(client, homes["sv"]), "episode")
    assert card_links(element) == [swedish.url]
    assert more_link(element) == (shows["sv"].url, None)

    assert section(get_home(client, homes["en"]), "episode") is None


# --- The whole page ---------------------------------------------------------------------------


@time_machine.travel(NOW, tick=False)
def test_sections_come_in_order_with_headings_in_order(
    client, homes, marketplaces, news_indexes, webinar_indexes, shows
):
    factories.DeedFactory()
    factories.NewsPageFactory(parent=news_indexes["fi"])
    factories.WebinarPageFactory(parent=webinar_indexes["fi"], starts_at=NOW + datetime.timedelta(days=1))
    factories.PodcastEpisodePageFactory(parent=shows["fi"])

    document = get_home(client, homes["fi"])
    found = sections(document)
    assert list(found) == SECTION_ORDER
    for name, element in found.items():
        assert element.find("h2")["id"] == element["aria-labelledby"], name
    main = document.find("main")
    assert len(main.find_all("h1")) == 1
    levels = [int(element.name[1]) for element in main.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False)), levels
    assert document.head.find("link", rel="stylesheet", href=lambda href: href and href.endswith("css/home.css"))


# --- Query budget -----------------------------------------------------------------------------


def make_content(count, homes, marketplaces, news_indexes, webinar_indexes, shows, image):
    """``count`` of everything in Finnish and Swedish; every Finnish deed highlighted, every other one translated."""
    for code in ("fi", "sv"):
        for _ in range(count):
            factories.NewsPageFactory(parent=news_indexes[code], image=image, image_alt="Kuva")
            factories.WebinarPageFactory(parent=webinar_indexes[code], starts_at=NOW + datetime.timedelta(days=1))
            factories.PodcastEpisodePageFactory(parent=shows[code])
    chosen = [factories.DeedFactory(image=image, image_alt="Kuva") for _ in range(count)]
    for deed in chosen[::2]:
        factories.translate_snippet(deed, "sv", slug=f"{deed.slug or deed.pk}-sv", live=True)
    HomeHighlightedDeed.objects.bulk_create(
        HomeHighlightedDeed(page=homes["fi"], deed=deed, sort_order=deed.pk) for deed in chosen
    )


def count_queries(client, url):
    client.get(url)  # renditions are made on the first visit
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), soup(response)


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize("language_code", ["fi", "sv"])
def test_the_home_page_makes_as_many_queries_with_5_as_with_50_of_everything(
    client,
    homes,
    marketplaces,
    news_indexes,
    webinar_indexes,
    shows,
    media_root,
    language_code,
    django_capture_on_commit_callbacks,
):
    image = factories.ImageFactory()
    build = (homes, marketplaces, news_indexes, webinar_indexes, shows, image)
    url = homes[language_code].url

    make_content(5, *build)
    few, document = count_queries(client, url)
    assert list(sections(document)) == SECTION_ORDER
    assert len(card_titles(section(document, "deeds"))) == 5

    with django_capture_on_commit_callbacks(execute=True):  # as the content's transactions commit
        make_content(45, *build)
    many, document = count_queries(client, url)
    deeds = section(document, "deeds")
    assert len(card_titles(deeds)) == 50
    # Swedish visitors get the translated half in Swedish, the rest in Finnish from the Finnish marketplace.
    expected_languages = {None, "fi"} if language_code == "sv" else {None}
    assert {title.get("lang") for title in deeds.select(".card-list > li .card__title")} == expected_languages
    assert few == many, f"{few} queries with 5 of everything, {many} with 50"
