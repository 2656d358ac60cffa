"""Every page model has a factory, and every factory builds a valid object."""

import inspect

import factory
import pytest
from django.apps import apps
from wagtail.models import Page

from tests import factories

PROJECT_APPS = ("home", "teot", "uutiset", "gaala")


def factory_models():
    return {
        obj._meta.model
        for obj in vars(factories).values()
        if inspect.isclass(obj) and issubclass(obj, factory.base.Factory) and obj._meta.model is not None
    }


def test_every_page_model_has_a_factory():
    page_models = {
        model for app in PROJECT_APPS for model in apps.get_app_config(app).get_models() if issubclass(model, Page)
    }
    assert page_models, "found no page models at all: is the app list right?"
    missing = sorted(model.__name__ for model in page_models - factory_models())
    assert not missing, f"Page models without a factory in tests/factories.py: {missing}"


@pytest.mark.parametrize(
    "page_factory",
    [
        factories.StandardPageFactory,
        factories.FormPageFactory,
        factories.AccessibilityStatementPageFactory,
    ],
    ids=lambda f: f.__name__,
)
def test_page_factories_make_valid_live_pages(home_page, page_factory):
    page = page_factory(parent=home_page)
    page.full_clean()
    assert page.live
    assert page.locale.language_code == "fi"
    assert page.get_parent().specific == home_page


def test_home_page_factory_makes_a_valid_page(home_page):
    page = factories.HomePageFactory(parent=home_page.get_parent())
    page.full_clean()
    assert page.depth == 2


def test_form_field_factory_attaches_to_its_form(home_page):
    form_page = factories.FormPageFactory(parent=home_page)
    field = factories.FormFieldFactory(page=form_page, label="Työpaikan nimi")
    assert field.clean_name == "tyopaikan_nimi"
    assert list(form_page.get_form_fields()) == [field]


def test_image_and_footer_text_factories(db, media_root):
    image = factories.ImageFactory()
    assert image.file.storage.exists(image.file.name)
    footer_text = factories.FooterTextFactory()
    footer_text.full_clean()
    assert footer_text.locale.language_code == "fi"
