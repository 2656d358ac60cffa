"""Kinds of search results: the site search's type filter and the label on each result.

Apps register their kinds with Wagtail's hooks, so that ``home`` needs to import none of them::

    @hooks.register("register_search_kind")
    def news_search_kind():
        return SearchKind("uutiset", _("News"), _("News item"), page_models=["uutiset.NewsPage"], date_field="date")

A page kind names its page models; pages no kind names are the ``fallback`` kind's. A kind of
other content (the deeds, which are snippets) gives a ``source`` instead, and the cache ``topics``
(home/invalidation.py) its content changes beyond the page tree and the deeds.
"""

from dataclasses import dataclass, field
from typing import Protocol

from django.apps import apps
from wagtail import hooks

HOOK = "register_search_kind"


class SearchSource(Protocol):
    """Searchable content other than pages."""

    def queryset(self, locale):
        """The objects visitors may find in this language."""

    def describe(self, objects, request):
        """Give each found object ``search_url`` and, optionally, ``search_meta`` (e.g. its organisation)."""


@dataclass(frozen=True)
class SearchKind:
    slug: str  # the value of ?tyyppi= (the same in every language, like the other filter values)
    label: str  # plural, for the type filter: "News"
    result_label: str  # singular, on each result: "News item"
    page_models: list = field(default_factory=list)  # "app_label.ModelName"
    date_field: str = "last_published_at"  # the date shown on a result
    fallback: bool = False  # the kind of pages no other kind names
    source: SearchSource | None = None
    order: int = 100  # place in the type filter
    topics: tuple = ()  # cache topics of the kind's content, besides "tree" and "deeds"

    @property
    def is_pages(self):
        return self.source is None

    def models(self):
        return [apps.get_model(label) for label in self.page_models]


def search_kinds():
    """Every registered kind, in filter order."""
    kinds = [hook() for hook in hooks.get_hooks(HOOK)]
    return sorted(kinds, key=lambda kind: (kind.order, str(kind.label)))


def kind_topics():
    """The cache topics the kinds name, besides the page tree and the deeds that every search depends on."""
    return sorted({topic for kind in search_kinds() for topic in kind.topics})
