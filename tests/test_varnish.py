"""Varnish in front of the site (deploy/varnish/default.vcl): anonymous pages come from its cache,
and publishing bans exactly the pages that show what changed, so none is ever stale.

One varnishd per module, in front of pytest-django's live server; each test builds its own content
and starts from an empty cache.
"""

import gzip
import http.client
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.test import Client

from tests import factories

VARNISHD = shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin:/usr/local/sbin")
VARNISHADM = shutil.which("varnishadm") or shutil.which("varnishadm", path="/usr/bin:/usr/local/bin")
VCL = Path(__file__).resolve().parent.parent / "deploy" / "varnish" / "default.vcl"

pytestmark = [
    pytest.mark.skipif(VARNISHD is None, reason="varnishd is not installed"),
    pytest.mark.django_db(transaction=True),
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Varnish:
    def __init__(self, workdir, port):
        self.workdir = workdir
        self.port = port

    def get(self, path, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("GET", path, headers=headers or {})
            response = connection.getresponse()
            body = response.read()
            if response.getheader("Content-Encoding") == "gzip":
                body = gzip.decompress(body)
            response.text = body.decode()
            return response
        finally:
            connection.close()

    def status(self, path, **kwargs):
        """HIT, MISS or PASS."""
        return self.get(path, **kwargs).getheader("X-Cache")

    def clear(self):
        subprocess.run(
            [VARNISHADM, "-n", str(self.workdir), "ban", "req.url", "~", "."], check=True, capture_output=True
        )


@pytest.fixture(scope="module")
def varnish(live_server, tmp_path_factory):
    backend = urlsplit(live_server.url)
    workdir = tmp_path_factory.mktemp("varnish")
    vcl = workdir / "test.vcl"
    vcl.write_text(
        re.sub(
            r"^backend default \{.*?^\}",
            f'backend default {{\n    .host = "{backend.hostname}";\n    .port = "{backend.port}";\n}}',
            VCL.read_text(),
            count=1,
            flags=re.MULTILINE | re.DOTALL,
        )
    )
    port = free_port()
    process = subprocess.Popen(
        [VARNISHD, "-F", "-j", "none", "-n", str(workdir / "n"), "-a", f"127.0.0.1:{port}", "-f", str(vcl)]
        + ["-s", "malloc,32m", "-T", f"127.0.0.1:{free_port()}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(100):
            if process.poll() is not None:
                pytest.fail(f"varnishd stopped: {process.stdout.read().decode()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("varnishd did not start")
        yield Varnish(workdir / "n", port)
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(autouse=True)
def _banned_through_varnish(varnish, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "home.http_cache.VarnishBackend", "LOCATION": f"http://127.0.0.1:{varnish.port}"}
    }
    varnish.clear()


@pytest.fixture
def site(home_page):
    """A home page with news, a deed marketplace and a gala archive, all in Finnish."""
    news_index = factories.NewsIndexPageFactory(parent=home_page, slug="uutiset")
    deeds = factories.DeedIndexPageFactory(parent=home_page, slug="teot")
    footer = factories.FooterTextFactory(body="<p>Toinen linja 14</p>")
    return {
        "home": home_page,
        "news_index": news_index,
        "news": factories.NewsPageFactory(parent=news_index, title="Vanha uutinen"),
        "deeds": deeds,
        "galas": factories.GalaIndexPageFactory(parent=home_page, slug="gaala"),
        "footer": footer,
    }


def urls(site):
    deeds = site["deeds"]
    return {
        "home": site["home"].url,
        "news_index": site["news_index"].url,
        "feed": site["news_index"].feed_url(),
        "news": site["news"].url,
        "sitemap": "/sitemap.xml",
        "deed_listing": deeds.url,
        "statistics": deeds.url + deeds.reverse_subpage("statistics"),
        "galas": site["galas"].url,
    }


def warm(varnish, paths):
    for path in paths:
        assert varnish.get(path).status == 200, path
        assert varnish.status(path) == "HIT", path


def publish_news(site, title):
    page = factories.NewsPageFactory(parent=site["news_index"], title=title, slug="tuore-uutinen", live=False)
    page.save_revision().publish()
    return page


def test_second_anonymous_get_is_a_hit_without_the_internal_tags(varnish, site):
    path = site["home"].url

    first = varnish.get(path)
    second = varnish.get(path, headers={"Accept-Encoding": "gzip"})

    assert first.getheader("X-Cache") == "MISS"
    assert second.getheader("X-Cache") == "HIT"
    assert second.getheader("Content-Encoding") == "gzip"
    assert first.getheader("X-Cache-Tags") is None
    assert "s-maxage" in first.getheader("Cache-Control")
    # Varnish answers a browser's revalidation itself.
    assert varnish.get(path, headers={"If-None-Match": first.getheader("ETag")}).status == 304


def test_publishing_news_bans_its_listing_home_feed_and_sitemap_but_not_the_unrelated(varnish, site):
    paths = urls(site)
    warm(varnish, paths.values())

    publish_news(site, "Tuore uutinen")

    for name in ("home", "news_index", "feed", "sitemap"):
        response = varnish.get(paths[name])
        assert response.getheader("X-Cache") == "MISS", name
        assert "tuore-uutinen" in response.text, name
    for name in ("galas", "deed_listing", "statistics"):
        assert varnish.status(paths[name]) == "HIT", name


def test_approving_a_deed_bans_the_deed_listing_statistics_and_home(varnish, site):
    paths = urls(site)
    warm(varnish, paths.values())
    deed = factories.DeedFactory(title="Hyvä kiertämään -teko", live=False)

    deed.save_revision().publish()

    for name in ("deed_listing", "statistics", "home"):
        assert varnish.status(paths[name]) == "MISS", name
    assert "Hyvä kiertämään -teko" in varnish.get(paths["deed_listing"]).text
    deed_path = site["deeds"].url + site["deeds"].reverse_subpage("deed", args=[deed.slug])
    assert varnish.get(deed_path).status == 200
    for name in ("galas", "news_index", "feed"):
        assert varnish.status(paths[name]) == "HIT", name


def test_editing_the_footer_bans_every_page(varnish, site):
    paths = urls(site)
    warm(varnish, paths.values())
    footer = site["footer"]

    footer.body = "<p>Uusi osoite 1</p>"
    footer.save()

    for name, path in paths.items():
        if name in ("feed", "sitemap"):  # no footer in them
            assert varnish.status(path) == "HIT", name
        else:
            response = varnish.get(path)
            assert response.getheader("X-Cache") == "MISS", name
            assert "Uusi osoite 1" in response.text, name


def test_logged_in_editor_never_gets_or_leaves_a_cached_page(varnish, site, superuser):
    editor = Client()
    editor.force_login(superuser)
    as_editor = {"Cookie": f"sessionid={editor.cookies['sessionid'].value}; csrftoken=abc"}
    path = site["news"].url

    edited = varnish.get(path, headers=as_editor)
    anonymous = varnish.get(path)

    assert edited.getheader("X-Cache") == "PASS"
    assert "private" in edited.getheader("Cache-Control")
    assert anonymous.getheader("X-Cache") == "MISS"  # not the editor's copy
    assert varnish.status(path) == "HIT"
    assert varnish.get(path, headers=as_editor).getheader("X-Cache") == "PASS"


def test_form_page_never_serves_another_visitors_csrf_token(varnish, site):
    path = site["deeds"].url + site["deeds"].reverse_subpage("submit")

    def token(response):
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text).group(1)

    first = varnish.get(path)
    second = varnish.get(path, headers={"Cookie": "csrftoken=someone-elses"})

    assert first.status == second.status == 200
    assert {first.getheader("X-Cache"), second.getheader("X-Cache")} <= {"MISS", "PASS"}
    assert "private" in first.getheader("Cache-Control")
    assert "csrftoken=" in first.getheader("Set-Cookie")
    assert token(first) != token(second)
    # A cookie on an ordinary page changes nothing: it still comes from the cache.
    warm(varnish, [site["home"].url])
    assert varnish.status(site["home"].url, headers={"Cookie": "csrftoken=x; _ga=y"}) == "HIT"


def test_root_redirect_follows_each_visitors_language(varnish, homes):
    swedish = varnish.get("/", headers={"Accept-Language": "sv"})
    english = varnish.get("/", headers={"Accept-Language": "en"})

    assert swedish.status == english.status == 302
    assert swedish.getheader("Location").startswith("/sv/")
    assert english.getheader("Location").startswith("/en/")
    assert varnish.get("/", headers={"Accept-Language": "sv"}).getheader("X-Cache") == "PASS"
