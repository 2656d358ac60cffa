"""axe-core on the pages that refuse or fail, in fi, sv and en: too many searches (site search and
the deed listing), too many posts (the deed form and a form page), a request the site cannot read
(400), the database down (503), the admin's sign-in lockout and its two-step verification.

The public refusals come from the live server under a limit lowered for the test. The 400, 503 and
lockout pages are rendered by their own views before the browser opens (Django refuses database
calls while Playwright's loop runs) and served to the browser from the live server's address, so
they load the real style sheets.
"""

from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import OperationalError
from django.test import RequestFactory, override_settings
from django.urls import reverse
from django.utils import translation
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

from home import admin_security, views
from home.models import FormPage

from .conftest import LANGUAGES
from .test_axe import assert_accessible, page_url, visit

pytestmark = pytest.mark.a11y

PASSWORD = "Saavutettava-salasana-2026"


def admin_user(username, language):
    user = get_user_model().objects.create_superuser(username=username, email=f"{username}@example.fi")
    user.set_password(PASSWORD)
    user.save()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def anonymous(request):
    request.user = AnonymousUser()
    return request


@pytest.fixture(scope="module")
def prepared(demo, django_db_blocker):
    """Per language: the refused and failed pages' HTML, and editors with and without a second step."""
    factory = RequestFactory()
    pages, editors = {}, {}
    with django_db_blocker.unblock():
        for language in LANGUAGES:
            with translation.override(language):
                request = anonymous(factory.get(f"/{language}/"))
                try:
                    raise OperationalError("connection refused")
                except OperationalError:
                    unavailable = views.server_error(request)
                pages[language] = {
                    "400": views.bad_request(request),
                    "503": unavailable,
                    "lockout": admin_security.lockout_response(anonymous(factory.post(reverse("wagtailadmin_login")))),
                }
            verified = admin_user(f"kaksivaihe-{language}", language)
            TOTPDevice.objects.create(user=verified, name="app", confirmed=True)
            editors[language] = SimpleNamespace(
                new=admin_user(f"uusi-{language}", language).username, verified=verified.username
            )
    yield SimpleNamespace(pages=pages, editors=editors)
    with django_db_blocker.unblock():
        get_user_model().objects.filter(username__regex=r"^(uusi|kaksivaihe)-").delete()


def refused_until_429(page, act, attempts=3):
    """Repeat ``act`` (which returns the response) until the limit answers; earlier tests may have used it up."""
    for _ in range(attempts):
        response = act()
        if response.status == 429:
            return response
    pytest.fail(f"{page.url}: no 429 after {attempts} tries")


def assert_settled_page_accessible(page):
    """axe once the admin's messages have faded in: mid-way their colours fail any contrast check.

    Finished at once rather than awaited: the admin also pings a warning badge for 25 seconds.
    """
    page.evaluate(
        """document.getAnimations()
            .filter(animation => animation.effect.getComputedTiming().endTime !== Infinity)
            .forEach(animation => animation.finish())"""
    )
    assert_accessible(page)


def assert_refusal_announced(page, language):
    assert page.get_attribute("html", "lang") == language
    assert page.locator("h1").count() == 1
    alert = page.locator("[role=alert]").first
    assert alert.is_visible()
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_too_many_searches_is_accessible(demo, prepared, page, language):
    with translation.override(language):
        path = reverse("search") + "?q=kunta"
    with override_settings(SEARCH_RATE_LIMIT=(1, 3600)):
        refused_until_429(page, lambda: visit(page, demo, path))
    assert page.locator("input[name=q]").first.input_value() == "kunta"
    assert page.evaluate("document.activeElement.id") == "rate-limited"
    assert_refusal_announced(page, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_too_many_deed_searches_is_accessible(demo, prepared, page, language):
    path = demo.deeds[language]["listing"] + "?q=kunta&sort=title"
    with override_settings(SEARCH_RATE_LIMIT=(1, 3600)):
        refused_until_429(page, lambda: visit(page, demo, path))
    assert page.evaluate("document.activeElement.id") == "rate-limited"
    assert_refusal_announced(page, language)


def submit(page):
    """Press the first button of the first form in the main content."""
    with page.expect_navigation() as navigation:
        page.locator("main form button[type=submit]").first.click()
    return navigation.value


@pytest.mark.parametrize("language", LANGUAGES)
def test_too_many_deeds_sent_is_accessible(demo, prepared, page, language):
    visit(page, demo, demo.deeds[language]["submit"])
    page.fill("#id_title", "Saavutettava teko")
    with override_settings(TEOT_SUBMISSION_RATE_LIMIT=(1, 3600)):
        refused_until_429(page, lambda: submit(page))
    assert page.locator("#id_title").input_value() == "Saavutettava teko"
    assert_refusal_announced(page, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_too_many_form_posts_is_accessible(demo, prepared, page, language):
    visit(page, demo, page_url(demo, FormPage, language))
    with override_settings(FORM_RATE_LIMIT=(1, 3600)):
        refused_until_429(page, lambda: submit(page))
    assert_refusal_announced(page, language)


def serve(page, demo, response, path="/refused/"):
    """Show ``response`` (rendered by its view) as if the live server had sent it."""
    page.route(
        demo.url + path,
        lambda route: route.fulfill(
            status=response.status_code, body=response.content, content_type=response["Content-Type"]
        ),
    )
    return visit(page, demo, path)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("state", ["400", "503", "lockout"])
def test_refusal_and_error_pages_are_accessible(demo, prepared, page, state, language):
    response = prepared.pages[language][state]
    assert serve(page, demo, response).status == response.status_code
    assert page.get_attribute("html", "lang") == language
    assert page.locator("h1").count() == 1
    assert_settled_page_accessible(page)


def sign_in(page, demo, username):
    visit(page, demo, reverse("wagtailadmin_login"))
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    submit(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_two_step_setup_is_accessible(demo, prepared, page, language):
    sign_in(page, demo, prepared.editors[language].new)
    visit(page, demo, reverse("two_factor_setup"))
    assert page.get_attribute("html", "lang") == language
    assert page.locator("svg[role=img] title").count() == 1  # the QR code has a name
    assert_settled_page_accessible(page)

    page.fill("input[name=code]", "000000")
    page.fill("input[name=password]", PASSWORD)
    submit(page)
    assert page.locator("[role=alert]").count() > 0
    assert_settled_page_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_two_step_verification_is_accessible(demo, prepared, page, language):
    sign_in(page, demo, prepared.editors[language].verified)
    assert "verify" in page.url
    assert page.get_attribute("html", "lang") == language
    assert_settled_page_accessible(page)

    page.fill("input[name=code]", "000000")
    submit(page)
    assert page.locator("[role=alert]").count() > 0
    assert_settled_page_accessible(page)
