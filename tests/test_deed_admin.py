"""Editors and moderators manage deeds in the Wagtail admin."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset

from teot.models import Deed
from teot.moderation import MODERATORS_GROUP
from teot.regions import Region
from tests import factories
from tests.admin_forms import deed_admin_form

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"wagtailsnippets_teot_deed:{name}", args=args)


@pytest.fixture
def taxonomy(locales):
    return {
        "sector": factories.SectorFactory(name="Opetus ja kasvatus", slug="opetus-ja-kasvatus"),
        "theme": factories.ThemeFactory(name="Työn kuormitus ja työhyvinvointi", slug="tyohyvinvointi"),
        "organisation": factories.OrganisationFactory(name="Limingan kunta", region=Region.POHJOIS_POHJANMAA),
    }


def deed_form_data(taxonomy, **overrides):
    overrides = {
        "unit": "Päiväkoti Tähti",
        "links": inline_formset([{"url": "https://www.example.fi/aamu", "title": "Lisätietoa"}]),
        **overrides,
    }
    many = {"sectors": [taxonomy["sector"]], "themes": [taxonomy["theme"]]}
    for name in many:
        if name in overrides:
            many[name] = overrides.pop(name)
    return deed_admin_form(organisation=taxonomy["organisation"], **many, **overrides)


@pytest.fixture
def deed_editor(django_user_model, locales):
    """An editor who may write deeds but not publish them."""
    user = django_user_model.objects.create_user("toimittaja", "toimittaja@example.fi", "salasana")
    group = Group.objects.create(name="Deed editors")
    group.permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "add_deed", "change_deed"]),
    )
    user.groups.add(group)
    return user


@pytest.fixture
def moderator(django_user_model, locales):
    user = django_user_model.objects.create_user("moderaattori", "moderaattori@example.fi", "salasana")
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


def test_superuser_creates_and_publishes_a_deed(editor_client, taxonomy):
    response = editor_client.post(url("add"), {**deed_form_data(taxonomy), "action-publish": "publish"})

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    deed = Deed.objects.get()
    assert deed.live
    assert deed.slug == "kiireeton-aamu-paivakodissa"
    assert deed.locale.language_code == "fi"
    assert list(deed.sectors.all()) == [taxonomy["sector"]]
    assert list(deed.themes.all()) == [taxonomy["theme"]]
    assert deed.links.get().url == "https://www.example.fi/aamu"
    assert deed.revisions.count() == 1


def test_a_deed_needs_a_sector_a_theme_and_alt_text_for_its_image(editor_client, taxonomy):
    image = factories.ImageFactory()
    data = deed_form_data(taxonomy, sectors=[], themes=[], image=image.pk, image_alt="")

    response = editor_client.post(url("add"), {**data, "action-publish": "publish"})

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) >= {"sectors", "themes", "image_alt"}
    assert not Deed.objects.exists()


def test_reserved_slug_is_refused(editor_client, taxonomy):
    response = editor_client.post(url("add"), deed_form_data(taxonomy, slug="tilastot"))

    assert response.status_code == 200
    assert "slug" in response.context["form"].errors


def test_deed_goes_through_moderation_before_it_is_published(client, deed_editor, moderator, taxonomy):
    client.force_login(deed_editor)
    response = client.post(url("add"), {**deed_form_data(taxonomy), "action-submit": "submit"})
    assert response.status_code == 302
    deed = Deed.objects.get()
    assert not deed.live
    state = WorkflowState.objects.get(object_id=str(deed.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.workflow.name == "Kehittämistekojen moderointi"

    client.force_login(moderator)
    edit_page = client.get(url("edit", deed.pk))
    assert edit_page.status_code == 200
    assert b'name="workflow-action-name"' in edit_page.content or b"approve" in edit_page.content

    response = client.post(
        url("edit", deed.pk),
        {**deed_form_data(taxonomy), "action-workflow-action": "true", "workflow-action-name": "approve"},
    )

    assert response.status_code == 302
    deed.refresh_from_db()
    assert deed.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_moderator_can_reject_with_a_comment(client, deed_editor, moderator, taxonomy):
    client.force_login(deed_editor)
    client.post(url("add"), {**deed_form_data(taxonomy), "action-submit": "submit"})
    deed = Deed.objects.get()

    client.force_login(moderator)
    response = client.post(
        url("edit", deed.pk),
        {
            **deed_form_data(taxonomy),
            "action-workflow-action": "true",
            "workflow-action-name": "reject",
            "workflow-action-extra-data": '{"comment": "Lisää tuloksista"}',
        },
    )

    assert response.status_code == 302
    deed.refresh_from_db()
    assert not deed.live
    assert WorkflowState.objects.get(object_id=str(deed.pk)).status == WorkflowState.STATUS_NEEDS_CHANGES


def test_editor_without_publish_permission_cannot_publish(client, deed_editor, taxonomy):
    client.force_login(deed_editor)

    client.post(url("add"), {**deed_form_data(taxonomy), "action-publish": "publish"})

    assert not Deed.objects.filter(live=True).exists()


def test_listing_filters_by_status_sector_region_and_year(editor_client, taxonomy):
    other_sector = factories.SectorFactory(name="Sosiaali- ja terveyspalvelut")
    lapland = factories.OrganisationFactory(name="Rovaniemen kaupunki", region=Region.LAPPI)
    factories.DeedFactory(title="Aamun teko", sectors=[taxonomy["sector"]], year=2022)
    factories.DeedFactory(title="Kotihoidon teko", sectors=[other_sector], organisation=lapland, year=2021)
    factories.DeedFactory(title="Luonnosteko", live=False, year=2023)

    def titles(**params):
        response = editor_client.get(url("list"), params)
        assert response.status_code == 200
        return sorted(deed.title for deed in response.context["object_list"])

    assert titles(status="draft") == ["Luonnosteko"]
    assert titles(status="live") == ["Aamun teko", "Kotihoidon teko"]
    assert titles(sectors=taxonomy["sector"].pk) == ["Aamun teko"]
    assert titles(region=Region.LAPPI) == ["Kotihoidon teko"]
    assert titles(year=2021) == ["Kotihoidon teko"]
    assert titles(q="Kotihoidon") == ["Kotihoidon teko"]
    assert editor_client.get(url("list"), {"year": "abc", "region": "mars"}).status_code == 200


def test_listing_filters_deeds_in_moderation(client, editor_client, deed_editor, taxonomy):
    factories.DeedFactory(title="Julkaistu teko")
    client.force_login(deed_editor)
    client.post(url("add"), {**deed_form_data(taxonomy, title="Odottava teko"), "action-submit": "submit"})

    response = editor_client.get(url("list"), {"status": "in_moderation"})

    assert [deed.title for deed in response.context["object_list"]] == ["Odottava teko"]


def test_export_csv_and_xlsx(editor_client, taxonomy):
    factories.DeedFactory(
        title="Vietävä teko",
        organisation=taxonomy["organisation"],
        sectors=[taxonomy["sector"]],
        submitter_email="ilmoittaja@example.fi",
    )

    response = editor_client.get(url("list"), {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 2
    assert "Vietävä teko" in rows[1]
    assert "Opetus ja kasvatus" in rows[1]
    # Moderators see the private submitter details in their own export.
    assert "ilmoittaja@example.fi" in rows[1]

    response = editor_client.get(url("list"), {"export": "xlsx"})
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    values = [cell.value for row in workbook.active.iter_rows() for cell in row]
    assert "Vietävä teko" in values


def test_inspect_view_shows_private_details_to_editors(editor_client, taxonomy):
    deed = factories.DeedFactory(submitter_name="Ilmari Ilmoittaja", organisation=taxonomy["organisation"])

    response = editor_client.get(url("inspect", deed.pk))

    assert response.status_code == 200
    assert "Ilmari Ilmoittaja" in response.content.decode()
    assert "Limingan kunta" in response.content.decode()


def test_translating_a_deed_carries_its_sectors_and_themes_in_the_new_language(editor_client, taxonomy):
    sector, theme = taxonomy["sector"], taxonomy["theme"]
    swedish_sector = sector.copy_for_translation(factories.get_locale("sv"))
    swedish_sector.name = "Undervisning och fostran"
    swedish_sector.save()
    # The theme has no Swedish translation: the Finnish one stays as a fallback.
    deed = factories.DeedFactory(sectors=[sector], themes=[theme])

    response = editor_client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["teot", "deed", deed.pk]),
        {"locales": [factories.get_locale("sv").pk]},
    )

    assert response.status_code == 302
    swedish = Deed.objects.get(translation_key=deed.translation_key, locale__language_code="sv")
    assert list(swedish.sectors.all()) == [swedish_sector]
    assert list(swedish.themes.all()) == [theme]


def test_changing_the_source_deeds_sectors_updates_its_translations(taxonomy):
    sector = taxonomy["sector"]
    new_sector = factories.SectorFactory(name="Kulttuuri ja vapaa-aika")
    new_sector_sv = new_sector.copy_for_translation(factories.get_locale("sv"))
    new_sector_sv.save()
    deed = factories.DeedFactory(sectors=[sector])
    swedish = deed.copy_for_translation(factories.get_locale("sv"))
    swedish.save()

    deed.sectors.set([new_sector])
    deed.save()

    assert list(Deed.objects.get(pk=swedish.pk).sectors.all()) == [new_sector_sv]


def test_organisations_and_campaigns_in_the_marketplace_menu(editor_client):
    factories.OrganisationFactory(name="Oulun kaupunki", is_approved=False)

    response = editor_client.get(reverse("wagtailsnippets_teot_organisation:list"), {"is_approved": "false"})

    assert response.status_code == 200
    assert [o.name for o in response.context["object_list"]] == ["Oulun kaupunki"]
    assert editor_client.get(reverse("wagtailsnippets_teot_campaign:list")).status_code == 200
    assert editor_client.get(reverse("wagtailsnippets_teot_sector:list")).status_code == 200
    assert editor_client.get(reverse("wagtailsnippets_teot_theme:list")).status_code == 200
    dashboard = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Tekojen tori" in dashboard


def test_live_preview_of_a_draft(editor_client, home_page, taxonomy):
    factories.DeedIndexPageFactory(parent=home_page)
    deed = factories.DeedFactory(title="Esikatseltava teko", live=False)
    preview_url = reverse("wagtailsnippets_teot_deed:preview_on_edit", args=[deed.pk])

    editor_client.post(preview_url, deed_form_data(taxonomy, title="Esikatseltava teko"))
    response = editor_client.get(preview_url)

    assert response.status_code == 200
    assert "Esikatseltava teko" in response.content.decode()
