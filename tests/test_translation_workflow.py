"""Editors translate pages and the footer text with wagtail-localize."""

from django.urls import reverse
from wagtail.models import Page

from home.models import FooterText, StandardPage
from tests import factories


def submit_page_translation(client, page, *language_codes, **extra):
    locales = [factories.get_locale(code).pk for code in language_codes]
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": locales, **extra}
    )


def test_translating_the_home_page_creates_drafts_in_swedish_and_english(editor_client, home_page):
    response = submit_page_translation(editor_client, home_page, "sv", "en")

    assert response.status_code == 302
    translations = Page.objects.filter(translation_key=home_page.translation_key).exclude(pk=home_page.pk)
    assert sorted(page.locale.language_code for page in translations) == ["en", "sv"]
    for page in translations:
        assert page.specific_class is type(home_page)
        assert page.depth == home_page.depth
        assert not page.live
        assert page.has_unpublished_changes


def test_translating_a_page_creates_drafts_with_the_same_translation_key(editor_client, home_page):
    submit_page_translation(editor_client, home_page, "sv", "en")
    page = factories.StandardPageFactory(parent=home_page, title="Kuntatyö2030", intro="Työelämän ohjelma.")

    response = submit_page_translation(editor_client, page, "sv", "en")

    assert response.status_code == 302
    for code in ("sv", "en"):
        translation = StandardPage.objects.get(translation_key=page.translation_key, locale__language_code=code)
        assert not translation.live
        assert translation.intro == "Työelämän ohjelma."  # untranslated text stays until a translator changes it
        assert translation.get_parent().locale.language_code == code
        assert translation.get_parent().translation_key == home_page.translation_key


def test_page_translation_can_be_published_and_served(editor_client, client, home_page):
    submit_page_translation(editor_client, home_page, "sv")
    page = factories.StandardPageFactory(parent=home_page, title="Sparraus", slug="sparraus")
    submit_page_translation(editor_client, page, "sv")
    for translation in Page.objects.filter(locale__language_code="sv").order_by("depth"):
        translation.get_latest_revision().publish()

    swedish = StandardPage.objects.get(translation_key=page.translation_key, locale__language_code="sv")
    assert swedish.live
    assert swedish.get_url().startswith("/sv/")
    assert client.get(swedish.get_url()).status_code == 200


def test_translate_view_only_offers_languages_without_a_translation(editor_client, home_page):
    factories.translate(home_page, "sv")

    response = editor_client.get(reverse("wagtail_localize:submit_page_translation", args=[home_page.pk]))

    assert response.status_code == 200
    offered = [locale.language_code for locale in response.context["form"].fields["locales"].queryset]
    assert offered == ["en"]


def test_translating_the_footer_text(editor_client, home_page):
    footer_text = factories.FooterTextFactory()
    url = reverse("wagtail_localize:submit_snippet_translation", args=["home", "footertext", footer_text.pk])

    response = editor_client.post(url, {"locales": [factories.get_locale("sv").pk]})

    assert response.status_code == 302
    swedish = FooterText.objects.get(translation_key=footer_text.translation_key, locale__language_code="sv")
    assert swedish.body == footer_text.body


def test_visitors_cannot_translate(client, home_page):
    url = reverse("wagtail_localize:submit_page_translation", args=[home_page.pk])
    response = client.post(url, {"locales": [factories.get_locale("sv").pk]})
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert Page.objects.filter(translation_key=home_page.translation_key).count() == 1
