"""Editors' content checker runs our extra accessibility rules, with messages in their language."""

import json

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from tests import factories
from tests.utils import soup

OUR_RULES = ["color-contrast", "image-alt", "html-has-lang", "valid-lang", "link-in-text-block", "video-caption"]
WAGTAIL_RULES = ["alt-text-quality", "heading-order", "link-name", "empty-heading"]


def axe_configuration(response):
    script = soup(response).find("script", id="checker-axe-configuration")
    assert script is not None, "no content checker on the page"
    return json.loads(script.string)


def test_userbar_runs_our_rules_and_wagtails(editor_client, home_page):
    configuration = axe_configuration(editor_client.get("/fi/"))

    run_only = configuration["options"]["runOnly"]
    for rule in OUR_RULES + WAGTAIL_RULES:
        assert rule in run_only
    assert set(run_only) <= set(configuration["messages"]) | {"alt-text-quality", "empty-meta-description"}
    assert {rule["id"] for rule in configuration["spec"]["rules"]} >= {"alt-text-quality"}


@pytest.mark.parametrize(
    ("language", "image_alt", "contrast"),
    [
        ("fi", "Kuvalta puuttuu tekstivastine", "Tekstin kontrasti on liian pieni"),
        ("en", "Image has no alternative text", "Text has too little contrast"),
    ],
)
def test_checker_messages_follow_the_page_language(editor_client, homes, language, image_alt, contrast):
    messages = axe_configuration(editor_client.get(f"/{language}/"))["messages"]

    assert messages["image-alt"]["error_name"] == image_alt
    assert messages["color-contrast"]["error_name"] == contrast


def test_checker_messages_follow_the_editors_preferred_language(editor_client, superuser, home_page):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "sv"
    profile.save()

    messages = axe_configuration(editor_client.get("/fi/"))["messages"]

    assert messages["image-alt"]["error_name"] == "Bilden saknar alternativ text"


def test_visitors_get_no_userbar(client, home_page):
    document = soup(client.get("/fi/"))
    assert document.find("script", id="checker-axe-configuration") is None
    assert document.find("wagtail-userbar") is None


def test_page_editor_preview_panel_runs_our_checker(editor_client, home_page):
    page = factories.StandardPageFactory(parent=home_page, title="Esikatseltava")
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    form_data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": "Muokattu ingressi",
            "body": streamfield([("paragraph", rich_text("<p>Teksti</p>"))]),
        }
    )

    # The editor posts the form to the preview, then the panel loads it.
    stored = editor_client.post(preview_url, form_data)
    assert stored.json() == {"is_valid": True, "is_available": True}
    response = editor_client.get(preview_url, {"in_preview_panel": "true", "mode": ""})

    assert response.status_code == 200
    assert "Muokattu ingressi" in response.text
    configuration = axe_configuration(response)
    for rule in OUR_RULES:
        assert rule in configuration["options"]["runOnly"]
    assert configuration["messages"]["image-alt"]["error_name"] == "Kuvalta puuttuu tekstivastine"
