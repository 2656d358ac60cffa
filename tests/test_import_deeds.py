"""``manage.py import_deeds``: deeds from the old site's CSV or JSON, idempotent, row by row, never half a row."""

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Revision

from teot.models import Deed, Organisation
from teot.regions import Region
from tests import factories

HEADER = [
    "external_id",
    "title",
    "summary",
    "goal",
    "actions",
    "results",
    "tips",
    "organisation",
    "organisation_type",
    "region",
    "unit",
    "sectors",
    "themes",
    "campaign",
    "year",
    "published",
    "contact_name",
    "contact_email",
    "contact_phone",
    "contact_is_public",
]


def deed_row(external_id, **values):
    row = {
        "external_id": external_id,
        "title": f"Teko {external_id}",
        "summary": "Työvuorot suunniteltiin yhdessä.",
        "goal": "Vähemmän kiirettä.",
        "actions": "Kokeiltiin uutta listaa.",
        "results": "Kiire väheni.",
        "tips": "Aloittakaa pienestä.",
        "organisation": "Espoon kaupunki",
        "organisation_type": "",
        "region": "",
        "unit": "Kotihoito",
        "sectors": "Opetus ja kasvatus",
        "themes": "Työhyvinvointi",
        "campaign": "",
        "year": "2022",
        "published": "true",
        "contact_name": "",
        "contact_email": "",
        "contact_phone": "",
        "contact_is_public": "",
    }
    row.update(values)
    return row


def write_csv(path, rows, delimiter=","):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=HEADER, delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


class TTY(io.StringIO):
    def isatty(self):
        return True


def run(path, *args):
    """``(stdout, stderr)`` of the command."""
    out, err = io.StringIO(), io.StringIO()
    call_command("import_deeds", str(path), *args, stdout=out, stderr=err, no_color=True)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def taxonomy(locales):
    sectors = {
        "opetus": factories.SectorFactory(name="Opetus ja kasvatus", slug="opetus-ja-kasvatus"),
        "sote": factories.SectorFactory(name="Sosiaali- ja terveyspalvelut", slug="sote"),
    }
    themes = {
        "hyvinvointi": factories.ThemeFactory(name="Työhyvinvointi", slug="tyohyvinvointi"),
        "osallisuus": factories.ThemeFactory(name="Yhdessä kehittäminen ja osallisuus", slug="osallisuus"),
    }
    factories.translate_snippet(sectors["opetus"], "sv", name="Undervisning och fostran", slug="undervisning")
    factories.translate_snippet(themes["hyvinvointi"], "sv", name="Arbetshälsa", slug="arbetshalsa")
    espoo = factories.OrganisationFactory(name="Espoon kaupunki", name_sv="Esbo stad", region=Region.UUSIMAA)
    campaign = factories.CampaignFactory(name="Hyvä kiertämään", slug="hyva-kiertamaan-2022", year=2022)
    return {"sectors": sectors, "themes": themes, "espoo": espoo, "campaign": campaign}


def test_good_csv_creates_published_deeds_with_their_relations(tmp_path, taxonomy):
    path = write_csv(
        tmp_path / "teot.csv",
        [
            deed_row(
                "old-1",
                title="Kiertävä työvuorolista",
                organisation="ESPOON KAUPUNKI",
                sectors="opetus ja kasvatus; SOTE",
                themes="Työhyvinvointi;osallisuus",
                campaign="hyva-kiertamaan-2022",
                contact_name="Kaisa Kontakti",
                contact_email="kaisa@espoo.invalid",
                contact_is_public="kyllä",
            ),
            deed_row(
                "old-2",
                organisation="Päijät-Hämeen hyvinvointialue",
                organisation_type="hyvinvointialue",
                region="Päijät-Häme",
                year="2023",
                published="false",
            ),
        ],
    )

    out, err = run(path)

    assert "Import finished: 2 created, 0 updated, 0 unchanged, 0 rejected." in out
    assert err == ""
    first = Deed.objects.get(external_id="old-1")
    assert first.title == "Kiertävä työvuorolista"
    assert first.locale.language_code == "fi"
    assert first.organisation == taxonomy["espoo"], "organisations are found by name, case-insensitively"
    assert set(first.sectors.all()) == set(taxonomy["sectors"].values())
    assert set(first.themes.all()) == set(taxonomy["themes"].values())
    assert first.campaign == taxonomy["campaign"]
    assert first.year == 2022
    assert first.contact_is_public is True
    assert first.origin == Deed.Origin.IMPORT
    assert first.live is True
    assert first.first_published_at is not None
    assert first.live_revision is not None
    assert first.slug == "kiertava-tyovuorolista"
    second = Deed.objects.get(external_id="old-2")
    assert second.live is False, "published=false imports a draft"
    assert Revision.objects.for_instance(second).count() == 1
    created = second.organisation
    assert (created.name, created.region, created.type) == (
        "Päijät-Hämeen hyvinvointialue",
        Region.PAIJAT_HAME,
        Organisation.Type.WELLBEING_COUNTY,
    )
    assert created.is_approved is True


def test_good_json_file_imports_into_the_chosen_language_and_campaign(tmp_path, taxonomy):
    path = tmp_path / "teot.json"
    path.write_text(
        json.dumps(
            {
                "deeds": [
                    {
                        "external_id": 101,
                        "title": "Roterande arbetsschema",
                        "summary": "Sammanfattning.",
                        "goal": "Mål.",
                        "actions": "Åtgärder.",
                        "results": "Resultat.",
                        "organisation": "Esbo stad",
                        "sectors": ["Undervisning och fostran"],
                        "themes": ["arbetshalsa"],
                        "published": True,
                        "contact_is_public": False,
                    }
                ]
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )

    out, _err = run(path, "--locale", "sv", "--campaign", "hyva-kiertamaan-2022")

    assert "1 created" in out
    deed = Deed.objects.get(external_id="101")
    assert deed.locale.language_code == "sv"
    assert deed.organisation == taxonomy["espoo"], "the Swedish name finds the organisation too"
    assert [sector.name for sector in deed.sectors.all()] == ["Undervisning och fostran"]
    assert [theme.name for theme in deed.themes.all()] == ["Arbetshälsa"]
    assert deed.campaign == taxonomy["campaign"]
    assert deed.year == 2022, "the year defaults to the campaign's"
    assert deed.live is True


def test_json_may_be_a_plain_list(tmp_path, taxonomy):
    path = tmp_path / "teot.json"
    path.write_text(json.dumps([deed_row("a"), deed_row("b")]), encoding="utf-8")

    out, _err = run(path)

    assert "2 created" in out
    assert Deed.objects.filter(external_id__in=["a", "b"]).count() == 2


def test_bad_rows_are_reported_with_their_number_and_reason_and_the_rest_import(tmp_path, taxonomy):
    path = write_csv(
        tmp_path / "teot.csv",
        [
            deed_row("ok-1"),  # row 2
            deed_row("bad-sector", sectors="Opetus ja kasvatus; Avaruus"),  # row 3
            deed_row("no-title", title=""),  # row 4
            deed_row("bad-year", year="kaksituhatta"),  # row 5
            deed_row("old-year", year="1850"),  # row 6
            deed_row("new-org", organisation="Uusi kunta", region=""),  # row 7
            deed_row("ok-1", title="Sama uudestaan"),  # row 8
            deed_row("bad-campaign", campaign="Olematon"),  # row 9
            deed_row("no-sector", sectors=""),  # row 10
            deed_row("bad-region", organisation="Toinen kunta", region="Atlantis"),  # row 11
            deed_row("", title="Ei tunnistetta"),  # row 12
            deed_row("bad-flag", published="ehkä"),  # row 13
            deed_row("ok-2"),  # row 14
        ],
    )

    out, err = run(path)

    assert "Import finished: 2 created, 0 updated, 0 unchanged, 11 rejected." in out
    assert err.splitlines() == [
        "row 3: unknown sector 'Avaruus'",
        "row 4: title: This field cannot be blank.",
        "row 5: bad year 'kaksituhatta'",
        "row 6: year: Ensure this value is greater than or equal to 1990.",
        "row 7: organisation 'Uusi kunta' is new and needs a region",
        "row 8: external_id 'ok-1' already appeared on row 2",
        "row 9: unknown campaign 'Olematon'",
        "row 10: at least one sector is required",
        "row 11: unknown region 'Atlantis'",
        "row 12: external_id is missing",
        "row 13: bad published value 'ehkä' (use true or false)",
    ]
    assert set(Deed.objects.values_list("external_id", flat=True)) == {"ok-1", "ok-2"}
    assert Deed.objects.get(external_id="ok-1").title == "Teko ok-1", "a duplicate row does not overwrite the first"
    assert not Organisation.objects.filter(name__in=["Uusi kunta", "Toinen kunta"]).exists()


def test_reimport_updates_the_same_deeds_and_duplicates_nothing(tmp_path, taxonomy):
    path = write_csv(tmp_path / "teot.csv", [deed_row("old-1"), deed_row("old-2"), deed_row("old-3")])
    run(path)
    first = Deed.objects.get(external_id="old-1")
    revisions = Revision.objects.for_instance(first).count()

    out, _err = run(path)

    assert "0 created, 0 updated, 3 unchanged, 0 rejected" in out
    assert Deed.objects.count() == 3
    assert Revision.objects.for_instance(first).count() == revisions, "an unchanged row makes no revision"

    write_csv(
        path,
        [
            deed_row("old-1", title="Uusi otsikko", sectors="sote", themes="osallisuus", year="2024"),
            deed_row("old-2", published="false"),
            deed_row("old-3"),
        ],
    )
    out, _err = run(path)

    assert "0 created, 2 updated, 1 unchanged, 0 rejected" in out
    assert Deed.objects.count() == 3
    first.refresh_from_db()
    assert first.title == "Uusi otsikko"
    assert first.year == 2024
    assert list(first.sectors.all()) == [taxonomy["sectors"]["sote"]]
    assert list(first.themes.all()) == [taxonomy["themes"]["osallisuus"]]
    assert first.slug == "teko-old-1", "the address stays when the title changes"
    assert first.live is True
    assert Revision.objects.for_instance(first).count() == revisions + 1
    assert first.live_revision == Revision.objects.for_instance(first).order_by("-pk").first()
    assert Deed.objects.get(external_id="old-2").live is False, "published=false unpublishes the deed"


def test_reimport_into_another_language_is_rejected(tmp_path, taxonomy):
    path = write_csv(tmp_path / "teot.csv", [deed_row("old-1")])
    run(path)

    _out, err = run(path, "--locale", "sv")

    assert "row 2: external_id 'old-1' belongs to a deed in another language (fi)" in err
    assert Deed.objects.count() == 1


def test_dry_run_reports_but_writes_nothing(tmp_path, taxonomy):
    path = write_csv(
        tmp_path / "teot.csv",
        [
            deed_row("new-1", organisation="Vantaan kaupunki", region="uusimaa"),
            deed_row("new-2", organisation="Vantaan kaupunki"),  # finds the organisation the row above makes
            deed_row("bad", sectors="Avaruus"),
        ],
    )
    organisations = Organisation.objects.count()

    out, err = run(path, "--dry-run")

    assert "Dry run, nothing was saved. The import would give: 2 created, 0 updated, 0 unchanged, 1 rejected." in out
    assert "row 4: unknown sector 'Avaruus'" in err
    assert Deed.objects.count() == 0
    assert Organisation.objects.count() == organisations
    assert Revision.objects.count() == 0


def test_a_row_failing_after_its_deed_was_saved_leaves_nothing_behind(tmp_path, taxonomy, monkeypatch):
    path = write_csv(
        tmp_path / "teot.csv",
        [
            deed_row("fine"),
            deed_row("breaks", title="Rikkoutuva", organisation="Kauniaisten kaupunki", region="Uusimaa"),
            deed_row("fine-too"),
        ],
    )
    original = Deed.save_revision

    def save_revision(deed, *args, **kwargs):
        assert deed.pk is not None, "the deed row is written before its revision"
        if deed.title == "Rikkoutuva":
            raise RuntimeError("disk full")
        return original(deed, *args, **kwargs)

    monkeypatch.setattr(Deed, "save_revision", save_revision)

    out, err = run(path)

    assert "2 created, 0 updated, 0 unchanged, 1 rejected" in out
    assert "row 3: RuntimeError: disk full" in err
    assert not Deed.objects.filter(external_id="breaks").exists()
    assert not Organisation.objects.filter(name="Kauniaisten kaupunki").exists()
    assert set(Deed.objects.values_list("external_id", flat=True)) == {"fine", "fine-too"}


def test_progress_bar_is_shown_on_a_terminal_only(tmp_path, taxonomy):
    path = write_csv(tmp_path / "teot.csv", [deed_row("a"), deed_row("b"), deed_row("c", sectors="Avaruus")])
    terminal = TTY()

    call_command("import_deeds", str(path), stdout=io.StringIO(), stderr=terminal, no_color=True)

    shown = terminal.getvalue()
    assert "\rImporting 1/3" in shown
    assert "\rImporting 3/3" in shown
    assert "row 4: unknown sector 'Avaruus'" in shown
    _out, err = run(path)
    assert "Importing" not in err, "no progress bar in a log file"


def test_semicolon_separated_csv_from_a_finnish_spreadsheet(tmp_path, taxonomy):
    path = write_csv(tmp_path / "teot.csv", [deed_row("a", sectors="Opetus ja kasvatus; sote")], delimiter=";")

    out, _err = run(path)

    assert "1 created" in out
    assert Deed.objects.get(external_id="a").sectors.count() == 2


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("teot.xlsx", b"", "unknown file type"),
        ("teot.json", b"{not json", "not valid JSON"),
        ("teot.json", b'{"items": []}', "expected a list of deeds"),
        ("teot.csv", b"title,summary\nA,B\n", "no external_id column"),
        ("teot.csv", b"", "the file is empty"),
        ("teot.csv", "external_id,title\n1,Hyvä\n".encode("latin-1"), "not UTF-8"),
    ],
)
def test_unreadable_files_fail_the_command(tmp_path, taxonomy, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(CommandError, match=message):
        run(path)


def test_missing_file_and_unknown_options_fail_the_command(tmp_path, taxonomy):
    with pytest.raises(CommandError, match="cannot read"):
        run(tmp_path / "puuttuu.csv")
    path = write_csv(tmp_path / "teot.csv", [deed_row("a")])
    with pytest.raises(CommandError, match="unknown --locale"):
        run(path, "--locale", "de")
    with pytest.raises(CommandError, match="--campaign"):
        run(path, "--campaign", "olematon")
    assert Deed.objects.count() == 0


def test_imported_deeds_show_in_the_open_data(client, tmp_path, taxonomy, homes):
    page = factories.DeedIndexPageFactory(parent=homes["fi"], slug="teot")
    write_csv(tmp_path / "teot.csv", [deed_row("a", title="Tuotu teko")])
    run(tmp_path / "teot.csv")

    response = client.get(page.url + page.reverse_subpage("open_data_file", kwargs={"file_format": "json"}))

    deeds = json.loads(response.getvalue())["deeds"]  # streamed
    assert [deed["title"] for deed in deeds] == ["Tuotu teko"]
    assert "external_id" not in deeds[0]
