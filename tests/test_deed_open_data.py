"""Open data: published deeds of one language as CSV and JSON, never with private details, documented on a page."""

import csv
import datetime
import io
import json
import shutil

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import ngettext

from teot import export_files, exports
from teot.models import Deed, Organisation
from teot.regions import Region
from tests import factories
from tests.utils import soup

FIELDS = [
    "id",
    "url",
    "title",
    "summary",
    "goal",
    "actions",
    "results",
    "tips",
    "organisation",
    "organisation_type",
    "region",
    "municipality_code",
    "unit",
    "sectors",
    "themes",
    "campaign",
    "year",
    "published",
    "language",
    "contact_name",
    "contact_email",
    "contact_phone",
]
SECRETS = {
    "submitter_name": "Salli Salainen-Lähettäjä",
    "submitter_email": "salli.salainen@lahettaja.invalid",
    "external_id": "vanha-sivusto-98765",
}
HIDDEN_CONTACT = {
    "contact_name": "Piia Piilotettu",
    "contact_email": "piia.piilotettu@yhteys.invalid",
    "contact_phone": "+358 40 999 8877",
}


@pytest.fixture
def index_pages(homes):
    finnish = factories.DeedIndexPageFactory(parent=homes["fi"], title="Tekojen tori", slug="teot")
    return {
        "fi": finnish,
        "sv": factories.translate(finnish, "sv", title="Gärningarnas torg", slug="garningar"),
        "en": factories.translate(finnish, "en", title="Deed marketplace", slug="deeds"),
    }


def file_url(page, file_format):
    return page.url + page.reverse_subpage("open_data_file", kwargs={"file_format": file_format})


def documentation_url(page):
    return page.url + page.reverse_subpage("open_data")


def content(response):
    """The whole file: the open data files are streamed."""
    assert response.streaming
    return response.getvalue()


def read_csv(response):
    text = content(response).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def read_json(response):
    return json.loads(content(response).decode("utf-8"))


@pytest.fixture
def deeds(index_pages, locales):
    sector = factories.SectorFactory(name="Opetus ja kasvatus", slug="opetus", sort_order=1)
    other_sector = factories.SectorFactory(name="Sosiaali- ja terveyspalvelut", slug="sote", sort_order=2)
    factories.translate_snippet(sector, "sv", name="Undervisning och fostran", slug="undervisning")
    theme = factories.ThemeFactory(name="Työhyvinvointi", slug="tyohyvinvointi")
    organisation = factories.OrganisationFactory(
        name="Espoon kaupunki",
        name_sv="Esbo stad",
        region=Region.UUSIMAA,
        type=Organisation.Type.MUNICIPALITY,
        municipality_code="049",
    )
    campaign = factories.CampaignFactory(name="Hyvä kiertämään", slug="hyva-kiertamaan")
    public = factories.DeedFactory(
        title="Kiertävä työvuorolista",
        slug="kiertava-tyovuorolista",
        summary="Työvuorot suunniteltiin yhdessä.",
        organisation=organisation,
        unit="Kotihoito",
        sectors=[sector, other_sector],
        themes=[theme],
        campaign=campaign,
        year=2022,
        first_published_at=datetime.datetime(2022, 10, 3, 9, 30, tzinfo=datetime.UTC),
        contact_name="Kaisa Kontakti",
        contact_email="kaisa.kontakti@espoo.invalid",
        contact_phone="+358 9 123 456",
        contact_is_public=True,
        privacy_consent=True,
        origin=Deed.Origin.IMPORT,
        **SECRETS,
    )
    hidden = factories.DeedFactory(
        title="Hiljainen tila",
        organisation=organisation,
        sectors=[other_sector],
        themes=[theme],
        first_published_at=datetime.datetime(2023, 1, 5, 12, 0, tzinfo=datetime.UTC),
        contact_is_public=False,
        submitter_name="Toinen Lähettäjä",
        submitter_email="toinen@lahettaja.invalid",
        privacy_consent=True,
        origin=Deed.Origin.SUBMISSION,
        **HIDDEN_CONTACT,
    )
    draft = factories.DeedFactory(title="Keskeneräinen luonnos", live=False, organisation=organisation)
    swedish = factories.translate_snippet(
        public, "sv", title="Roterande arbetsschema", slug="roterande-arbetsschema", live=True, external_id=None
    )
    swedish_only = factories.DeedFactory(
        title="Bara på svenska",
        locale=locales["sv"],
        organisation=organisation,
        sectors=[factories.SectorFactory(locale=locales["sv"])],
        themes=[factories.ThemeFactory(locale=locales["sv"])],
    )
    return {"public": public, "hidden": hidden, "draft": draft, "swedish": swedish, "swedish_only": swedish_only}


def test_csv_holds_published_deeds_of_the_language_with_public_fields(client, deeds, index_pages):
    page = index_pages["fi"]
    response = client.get(file_url(page, "csv"))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="tekojen-tori-teot-fi.csv"'
    rows = read_csv(response)
    assert list(rows[0]) == FIELDS
    assert [row["title"] for row in rows] == ["Kiertävä työvuorolista", "Hiljainen tila"]
    row = rows[0]
    public = deeds["public"]
    assert row["id"] == str(public.translation_key)
    assert row["url"] == "http://testserver" + page.url + "kiertava-tyovuorolista/"
    assert row["summary"] == "Työvuorot suunniteltiin yhdessä."
    assert row["organisation"] == "Espoon kaupunki"
    assert row["municipality_code"] == "049"
    assert row["unit"] == "Kotihoito"
    assert row["sectors"] == "Opetus ja kasvatus; Sosiaali- ja terveyspalvelut"
    assert row["themes"] == "Työhyvinvointi"
    assert row["campaign"] == "Hyvä kiertämään"
    assert row["year"] == "2022"
    assert row["published"] == "2022-10-03T12:30:00+03:00"
    assert row["language"] == "fi"
    assert (row["contact_name"], row["contact_email"], row["contact_phone"]) == (
        "Kaisa Kontakti",
        "kaisa.kontakti@espoo.invalid",
        "+358 9 123 456",
    )


def test_json_has_metadata_and_the_same_deeds(client, deeds, index_pages):
    response = client.get(file_url(index_pages["en"], "json"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert read_json(response)["deeds"] == [], "no deed is published in English"

    body = content(client.get(file_url(index_pages["fi"], "json")))

    data = json.loads(body)
    metadata = data["metadata"]
    assert metadata["language"] == "fi"
    assert metadata["count"] == 2
    assert metadata["licence"] == "CC BY 4.0"
    assert datetime.datetime.fromisoformat(metadata["generated"]).tzinfo is not None
    assert [list(deed) for deed in data["deeds"]] == [FIELDS, FIELDS]
    first = data["deeds"][0]
    assert first["sectors"] == ["Opetus ja kasvatus", "Sosiaali- ja terveyspalvelut"]
    assert first["year"] == 2022
    with translation.override("fi"):
        assert first["organisation_type"] == str(Organisation.Type.MUNICIPALITY.label)
        assert first["region"] == str(Region.UUSIMAA.label)
    assert "Kiertävä työvuorolista".encode() in body, "non-ASCII text is written as it is"


def test_no_private_field_ever_appears_in_either_file(client, deeds, index_pages):
    for language in ("fi", "sv"):
        for file_format in ("csv", "json"):
            response = client.get(file_url(index_pages[language], file_format))
            text = content(response).decode("utf-8")
            for value in [*SECRETS.values(), "Toinen Lähettäjä", "toinen@lahettaja.invalid"]:
                assert value not in text, f"{value} leaked into {language}.{file_format}"
            for name in ("submitter", "privacy_consent", "origin", "external_id"):
                assert name not in text, f"{name} leaked into {language}.{file_format}"


def test_contact_details_appear_only_with_consent(client, deeds, index_pages):
    page = index_pages["fi"]
    csv_rows = {row["title"]: row for row in read_csv(client.get(file_url(page, "csv")))}
    json_deeds = {deed["title"]: deed for deed in read_json(client.get(file_url(page, "json")))["deeds"]}

    for field in ("contact_name", "contact_email", "contact_phone"):
        assert csv_rows["Hiljainen tila"][field] == ""
        assert json_deeds["Hiljainen tila"][field] is None
        assert csv_rows["Kiertävä työvuorolista"][field]
    for file_format in ("csv", "json"):
        text = content(client.get(file_url(page, file_format))).decode("utf-8")
        for value in HIDDEN_CONTACT.values():
            assert value not in text


def test_each_language_has_only_its_own_published_deeds(client, deeds, index_pages):
    finnish = read_json(client.get(file_url(index_pages["fi"], "json")))["deeds"]
    swedish = read_json(client.get(file_url(index_pages["sv"], "json")))["deeds"]

    assert {deed["title"] for deed in finnish} == {"Kiertävä työvuorolista", "Hiljainen tila"}
    assert {deed["title"] for deed in swedish} == {"Roterande arbetsschema", "Bara på svenska"}
    assert {deed["language"] for deed in swedish} == {"sv"}
    translated = next(deed for deed in swedish if deed["title"] == "Roterande arbetsschema")
    assert translated["id"] == finnish[0]["id"], "translations share their id"
    assert translated["organisation"] == "Esbo stad"
    assert "Undervisning och fostran" in translated["sectors"]
    assert translated["url"] == "http://testserver" + index_pages["sv"].url + "roterande-arbetsschema/"
    assert "Keskeneräinen luonnos" not in json.dumps(finnish + swedish, ensure_ascii=False)


def test_csv_text_is_not_run_as_a_formula_but_json_keeps_it(client, index_pages):
    factories.DeedFactory(title='=HYPERLINK("http://example.com";"klikkaa")', summary="-2+3+cmd|' /C calc'!A0")

    csv_row = read_csv(client.get(file_url(index_pages["fi"], "csv")))[0]
    json_deed = read_json(client.get(file_url(index_pages["fi"], "json")))["deeds"][0]

    assert csv_row["title"] == '\'=HYPERLINK("http://example.com";"klikkaa")'
    assert csv_row["summary"] == "'-2+3+cmd|' /C calc'!A0"
    assert json_deed["title"] == '=HYPERLINK("http://example.com";"klikkaa")'


def replace_last(text, old, new):
    head, found, tail = text.rpartition(old)
    assert found
    return head + new + tail


@pytest.mark.parametrize(("old", "new"), [("csv", "xml"), ("csv", "CSV"), ("csv", "xlsx"), ("csv", "csv/extra")])
def test_unknown_file_formats_are_not_found(client, index_pages, old, new):
    response = client.get(replace_last(file_url(index_pages["fi"], "csv"), old, new))

    assert response.status_code == 404


def test_documentation_page_describes_every_field_the_licence_and_links_the_files(client, deeds, index_pages):
    page = index_pages["fi"]
    response = client.get(documentation_url(page))

    assert response.status_code == 200
    document = soup(response)
    assert len(document.find_all("h1")) == 1
    fields_table = document.find("table")
    assert fields_table.caption.get_text(strip=True)
    assert [row.th.get_text(strip=True) for row in fields_table.tbody("tr")] == FIELDS
    assert all(th["scope"] == "col" for th in fields_table.thead("th"))
    hrefs = [link["href"] for link in document.main.find_all("a", href=True)]
    assert file_url(page, "csv") in hrefs
    assert file_url(page, "json") in hrefs
    assert file_url(index_pages["sv"], "csv") in hrefs, "the other languages' files are linked"
    assert "https://creativecommons.org/licenses/by/4.0/" in hrefs
    assert "CC BY 4.0" in document.main.get_text()
    assert page.url + page.reverse_subpage("statistics") in hrefs
    with translation.override("fi"):
        count_sentence = ngettext(
            "The files hold %(counter)s published deed.", "The files hold %(counter)s published deeds.", 2
        ) % {"counter": 2}
    assert count_sentence in " ".join(document.main.get_text().split())
    canonical = document.head.find("link", rel="canonical")["href"]
    assert canonical == "http://testserver" + documentation_url(page)
    for href in (file_url(page, "csv"), file_url(page, "json")):
        assert client.get(href).status_code == 200


def make_deeds(count, locale):
    for number in range(count):
        deed = factories.DeedFactory(
            contact_is_public=number % 2 == 0,
            contact_email=f"yhteys{number}@example.invalid",
            campaign=factories.CampaignFactory() if number % 3 == 0 else None,
            first_published_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
        )
        if number % 4 == 0:
            factories.translate_snippet(deed, locale.language_code, live=True)


def fetch(client, url):
    """The response and its body, read whole (a streamed file runs its queries while it is read)."""
    response = client.get(url)
    assert response.status_code == 200
    return response, content(response) if response.streaming else response.content


# Site frame, page and deeds: a fixed number of queries, however many deeds there are.
QUERY_BUDGET = {"csv": 30, "json": 30, "documentation": 30}


@pytest.mark.parametrize("route", ["csv", "json", "documentation"])
def test_query_count_does_not_grow_with_the_number_of_deeds(client, index_pages, locales, route):
    page = index_pages["fi"]
    url = documentation_url(page) if route == "documentation" else file_url(page, route)
    make_deeds(5, locales["sv"])
    for _warm_up in range(2):  # fill the site's caches, as on a running site
        fetch(client, url)
    shutil.rmtree(export_files.folder(), ignore_errors=True)  # measure writing the file, not sending it
    with CaptureQueriesContext(connection) as few:
        fetch(client, url)

    make_deeds(45, locales["sv"])
    fetch(client, url)
    shutil.rmtree(export_files.folder(), ignore_errors=True)
    with CaptureQueriesContext(connection) as many:
        _response, body = fetch(client, url)

    assert len(few) == len(many) <= QUERY_BUDGET[route]
    if route == "json":
        assert json.loads(body)["metadata"]["count"] == 50


@pytest.mark.parametrize("file_format", ["csv", "json"])
def test_files_are_streamed_a_chunk_of_deeds_at_a_time(client, index_pages, monkeypatch, file_format):
    monkeypatch.setattr(exports, "CHUNK_SIZE", 2)
    titles = [f"Teko numero {number}" for number in range(5)]
    for number, title in enumerate(titles):
        factories.DeedFactory(
            title=title, first_published_at=datetime.datetime(2024, 1, 1 + number, tzinfo=datetime.UTC)
        )

    response = client.get(file_url(index_pages["fi"], file_format))

    assert response.streaming
    if file_format == "csv":
        assert [row["title"] for row in read_csv(response)] == titles
    else:
        data = read_json(response)
        assert data["metadata"]["count"] == 5
        assert [deed["title"] for deed in data["deeds"]] == titles


@pytest.mark.parametrize("file_format", ["csv", "json"])
def test_a_file_is_kept_until_the_deeds_change(client, index_pages, file_format, settings, tmp_path):
    settings.OPEN_DATA_DIR = tmp_path / "open-data"
    factories.DeedFactory(title="Ensimmäinen teko")
    url = file_url(index_pages["fi"], file_format)
    _first, body = fetch(client, url)
    assert "Ensimmäinen teko" in body.decode()

    with CaptureQueriesContext(connection) as queries:
        kept, kept_body = fetch(client, url)
    assert kept_body == body
    assert not [query for query in queries.captured_queries if 'FROM "teot_deed"' in query["sql"]]
    assert client.get(url, HTTP_IF_NONE_MATCH=kept["ETag"]).status_code == 304
    assert len(list(settings.OPEN_DATA_DIR.iterdir())) == 1

    factories.DeedFactory(title="Toinen teko")

    _after, new_body = fetch(client, url)
    assert "Toinen teko" in new_body.decode()
    assert len(list(settings.OPEN_DATA_DIR.iterdir())) == 1  # the old file is gone
