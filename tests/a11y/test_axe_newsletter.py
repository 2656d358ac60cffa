"""axe-core on every state of the newsletter sign-up, in fi, sv and en: the empty form, the form with
errors, "check your email", the confirmation asked and done, unsubscribing asked and done, and a link
that does not work (for confirming and for unsubscribing).

The subscribers whose signed links are opened are made for this module in the database the live
server reads, and removed after it, with those the sign-up itself stores. Every check first asserts
that the page shows what it should, so that no check can pass on a page that shows nothing.
"""

from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from uutiskirje import links
from uutiskirje.models import CONSENT_VERSION, Subscriber

from .conftest import LANGUAGES
from .test_axe import assert_accessible, assert_skip_link_first, click_and_load, visit

pytestmark = pytest.mark.a11y

PREFIX = "uutiskirje-a11y-"  # every address this module makes or sends starts so


def translated(language, message):
    with translation.override(language):
        return gettext(message)


def path(name, language):
    with translation.override(language):
        return reverse(name)


def tampered(path):
    """The link with one character of its token changed: its signature no longer matches."""
    prefix, token = path.rstrip("/").rsplit("/", 1)
    return f"{prefix}/{'B' if token[0] == 'A' else 'A'}{token[1:]}/"


def subscriber(email, language, status):
    return Subscriber.objects.create(
        email=email,
        language=language,
        status=status,
        consent_text="Testi",
        consent_version=CONSENT_VERSION,
        consent_source="page",
    )


@pytest.fixture(scope="module")
def newsletter(demo, django_db_blocker):
    """Per language: a pending subscriber's confirmation link and a confirmed one's unsubscribe link."""
    links_by_language = {}
    with django_db_blocker.unblock():
        for language in LANGUAGES:
            pending = subscriber(f"{PREFIX}odottaa-{language}@example.fi", language, Subscriber.Status.PENDING)
            confirmed = subscriber(f"{PREFIX}tilaaja-{language}@example.fi", language, Subscriber.Status.CONFIRMED)
            links_by_language[language] = SimpleNamespace(
                confirm=links.path(pending, links.CONFIRM, language),
                unsubscribe=links.path(confirmed, links.UNSUBSCRIBE, language),
            )
    try:
        yield links_by_language
    finally:
        with django_db_blocker.unblock():
            Subscriber.objects.filter(email__startswith=PREFIX).delete()


def assert_page(page, language, heading):
    assert page.get_attribute("html", "lang") == language
    assert page.locator("h1").count() == 1
    assert page.locator("h1").inner_text() == translated(language, heading)


def sign_up_form(page):
    return page.locator("main form.form")


@pytest.mark.parametrize("language", LANGUAGES)
def test_subscribe_form_is_accessible(demo, newsletter, page, language):
    response = visit(page, demo, path("newsletter_subscribe", language))
    assert response.status == 200
    assert_page(page, language, "Subscribe to the newsletter")
    form = sign_up_form(page)
    assert form.locator("input[name=email]").input_value() == ""
    # The newsletter's language is the page's until the visitor chooses another.
    assert form.locator("input[name=language]:checked").get_attribute("value") == language
    assert form.locator("input[name=sectors]").count() > 0
    assert form.locator("input[name=themes]").count() > 0
    assert not form.locator("input[name=consent]").is_checked()
    assert page.locator("#error-summary").count() == 0
    assert_skip_link_first(page)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_subscribe_form_with_errors_is_accessible(demo, newsletter, page, language):
    visit(page, demo, path("newsletter_subscribe", language))
    form = sign_up_form(page)
    form.locator("input[name=email]").fill("nimi@")
    click_and_load(page, form.locator("button[type=submit]"))
    assert page.title().startswith(translated(language, "Error") + ":")
    summary = page.locator("#error-summary")
    assert summary.is_visible()
    # The summary takes focus so screen readers announce the errors at once (autofocus: once the page is ready).
    page.wait_for_function("() => document.activeElement && document.activeElement.id === 'error-summary'")
    # The address and the consent, and nothing about the form's token (the minimum time is off).
    assert summary.locator("li").count() == 2, summary.inner_text()
    assert sorted(summary.locator("a").evaluate_all("links => links.map(link => link.getAttribute('href'))")) == [
        "#id_consent",
        "#id_email",
    ]
    form = sign_up_form(page)
    email = form.locator("input[name=email]")
    assert email.input_value() == "nimi@"
    assert email.get_attribute("aria-invalid") == "true"
    assert translated(language, "Type the email address in the form name@example.fi.") in summary.inner_text()
    assert form.locator(".form-field--error").count() == 2
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_check_your_email_page_is_accessible(demo, newsletter, page, language):
    visit(page, demo, path("newsletter_subscribe", language))
    form = sign_up_form(page)
    form.locator("input[name=email]").fill(f"{PREFIX}uusi-{language}@example.fi")
    form.locator("input[name=consent]").check()
    click_and_load(page, form.locator("button[type=submit]"))
    assert page.url == demo.url + path("newsletter_sent", language), page.locator("#error-summary").all_inner_texts()
    assert_page(page, language, "Check your email")
    assert page.locator("[role=status]").is_visible()
    assert_skip_link_first(page)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_confirming_is_accessible(demo, newsletter, page, language):
    response = visit(page, demo, newsletter[language].confirm)
    assert response.status == 200
    assert_page(page, language, "Confirm your subscription")
    assert_skip_link_first(page)
    assert_accessible(page)

    click_and_load(page, page.locator("main form button[type=submit]"))
    assert_page(page, language, "Subscription confirmed")
    assert page.locator("[role=status]").is_visible()
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_unsubscribing_is_accessible(demo, newsletter, page, language):
    response = visit(page, demo, newsletter[language].unsubscribe)
    assert response.status == 200
    assert_page(page, language, "Unsubscribe from the newsletter")
    assert_skip_link_first(page)
    assert_accessible(page)

    click_and_load(page, page.locator("main form button[type=submit]"))
    assert_page(page, language, "You have unsubscribed")
    assert page.locator("[role=status]").is_visible()
    assert page.locator("main a").get_attribute("href") == path("newsletter_subscribe", language)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("action", [links.CONFIRM, links.UNSUBSCRIBE])
def test_link_that_does_not_work_is_accessible(demo, newsletter, page, action, language):
    response = visit(page, demo, tampered(getattr(newsletter[language], action)))
    assert response.status == 400
    assert_page(page, language, "The link does not work")
    assert page.title().startswith(translated(language, "Error") + ":")
    assert page.locator("[role=alert]").is_visible()
    assert page.locator("main form").count() == 0  # nothing to press: the link finds no one
    assert_skip_link_first(page)
    assert_accessible(page)
