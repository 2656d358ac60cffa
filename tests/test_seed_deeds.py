"""``manage.py seed_deeds``: generated live deeds for scale tests, findable, and removable again."""

import io

import pytest
from django.core.management import call_command
from wagtail.search.models import IndexEntry

from teot.models import Deed
from tests import factories
from tests.test_deed_listing import counts, titles


@pytest.fixture
def index(homes):
    return factories.DeedIndexPageFactory(parent=homes["fi"], title="Tekojen tori", slug="teot")


@pytest.fixture
def taxonomy(locales):
    sectors = [factories.SectorFactory(slug=f"toimiala-{n}", sort_order=n) for n in range(3)]
    themes = [factories.ThemeFactory(slug=f"teema-{n}", sort_order=n) for n in range(4)]
    for term in (*sectors, *themes):
        factories.translate_snippet(term, "sv", slug=f"{term.slug}-sv")
    return sectors, themes


def seed(**options):
    call_command("seed_deeds", stdout=io.StringIO(), **options)


def generated():
    return Deed.objects.filter(
        translation_key__in=Deed.objects.filter(external_id__startswith="seed-").values("translation_key")
    )


def test_generates_live_finnish_deeds_with_terms_and_some_translations(index, taxonomy):
    seed(deeds=60)

    finnish = generated().filter(locale__language_code="fi")
    assert finnish.count() == 60
    assert not generated().filter(live=False).exists()
    assert not finnish.filter(sectors=None).exists() and not finnish.filter(themes=None).exists()
    assert finnish.values("organisation").distinct().count() > 10
    assert finnish.values("year").distinct().count() > 5
    swedish = generated().filter(locale__language_code="sv")
    assert swedish.exists()
    assert not swedish.exclude(sectors__locale__language_code="sv").exists(), "translations get translated terms"


def test_generated_deeds_are_listed_counted_and_found(client, index, taxonomy):
    seed(deeds=30)

    response = client.get(index.url)
    assert sum(counts(response, "year").values()) == 30
    word = generated().filter(locale__language_code="fi").first().title.split()[0]
    assert titles(client.get(index.url + f"?q={word}"))


def test_running_again_adds_only_what_is_missing_and_clear_removes_only_generated_deeds(index, taxonomy):
    own = factories.DeedFactory(title="Oma teko")
    seed(deeds=20)
    seed(deeds=20)
    assert generated().filter(locale__language_code="fi").count() == 20
    seed(deeds=25)
    assert generated().filter(locale__language_code="fi").count() == 25

    seed(deeds=0, clear=True)

    assert not generated().exists()
    assert list(Deed.objects.all()) == [own]
    assert not IndexEntry.objects.filter(content_type__model="deed").exclude(object_id=str(own.pk)).exists()
