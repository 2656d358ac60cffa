"""Translating makes a draft: nothing of a new translation is public until an editor publishes it."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from teot.models import Deed
from tests import factories
from tests.utils import soup
from uutiset.models import NewsPage

pytestmark = pytest.mark.django_db

NEWS_SV = "Lugna morgnar i daghemmet"  # what the translators write in the drafts
DEED_SV = "Kaffestund för hela arbetsgemenskapen"
NEWS_FI = "Kiireettömät aamut päiväkodissa"


@pytest.fixture
def site(homes):
    news_index = factories.NewsIndexPageFactory(parent=homes["fi"], slug="uutiset")
    factories.translate(news_index, "sv", title="Nyheter", slug="nyheter")
    marketplace = factories.DeedIndexPageFactory(parent=homes["fi"], slug="teot")
    factories.translate(marketplace, "sv", title="Gärningar", slug="garningar")
    news = factories.NewsPageFactory(parent=news_index, title=NEWS_FI, slug="kiireettomat-aamut")
    news.save_revision().publish()
    deed = factories.DeedFactory(title="Kahvihetki koko työyhteisölle", slug="kahvihetki")
    return {"homes": homes, "news": news, "deed": deed}


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what waits for the transaction to commit: wagtail-localize publishes translations then."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def translate_page(client, page, language_code):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    return client.post(url, {"locales": [factories.get_locale(language_code).pk]})


def translate_deed(client, deed, language_code):
    url = reverse("wagtail_localize:submit_snippet_translation", args=["teot", "deed", deed.pk])
    return client.post(url, {"locales": [factories.get_locale(language_code).pk]})


def in_swedish(model, instance):
    return model.objects.get(translation_key=instance.translation_key, locale__language_code="sv")


def write_draft(instance, title):
    """A translator's work in progress, saved but not published."""
    instance.title = title
    if isinstance(instance, Page):
        instance.draft_title = title
    instance.save()
    instance.save_revision()


def public_surfaces():
    """What visitors can read in Swedish: every listing, feed, export and search where content shows up."""
    client = Client()
    marketplace = Page.objects.get(slug="garningar").specific
    news_index = Page.objects.get(slug="nyheter").specific
    with translation.override("sv"):
        search_url = reverse("search")
    urls = {
        "home": Page.objects.get(locale__language_code="sv", depth=2).url,
        "news listing": news_index.url,
        "news feed": news_index.feed_url(),
        "deed listing": marketplace.url,
        "deed statistics": marketplace.url + marketplace.reverse_subpage("statistics"),
        "open data": marketplace.url + marketplace.reverse_subpage("open_data_file", kwargs={"file_format": "json"}),
        "news search": f"{search_url}?q=morgnar",
        "deed search": f"{search_url}?q=kaffestund",
        "sitemap": "/sitemap.xml",
    }
    texts = {}
    for name, url in urls.items():
        response = client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        texts[name] = body.decode()
    texts["open data"] = json.dumps(json.loads(texts["open data"]), ensure_ascii=False)
    for name in ("news search", "deed search"):  # results mark the words found
        texts[name] = " ".join(BeautifulSoup(texts[name], "html.parser").get_text(" ").split())
    # A sitemap index points at its sections.
    for section_url in re.findall(r"<sitemap>\s*<loc>([^<]+)</loc>", texts["sitemap"]):
        texts["sitemap"] += client.get(section_url).content.decode()
    return texts


def test_translating_live_content_makes_drafts_that_only_publishing_brings_out(editor_client, site, committed):
    news, deed = site["news"], site["deed"]

    with committed():
        assert translate_page(editor_client, news, "sv").status_code == 302
        assert translate_deed(editor_client, deed, "sv").status_code == 302

    swedish_news, swedish_deed = in_swedish(NewsPage, news), in_swedish(Deed, deed)
    for draft in (swedish_news, swedish_deed):
        assert not draft.live
        assert draft.first_published_at is None
        assert draft.live_revision_id is None
    assert swedish_news.title == NEWS_FI  # the source text, for the translators to replace
    write_draft(swedish_news, NEWS_SV)
    write_draft(swedish_deed, DEED_SV)
    marketplace = Page.objects.get(slug="garningar").specific
    swedish_news_url = swedish_news.get_url()
    swedish_deed_url = marketplace.deed_url(swedish_deed)

    before = public_surfaces()
    for name, text in before.items():
        assert NEWS_SV not in text, name
        assert DEED_SV not in text, name
        assert swedish_news_url not in text, name
    assert Client().get(swedish_news_url).status_code == 404
    assert Client().get(swedish_deed_url).status_code == 404

    with committed():  # as an editor's publish commits
        swedish_news.get_latest_revision().publish()
        swedish_deed.get_latest_revision().publish()

    after = public_surfaces()
    for name in ("home", "news listing", "news feed", "news search"):
        assert NEWS_SV in after[name], (name, after[name])
    for name in ("deed listing", "open data", "deed search"):
        assert DEED_SV in after[name], name
    assert swedish_news_url in after["sitemap"]
    assert swedish_deed_url in after["sitemap"]
    assert Client().get(swedish_news_url).status_code == 200
    assert Client().get(swedish_deed_url).status_code == 200


def test_translating_a_deed_in_moderation_or_a_draft_keeps_the_source_as_it_is(editor_client, site, committed):
    deed = site["deed"]

    with committed():
        translate_deed(editor_client, deed, "sv")

    deed.refresh_from_db()
    assert deed.live
    assert in_swedish(Deed, deed).latest_revision is not None  # a draft an editor can open and publish


def test_syncing_an_already_published_translation_keeps_it_live(editor_client, site, committed):
    """The synced flow ("Sync translated pages") updates published translations and publishes them again."""
    news = site["news"]
    with committed():
        translate_page(editor_client, news, "sv")
    swedish = in_swedish(NewsPage, news)
    swedish.get_latest_revision().publish()
    # Synced translation: the translators work in wagtail-localize's editor from now on.
    editor_client.post(reverse("wagtailadmin_pages:edit", args=[swedish.pk]), {"localize-restart-translation": "on"})
    source = swedish.get_translations().get(pk=news.pk)
    source.lead = "Uusi ingressi."
    source.save_revision().publish()
    translation_source = TranslationSource.objects.get(object_id=news.translation_key)
    assert translation_source.translations.get(target_locale__language_code="sv").enabled

    with committed():
        response = editor_client.post(
            reverse("wagtail_localize:update_translations", args=[translation_source.pk]),
            {"publish_translations": "on"},
        )

    assert response.status_code == 302
    swedish = in_swedish(NewsPage, news)
    assert swedish.live
    assert swedish.lead == "Uusi ingressi."  # untranslated text follows the source
    assert Client().get(swedish.get_url()).status_code == 200


def test_deed_edit_view_offers_translate(editor_client, site):
    deed = site["deed"]

    response = editor_client.get(reverse("wagtailsnippets_teot_deed:edit", args=[deed.pk]))

    assert response.status_code == 200
    translate_url = reverse("wagtail_localize:submit_snippet_translation", args=["teot", "deed", deed.pk])
    links = soup(response).find_all("a", href=translate_url)
    assert links, "no Translate link on the deed's edit view"


def test_deed_translated_into_every_language_offers_no_translate(editor_client, site):
    deed = site["deed"]
    for code in ("sv", "en"):
        factories.translate_snippet(deed, code, slug=f"kahvihetki-{code}")

    response = editor_client.get(reverse("wagtailsnippets_teot_deed:edit", args=[deed.pk]))

    translate_url = reverse("wagtail_localize:submit_snippet_translation", args=["teot", "deed", deed.pk])
    assert not soup(response).find_all("a", href=translate_url)
