"""axe-core on the coaching forms and figures, in fi, sv and en: the application form (empty, with errors,
sent), the feedback form (empty, with errors, sent), a feedback link already used and one that does not work,
and the coaching statistics (their page, and the figures on the coaching page).

The coach directory and its coaches are the demo's (sparraus/demo/). The done applications whose feedback
links are opened are made for this module in the database the live server reads, and removed after it, with
the applications the browser sends. Every check first asserts that the page shows what it should, so that
no check can pass on a page that shows nothing.
"""

from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale

from sparraus import feedback
from sparraus.models import Coach, CoachDirectoryPage, CoachingApplication, CoachingFeedback
from teot.models import Organisation, Sector, Theme

from .conftest import LANGUAGES
from .test_axe import assert_accessible, assert_skip_link_first, click_and_load, visit

pytestmark = pytest.mark.a11y

PREFIX = "sparraus-a11y-"  # every contact address this module makes or sends starts so


def translated(language, message):
    with translation.override(language):
        return gettext(message)


def tampered(path):
    """The link with one character of its signature changed: it no longer matches."""
    prefix, token = path.rstrip("/").rsplit("/", 1)
    return f"{prefix}/{token[:-1]}{'0' if token[-1] != '0' else '1'}/"


def route(directory, name):
    return directory.get_url() + directory.reverse_subpage(name)


def demo_coaching(language):
    """The demo's live coach directory and an active coach of ``language``."""
    directory = CoachDirectoryPage.objects.live().filter(locale__language_code=language).first()
    assert directory is not None, f"The demo content has no live coach directory in {language}"
    coach = Coach.objects.live_in(directory.locale).filter(active=True).order_by("pk").first()
    assert coach is not None, f"The demo content has no active coach in {language}"
    return directory, coach


def done_application(language, name, coach):
    """A coaching done, in ``language``, whose feedback link the browser opens."""
    locale = Locale.objects.get(language_code=language)
    application = CoachingApplication.objects.create(
        organisation=Organisation.objects.filter(is_approved=True).order_by("pk").first(),
        contact_name="Saavutettava Hakija",
        contact_email=f"{PREFIX}{name}-{language}@example.fi",
        language=language,
        need="Kehitämme työnjakoa.",
        participant_count=12,
        management=True,
        supervisors=True,
        staff=True,
        privacy_consent=True,
        status=CoachingApplication.Status.DONE,
        coach=coach,
    )
    application.themes.set(Theme.objects.filter(locale=locale).order_by("pk")[:2])
    application.sectors.set(Sector.objects.filter(locale=locale).order_by("pk")[:1])
    return application


def feedback_path(directory, application):
    return urlsplit(feedback.url(directory, application)).path


@pytest.fixture(scope="module")
def coaching(demo, django_db_blocker):
    """Per language: the directory's routes and the feedback links (open, for sending, already used)."""
    # The browser sends the application form as fast as it can, and several times.
    limits = override_settings(COACHING_MIN_SECONDS=0, COACHING_RATE_LIMIT=(1000, 3600))
    limits.enable()
    try:
        with django_db_blocker.unblock():
            paths = {}
            for language in LANGUAGES:
                directory, coach = demo_coaching(language)
                given = done_application(language, "annettu", coach)
                CoachingFeedback.objects.create(application=given, usefulness=4, coach_rating=5, would_recommend=True)
                paths[language] = SimpleNamespace(
                    apply=route(directory, "apply"),
                    thanks=route(directory, "apply_thanks"),
                    statistics=route(directory, "statistics"),
                    coaching_page=directory.get_parent().get_url(),  # the demo's, with the coaching figures
                    open=feedback_path(directory, done_application(language, "avoin", coach)),
                    send=feedback_path(directory, done_application(language, "lahetettava", coach)),
                    given=feedback_path(directory, given),
                )
        yield paths
    finally:
        limits.disable()
        with django_db_blocker.unblock():
            CoachingApplication.objects.filter(contact_email__startswith=PREFIX).delete()


def assert_page(page, language, heading):
    assert page.get_attribute("html", "lang") == language
    assert page.locator("h1").count() == 1
    assert page.locator("h1").inner_text() == translated(language, heading)


def main_form(page):
    return page.locator("main form.form")


def assert_errors_announced(page, language):
    assert page.title().startswith(translated(language, "Error") + ":")
    assert page.locator("#error-summary").is_visible()
    # The summary takes focus so screen readers announce the errors at once (autofocus: once the page is ready).
    page.wait_for_function("() => document.activeElement && document.activeElement.id === 'error-summary'")


# The application


@pytest.mark.parametrize("language", LANGUAGES)
def test_application_form_is_accessible(demo, coaching, page, language):
    response = visit(page, demo, coaching[language].apply)
    assert response.status == 200
    assert_page(page, language, "Apply for coaching")
    form = main_form(page)
    for name in ("organisation", "contact_name", "contact_email", "need", "participant_count"):
        assert form.locator(f"[name={name}]").count() == 1, name
    for name in ("sectors", "themes", "participants", "coaches"):
        assert form.locator(f"input[name={name}]").count() > 0, name
    assert page.locator("#error-summary").count() == 0
    assert_skip_link_first(page)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_application_form_with_errors_is_accessible(demo, coaching, page, language):
    visit(page, demo, coaching[language].apply)
    click_and_load(page, main_form(page).locator("button[type=submit]"))
    assert_errors_announced(page, language)
    assert page.locator("#error-summary li").count() >= 5, page.locator("#error-summary").inner_text()
    assert main_form(page).locator("[aria-invalid=true]").count() >= 3
    assert_accessible(page)


def fill_application(form, language):
    organisation = form.locator("select[name=organisation] option[value]:not([value=''])").first.get_attribute("value")
    form.locator("select[name=organisation]").select_option(organisation)
    form.locator("input[name=contact_name]").fill("Saavutettava Hakija")
    form.locator("input[name=contact_email]").fill(f"{PREFIX}selain-{language}@example.fi")
    form.locator("input[name=sectors]").first.check()
    form.locator("input[name=themes]").first.check()
    form.locator("textarea[name=need]").fill("Haluamme selkeyttää työnjakoa.")
    for box in form.locator("input[name=participants]").all():
        box.check()
    form.locator("input[name=participant_count]").fill("12")
    form.locator("input[name=coaches]").first.check()
    form.locator("input[name=privacy_consent]").check()


@pytest.mark.parametrize("language", LANGUAGES)
def test_application_sent_is_accessible(demo, coaching, page, language):
    visit(page, demo, coaching[language].apply)
    form = main_form(page)
    fill_application(form, language)
    click_and_load(page, form.locator("button[type=submit]"))
    assert page.url == demo.url + coaching[language].thanks, page.locator("#error-summary").all_inner_texts()
    assert_page(page, language, "Thank you for your application")
    assert page.locator("[role=status]").is_visible()
    assert_skip_link_first(page)
    assert_accessible(page)


# The feedback


@pytest.mark.parametrize("language", LANGUAGES)
def test_feedback_form_is_accessible(demo, coaching, page, language):
    response = visit(page, demo, coaching[language].open)
    assert response.status == 200
    assert_page(page, language, "Feedback on the coaching")
    form = main_form(page)
    assert form.locator("input[name=usefulness]").count() == 5
    assert form.locator("input[name=coach_rating]").count() == 5
    assert form.locator("input[name=would_recommend]").count() == 2
    assert_skip_link_first(page)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_feedback_form_with_errors_is_accessible(demo, coaching, page, language):
    visit(page, demo, coaching[language].open)
    click_and_load(page, main_form(page).locator("button[type=submit]"))
    assert_errors_announced(page, language)
    assert page.locator("#error-summary li").count() == 3, page.locator("#error-summary").inner_text()
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_feedback_sent_is_accessible(demo, coaching, page, language):
    visit(page, demo, coaching[language].send)
    form = main_form(page)
    form.locator("input[name=usefulness][value='4']").check()
    form.locator("input[name=coach_rating][value='5']").check()
    form.locator("input[name=would_recommend][value=yes]").check()
    form.locator("textarea[name=what_changed]").fill("Palaverit lyhenivät.")
    click_and_load(page, form.locator("button[type=submit]"))
    assert_page(page, language, "Feedback on the coaching")
    assert page.locator("[role=status]").is_visible()
    # The nudge to report the result as a deed, in the same language.
    nudge = page.locator("main a.button")
    assert nudge.inner_text() == translated(language, "Report the result as a deed")
    assert f"/{language}/" in nudge.get_attribute("href") and "themes=" in nudge.get_attribute("href")
    assert_skip_link_first(page)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_feedback_already_given_is_accessible(demo, coaching, page, language):
    response = visit(page, demo, coaching[language].given)
    assert response.status == 409
    assert_page(page, language, "Feedback on the coaching")
    assert page.locator("[role=status]").is_visible()
    assert page.locator("main form").count() == 0
    assert_skip_link_first(page)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_feedback_link_that_does_not_work_is_accessible(demo, coaching, page, language):
    response = visit(page, demo, tampered(coaching[language].open))
    assert response.status == 400
    assert_page(page, language, "Feedback on the coaching")
    assert page.locator("[role=alert]").is_visible()
    assert page.locator("main form").count() == 0
    assert_skip_link_first(page)
    assert_accessible(page)


# The statistics


@pytest.mark.parametrize("language", LANGUAGES)
def test_statistics_page_is_accessible(demo, coaching, page, language):
    response = visit(page, demo, coaching[language].statistics)
    assert response.status == 200
    assert_page(page, language, "Coaching statistics")
    # The module's done applications and feedback: charts and tables to check, not only notes.
    assert page.locator("main svg.bar-chart").count() >= 5
    assert page.locator("main table caption").count() >= 6
    assert_skip_link_first(page)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_coaching_page_with_its_figures_is_accessible(demo, coaching, page, language):
    response = visit(page, demo, coaching[language].coaching_page)
    assert response.status == 200
    figures = page.locator("main section.statistics--block")
    assert figures.locator("h2").count() == 1
    assert figures.locator("svg.bar-chart").count() == 2
    assert figures.locator("table caption").count() == 3
    assert_accessible(page)
