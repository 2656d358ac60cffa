"""One PostgreSQL search backend for every language, with Voikko for Finnish.

``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "home.search.backend"}}``, then
``manage.py update_index``.

Each object is indexed in its own language (its ``locale``, else ``LANGUAGE_CODE``): the text,
then the base forms of its words at the text's weight, then their compound parts at the lowest
weight (:mod:`home.search.analysis`), all with PostgreSQL's ``simple`` configuration, which only
lower-cases. The title vector has no parts: a title "holds" a word only in some form of it.

A query is read in the active language (``LocaleMiddleware`` sets it from the URL). A query word
matches its base forms: ``to_tsquery('simple', kunta & …)`` for ``kuntien …``. Views still filter
by locale so that each language's search shows its own content.

Several backends, one per language, would overwrite each other's index rows (wagtail#9253:
a row is keyed by object, not by backend), hence one backend choosing the language per object.

Wagtail's query parsing passes on whatever a visitor types; only words reach the tsquery
here, each quoted, so no input makes PostgreSQL raise. On other databases ``SearchBackend``
returns Wagtail's default database backend.

Two departures from upstream, both for speed: the body vector holds every field, the title
too, and a search matches on the body alone, so PostgreSQL uses the body's GIN index instead of
reading every entry to compute ``title || body``; ranking still weighs title above body.

Ranking: a title that holds every word first, then ``ts_rank`` (title above body, whole words
above parts), then the newer first (``first_published_at``). Only candidates are ranked (the
newest matches and the newest title matches), so a common word costs about as much as a rare one.

Built on django-modelsearch 1.3.2 (Wagtail 8.0.1): ``FinnishIndex.add_items`` repeats the
upstream method to give the indexer each object's language, and the compilers use its private
``_build_rank_expression`` and ``_apply_ordering_and_scoring``; re-check them whenever
modelsearch is upgraded (``tests/test_finnish_search.py`` notices a change to ``add_items``).
"""

import json
import time
from functools import cache, reduce

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Case, F, FloatField, IntegerField, Lookup, Value, When
from django.db.models.functions import Cast, Length
from django.utils import translation
from django.utils.functional import cached_property
from modelsearch.backends.database.postgres import postgres as pg
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.index import SearchField
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendant_models
from wagtail.models import Locale

from . import analysis

CONFIG = "simple"  # every language: the analysers (not PostgreSQL's stemmers) give the forms
PARTS_WEIGHT = "D"
FIELD_MIN_WEIGHT = "C"
CANDIDATES = 200  # of the newest matches and of the newest title matches: what the results pages link to
SPARSE_COST_RATIO = 5  # checking one entry's whole body against a query costs about five GIN index hits
TITLE_MATCH = 100.0  # added to the score of a title match: ts_rank (≤ ~1.6) × title norm (≤ 8) + body stays below
MAX_QUERY_CHARS = 1000
TITLE_NORM_TERMS = 8.0  # a typical title's number of terms: see FinnishIndex._refresh_title_norms
MAX_QUERY_WORDS = 32
ENTRIES = pg.IndexEntry._meta.db_table
ESTIMATE_SECONDS = 3600
MAX_KEPT_ESTIMATES = 10_000
_estimates = {}  # estimate()'s: {key: (rows, when)}


def language(code):
    """The search language of a language code: 'fi', 'sv' or 'en' ('sv-fi' → 'sv'; unknown → LANGUAGE_CODE)."""
    code = (code or "").split("-")[0].lower()
    return code if code in analysis.LANGUAGES else settings.LANGUAGE_CODE.split("-")[0].lower()


def object_languages(objs):
    """The search language of each object, by id(obj): its locale's, else LANGUAGE_CODE; one query in all."""
    locale_ids = {getattr(obj, "locale_id", None) for obj in objs} - {None}
    codes = dict(Locale.objects.filter(pk__in=locale_ids).values_list("pk", "language_code")) if locale_ids else {}
    return {id(obj): language(codes.get(getattr(obj, "locale_id", None))) for obj in objs}


def clean_query_text(text):
    # PostgreSQL refuses NUL in any string; a query longer than this is not a search.
    return text.replace("\x00", " ")[:MAX_QUERY_CHARS]


def query_words(text):
    words = [word for word in analysis.tokenize(clean_query_text(text)) if len(word) <= analysis.MAX_WORD_LENGTH]
    return words[:MAX_QUERY_WORDS]


class FinnishObjectIndexer(pg.ObjectIndexer):
    """Indexes an object in its own language, with the base forms and compound parts of its words."""

    def __init__(self, obj, backend, language):
        super().__init__(obj, backend)
        self.language = language
        self.config = CONFIG
        self._prepared = {}

    def prepare_field(self, obj, field):
        # Each of the five index columns walks every field: read each of the object's fields once
        # (a StreamField's or a related object's text is not cheap), not five times.
        if obj is not self.obj:
            yield from super().prepare_field(obj, field)
            return
        if field not in self._prepared:
            self._prepared[field] = list(super().prepare_field(obj, field))
        yield from self._prepared[field]

    def prepare_value(self, value):
        return super().prepare_value(value).replace("\x00", " ")

    def as_vector(self, texts, for_autocomplete=False, with_parts=True):
        """The tsvector of ``(text, weight)`` pairs as ``(sql, params)`` for ``FinnishIndex.add_items``.

        Each text is followed by the base forms of its words; then, ``with_parts``, all their
        compound parts at the lowest weight. The SQL upstream's SearchVector expressions compile
        to, written directly: building and compiling those expressions took a third of an index
        update.
        """
        analyser = analysis.get_analyser(self.language)
        expanded, parts = [], []
        for text, weight in texts:
            forms, text_parts = analyser.expand_text(text)
            # A field without a boost gets the lowest weight upstream, the parts' weight: one above it.
            expanded.append((f"{text}\n{forms}", FIELD_MIN_WEIGHT if weight == PARTS_WEIGHT else weight))
            parts.append(text_parts)
        texts = expanded + ([("\n".join(parts), PARTS_WEIGHT)] if with_parts else [])
        texts = [(text.strip(), weight) for text, weight in texts]
        texts = [(text, weight) for text, weight in texts if text]
        if not texts:
            return "''::tsvector", []
        config = self.autocomplete_config if for_autocomplete else self.config
        sql = " || ".join(["setweight(to_tsvector(%s::regconfig, %s), %s)"] * len(texts))
        return f"({sql})", [param for text, weight in texts for param in (config, text, weight)]

    @cached_property
    def title(self):
        # No compound parts: a title holds a word only in one of its forms (see the ranking).
        texts = []
        for field in self.search_fields:
            for current_field, weight, value in self.prepare_field(self.obj, field):
                if isinstance(current_field, SearchField) and current_field.field_name == "title":
                    texts.append((value, weight))
        return self.as_vector(texts, with_parts=False)

    @cached_property
    def body(self):
        # Every field, the title too (upstream leaves it out), so that the body alone decides
        # whether an object matches: PostgreSQL can then use the body's GIN index, which
        # upstream's `title || body @@ query` cannot, and reads every index entry instead.
        texts = []
        for field in self.search_fields:
            for current_field, weight, value in self.prepare_field(self.obj, field):
                if isinstance(current_field, SearchField):
                    texts.append((value, weight))
        return self.as_vector(texts)


class FinnishIndex(pg.PostgresIndex):
    indexer_class = FinnishObjectIndexer

    def _refresh_title_norms(self, full=False, entries=None):
        # Upstream divides the average title length of the whole index *at the time of saving*
        # by the entry's title length, so two identical texts saved at different times rank
        # differently, and the ties the ranking breaks by recency never happen. A fixed
        # average keeps the norm a property of the entry alone, so a save updates only the
        # entries it wrote (by their key), not every new-looking entry of the whole index.
        if entries is None:
            entries = self.entries if full else self.entries.filter(title_norm=1.0)  # 1.0: a new entry
        entries.annotate(title_length=Length("title")).filter(title_length__gt=0).update(
            title_norm=TITLE_NORM_TERMS / F("title_length")
        )

    def add_items(self, model, objs):
        # modelsearch 1.3.2's PostgresIndex.add_items, with our indexer told each object's language.
        if not model.get_search_fields():
            return
        languages = object_languages(objs)
        indexers = [self.indexer_class(obj, self.backend, languages[id(obj)]) for obj in objs]
        if not indexers:
            return
        index_entry = pg.IndexEntry
        content_type_pk = get_content_type_pk(model)
        rows = []
        params = []
        for indexer in indexers:
            params.extend((content_type_pk, indexer.id))
            vectors = []
            for sql, vector_params in (indexer.title, indexer.autocomplete, indexer.body):
                vectors.append(sql)
                params.extend(vector_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {vectors[0]}, {vectors[1]}, {vectors[2]}, 1.0, %s, %s)")
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {index_entry._meta.db_table}
                    (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title,
                              title_norm = 1.0,
                              autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body,
                              title_text = EXCLUDED.title_text,
                              body_text = EXCLUDED.body_text
                """,  # the table name comes from the model; the values are parameters
                params,
            )
        written = [indexer.id for indexer in indexers]
        self._refresh_title_norms(entries=self.entries.filter(content_type_id=content_type_pk, object_id__in=written))
        self.add_words(content_type_pk, written)

    def add_words(self, content_type_pk, object_ids):
        """Count the words of these entries into the vocabulary (home.SearchWord); a rebuild counts afresh."""
        # %% for psycopg: PostgreSQL's format() gets %s and %L (which quotes the ids as a literal).
        select = f"SELECT body FROM {ENTRIES} WHERE content_type_id = %%s AND object_id = ANY(%%L)"  # noqa: S608
        stat = f"ts_stat(format('{select}', %s::int, %s::text[]))"
        self._write_words(stat, [content_type_pk, object_ids])

    def refresh_words(self):
        """The vocabulary anew, with how many entries hold each word (a second at 10 000 entries)."""
        self._write_words(f"ts_stat('SELECT body FROM {ENTRIES}')", [], replace=True)  # noqa: S608

    def _write_words(self, stat, params, replace=False):
        # The table names come from the models; values are parameters (format() quotes them with %L).
        words = apps.get_model("home", "SearchWord")._meta.db_table
        with self.write_connection.cursor() as cursor:
            if replace:
                cursor.execute(f"DELETE FROM {words}")  # noqa: S608
            cursor.execute(
                f"INSERT INTO {words} (word, documents) SELECT word, ndoc FROM {stat}"  # noqa: S608
                " WHERE length(word) <= 255"
                f" ON CONFLICT (word) DO UPDATE SET documents = {words}.documents + EXCLUDED.documents",
                params,
            )


class WordsRebuilder(pg.PostgresSearchRebuilder):
    def finish(self):
        super().finish()
        self.index.refresh_words()


class AtomicWordsRebuilder(pg.PostgresSearchAtomicRebuilder):
    def finish(self):
        self.index.refresh_words()  # inside the rebuild's transaction
        super().finish()


def _and(a, b):
    return a & b


def _or(a, b):
    return a | b


class LanguageQueryMixin:
    """Reads the query in the language active when the search was made, and never builds an invalid tsquery."""

    def __init__(self, queryset, query, *args, **kwargs):
        if isinstance(query, str):
            query = clean_query_text(query)
        super().__init__(queryset, query, *args, **kwargs)
        self.language = language(translation.get_language())

    def get_config(self, backend):
        return CONFIG

    def build_tsquery(self, query, config=None):
        # Built once per query and config: a search asks for it once per vector and again to rank.
        built = self.__dict__.setdefault("_tsqueries", {})
        key = (id(query), config)
        if key not in built:
            built[key] = super().build_tsquery(query, config=config)
        return built[key]

    def build_tsquery_content(self, query, config=None, invert=False):
        """A tsquery, or None when the query has no words left to search for."""
        if isinstance(query, PlainText):
            return self._plain_text_tsquery(query, config, invert)
        if isinstance(query, Phrase):
            text = clean_query_text(query.query_string)
            if not query_words(text):
                return None
            phrase = SearchQuery(text, search_type="phrase", config=config)
            return ~phrase if invert else phrase
        if isinstance(query, Boost):
            return self.build_tsquery_content(query.subquery, config=config, invert=invert)
        if isinstance(query, Not):
            return self.build_tsquery_content(query.subquery, config=config, invert=not invert)
        if isinstance(query, (And, Or)):
            parts = [self.build_tsquery_content(sub, config=config, invert=invert) for sub in query.subqueries]
            parts = [part for part in parts if part is not None]
            if not parts:
                return None
            return reduce(_and if isinstance(query, And) != invert else _or, parts)
        return super().build_tsquery_content(query, config=config, invert=invert)

    def _plain_text_tsquery(self, query, config, invert):
        words = query_words(query.query_string)
        if not words:
            return None
        last = len(words) - 1
        prefix = self.LAST_TERM_IS_PREFIX
        word_queries = [self._word(word, prefix and i == last, invert) for i, word in enumerate(words)]
        # Not("a b") is "not a and not b" (De Morgan), as in Wagtail's And/Or handling.
        combine = _and if (query.operator == "and") != invert else _or
        return SearchQuery(reduce(combine, word_queries), search_type="raw", config=CONFIG)

    def _word(self, word, prefix, invert):
        """Any form of the word: ``kuntien`` → ``kunta``; an unknown word as typed, by stem and as a prefix."""
        terms = analysis.get_analyser(self.language).query_alternatives(word)
        # A word still being typed (autocomplete's last) is a prefix as typed, whatever it looks like.
        prefixes = (word.lower(), *terms.exact) if prefix else terms.prefixes
        lexemes = [Lexeme(term, invert=invert) for term in terms.exact if term not in prefixes]
        lexemes += [Lexeme(term, invert=invert, prefix=True) for term in prefixes]
        return reduce(_and if invert else _or, lexemes)

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if isinstance(query, (Phrase, PlainText, Not)) and self.build_tsquery(query, config=config) is None:
            return Value(0.0, output_field=FloatField())
        return super().build_tsrank(vector, query, config=config, boost=boost)

    def search(self, config, start, stop, score_field=None, backend=None):
        if self.is_text_query() and self.build_tsquery(self.query, config=config) is None:
            return self.queryset.none()  # nothing searchable was typed: no results rather than an error
        return super().search(config, start, stop, score_field=score_field, backend=backend)

    def is_text_query(self):
        query = self.query
        match_all = isinstance(query, MatchAll) or (isinstance(query, Not) and isinstance(query.subquery, MatchAll))
        return not match_all and not isinstance(query, Fuzzy)


class FinnishSearchQueryCompiler(LanguageQueryMixin, pg.PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        if self.fields is not None or not self.is_text_query():
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        if search_query is None:
            return self.queryset.none()
        matches = self.matches(search_query)
        if not self.order_by_relevance:  # counts and facets: no ranking to build
            return self._apply_ordering_and_scoring(matches, Value(0.0), start, stop, score_field)
        rank = self._build_rank_expression(self.get_search_vectors(search_query), config)
        if not has_field(matches.model, "first_published_at"):
            return self._apply_ordering_and_scoring(matches, rank, start, stop, score_field)
        # A title that holds the words in some form ranks first, whatever the body says; then
        # ts_rank. ts_rank reads each match's whole vector, so only candidates are ranked: the
        # newest CANDIDATES matches and the newest CANDIDATES title matches. Taking the newest
        # lets PostgreSQL stop reading as soon as it has them, so a word in every text costs
        # about as much as a rare one. They are given as an array (ARRAY(subquery), computed
        # once): joined as a subquery instead, PostgreSQL expects thousands of candidates and
        # reads every entry.
        candidates = (
            matches.order_by("-pk").values_list("pk", flat=True)[:CANDIDATES].union(self.title_candidates(search_query))
        )
        title_match = Case(When(index_entries__title=search_query, then=Value(TITLE_MATCH)), default=Value(0.0))
        score = title_match + rank
        newest = F("first_published_at").desc(nulls_last=True)
        ranked = self.queryset.filter(IsAny(F("pk"), ArraySubquery(candidates))).order_by(score.desc(), newest, "-pk")
        if score_field is not None:
            ranked = ranked.annotate(**{score_field: score})
        return ranked[start:stop]

    def matches(self, search_query):
        """The queryset narrowed to the objects whose body (every field) matches, in the cheaper of two ways.

        Rare words: every match through the body's GIN index, as one array of ids (PostgreSQL
        reads only index hits). Common words: the queryset's rows in its own order (newest first
        for the candidates), each checked against its body until enough are found. PostgreSQL
        would choose the second for both: it does not count that checking a row reads its whole
        (TOASTed) body, about five times a GIN hit's cost, so a word in one text of seven cost
        20 ms where the index takes 5.
        """
        if self.sparse(search_query):
            found = index_entries(self.queryset.model).filter(body=search_query)
            return self.queryset.filter(IsAny(F("pk"), ArraySubquery(object_ids(found).values("object_pk"))))
        # alias(), not annotate(): the vector is not fetched.
        return self.queryset.alias(_body_=F("index_entries__body")).filter(_body_=search_query)

    def sparse(self, search_query):
        """Whether reading every match through the GIN index beats checking the model's entries in order.

        Checking in order reads about CANDIDATES × entries / matches rows, each costing
        SPARSE_COST_RATIO GIN hits; the index reads every match. Both numbers are PostgreSQL's
        estimates: they choose the plan, never the results.
        """
        model = self.queryset.model
        if not isinstance(model._meta.pk, IntegerField):
            return False
        matching = estimate(
            (model, self.language, repr(self.query)), lambda: index_entries(model).filter(body=search_query)
        )
        return matching * matching < SPARSE_COST_RATIO * CANDIDATES * estimate(model, lambda: index_entries(model))

    def title_candidates(self, search_query):
        """The ids of the newest CANDIDATES title matches of this model, read from the index alone.

        Joined to the model instead, PostgreSQL reads every row of its table for the newest (the
        index keeps ids as text). Some may be hidden (a draft, another language): the ranked query
        drops them, and the newest matches are candidates all the same.
        """
        model = self.queryset.model
        if not isinstance(model._meta.pk, IntegerField):
            titled = self.queryset.alias(_title_=F("index_entries__title")).filter(_title_=search_query)
            return titled.order_by("-pk").values_list("pk", flat=True)[:CANDIDATES]
        entries = index_entries(model).filter(title=search_query)
        return object_ids(entries).order_by("-object_pk").values_list("object_pk", flat=True)[:CANDIDATES]


class IsAny(Lookup):
    """``field = ANY(…)`` with a list as one parameter (``__in`` makes one per value), or with an array subquery."""

    lookup_name = "is_any"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        if hasattr(self.rhs, "as_sql"):
            rhs, rhs_params = compiler.compile(self.rhs)
            return f"{lhs} = ANY({rhs})", [*params, *rhs_params]
        return f"{lhs} = ANY(%s)", [*params, list(self.rhs)]


def object_ids(entries):
    """Index entries with their objects' integer primary keys (``object_pk``): the index keeps them as text."""
    return entries.annotate(object_pk=Cast("object_id", IntegerField()))


def index_entries(model):
    content_types = ContentType.objects.get_for_models(*descendant_models(model))
    return pg.IndexEntry.objects.filter(
        content_type_id__in=[content_type.pk for content_type in content_types.values()]
    )


@cache
def descendant_models(model):
    """The model and its subclasses (modelsearch's get_descendant_models, which walks every model each time)."""
    return tuple(get_descendant_models(model))


def estimate(key, queryset):
    """PostgreSQL's estimate of the number of rows of ``queryset()``, kept per process for a while.

    From the planner's statistics (EXPLAIN, no rows read). Only plans are chosen by it, so an
    estimate an hour old is good enough.
    """
    now = time.monotonic()
    kept = _estimates.get(key)
    if kept is None or now - kept[1] > ESTIMATE_SECONDS:
        if len(_estimates) >= MAX_KEPT_ESTIMATES:
            _estimates.clear()
        sql, params = queryset().values("pk").query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
            plan = cursor.fetchone()[0]
        rows = (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plan Rows"]
        kept = _estimates[key] = (rows, now)
    return kept[0]


def has_field(model, name):
    return any(field.name == name for field in model._meta.get_fields())


class FinnishAutocompleteQueryCompiler(LanguageQueryMixin, pg.PostgresAutocompleteQueryCompiler):
    def get_config(self, backend):
        return backend.autocomplete_config  # 'simple' in every language, as upstream: no stemming of half words


class FinnishPostgresSearchBackend(pg.PostgresSearchBackend):
    index_class = FinnishIndex
    rebuilder_class = WordsRebuilder
    atomic_rebuilder_class = AtomicWordsRebuilder
    query_compiler_class = FinnishSearchQueryCompiler
    autocomplete_query_compiler_class = FinnishAutocompleteQueryCompiler


def SearchBackend(params):  # the name Wagtail looks up in a backend module
    """The Finnish-aware backend on PostgreSQL; Wagtail's default database backend elsewhere."""
    if connection.vendor == "postgresql":
        return FinnishPostgresSearchBackend(params)
    from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend

    return DatabaseSearchBackend(params)
