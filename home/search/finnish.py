"""Finnish words to search terms with Voikko: base forms and compound parts.

Finnish inflects and compounds: ``kuntien`` is ``kunta``, ``työhyvinvoinnin`` is
``työhyvinvointi`` = ``työ`` + ``hyvinvointi``. PostgreSQL's Snowball stemmer gives such
forms different stems, so we ask Voikko (Debian's ``libvoikko1`` + ``voikko-fi``, driven by
the PyPI ``libvoikko`` binding) for each word's base forms and compound parts:

* indexing appends :func:`expand_text` of a text to the text itself, so the index holds every
  word as written plus its base forms and parts;
* a query word becomes the OR of :func:`query_alternatives`: the word as written and its base
  forms (not its parts, so ``työhyvinvointi`` does not find every text that says ``työ``); a
  word Voikko does not know (a name such as Keva) is also matched as a prefix.

A Voikko handle must not be shared by threads (a shared handle returns wrong analyses without
raising), so each thread of each process opens its own, on first use; the terms of a word are
cached per process. Without libvoikko or its dictionary the site still runs: words are then
matched as written (and by prefix), and a warning is logged once.
"""

import logging
import os
import re
import sys
import threading
from functools import lru_cache
from typing import NamedTuple

logger = logging.getLogger(__name__)

# A word, with inner hyphens, colons and apostrophes (sote-uudistus, KT:n, Kuntatyö2030-hanke)
# and a hanging hyphen (työ- ja elinkeinopalvelut).
WORD_RE = re.compile(r"[^\W_]+(?:[-:'’][^\W_]+)*-?")
# Items of Voikko's WORDBASES: '+surface(base)', '+surface', or a glued suffix 'ymis(+yä)'.
WORDBASE_RE = re.compile(r"(\+?)([^+()]*)(?:\(([^)]*)\))?")
LETTERS_OR_DIGITS_RE = re.compile(r"\d+|[^\W\d_]+")

# ~0.5 kB a word, 10 MB in all: on real text 10 000 words already get ~79 % hits, 200 000 ~80 %.
CACHE_SIZE = 20_000
MAX_WORD_LENGTH = 80  # longer "words" are URLs or noise; Voikko gives up at 255 anyway
MAX_EXPAND_CHARS = 200_000  # keep a huge text from making a tsvector over PostgreSQL's 1 MB limit
MIN_TERM_LENGTH = 2
MIN_PREFIX_LENGTH = 3


# Tuples of interned strings, not sets: the cache holds tens of thousands of these.
class QueryTerms(NamedTuple):
    """What a query word may match: any of ``exact``, or any indexed word starting with one of ``prefixes``."""

    exact: tuple
    prefixes: tuple


class WordTerms(NamedTuple):
    index: tuple  # the word as written, its base forms and compound parts
    expansion: str  # the index terms other than the word itself, space-separated, for expand_text
    query: QueryTerms


# --- Compound parts from Voikko's WORDBASES ------------------------------------------


def _components(wordbases):
    """'+kunta(kunta)+työn(työ)+anta(antaa)+ja(+ja)' → [[surface, lemma, bound, after_hyphen], ...].

    '+xx(+yy)' is a derivational suffix glued to the component before it (sparra(sparrata)+us(+us)
    is one part, 'sparraus'), as is a base-less item just before one ('+aktivoi(aktivoida)+v+a(+a)')
    and an item without '+' ('+edist(edistää)ymis(+yä)'). '+lähi', '+varhais' (no base) are bound
    prefixes, never a word of their own. '+-' is the hyphen of sote-uudistus.
    """
    components = []
    after_hyphen = False
    items = [match.groups() for match in WORDBASE_RE.finditer(wordbases) if match.group(0)]
    for i, (plus, surface, base) in enumerate(items):
        base = base or ""
        if surface in ("", "-"):
            after_hyphen = True
            continue
        next_base = (items[i + 1][2] or "") if i + 1 < len(items) else ""
        glued = not plus or base.startswith("+") or (not base and next_base.startswith("+"))
        if components and not after_hyphen and glued:
            components[-1][0] += surface
            components[-1][1] = components[-1][0]
            continue
        lemma = base.replace("=", "") if base else surface
        components.append([surface, lemma, not base and not surface.isdigit(), after_hyphen])
        after_hyphen = False
    return components


def compound_parts(baseform, wordbases):
    """The parts of a compound and its contiguous sub-compounds, lower-case; () for a simple word.

    työhyvinvointikysely → työ, työhyvinvointi, hyvinvointi, hyvinvointikysely, kysely.
    The last part's lemma is the base form minus the parts before it (työaikojen → aika).
    """
    components = _components(wordbases.lower())
    if len(components) < 2:
        return ()
    baseform = baseform.lower()
    joined = [("-" if c[3] and i else "") + c[0] for i, c in enumerate(components)]
    head = "".join(joined[:-1])
    if baseform.startswith(head) and len(baseform) > len(head):
        components[-1][1] = baseform[len(head) :].lstrip("-")
    parts = []
    n = len(components)
    for i in range(n):
        for j in range(i, n):
            if (i, j) == (0, n - 1) or components[j][2]:
                continue  # the whole word is the base form; a span ending in a bound prefix is no word
            start = "".join(joined[i:j]).lstrip("-")
            part = start + ("-" if components[j][3] and j > i else "") + components[j][1]
            if len(part) >= MIN_TERM_LENGTH and part not in parts:
                parts.append(part)
    return tuple(parts)


def _interned(terms):
    return tuple(sorted(sys.intern(term) for term in terms))


# --- Voikko ------------------------------------------------------------------------


class Analysis(NamedTuple):
    baseform: str  # lower-case
    parts: tuple  # compound parts, () for a simple word
    components: int  # 1 for a simple word


class Voikko:
    """libvoikko with one handle per thread and process, each opened on first use."""

    def __init__(self):
        import libvoikko  # here, not at the top: without it the site falls back to plain words

        self._libvoikko = libvoikko
        self._local = threading.local()
        self._handle()  # fail here, not on the first search, when the library or dictionary is missing

    def _handle(self):
        local = self._local
        pid = os.getpid()
        if getattr(local, "pid", None) != pid:  # a new thread, or a worker forked after the handle was opened
            local.handle = self._libvoikko.Voikko("fi")
            local.pid = pid
        return local.handle

    def analyse(self, word):
        analyses = []
        for result in self._handle().analyze(word):
            baseform = result.get("BASEFORM")
            if not baseform:
                continue
            wordbases = result.get("WORDBASES", "")
            components = max(1, len(_components(wordbases.lower())))
            analyses.append(Analysis(baseform.lower(), compound_parts(baseform, wordbases), components))
        return analyses


class FinnishAnalyser:
    """Search terms of Finnish words, cached by the lower-case word; ``voikko=None`` matches words as written."""

    def __init__(self, voikko=None, cache_size=CACHE_SIZE):
        self.voikko = voikko
        self._terms = lru_cache(maxsize=cache_size)(self._terms_uncached)

    @property
    def available(self):
        return self.voikko is not None

    def cache_info(self):
        return self._terms.cache_info()

    def cache_clear(self):
        self._terms.cache_clear()

    def terms(self, word):
        return self._terms(word.lower())

    def _terms_uncached(self, token):
        word = token.rstrip("-")
        index, exact = {word}, {word}  # sets while collecting; tuples in the cache
        known = False
        analyses = self.voikko.analyse(word) if self.voikko and word and len(word) <= MAX_WORD_LENGTH else []
        if analyses:
            known = True
            # Voikko also offers far-fetched compound splits (aktivoivaa = akti + voida beside
            # aktivoida): keep the analyses with the fewest parts.
            fewest = min(a.components for a in analyses)
            for analysis in analyses:
                if analysis.components == fewest:
                    index.add(analysis.baseform)
                    index.update(analysis.parts)
                    exact.add(analysis.baseform)
        elif ":" in word:  # KT:n, COVID-19:ään: the word is before the colon
            head = self._terms(word.split(":", 1)[0])
            index.update(head.index)
            exact.update(head.query.exact)
            known = not head.query.prefixes
        elif "-" in word:  # Kuntatyö2030-hanke: each piece on its own
            for piece in word.split("-"):
                if piece:
                    index.update(self._terms(piece).index)
        elif not word.isalpha() and not word.isdigit():  # Kuntatyö2030 → kuntatyö, 2030
            for piece in LETTERS_OR_DIGITS_RE.findall(word):
                index.update(self._terms(piece).index)
        index = {t for t in index if len(t) >= MIN_TERM_LENGTH or t.isdigit()}
        expansion = " ".join(sorted(index - {token, word}))
        prefixes = (word,) if not known and len(word) >= MIN_PREFIX_LENGTH and not word.isdigit() else ()
        return WordTerms(_interned(index), expansion, QueryTerms(_interned(t for t in exact if t), prefixes))

    def tokenize(self, text):
        return WORD_RE.findall(text)

    def index_terms(self, word):
        return set(self.terms(word).index)

    def query_alternatives(self, word):
        return self.terms(word).query

    def expand_text(self, text):
        """Base forms and compound parts of the words of ``text``, to index after the text itself.

        Each word contributes its own terms, repeats included, so that how often a text uses a
        word still counts in the ranking. Appending (rather than interleaving) keeps the
        positions of the original words, so phrase search still works on them.
        """
        terms = self._terms
        return " ".join(e for e in (terms(t.lower()).expansion for t in WORD_RE.findall(text[:MAX_EXPAND_CHARS])) if e)


_analyser = None
_analyser_lock = threading.Lock()


def get_analyser():
    """The process's analyser, made on first use: after a web server has forked its workers."""
    global _analyser
    if _analyser is None:
        with _analyser_lock:
            if _analyser is None:
                _analyser = FinnishAnalyser(_open_voikko())
    return _analyser


def _open_voikko():
    try:
        return Voikko()
    except Exception as error:  # ImportError, OSError (no libvoikko.so.1), VoikkoException (no dictionary)
        logger.warning(
            "Finnish search runs without Voikko, so inflected forms and compound parts are not matched (%s). "
            "Install it with: apt-get install libvoikko1 voikko-fi && pip install libvoikko==4.3",
            error,
        )
        return None


def index_terms(word):
    """All terms one word is indexed under: the word as written, its base forms and compound parts."""
    return get_analyser().index_terms(word)


def expand_text(text):
    """Extra words to index after ``text``: base forms and compound parts of its words."""
    return get_analyser().expand_text(text)


def query_alternatives(word):
    """:class:`QueryTerms` one query word may match."""
    return get_analyser().query_alternatives(word)


def tokenize(text):
    return WORD_RE.findall(text)
