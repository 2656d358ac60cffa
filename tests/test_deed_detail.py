"""A deed's public page: who may see it, what it shows and never shows, related deeds, sharing, metadata."""

import ast
import datetime
import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache
from django.db import connection
from django.template import Context
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from teot.deed_page import page_data
from teot.models import Deed, Organisation
from teot.regions import Region
from teot.templatetags import deed_tags
from tests import factories
from tests.utils import soup


def fi(text):
    """The Finnish of a UI string, as the /fi/ pages show it (English until it is translated)."""
    with translation.override("fi"):
        return translation.gettext(text)


@pytest.fixture
def index(home_page):
    return factories.DeedIndexPageFactory(parent=home_page, title="Tekojen tori", slug="teot")


@pytest.fixture
def deed(index, media_root):
    organisation = factories.OrganisationFactory(
        name="Pirkanmaan hyvinvointialue",
        type=Organisation.Type.WELLBEING_COUNTY,
        region=Region.PIRKANMAA,
    )
    deed = factories.DeedFactory(
        title="Jaksamisen kahvilat",
        slug="jaksamisen-kahvilat",
        summary="Kahvihetket, joissa puhuttiin kuormituksesta.",
        goal="Haluttiin tunnistaa kuormitus ajoissa.",
        actions="Järjestettiin kuukausittain kahvila.\n\nEsihenkilöt kuuntelivat.",
        results="Sairauspoissaolot vähenivät viidenneksellä.",
        tips="Varatkaa aikaa ja kahvia.",
        unit="Sisätautien osasto 3",
        organisation=organisation,
        year=2022,
        campaign=factories.CampaignFactory(name="Hyvä kiertämään", slug="hyva-kiertamaan-2022"),
        sectors=[factories.SectorFactory(name="Sosiaali- ja terveyspalvelut", slug="sote")],
        themes=[
            factories.ThemeFactory(name="Työn kuormitus ja työhyvinvointi", slug="tyohyvinvointi"),
            factories.ThemeFactory(name="Yhdessä kehittäminen", slug="yhdessa-kehittaminen"),
        ],
        image=factories.ImageFactory(file__width=1600, file__height=900),
        image_alt="Hoitajat juovat kahvia taukotilassa",
        contact_name="Kaisa Kahvila",
        contact_email="kaisa.kahvila@pirha.fi",
        contact_phone="040 123 4567",
        contact_is_public=True,
        submitter_name="Salli Salainen",
        submitter_email="salli.salainen@example.com",
        privacy_consent=True,
    )
    factories.DeedLinkFactory(deed=deed, url="https://www.pirha.fi/kahvilat", title="Kahviloiden esittely")
    Deed.objects.filter(pk=deed.pk).update(
        first_published_at=timezone.make_aware(datetime.datetime(2022, 11, 3, 9)),
        last_published_at=timezone.make_aware(datetime.datetime(2023, 1, 5, 9)),
    )
    deed.refresh_from_db()
    return deed


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response


# --- Who sees what ----------------------------------------------------------------------------


def test_live_deed_is_shown(client, index, deed):
    response = get(client, index.deed_url(deed))

    headings = soup(response).find_all("h1")
    assert [heading.get_text(strip=True) for heading in headings] == ["Jaksamisen kahvilat"]
    assert soup(response).title.get_text().startswith("Jaksamisen kahvilat")


def test_draft_deed_is_not_found(client, index):
    draft = factories.DeedFactory(title="Keskeneräinen", live=False)

    assert client.get(index.get_url() + f"{draft.slug}/").status_code == 404


def test_unpublished_deed_is_not_found(client, index, deed):
    deed.unpublish()

    assert client.get(index.deed_url(deed)).status_code == 404


def test_a_deed_of_another_language_is_not_found(client, homes, index):
    swedish_index = factories.translate(index, "sv", title="Gärningstorget", slug="teot-sv")
    sv = factories.get_locale("sv")
    swedish = factories.DeedFactory(
        title="Svensk gärning",
        slug="svensk-garning",
        locale=sv,
        sectors=[factories.SectorFactory(locale=sv)],
        themes=[factories.ThemeFactory(locale=sv)],
    )

    assert client.get(index.get_url() + "svensk-garning/").status_code == 404
    assert client.get(swedish_index.deed_url(swedish)).status_code == 200


@pytest.mark.parametrize("slug", ["ei-ole", "x" * 300, "äöå", "ilmoita-x"])
def test_unknown_deed_is_not_found(client, index, deed, slug):
    assert client.get(index.get_url() + f"{slug}/").status_code == 404


def test_the_page_does_not_take_posts(client, index, deed):
    assert client.post(index.deed_url(deed)).status_code == 405


# --- What it shows ------------------------------------------------------------------------------


def test_every_public_field_is_shown(client, index, deed):
    response = get(client, index.deed_url(deed))

    main = soup(response).main.get_text(" ", strip=True)
    for text in (
        "Kahvihetket, joissa puhuttiin kuormituksesta.",
        "Haluttiin tunnistaa kuormitus ajoissa.",
        "Järjestettiin kuukausittain kahvila.",
        "Esihenkilöt kuuntelivat.",
        "Sairauspoissaolot vähenivät viidenneksellä.",
        "Varatkaa aikaa ja kahvia.",
        "Sisätautien osasto 3",
        "Pirkanmaan hyvinvointialue",
        "Pirkanmaa",
        "2022",
        "Hyvä kiertämään",
        "Sosiaali- ja terveyspalvelut",
        "Työn kuormitus ja työhyvinvointi",
        "Yhdessä kehittäminen",
    ):
        assert text in main, text


def test_the_story_has_its_headings(client, index, deed):
    document = soup(get(client, index.deed_url(deed)))

    headings = [heading.get_text(strip=True) for heading in document.main.find_all("h2")]
    story = [fi(text) for text in ("What was aimed at", "What was done", "What came of it", "Tips for others")]
    assert headings[:4] == story


def test_tips_heading_is_left_out_without_tips(client, index, deed):
    Deed.objects.filter(pk=deed.pk).update(tips="")

    headings = [h.get_text(strip=True) for h in soup(get(client, index.deed_url(deed))).main.find_all("h2")]
    assert fi("Tips for others") not in headings


def test_image_has_its_alt_text(client, index, deed):
    image = soup(get(client, index.deed_url(deed))).main.find("img")

    assert image["alt"] == "Hoitajat juovat kahvia taukotilassa"
    assert int(image["width"]) <= 1200


def test_links_are_listed(client, index, deed):
    document = soup(get(client, index.deed_url(deed)))

    link = document.main.find("a", href="https://www.pirha.fi/kahvilat")
    assert link.get_text(strip=True) == "Kahviloiden esittely"


def test_private_fields_are_never_shown(client, index, deed):
    html = get(client, index.deed_url(deed)).content.decode()

    assert "Salli Salainen" not in html
    assert "salli.salainen@example.com" not in html


def test_public_contact_is_shown_with_consent(client, index, deed):
    document = soup(get(client, index.deed_url(deed)))

    contact = document.find(id="deed-contact").find_parent("section").get_text(" ", strip=True)
    assert "Kaisa Kahvila" in contact
    assert "040 123 4567" in contact
    assert document.main.find("a", href="mailto:kaisa.kahvila@pirha.fi")


def test_contact_is_hidden_without_consent(client, index, deed):
    Deed.objects.filter(pk=deed.pk).update(contact_is_public=False)

    html = get(client, index.deed_url(deed)).content.decode()

    assert "Kaisa Kahvila" not in html
    assert "kaisa.kahvila@pirha.fi" not in html
    assert "040 123 4567" not in html
    assert soup(client.get(index.deed_url(deed))).find(id="deed-contact") is None


def test_sector_and_theme_links_open_the_filtered_listing(client, index, deed):
    other = factories.DeedFactory(title="Muu teko")
    document = soup(get(client, index.deed_url(deed)))

    for param, slug in (("sector", "sote"), ("theme", "tyohyvinvointi"), ("campaign", "hyva-kiertamaan-2022")):
        link = document.main.find("a", href=f"{index.get_url()}?{param}={slug}")
        assert link is not None, (param, slug)
        listing = soup(get(client, link["href"]))
        listed = [a.get_text(strip=True) for a in listing.select("#results .card__title a")]
        assert listed == ["Jaksamisen kahvilat"]
        assert other.title not in listed
        assert listing.find("input", attrs={"name": param, "value": slug}).has_attr("checked")


def test_breadcrumbs_lead_back_to_the_listing(client, index, deed):
    crumbs = soup(get(client, index.deed_url(deed))).find("nav", attrs={"aria-label": fi("Breadcrumb")})

    assert crumbs.find("a", href=index.get_url())
    assert crumbs.find(attrs={"aria-current": "page"}).get_text(strip=True) == "Jaksamisen kahvilat"


def test_canonical_link_is_the_deed_address(client, index, deed):
    document = soup(get(client, index.deed_url(deed)))

    assert document.head.find("link", rel="canonical")["href"] == "http://testserver" + index.deed_url(deed)
    description = document.head.find("meta", attrs={"name": "description"})
    assert description["content"] == "Kahvihetket, joissa puhuttiin kuormituksesta."


# --- Related deeds ------------------------------------------------------------------------------


def related_titles(response):
    section = soup(response).find(id="deed-related")
    if section is None:
        return []
    return [a.get_text(strip=True) for a in section.find_parent("section").select(".card__title a")]


def test_related_deeds_share_sectors_or_themes_most_shared_first(client, index):
    opetus, sote = factories.SectorFactory(slug="opetus"), factories.SectorFactory(slug="sote")
    wellbeing, inclusion = factories.ThemeFactory(slug="hyvinvointi"), factories.ThemeFactory(slug="osallisuus")
    other_sector, other_theme = factories.SectorFactory(), factories.ThemeFactory()
    deed = factories.DeedFactory(title="Teko", sectors=[opetus, sote], themes=[wellbeing, inclusion])
    three = factories.DeedFactory(title="Kolme yhteistä", sectors=[opetus, sote], themes=[wellbeing])
    one_old = factories.DeedFactory(title="Yksi vanha", sectors=[other_sector], themes=[inclusion])
    one_new = factories.DeedFactory(title="Yksi uusi", sectors=[opetus], themes=[other_theme])
    two = factories.DeedFactory(title="Kaksi yhteistä", sectors=[sote], themes=[inclusion])
    factories.DeedFactory(title="Ei yhteistä", sectors=[other_sector], themes=[other_theme])
    factories.DeedFactory(title="Luonnos", sectors=[opetus, sote], themes=[wellbeing, inclusion], live=False)
    start = timezone.make_aware(datetime.datetime(2023, 1, 1))
    for days, item in enumerate([three, one_old, one_new, two]):
        Deed.objects.filter(pk=item.pk).update(first_published_at=start + datetime.timedelta(days=days))

    response = get(client, index.deed_url(deed))

    assert related_titles(response) == ["Kolme yhteistä", "Kaksi yhteistä", "Yksi uusi", "Yksi vanha"]


def test_at_most_four_related_deeds(client, index):
    sector = factories.SectorFactory()
    deed = factories.DeedFactory(sectors=[sector])
    for _ in range(6):
        factories.DeedFactory(sectors=[sector])

    assert len(related_titles(get(client, index.deed_url(deed)))) == 4


def test_related_deeds_are_of_the_same_language(client, homes, index):
    swedish_index = factories.translate(index, "sv", title="Gärningstorget", slug="teot-sv")
    sector = factories.SectorFactory(slug="opetus")
    deed = factories.DeedFactory(title="Suomeksi", sectors=[sector])
    factories.DeedFactory(title="Toinen suomeksi", sectors=[sector])
    translated = deed.copy_for_translation(factories.get_locale("sv"))
    translated.title = "På svenska"
    translated.save()  # carries the Finnish sector: it has no Swedish translation

    assert related_titles(get(client, index.deed_url(deed))) == ["Toinen suomeksi"]
    assert related_titles(get(client, swedish_index.deed_url(translated))) == []


def test_no_related_section_without_related_deeds(client, index, deed):
    assert soup(get(client, index.deed_url(deed))).find(id="deed-related") is None


# --- Sharing and metadata -------------------------------------------------------------------------


def test_share_links_carry_the_deed_address(client, index, deed):
    address = "http://testserver" + index.deed_url(deed)
    section = soup(get(client, index.deed_url(deed))).find(id="deed-share").find_parent("section")

    links = {link.get_text(strip=True): link["href"] for link in section.find_all("a")}
    assert set(links) == {
        fi("Share by email"),
        fi("Share on LinkedIn"),
        fi("Share on Facebook"),
        fi("Share on X (Twitter)"),
        fi("Share on WhatsApp"),
    }
    mail = urlsplit(links[fi("Share by email")])
    assert mail.scheme == "mailto"
    assert parse_qs(mail.query)["subject"] == ["Jaksamisen kahvilat"]
    assert address in parse_qs(mail.query)["body"][0]
    assert parse_qs(urlsplit(links[fi("Share on LinkedIn")]).query)["url"] == [address]
    assert parse_qs(urlsplit(links[fi("Share on Facebook")]).query)["u"] == [address]
    assert parse_qs(urlsplit(links[fi("Share on X (Twitter)")]).query)["url"] == [address]


def structured_data(response):
    """The deed's own JSON-LD (the page also has its BreadcrumbList)."""
    blocks = [json.loads(script.string) for script in soup(response).find_all("script", type="application/ld+json")]
    articles = [block for block in blocks if block["@type"] == "Article"]
    assert len(articles) == 1
    return articles[0]


def test_structured_data_describes_the_deed(client, index, deed):
    data = structured_data(get(client, index.deed_url(deed)))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Article"
    assert data["name"] == "Jaksamisen kahvilat"
    assert data["description"] == "Kahvihetket, joissa puhuttiin kuormituksesta."
    assert data["inLanguage"] == "fi"
    assert data["url"] == "http://testserver" + index.deed_url(deed)
    assert data["author"] == {"@type": "Organization", "name": "Pirkanmaan hyvinvointialue"}
    assert data["datePublished"].startswith("2022-11-03")
    assert data["dateModified"].startswith("2023-01-05")
    assert data["image"].startswith("http://testserver/")
    assert "Työn kuormitus ja työhyvinvointi" in data["keywords"]


def test_structured_data_cannot_close_its_script(client, index, deed):
    Deed.objects.filter(pk=deed.pk).update(summary="Loppu </script><script>alert(1)</script> & muuta")

    response = get(client, index.deed_url(deed))

    assert "</script><script>alert(1)" not in response.content.decode()
    assert structured_data(response)["description"] == "Loppu </script><script>alert(1)</script> & muuta"


def test_no_inline_scripts_or_styles(client, index, deed):
    document = soup(get(client, index.deed_url(deed)))

    assert document.find(style=True) is None
    for script in document.find_all("script"):
        assert script.get("src") or script.get("type") == "application/ld+json"


# --- Preview --------------------------------------------------------------------------------------


def test_editors_preview_a_draft_with_the_same_template(index):
    draft = factories.DeedFactory(title="Esikatseltava luonnos", live=False, submitter_email="salainen@example.com")

    response = draft.make_preview_request()

    assert response.status_code == 200
    html = response.content.decode() if hasattr(response, "content") else response.rendered_content
    assert "Esikatseltava luonnos" in html
    assert "salainen@example.com" not in html


def test_preview_of_a_new_deed_without_a_slug(index):
    organisation = factories.OrganisationFactory()
    deed = Deed(
        title="Uusi",
        summary="Tiivistelmä",
        goal="Tavoite",
        actions="Teot",
        results="Tulokset",
        organisation=organisation,
        year=2024,
        locale=factories.get_locale("fi"),
    )

    response = deed.make_preview_request()

    assert response.status_code == 200
    assert "Tavoite" in response.content.decode()


# --- Query budget ---------------------------------------------------------------------------------


def count_queries(client, url):
    client.get(url)  # warm up: renditions, caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_number_of_deeds(client, index, media_root):
    sector, theme = factories.SectorFactory(), factories.ThemeFactory()
    image = factories.ImageFactory(file__width=800, file__height=600)
    deed = factories.DeedFactory(sectors=[sector], themes=[theme], image=image, image_alt="Kuva")
    for _ in range(4):
        factories.DeedFactory(sectors=[sector], themes=[theme], image=image, image_alt="Kuva")
    few = count_queries(client, index.deed_url(deed))
    for _ in range(45):
        factories.DeedFactory(sectors=[sector], themes=[theme], image=image, image_alt="Kuva")
    many = count_queries(client, index.deed_url(deed))

    assert few == many, f"{few} queries with 5 deeds, {many} with 50"


def test_query_count_does_not_grow_with_links_and_terms(client, index):
    small = factories.DeedFactory(title="Pieni")
    factories.DeedLinkFactory(deed=small)
    large = factories.DeedFactory(
        title="Suuri",
        sectors=[factories.SectorFactory() for _ in range(5)],
        themes=[factories.ThemeFactory() for _ in range(5)],
    )
    for n in range(5):
        factories.DeedLinkFactory(deed=large, url=f"https://example.fi/{n}", title=f"Linkki {n}")

    assert count_queries(client, index.deed_url(small)) == count_queries(client, index.deed_url(large))


def built_queries(client, url):
    """The queries of a page built afresh: its cached fragment is gone (as after a change)."""
    client.get(url)  # warm up: renditions, routes
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def small_and_large_deeds():
    """Two deeds with related deeds, one with one of each term and no links, one with many of everything."""
    sector, theme = factories.SectorFactory(), factories.ThemeFactory()
    small = factories.DeedFactory(title="Pieni", sectors=[sector], themes=[theme])
    factories.DeedFactory(sectors=[sector])
    sectors = [factories.SectorFactory() for _ in range(5)]
    themes = [factories.ThemeFactory() for _ in range(5)]
    large = factories.DeedFactory(title="Suuri", sectors=sectors, themes=themes)
    for n in range(5):
        factories.DeedLinkFactory(deed=large, url=f"https://example.fi/{n}", title=f"Linkki {n}")
        factories.DeedFactory(sectors=sectors[n:], themes=themes[: n + 1])
    return small, large


def test_the_page_is_built_in_queries_that_do_not_grow_with_the_deeds_content(client, index):
    small, large = small_and_large_deeds()

    assert built_queries(client, index.deed_url(small)) == built_queries(client, index.deed_url(large))


def test_the_preview_is_built_in_queries_that_do_not_grow_with_the_deeds_content(index):
    def preview_queries(deed):
        deed.make_preview_request()  # warm up: routes
        with CaptureQueriesContext(connection) as queries:
            response = deed.make_preview_request()
        assert response.status_code == 200
        return len(queries)

    small, large = small_and_large_deeds()

    assert preview_queries(small) == preview_queries(large)


def test_the_deed_page_tags_only_format_the_context():
    """The page is built in teot/deed_page.py; the tags import nothing that could reach the database."""
    nodes = list(ast.walk(ast.parse(Path(deed_tags.__file__).read_text())))
    imported = {alias.name for node in nodes if isinstance(node, ast.Import) for alias in node.names}
    imported |= {
        f"{node.module}.{alias.name}" for node in nodes if isinstance(node, ast.ImportFrom) for alias in node.names
    }
    assert imported == {"django.template", "django.utils.translation.gettext", "home.sharing", "teot.signals"}


def test_structured_data_is_written_without_queries(rf, index, deed, django_assert_num_queries):
    request = rf.get("/")
    deed = Deed.objects.select_related("organisation", "locale").get(pk=deed.pk)
    data = page_data(request, deed, index)

    with django_assert_num_queries(0):
        script = deed_tags.deed_json_ld(Context({"request": request}), deed, data)

    assert '"Sosiaali- ja terveyspalvelut"' in script


def test_language_switcher_and_hreflang_lead_to_the_deeds_translation(client, homes, index, deed):
    swedish_index = factories.translate(index, "sv", title="Gärningstorget", slug="teot-sv")
    factories.translate(index, "en", title="Deeds", slug="deeds")
    swedish = deed.copy_for_translation(factories.get_locale("sv"))
    swedish.title = "Ork-kaféerna"
    swedish.slug = "ork-kafeerna"
    swedish.save()

    html = soup(get(client, index.deed_url(deed)))

    swedish_url = swedish_index.deed_url(swedish)
    switcher = {link["lang"]: link["href"] for link in html.select(".language-switcher a")}
    assert switcher["sv"] == swedish_url
    assert switcher["en"] == homes["en"].get_url() + "?untranslated=1"  # no English translation of this deed
    alternates = {link["hreflang"]: link["href"] for link in html.select("link[rel=alternate][hreflang]")}
    assert alternates["sv"].endswith(swedish_url)
    assert alternates["fi"].endswith(index.deed_url(deed))
    assert "en" not in alternates
    assert html.select_one("meta[property='og:type']")["content"] == "article"
    assert html.select_one("meta[property='og:title']")["content"] == deed.title
    assert html.select_one("meta[name=description]")["content"] == deed.summary
