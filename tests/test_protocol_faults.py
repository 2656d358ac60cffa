"""Broken requests get a 400 page, never a 500: a charset other than UTF-8, broken multipart bodies,
bad percent-encoding, a body shorter than announced; with or without a (made-up) CSRF cookie.

The 500 came from Django's own 400 handler: it re-runs the CSRF check, which reads the body that
had just been refused (home/views.py ``bad_request``).
"""

import io

import pytest
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory

from tests import factories
from tests.utils import soup

MADE_UP_TOKEN = "k" * 32

BROKEN_BODIES = {
    "utf-16 form": ("application/x-www-form-urlencoded; charset=utf-16", "title=Teko".encode("utf-16")),
    "latin-1 form": ("application/x-www-form-urlencoded; charset=iso-8859-1", b"title=Ty\xf6"),
    "unknown charset": ("application/x-www-form-urlencoded; charset=x-klingon", b"title=Teko"),
    "bad percent-encoding": ("application/x-www-form-urlencoded", b"title=%ZZ%ff%fe&summary=%"),
    "empty boundary": ("multipart/form-data; boundary=", b"--\r\n"),
    "no boundary": ("multipart/form-data", b"--x\r\n"),
    "truncated multipart": (
        "multipart/form-data; boundary=XX",
        b'--XX\r\nContent-Disposition: form-data; name="title"\r\n\r\nTeko',
    ),
    "utf-16 multipart": (
        "multipart/form-data; boundary=XX; charset=utf-16",
        b'--XX\r\nContent-Disposition: form-data; name="title"\r\n\r\nTeko\r\n--XX--\r\n',
    ),
}


@pytest.fixture
def post_urls(home_page):
    deeds = factories.DeedIndexPageFactory(parent=home_page, slug="teot")
    form_page = factories.FormPageFactory(parent=home_page, slug="sparraus")
    factories.FormFieldFactory(page=form_page, label="Nimi")
    return {
        "deed form": deeds.url + deeds.reverse_subpage("submit"),
        "form page": form_page.url,
        "admin login": "/admin/login/",
        "search": "/en/search/",
    }


def browser(csrf_cookie):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    if csrf_cookie:
        client.cookies["csrftoken"] = MADE_UP_TOKEN
    return client


def assert_bad_request_page(response, language):
    assert response.status_code == 400, response.content[:500]
    document = soup(response)
    assert document.html["lang"] == language
    assert len(document.find_all("h1")) == 1
    assert document.main["id"] == "main-content"
    assert document.main.find("a", href=f"/{language}/") is not None


@pytest.mark.parametrize("target", ["deed form", "form page", "admin login", "search"])
def test_a_form_in_utf_16_with_a_csrf_cookie_gets_the_400_page(post_urls, target):
    content_type, body = BROKEN_BODIES["utf-16 form"]
    response = browser(csrf_cookie=True).generic(
        "POST", post_urls[target], body, content_type=content_type, HTTP_X_CSRFTOKEN=MADE_UP_TOKEN
    )

    assert_bad_request_page(response, "en" if target == "search" else "fi")


@pytest.mark.parametrize("target", ["deed form", "form page", "admin login", "search"])
def test_without_a_csrf_cookie_the_check_refuses_it_before_reading_the_body(post_urls, target):
    content_type, body = BROKEN_BODIES["utf-16 form"]
    response = browser(csrf_cookie=False).generic("POST", post_urls[target], body, content_type=content_type)
    assert response.status_code == 403


@pytest.mark.parametrize("body", list(BROKEN_BODIES))
@pytest.mark.parametrize("csrf_cookie", [True, False], ids=["made-up cookie", "no cookie"])
def test_no_broken_body_gets_a_500(post_urls, body, csrf_cookie):
    content_type, data = BROKEN_BODIES[body]
    for url in (post_urls["deed form"], post_urls["admin login"]):
        response = browser(csrf_cookie).generic("POST", url, data, content_type=content_type)
        # Refused: unreadable (400) or, when the check fails before the body is read, by CSRF (403).
        assert response.status_code in (400, 403), (url, response.status_code)


@pytest.mark.parametrize("csrf_cookie", [True, False], ids=["made-up cookie", "no cookie"])
def test_a_body_shorter_than_announced_is_not_a_500(post_urls, csrf_cookie):
    # The body ends early, as when the client stops sending (nginx never passes such a body on:
    # tests/test_serving.py). Here the WSGI input simply runs out.
    response = browser(csrf_cookie).generic(
        "POST",
        post_urls["deed form"],
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH="10000",
        **{"wsgi.input": io.BytesIO(b"title=Te")},
    )
    assert response.status_code in (400, 403)


@pytest.mark.parametrize(
    "query", ["q=%ff%fe", "q=%ZZ", "q=%", "q=%00", "q=" + "%C3" * 10], ids=["latin", "bad", "cut", "nul", "half"]
)
def test_search_with_bad_percent_encoding_is_not_a_500(post_urls, query):
    response = browser(csrf_cookie=True).get(f"/en/search/?{query}")
    assert response.status_code in (200, 400)


def test_search_get_with_a_utf_16_body_still_answers(post_urls):
    content_type, body = BROKEN_BODIES["utf-16 form"]
    response = browser(csrf_cookie=True).generic("GET", "/en/search/?q=kunta", body, content_type=content_type)
    assert response.status_code == 200


def test_csrf_still_refuses_a_readable_post_without_a_matching_token(post_urls):
    response = browser(csrf_cookie=True).post(
        "/admin/login/", {"username": "x", "password": "y", "csrfmiddlewaretoken": "z" * 32}
    )
    assert response.status_code == 403


def test_a_readable_post_with_its_token_still_works(post_urls):
    # A real token pair, as a browser gets it from the login page.
    token = get_token(RequestFactory().get("/"))
    client = Client(enforce_csrf_checks=True)
    client.cookies["csrftoken"] = token
    response = client.post("/admin/login/", {"username": "x", "password": "y", "csrfmiddlewaretoken": token})
    assert response.status_code == 200  # the login form again, with its error
    assert b"csrf" not in response.content.lower().split(b"<body", 1)[0]
