"""Security headers: a strict Content-Security-Policy on every public page kind, the admin's own looser
one, Permissions-Policy and Cross-Origin-Resource-Policy (home/security_headers.py).

The demo content is loaded once for the module, with a standard page holding a video block.
"""

import base64
import hashlib
from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.finders import get_finders
from wagtail.embeds.models import Embed
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from tests.factories import StandardPageFactory
from tests.page_types import PAGE_TYPES
from tests.test_query_budgets import urls_of
from tests.test_settings import manage, production_env
from tests.utils import rolled_back, soup
from uutiset.models import NewsPage, WebinarPage

VIDEO_URL = "https://www.youtube.com/watch?v=csp-test"
PLAYER = (
    '<iframe width="640" height="480" src="https://www.youtube.com/embed/csp-test?feature=oembed"'
    ' allow="encrypted-media; picture-in-picture" allowfullscreen></iframe>'
)
NOT_HTML = ["news feed", "podcast feed", "newsletter feed", "open data csv", "open data json", "sitemap"]
DENIED_FEATURES = ["camera", "microphone", "geolocation", "payment", "usb"]


def policy(header):
    """``{directive: [sources]}`` of a Content-Security-Policy header."""
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def sha256(text):
    return f"'sha256-{base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()}'"


@pytest.fixture(scope="module")
def site(demo_site, django_db_blocker):
    """English addresses of every public page kind, a page with a video block and a past webinar included."""
    with rolled_back(django_db_blocker):
        call_command("update_index", verbosity=0)
        Embed.objects.update_or_create(
            hash=get_embed_hash(VIDEO_URL),
            defaults={"url": VIDEO_URL, "type": "video", "html": PLAYER, "width": 640, "height": 480},
        )
        video_page = StandardPageFactory(
            parent=HomePage.objects.get(locale__language_code="en"),
            title="Video",
            body=[{"type": "video", "value": {"video": VIDEO_URL, "title": "Kunta työnantajana", "transcript": ""}}],
        )
        urls = urls_of("en")
        urls["video page"] = video_page.get_url()
        webinars = WebinarPage.objects.live().filter(locale__language_code="en", ends_at__lte=timezone.now())
        webinars = webinars.exclude(recording_url="")
        urls["webinar recording"] = webinars.first().get_url()
        urls["not found"] = "/en/no-such-page/"
        yield urls


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("csp-admin", "csp@example.fi", "password")


def html_kinds(urls):
    return [kind for kind in urls if kind not in NOT_HTML]


def assert_strict_policy(response):
    directives = policy(response["Content-Security-Policy"])
    sources = [source for values in directives.values() for source in values]
    assert "'unsafe-inline'" not in sources
    assert "'unsafe-eval'" not in sources
    assert directives["default-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]
    return directives


def assert_clean_html(url, directives, document):
    """Nothing inline that the policy refuses: scripts are files or hashed JSON-LD, no style anywhere."""
    for script in document.find_all("script"):
        if script.get("src"):
            continue
        assert script.get("type") == "application/ld+json", f"{url}: an inline script {script}"
        assert sha256(script.string) in directives["script-src"], f"{url}: JSON-LD without its hash"
    assert not document.find_all("style"), url
    styled = [element.name for element in document.find_all(style=True)]
    assert styled == [], f"{url}: style attributes on {styled}"
    handlers = [
        (element.name, name) for element in document.find_all() for name in element.attrs if name.startswith("on")
    ]
    assert handlers == [], f"{url}: inline event handlers {handlers}"
    for frame in document.find_all("iframe"):
        origin = "/".join(frame["src"].split("/")[:3])
        assert origin in directives["frame-src"], f"{url}: {origin} may not be framed"


@pytest.mark.django_db
def test_every_public_page_kind_has_a_strict_policy(client, site, subtests):
    assert len(html_kinds(site)) >= 25
    for kind in html_kinds(site):
        with subtests.test(kind=kind):
            response = client.get(site[kind])
            assert response.status_code == (404 if kind == "not found" else 200)
            directives = assert_strict_policy(response)
            assert_clean_html(site[kind], directives, soup(response))
            assert response["Cross-Origin-Resource-Policy"] == "same-origin"
            features = dict(part.split("=", 1) for part in response["Permissions-Policy"].split(", "))
            assert all(features[name] == "()" for name in DENIED_FEATURES), features


@pytest.mark.django_db
def test_the_page_types_are_all_visited(site):
    assert {model.__name__ for model in PAGE_TYPES} <= set(site)


@pytest.mark.django_db
def test_json_ld_is_allowed_by_its_hash_even_from_the_fragment_cache(client, site):
    """Deed and news pages keep their JSON-LD inside a cached fragment: the second answer, built from the
    fragment, carries the same hash; a nonce would have changed."""
    for kind in ("deed", "NewsPage"):
        first, second = client.get(site[kind]), client.get(site[kind])
        scripts = soup(second).find_all("script", attrs={"type": "application/ld+json"})
        assert len(scripts) == 2, kind  # the BreadcrumbList, and the deed's or news item's own
        for script in scripts:
            assert sha256(script.string) in policy(second["Content-Security-Policy"])["script-src"]
        assert first["Content-Security-Policy"] == second["Content-Security-Policy"]
        assert "nonce-" not in second["Content-Security-Policy"]


@pytest.mark.django_db
def test_a_video_embed_has_no_inline_style_and_its_player_may_be_framed(client, site):
    document = soup(client.get(site["video page"]))
    wrapper = document.find(class_="responsive-object")
    assert wrapper is not None
    assert "responsive-object--4x3" in wrapper["class"]  # 640×480
    assert wrapper.get("style") is None
    assert wrapper.iframe["src"].startswith("https://www.youtube.com/embed/")


@pytest.mark.django_db
def test_public_files_for_other_sites_may_be_loaded_by_them(client, site, subtests):
    """Feeds and open data are made for podcast apps and other sites."""
    for kind in NOT_HTML:
        with subtests.test(kind=kind):
            response = client.get(site[kind])
            assert response.status_code == 200
            assert response["Cross-Origin-Resource-Policy"] == "cross-origin"
            assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_an_editor_gets_public_pages_under_the_strict_policy_with_the_userbar(client, site, superuser):
    client.force_login(superuser)
    response = client.get(site["NewsPage"])
    document = soup(response)
    assert document.find("wagtail-userbar") is not None
    directives = assert_strict_policy(response)
    for script in document.find_all("script"):
        # The userbar's scripts are files of our own; its axe settings are JSON data, never run.
        assert script.get("src", "").startswith("//testserver/static/") or script.get("type") in (
            "application/ld+json",
            "application/json",
        ), script
    assert directives["script-src"][0] == "'self'"
    # The editor's answer is personal: it stays with our origin.
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def assert_admin_policy(response):
    directives = policy(response["Content-Security-Policy"])
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert "'unsafe-inline'" in directives["script-src"]
    assert not [source for source in directives["script-src"] if source.startswith("'sha256-")]
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    return directives


def form_data(document, form_id):
    """What a browser would send for the form: every named field with its current value."""
    data = []
    form = document.find("form", id=form_id)
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "file") or field.has_attr("disabled"):
            continue
        if field.get("type") in ("checkbox", "radio") and not field.has_attr("checked"):
            continue
        if field.name == "textarea":
            data.append((name, field.string or ""))
        elif field.name == "select":
            data.extend((name, option.get("value", "")) for option in field.find_all("option", selected=True))
        else:
            data.append((name, field.get("value", "on" if field.get("type") == "checkbox" else "")))
    return data


@pytest.mark.django_db
def test_the_admin_works_under_its_own_policy(client, site, superuser):
    client.force_login(superuser)
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert_admin_policy(dashboard)

    page = StandardPage.objects.get(locale__language_code="en", title="Video")
    editor = client.get(f"/admin/pages/{page.pk}/edit/")
    assert editor.status_code == 200
    assert_admin_policy(editor)

    # The preview panel: the editor posts the form (the StreamField is drawn by scripts, so its fields are
    # written here), then the panel's iframe loads the page: it may be framed by the admin alone.
    preview_url = f"/admin/pages/{page.pk}/edit/preview/"
    fields = [(name, value) for name, value in form_data(soup(editor), "page-edit-form") if not name.startswith("body")]
    video = {"video": VIDEO_URL, "title": "Kunta työnantajana", "transcript": rich_text("")}
    fields += nested_form_data({"body": streamfield([("video", video)])}).items()
    posted = client.post(preview_url, urlencode(fields), content_type="application/x-www-form-urlencoded")
    assert posted.json() == {"is_valid": True, "is_available": True}
    preview = client.get(preview_url + "?in_preview_panel=true")
    assert preview.status_code == 200
    assert "youtube.com/embed/csp-test" in preview.text
    directives = assert_admin_policy(preview)
    assert "https://www.youtube.com" in directives["frame-src"]

    news = NewsPage.objects.live().filter(locale__language_code="en").first()
    draft = client.get(f"/admin/pages/{news.pk}/view_draft/")
    assert draft.status_code == 200
    assert 'type="application/ld+json"' in draft.text
    assert_admin_policy(draft)  # no JSON-LD hash: it would switch 'unsafe-inline' off for the admin's scripts


@pytest.mark.django_db
def test_the_admin_login_page_has_the_admin_policy(client, site):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert_admin_policy(response)


def test_only_youtube_and_vimeo_can_be_embedded():
    """Other providers' players would be refused by frame-src: the editor is told at once."""
    finders = get_finders()
    assert any(finder.accept(VIDEO_URL) for finder in finders)
    assert any(finder.accept("https://vimeo.com/76979871") for finder in finders)
    assert not any(finder.accept("https://www.dailymotion.com/video/x7tgad0") for finder in finders)


def test_production_upgrades_insecure_requests(tmp_path):
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings as s; "
        "print(s.CONTENT_SECURITY_POLICY['DIRECTIVES'].get('upgrade-insecure-requests'), "
        "s.CONTENT_SECURITY_POLICY_ADMIN['DIRECTIVES'].get('upgrade-insecure-requests'))",
        env=production_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert "True True" in result.stdout
