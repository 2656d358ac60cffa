"""The site search: the pages and other content of one language, merged by relevance.

Each source (the pages, and each kind with a source of its own, such as the deeds) is searched
by the search backend, which ranks by relevance and then recency. A results page takes the top
of each source and merges them by the same key, so a page costs a fixed number of queries
whatever the number of hits.

Hits are counted up to ``COUNT_LIMIT`` per kind, in one query; more is "over 200": counting every
match of a word found in most texts would cost more than finding the best of them.
"""

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import CharField, Q, Value
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from home import invalidation, routing

from .backend import CANDIDATES, language, query_words
from .kinds import kind_topics, search_kinds

PER_PAGE = 10
MAX_RESULTS = CANDIDATES  # what the pages link to: as many as the backend ranks
COUNT_LIMIT = MAX_RESULTS + 1  # hits counted per kind: one more than MAX_RESULTS says "over 200"
SCORE = "search_score"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def relevance_key(obj):
    """Higher score first, then the newer; the order the backend gives each source."""
    return (-(getattr(obj, SCORE, None) or 0.0), -((obj.first_published_at or EPOCH).timestamp()))


class MergedResults(Sequence):
    """Several sources' results as one list ordered by :func:`relevance_key`, fetched a slice at a time."""

    def __init__(self, sources, length):
        self.sources = sources
        self.length = length

    def __len__(self):
        return self.length

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        stop = min(index.stop if index.stop is not None else self.length, self.length)
        merged = [obj for results in self.sources for obj in results[:stop]]
        merged.sort(key=relevance_key)
        return merged[index.start or 0 : stop]


class SiteSearch:
    """A search of everything visitors may find in one language, optionally narrowed to one kind."""

    def __init__(self, query, locale, kind_slug=""):
        # Only the words: SQLite's backend does not escape quotes and operators (PostgreSQL's
        # reads nothing else from the query anyway).
        self.query = " ".join(query_words(query))
        self.locale = locale
        self.language = language(locale.language_code)
        self.backend = get_search_backend()
        self.kinds = search_kinds()
        self.kind = next((kind for kind in self.kinds if kind.slug == kind_slug), None)
        self.content_types = {
            kind.slug: [content_type.pk for content_type in ContentType.objects.get_for_models(*kind.models()).values()]
            for kind in self.kinds
            if kind.is_pages and not kind.fallback
        }

    def search(self, queryset):
        return self.backend.search(self.query, queryset, operator="and").annotate_score(SCORE)

    @cached_property
    def public_pages(self):
        return routing.public(Page.objects.live().filter(locale=self.locale, depth__gt=1))

    def pages(self, kind=None):
        return self.public_pages if kind is None else self.of_kind(self.public_pages, kind)

    def of_kind(self, pages, kind):
        if kind.fallback:
            return pages.exclude(content_type__in=[pk for pks in self.content_types.values() for pk in pks])
        return pages.filter(content_type__in=self.content_types[kind.slug])

    def matches(self, queryset):
        """``queryset`` narrowed to the matches, unranked."""
        return unranked(self.backend.search(self.query, queryset, operator="and", order_by_relevance=False))

    def source(self, kind):
        return self.pages(kind) if kind.is_pages else kind.source.queryset(self.locale)

    def counts(self):
        """[(kind, hits)] for every kind that has hits, each up to COUNT_LIMIT; kept until content changes."""
        digest = hashlib.md5(self.query.encode()).hexdigest()  # noqa: S324 - a cache key, not security
        key = f"search-counts:{self.locale.language_code}:{digest}"
        counted = invalidation.cached(["tree", "deeds", *kind_topics()], key, self._count)
        return [(kind, counted[kind.slug]) for kind in self.kinds if counted.get(kind.slug)]

    def _count(self):
        pages = self.matches(self.pages())  # searched once, then narrowed to each kind of page
        matches = {
            kind.slug: self.of_kind(pages, kind) if kind.is_pages else self.matches(self.source(kind))
            for kind in self.kinds
        }
        if not connection.features.supports_slicing_ordering_in_compound:  # SQLite: a query per kind
            return {slug: found.values("pk")[:COUNT_LIMIT].count() for slug, found in matches.items()}
        # PostgreSQL: one query, counted there (a row per hit would cost more to read than to count).
        capped = [
            found.order_by().annotate(kind=Value(slug, CharField())).values_list("kind")[:COUNT_LIMIT]
            for slug, found in matches.items()
        ]
        sql, params = capped[0].union(*capped[1:], all=True).query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT kind, count(*) FROM ({sql}) AS hits GROUP BY kind", params)  # noqa: S608
            return dict(cursor.fetchall())

    def paginate(self, number, counts):
        """The page ``number`` (anything a visitor typed) of the results, as Django's ``Page``."""
        found = [kind for kind, _count in counts]  # a source with no hits is not searched
        if self.kind is None:
            sources = [self.search(self.pages())] if any(kind.is_pages for kind in found) else []
            sources += [self.search(self.source(kind)) for kind in found if not kind.is_pages]
        else:
            sources = [self.search(self.source(self.kind))] if self.kind in found else []
        total = sum(count for kind, count in counts if self.kind in (None, kind))
        paginator = Paginator(MergedResults(sources, min(total, MAX_RESULTS)), PER_PAGE)
        return paginator.get_page(number), total


class Result:
    """What the results page shows of one hit."""

    def __init__(self, kind, title, url, date=None, meta="", excerpt=""):
        self.kind = kind
        self.title = title
        self.url = url
        self.date = date
        self.meta = meta
        self.excerpt = excerpt


def describe(search, objects, request, highlighter):
    """The :class:`Result` of each hit of a results page; queries: texts, deed links, dates not yet cached."""
    kind_of_content_type = {pk: kind for kind in search.kinds for pk in search.content_types.get(kind.slug, [])}
    fallback = next((kind for kind in search.kinds if kind.fallback), None)

    def page_kind(page):
        return kind_of_content_type.get(page.content_type_id, fallback)

    dates = page_dates([obj for obj in objects if isinstance(obj, Page)], page_kind)
    source_kinds = {kind.source.queryset(search.locale).model: kind for kind in search.kinds if not kind.is_pages}
    others = [obj for obj in objects if not isinstance(obj, Page)]
    for model, kind in source_kinds.items():
        kind.source.describe([obj for obj in others if isinstance(obj, model)], request)
    texts = index_texts(objects)
    results = []
    for obj in objects:
        if isinstance(obj, Page):
            kind = page_kind(obj)
            url, meta, date = obj.get_url(request), "", dates.get(obj.pk)
        else:
            kind = source_kinds[type(obj)]
            url, meta = obj.search_url, getattr(obj, "search_meta", "")
            date = getattr(obj, kind.date_field, None)
        text = texts.get(index_key(obj), "")
        results.append(Result(kind, highlighter.mark(obj.title), url, date, meta, highlighter.excerpt(text)))
    return results


def page_dates(pages, page_kind):
    """{page id: the date its kind shows}, from the cache; the specific pages of the others in one query per type.

    The date (a news item's, a webinar's start) is a field of the specific page type, which would
    otherwise cost a query per type on every results page.
    """
    if not pages:
        return {}
    token = ".".join(invalidation.tokens(["tree"]))
    keys = {page.pk: f"search-date:{token}:{page.pk}" for page in pages}
    found = cache.get_many(keys.values())
    dates = {pk: found[key][0] for pk, key in keys.items() if key in found}
    missing = [pk for pk in keys if pk not in dates]
    if missing:
        for page in Page.objects.filter(pk__in=missing).specific():
            dates[page.pk] = getattr(page, page_kind(page).date_field, None)
        cache.set_many({keys[pk]: (dates[pk],) for pk in missing}, invalidation.TIMEOUT)
    return dates


def index_texts(objects):
    """{(content type id, object id): the indexed body text} of these objects, in one query."""
    keys = {index_key(obj) for obj in objects}
    if not keys or not any(field.name == "body_text" for field in IndexEntry._meta.get_fields()):
        return {}  # SQLite's index keeps no plain text: no excerpts there
    by_content_type = {}
    for content_type_id, object_id in keys:
        by_content_type.setdefault(content_type_id, []).append(object_id)
    condition = Q()
    for content_type_id, object_ids in by_content_type.items():
        condition |= Q(content_type_id=content_type_id, object_id__in=object_ids)
    entries = IndexEntry.objects.filter(condition).values_list("content_type_id", "object_id", "body_text")
    return {(content_type_id, object_id): text for content_type_id, object_id, text in entries}


def index_key(obj):
    """An object's key in the search index: pages are indexed under their specific type."""
    content_type_id = obj.content_type_id if isinstance(obj, Page) else ContentType.objects.get_for_model(obj).pk
    return content_type_id, str(obj.pk)


def matching(queryset, q):
    """``queryset`` narrowed to the objects that match every word of ``q``, still a queryset (for facets)."""
    words = " ".join(query_words(q))  # as in SiteSearch
    if not words:
        return queryset.none()
    matches = unranked(get_search_backend().search(words, queryset, operator="and", order_by_relevance=False))
    return queryset.filter(pk__in=matches.values("pk"))


def unranked(results):
    """The queryset of the matches of unordered search results."""
    if hasattr(results, "get_queryset"):  # SQLite's and the fallback backend's results
        return results.get_queryset()
    compiler = results.query_compiler  # PostgreSQL's: the query SearchResults.facet() builds on
    return compiler.search(compiler.get_config(results.backend), None, None, backend=results.backend)
