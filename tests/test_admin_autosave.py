"""Creating in the admin: autosave cannot race the save button, and a taken slug is a form error, never a 500.

Wagtail's autosave posts the whole create form with ``Accept: application/json`` and the CSRF
header; until its answer arrives the form still points at the create URL, so the editor's own
"Save draft" click posts a second create (home/admin_create.py).
"""

import contextlib
import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from home.locale_choices import LocaleChoicesPageForm
from teot.models import Deed
from teot.wagtail_hooks import DeedAdminForm
from tests import factories
from tests.admin_forms import deed_admin_form, news_admin_form
from tests.utils import soup
from uutiset.models import NewsPage

# As the autosave controller posts: the form's fields, Accept: application/json (and the CSRF header).
AUTOSAVE = {"HTTP_ACCEPT": "application/json"}


def news_form(**changes):
    return news_admin_form(**changes)


def deed_form(**changes):
    sector, theme = factories.SectorFactory(), factories.ThemeFactory()
    organisation = factories.OrganisationFactory()
    changes = {"slug": "kiireeton-aamu", **changes}
    return deed_admin_form(organisation=organisation, sectors=[sector], themes=[theme], **changes)


@pytest.fixture
def news_index(homes):
    return factories.NewsIndexPageFactory(parent=homes["fi"], slug="uutiset")


def add_news_url(index):
    return reverse("wagtailadmin_pages:add", args=["uutiset", "newspage", index.pk])


DEED_ADD_URL = "/admin/snippets/teot/deed/add/"


def form_controllers(response):
    assert response.status_code == 200
    return soup(response).find("form", attrs={"data-edit-form": True})["data-controller"].split()


# --- Autosave runs where the object exists ------------------------------------------------------


@pytest.mark.django_db
def test_autosave_is_off_on_create_and_on_when_editing_a_page(editor_client, news_index):
    page = factories.NewsPageFactory(parent=news_index)

    assert "w-autosave" not in form_controllers(editor_client.get(add_news_url(news_index)))
    assert "w-autosave" in form_controllers(editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))


@pytest.mark.django_db
def test_autosave_is_off_on_create_and_on_when_editing_a_deed(editor_client, locales):
    deed = factories.DeedFactory()

    assert "w-autosave" not in form_controllers(editor_client.get(DEED_ADD_URL))
    edit = editor_client.get(reverse("wagtailsnippets_teot_deed:edit", args=[deed.pk]))
    assert "w-autosave" in form_controllers(edit)


@pytest.mark.django_db
def test_autosave_still_saves_an_existing_page(editor_client, news_index):
    page = factories.NewsPageFactory(parent=news_index, title="Vanha otsikko", slug="otsikko")
    page.save_revision()
    data = news_form(title="Uusi otsikko", slug="otsikko")

    response = editor_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data, **AUTOSAVE)

    assert response.status_code == 200
    assert response.json()["success"] is True
    assert NewsPage.objects.get(pk=page.pk).get_latest_revision_as_object().title == "Uusi otsikko"


# --- A create posted twice ------------------------------------------------------------------


@pytest.mark.django_db
def test_a_save_after_an_autosave_of_a_new_page_is_a_form_error(editor_client, news_index):
    # An autosave from a create form opened before this change (or any background post).
    autosaved = editor_client.post(add_news_url(news_index), news_form(), **AUTOSAVE)
    assert autosaved.status_code == 200
    assert autosaved.json()["url"] == reverse("wagtailadmin_pages:edit", args=[NewsPage.objects.get().pk])

    clicked = editor_client.post(add_news_url(news_index), news_form())

    assert clicked.status_code == 200
    assert "slug" in clicked.context["form"].errors
    assert NewsPage.objects.count() == 1


def race(url, form_class, monkeypatch, user, posts):
    """Post ``posts`` ([(data, headers)]) at once, each from its own client; all pass validation before any saves.

    Without a lock both requests validate the slug before either has saved: the barrier makes that
    certain. With one, the second waits for the first to commit, and the barrier times out.
    """
    barrier = threading.Barrier(len(posts), timeout=3)
    validate = form_class._post_clean

    def validate_then_wait(form):
        validate(form)
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait()

    monkeypatch.setattr(form_class, "_post_clean", validate_then_wait)
    responses = [None] * len(posts)

    def post(number, data, headers):
        client = Client(raise_request_exception=False)
        client.force_login(user)
        try:
            responses[number] = client.post(url, data, **headers)
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(n, *args)) for n, args in enumerate(posts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return responses


@pytest.mark.django_db(transaction=True)
def test_autosave_and_save_racing_on_a_new_page_make_one_page_and_no_500(monkeypatch, superuser, news_index):
    responses = race(
        add_news_url(news_index),
        LocaleChoicesPageForm,
        monkeypatch,
        superuser,
        [(news_form(), AUTOSAVE), (news_form(), {})],
    )

    assert [response.status_code for response in responses if response.status_code >= 500] == []
    assert NewsPage.objects.filter(slug="nelipaivainen-viikko").count() == 1
    # One created the page; the other was told the slug is taken: a JSON error or the form again.
    assert sorted(refused(response) for response in responses) == [False, True]


def refused(response):
    if response.status_code == 400:
        return response.json()["success"] is False
    if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
        return "slug" in response.context["form"].errors
    return False


@pytest.mark.django_db(transaction=True)
def test_two_deeds_created_at_once_with_one_slug_make_one_deed_and_no_500(monkeypatch, superuser, locales):
    data = deed_form()

    responses = race(DEED_ADD_URL, DeedAdminForm, monkeypatch, superuser, [(data, {}), (data, {})])

    assert sorted(response.status_code for response in responses) == [200, 302]
    refused = next(response for response in responses if response.status_code == 200)
    assert "slug" in refused.context["form"].errors
    assert Deed.objects.filter(slug="kiireeton-aamu").count() == 1


@pytest.mark.django_db
def test_a_deed_with_a_taken_slug_is_a_form_error(editor_client, locales):
    factories.DeedFactory(slug="kiireeton-aamu")
    factories.DeedFactory(slug="ruotsiksi", locale=factories.get_locale("sv"))

    taken = editor_client.post(DEED_ADD_URL, deed_form())
    other_language = editor_client.post(DEED_ADD_URL, deed_form(slug="ruotsiksi"))

    assert taken.status_code == 200
    assert "slug" in taken.context["form"].errors
    assert other_language.status_code == 302  # slugs are unique per language
    assert Deed.objects.filter(slug="kiireeton-aamu").count() == 1


@pytest.mark.django_db
def test_the_page_create_view_is_still_behind_the_admin_sign_in(client, news_index):
    response = client.get(add_news_url(news_index))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert "no-cache" in response["Cache-Control"]
