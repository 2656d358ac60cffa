"""Reading what a visitor gets: parsed HTML and the bits tests look for."""

from contextlib import contextmanager

from bs4 import BeautifulSoup
from django.db import transaction


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def head_links(document, rel):
    """``{hreflang or None: href}`` of the head's <link rel=...> elements."""
    return {link.get("hreflang"): link["href"] for link in document.head.find_all("link", rel=rel)}


def nav(document, label):
    """The <nav> element with this accessible name."""
    element = document.find("nav", attrs={"aria-label": label})
    assert element is not None, f"no <nav aria-label={label!r}>"
    return element


@contextmanager
def rolled_back(django_db_blocker):
    """Data for a class- or module-scoped fixture: built with the database open, rolled back when the scope ends.

    Each test inside still runs in its own transaction, so what a test writes is gone before the next one.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)
