"""Reading what a visitor gets: parsed HTML and the bits tests look for."""

from bs4 import BeautifulSoup


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
