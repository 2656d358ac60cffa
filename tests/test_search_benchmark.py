"""``manage.py search_benchmark``: it searches the deeds too, through the public page, and reports per kind of query."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from home.management.commands.search_benchmark import QUERIES
from teot.models import Deed, DeedIndexPage

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the benchmark needs PostgreSQL"),
]

PAGES = 2


@pytest.fixture(scope="module")
def report(django_db_setup, django_db_blocker):
    """One run on a database with no marketplace and no content, as after ``migrate``."""
    output = StringIO()
    with django_db_blocker.unblock():
        assert not DeedIndexPage.objects.exists()
        call_command("search_benchmark", deeds=40, pages=PAGES, repeat=2, no_stock=True, stdout=output)
    return output.getvalue()


def hits(report, query):
    return int(re.search(rf"^  {re.escape(query)} +(\d+) ", report, re.M).group(1))


def test_every_kind_of_query_is_reported_with_its_p50_and_p95(report):
    for kind in QUERIES:
        assert re.search(rf"^  {kind} +[\d.]+ +[\d.]+$", report, re.M), kind
    assert "p50 and p95" in report


def test_the_deeds_are_searched_even_without_a_marketplace_beforehand(report):
    # More hits than there are pages: the generated deeds are found, through a marketplace made for the run.
    assert max(hits(report, query) for query in QUERIES["common"]) > PAGES
    assert all(hits(report, query) == 0 for query in QUERIES["zero-hit"])


def test_everything_is_rolled_back(report):
    assert "Rolled back" in report
    assert not Deed.objects.exists()
    assert not DeedIndexPage.objects.exists()
