"""Editors translate news items, podcast episodes and webinars with wagtail-localize."""

import pytest
from django.urls import reverse

from teot.models import Deed
from tests import factories
from uutiset.models import NewsPage, PodcastEpisodePage, Series, WebinarPage

pytestmark = pytest.mark.django_db


def submit_translation(client, page, *language_codes):
    locales = [factories.get_locale(code).pk for code in language_codes]
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    return client.post(url, {"locales": locales, "include_subtree": "on"})


def translation_of(page, language_code):
    return type(page).objects.get(translation_key=page.translation_key, locale__language_code=language_code)


@pytest.fixture
def sector(locales):
    finnish = factories.SectorFactory(name="Sosiaali- ja terveyspalvelut", slug="sote")
    factories.translate_snippet(finnish, "sv", name="Social- och hälsovård", slug="social-och-halsovard")
    return finnish


def test_translating_a_news_item_keeps_its_deeds_and_gives_it_terms_in_the_new_language(editor_client, homes, sector):
    index = factories.NewsIndexPageFactory(parent=homes["fi"])
    factories.translate(index, "sv", slug="nyheter")
    deed = factories.DeedFactory(title="Kiertävä kahvila")
    series = factories.SeriesFactory(name="Kekseliäät kehittäjät", slug="kekseliaat")
    news = factories.NewsPageFactory(parent=index, series=series, sectors=[sector])
    news.related_deeds.create(deed=deed)
    news.save_revision().publish()

    response = submit_translation(editor_client, news, "sv")

    assert response.status_code == 302
    swedish = translation_of(news, "sv")
    assert not swedish.live
    swedish.get_latest_revision().publish()
    swedish = translation_of(news, "sv")
    assert swedish.live
    # The deed is not copied into Swedish: the translation points at the chosen deed.
    assert [row.deed_id for row in swedish.related_deeds.all()] == [deed.pk]
    assert Deed.objects.filter(translation_key=deed.translation_key).count() == 1
    # The series is a translatable snippet: wagtail-localize translates it along with the page.
    assert swedish.series.locale.language_code == "sv"
    assert swedish.series.translation_key == series.translation_key
    assert Series.objects.filter(translation_key=series.translation_key).count() == 2
    assert [term.name for term in swedish.sectors.all()] == ["Social- och hälsovård"]
    assert editor_client.get(swedish.get_url()).status_code == 200


def test_translating_an_episode_keeps_the_audio_and_the_transcript_until_translated(editor_client, homes):
    show = factories.PodcastPageFactory(parent=homes["fi"])
    factories.translate(show, "en", slug="podcast-en")
    episode = factories.PodcastEpisodePageFactory(parent=show)

    submit_translation(editor_client, episode, "en")

    english = translation_of(episode, "en")
    english.get_latest_revision().publish()
    english = PodcastEpisodePage.objects.get(pk=english.pk)
    assert english.live
    assert english.audio_id == episode.audio_id
    assert english.duration == episode.duration
    assert english.transcript == episode.transcript


def test_translating_a_webinar_keeps_its_times(editor_client, homes):
    index = factories.WebinarIndexPageFactory(parent=homes["fi"])
    factories.translate(index, "sv", slug="webbinarier")
    webinar = factories.WebinarPageFactory(parent=index)

    submit_translation(editor_client, webinar, "sv")

    swedish = translation_of(webinar, "sv")
    swedish.get_latest_revision().publish()
    swedish = WebinarPage.objects.get(pk=swedish.pk)
    assert (swedish.starts_at, swedish.ends_at) == (webinar.starts_at, webinar.ends_at)
    assert swedish.registration_url == webinar.registration_url


def test_news_index_translation_includes_its_news(editor_client, homes):
    index = factories.NewsIndexPageFactory(parent=homes["fi"])
    news = factories.NewsPageFactory(parent=index)

    submit_translation(editor_client, index, "en")

    english_news = translation_of(news, "en")
    assert isinstance(english_news, NewsPage)
    assert english_news.get_parent().specific == translation_of(index, "en")
