"""HTTP caching: what browsers and Varnish may keep (Cache-Control, Vary, cache tags), 304s and gzip."""

import datetime
import gzip
import re
from urllib.request import Request

import pytest
from django.utils import timezone

from home import http_cache, invalidation, signals
from tests import factories
from uutiset.models import NewsPage

SHARED = {"public", "max-age=0", "s-maxage=600"}


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def vary(response):
    return {part.strip().lower() for part in response.get("Vary", "").split(",")}


def tags(response):
    return set(response.get(http_cache.TAGS_HEADER, "").split())


@pytest.fixture(autouse=True)
def _shared_for_ten_minutes(settings):
    settings.HTTP_CACHE_SECONDS = 600


@pytest.fixture
def news_index(home_page):
    return factories.NewsIndexPageFactory(parent=home_page, slug="uutiset")


@pytest.fixture
def news(news_index):
    return factories.NewsPageFactory(parent=news_index, title="Kunnat kehittävät")


@pytest.fixture
def deed_index(home_page):
    return factories.DeedIndexPageFactory(parent=home_page, slug="teot")


def test_anonymous_page_is_shared_revalidated_and_tagged_with_what_it_shows(client, news):
    response = client.get(news.url)

    assert response.status_code == 200
    assert cache_control(response) == SHARED
    assert "cookie" in vary(response)
    assert not response.cookies
    assert tags(response) >= {"frame", f"page:{news.pk}", f"path:{news.path}", "news", "deeds"}
    assert response["ETag"]


def test_listings_home_and_feeds_depend_on_what_they_list(client, home_page, news_index, deed_index):
    assert {"news", "webinars", "episodes", "deeds", f"page:{home_page.pk}"} <= tags(client.get(home_page.url))
    assert tags(client.get(news_index.url)) >= {"frame", f"page:{news_index.pk}"}
    feed = client.get(news_index.feed_url())
    assert cache_control(feed) == SHARED
    assert tags(feed) == {f"page:{news_index.pk}", f"path:{news_index.path}"}  # no menu or footer in a feed
    assert "deeds" in tags(client.get(deed_index.url))
    assert tags(client.get("/sitemap.xml")) == {"pages", "deeds", "news", "coaches"}  # deeds, story series, coaches


def test_conditional_get_of_an_unchanged_page_is_answered_304_with_the_caching_headers(client, news):
    etag = client.get(news.url)["ETag"]

    response = client.get(news.url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert response.content == b""
    assert cache_control(response) == SHARED
    assert response["ETag"] == etag


def test_news_feed_answers_if_modified_since_with_304_until_an_item_changes(client, news_index, news):
    last_modified = client.get(news_index.feed_url())["Last-Modified"]

    assert client.get(news_index.feed_url(), HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304

    news.lead = "Korjattu ingressi."
    news.save_revision().publish(changed=True)
    # Last-Modified counts whole seconds: make the edit come seconds after the first publication.
    NewsPage.objects.filter(pk=news.pk).update(last_published_at=timezone.now() + datetime.timedelta(seconds=2))
    response = client.get(news_index.feed_url(), HTTP_IF_MODIFIED_SINCE=last_modified)
    assert response.status_code == 200
    assert b"Korjattu ingressi." in response.content


def test_html_feeds_and_exports_are_gzipped_for_clients_that_accept_it(client, news_index, news, deed_index):
    factories.DeedFactory(title="Yhteinen kahvihetki")
    csv_url = deed_index.url + deed_index.reverse_subpage("open_data_file", kwargs={"file_format": "csv"})
    for url in (news.url, news_index.feed_url(), csv_url):
        plain = client.get(url)
        compressed = client.get(url, HTTP_ACCEPT_ENCODING="gzip")

        assert compressed["Content-Encoding"] == "gzip", url
        assert "accept-encoding" in vary(compressed)
        body = b"".join(compressed.streaming_content) if compressed.streaming else compressed.content
        assert gzip.decompress(body) == (b"".join(plain.streaming_content) if plain.streaming else plain.content)


def test_logged_in_editors_and_sessions_get_private_uncached_pages(client, editor_client, news):
    response = editor_client.get(news.url)

    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_control(response)
    assert http_cache.TAGS_HEADER not in response

    client.logout()
    client.cookies["sessionid"] = "a-password-protected-page-was-opened"
    assert "private" in cache_control(client.get(news.url))


def test_admin_is_never_shared(client, editor_client):
    assert "public" not in cache_control(editor_client.get("/admin/"))
    client.logout()
    assert "public" not in cache_control(client.get("/admin/login/"))


@pytest.mark.parametrize("form", ["deed", "form_page"])
def test_pages_with_a_csrf_form_are_private(client, home_page, deed_index, form):
    if form == "deed":
        url = deed_index.url + deed_index.reverse_subpage("submit")
    else:
        page = factories.FormPageFactory(parent=home_page, slug="sparraus")
        factories.FormFieldFactory(page=page, label="Nimi", field_type="singleline")
        url = page.url

    response = client.get(url)

    assert response.status_code == 200
    assert "csrftoken" in response.cookies
    assert "private" in cache_control(response)
    assert http_cache.TAGS_HEADER not in response


def test_root_redirect_by_accept_language_is_private_and_varies_on_it(client, homes):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="sv")

    assert response.status_code == 302
    assert response["Location"].startswith("/sv/")
    assert "private" in cache_control(response)
    assert "accept-language" in vary(response)


def test_rate_limited_search_is_private_and_results_are_shared(client, settings, homes):
    settings.SEARCH_RATE_LIMIT = (1, 60)
    url = "/fi/haku/?q=kunta"

    first = client.get(url)
    limited = client.get(url)

    assert first.status_code == 200
    assert cache_control(first) == SHARED
    assert {"pages", "deeds", "frame"} <= tags(first)
    assert limited.status_code == 429
    assert "private" in cache_control(limited)


def test_not_found_is_shared_until_a_page_or_a_redirect_appears(client, home_page):
    response = client.get("/fi/ei-ole/")

    assert response.status_code == 404
    assert cache_control(response) == SHARED
    assert {"frame", "pages", "redirects"} <= tags(response)


def test_posts_are_private(client, news):
    assert "public" not in cache_control(client.post(news.url))


def test_publishing_names_the_page_its_translations_parent_and_type_but_not_the_frame(news, news_index, home_page):
    topics = signals.page_topics(news)

    assert topics == {"pages", f"page:{news.pk}", f"page:{news_index.pk}", "news"}
    assert {"frame", signals.subtree(news_index)} <= signals.page_topics(news_index)
    assert "frame" in signals.page_topics(home_page)


def test_changed_bans_the_topics_in_varnish_after_commit(db, settings, monkeypatch, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "home.http_cache.VarnishBackend", "LOCATION": "http://127.0.0.1:6081"}
    }
    sent = []
    monkeypatch.setattr(http_cache, "urlopen", lambda request, timeout: sent.append(request))

    with django_capture_on_commit_callbacks(execute=True):
        invalidation.changed("news", "page:12", "path:00010002*")
        assert sent == []

    (request,) = sent
    assert isinstance(request, Request)
    assert request.get_method() == "BAN"
    assert request.full_url == "http://127.0.0.1:6081/"
    pattern = request.get_header("X-ban-tags")
    assert " " not in pattern

    def banned(header):
        return re.search(pattern, header) is not None

    assert banned("frame news")
    assert banned("page:12 frame")
    assert banned("path:000100020005 page:7")
    assert not banned("page:123 newsletter path:00010003")


def test_no_frontend_cache_configured_sends_nothing(db, settings, monkeypatch, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    monkeypatch.setattr(http_cache, "urlopen", lambda *args, **kwargs: pytest.fail("sent a ban"))

    with django_capture_on_commit_callbacks(execute=True):
        invalidation.changed("frame")
