"""Words to search terms in each language: base forms, compound parts, stems of unknown words.

A word in a text is indexed as written, plus

* its **forms**: the base forms a lexicon gives (``kuntien`` → ``kunta``, ``arbetsplatsen`` →
  ``arbetsplats``, ``leaders`` → ``leader``), or, for a word the lexicon does not know (a name,
  an acronym, a new loanword), its Snowball stem (``chatbotin`` → ``chatbot``);
* its **parts**: compound parts and derivation bases (``työhyvinvointi`` → ``hyvinvointi``,
  ``distansledarskap`` → ``ledarskap``, ``leadership`` → ``leader``), which the backend indexes
  at the lowest weight, so a part ranks below the whole word.

A query word matches its base forms (not the word as typed, so ``kuntien`` and ``kunta`` make
the same query and rank the same documents alike) and never its parts (``työhyvinvointi`` does not
find every text that says ``työ``). An unknown word matches as typed, by its stem, and as a prefix.

The lexicons: Voikko for Finnish (:mod:`home.search.finnish`), simplemma for Swedish and English
(:mod:`home.search.lemmas`). Without one, a language's words are matched as written, by stem and by
prefix, and a warning is logged once.
"""

import logging
import re
import sys
import threading
from functools import lru_cache
from typing import NamedTuple

import snowballstemmer

from .lexicon import MIN_TERM_LENGTH

logger = logging.getLogger(__name__)

LANGUAGES = ("fi", "sv", "en")
SNOWBALL = {"fi": "finnish", "sv": "swedish", "en": "english"}
# simplemma's word lists have gaps (developed → develope, beside developing → develop): the stem
# as well. Voikko's analyses need no such help, and stems would merge unrelated Finnish words. In
# Swedish and English they merge some, as PostgreSQL's stemmers did (wellness, well → well).
STEMMED_WHEN_KNOWN = {"sv", "en"}
MAX_STEM_CUT = 2

# A word, with inner hyphens, colons and apostrophes (sote-uudistus, KT:n, Kuntatyö2030-hanke)
# and a hanging hyphen (työ- ja elinkeinopalvelut).
WORD_RE = re.compile(r"[^\W_]+(?:[-:'’][^\W_]+)*-?")
LETTERS_OR_DIGITS_RE = re.compile(r"\d+|[^\W\d_]+")
ENCLITIC_RE = re.compile(r"[:'’]")

# ~0.5 kB a word, 10 MB in all: on real text 10 000 words already get ~79 % hits, 200 000 ~80 %.
CACHE_SIZE = 20_000
MAX_WORD_LENGTH = 80  # longer "words" are URLs or noise; Voikko gives up at 255 anyway
MAX_EXPAND_CHARS = 200_000  # keep a huge text from making a tsvector over PostgreSQL's 1 MB limit
MIN_PREFIX_LENGTH = 3


# Tuples of interned strings, not sets: the cache holds tens of thousands of these.
class QueryTerms(NamedTuple):
    """What a query word may match: any of ``exact``, or any indexed word starting with one of ``prefixes``."""

    exact: tuple
    prefixes: tuple


class WordTerms(NamedTuple):
    index: tuple  # every term the word is indexed under: as written, its forms and its parts
    forms: str  # base forms (or the stem) other than the word itself, space-separated
    parts: str  # compound parts, space-separated
    query: QueryTerms
    known: bool  # the lexicon knows the word


def _interned(terms):
    return tuple(sorted(sys.intern(term) for term in terms))


class Analyser:
    """Search terms of one language's words, cached by the lower-case word.

    ``lexicon`` has ``analyse(word) → [Analysis]`` (empty for an unknown word); ``None`` matches
    words as written, by stem and by prefix.
    """

    def __init__(self, language, lexicon=None, cache_size=CACHE_SIZE):
        self.language = language
        self.lexicon = lexicon
        self._stemmers = threading.local()  # a Snowball stemmer keeps state while it stems
        self._terms = lru_cache(maxsize=cache_size)(self._terms_uncached)

    @property
    def available(self):
        return self.lexicon is not None

    def cache_info(self):
        return self._terms.cache_info()

    def cache_clear(self):
        self._terms.cache_clear()

    def terms(self, word):
        return self._terms(word.lower())

    def stem(self, word):
        stemmer = getattr(self._stemmers, "stemmer", None)
        if stemmer is None:
            stemmer = self._stemmers.stemmer = snowballstemmer.stemmer(SNOWBALL[self.language])
        return stemmer.stemWord(word)

    def _terms_uncached(self, token):
        word = token.rstrip("-")
        forms, parts, exact = set(), set(), set()
        known = False
        analyses = self.lexicon.analyse(word) if self.lexicon and word and len(word) <= MAX_WORD_LENGTH else []
        if analyses:
            known = True
            # Voikko also offers far-fetched compound splits (aktivoivaa = akti + voida beside
            # aktivoida): keep the analyses with the fewest parts.
            fewest = min(a.components for a in analyses)
            for analysis in analyses:
                if analysis.components == fewest:
                    forms.add(analysis.baseform)
                    parts.update(analysis.parts)
            # A part under the base forms a query for it has: the head of muutosjohtaminen is
            # johtaminen, which a query reads as johtaa.
            for part in list(parts):
                parts.update(self._terms(part).query.exact)
            if self.language in STEMMED_WHEN_KNOWN:
                # The stem of the lemma, not of the word: then every form of a word has the same
                # terms (children, child → child), and so ranks alike. An inflection's ending is
                # short; a longer cut is a derivation (wellness → well), which is no form of the word.
                for lemma in list(forms):
                    stem = self.stem(lemma)
                    if len(lemma) - len(stem) <= MAX_STEM_CUT:
                        forms.add(stem)
            exact = set(forms)
        elif ENCLITIC_RE.search(word):  # KT:n, COVID-19:ään, Wolt's: the word is before the colon or apostrophe
            head = self._terms(ENCLITIC_RE.split(word, 1)[0])
            forms.update(head.index)
            exact = {word, *head.query.exact}
            known = not head.query.prefixes
        elif "-" in word or not (word.isalpha() or word.isdigit()):
            # Kuntatyö2030-hanke: each piece is a word of its own; Kuntatyö2030 → kuntatyö, 2030
            for piece in filter(None, word.split("-") if "-" in word else LETTERS_OR_DIGITS_RE.findall(word)):
                piece_terms = self._terms(piece)
                forms.update([piece, *piece_terms.forms.split()])
                parts.update(piece_terms.parts.split())
            exact = {word}
        else:  # a word no lexicon knows (Keva, chatbotin): as written, and by its stem (chatbot)
            exact = {word}
            if word.isalpha():
                forms.add(self.stem(word))
                exact.update(forms)
        forms = {t for t in forms if len(t) >= MIN_TERM_LENGTH or t.isdigit()}
        parts = {t for t in parts if len(t) >= MIN_TERM_LENGTH or t.isdigit()} - forms
        index = {word} | forms | parts
        prefixes = (word,) if not known and len(word) >= MIN_PREFIX_LENGTH and not word.isdigit() else ()
        return WordTerms(
            _interned(index),
            " ".join(sorted(forms - {token, word})),
            " ".join(sorted(parts - {token, word})),
            QueryTerms(_interned(t for t in exact if t), prefixes),
            known,
        )

    def split(self, word):
        """``(front, head)`` of a compound at its last joint, else None.

        työvuorosuunnittelun → työvuoro, suunnittelu: a search for both finds the words written apart.
        """
        terms = self.terms(word)
        if not terms.known:
            return None
        for base in terms.query.exact:
            heads = [part for part in terms.parts.split() if base.endswith(part) and len(part) < len(base)]
            if heads:
                head = min(heads, key=len)
                front = base[: -len(head)].rstrip("-")
                if len(front) >= MIN_TERM_LENGTH:
                    return front, head
        return None

    def tokenize(self, text):
        return WORD_RE.findall(text)

    def index_terms(self, word):
        return set(self.terms(word).index)

    def query_alternatives(self, word):
        return self.terms(word).query

    def expand_text(self, text):
        """``(forms, parts)`` of the words of ``text``, to index after the text itself.

        Each word contributes its own terms, repeats included, so that how often a text uses a
        word still counts in the ranking. Appending (rather than interleaving) keeps the
        positions of the original words, so phrase search still works on them.
        """
        terms = self._terms
        words = [terms(t.lower()) for t in WORD_RE.findall(text[:MAX_EXPAND_CHARS])]
        return " ".join(w.forms for w in words if w.forms), " ".join(w.parts for w in words if w.parts)


_analysers = {}
_analysers_lock = threading.Lock()


def get_analyser(language="fi"):
    """The process's analyser of a language, made on first use: after a web server has forked its workers."""
    analyser = _analysers.get(language)
    if analyser is None:
        with _analysers_lock:
            analyser = _analysers.get(language)
            if analyser is None:
                analyser = _analysers[language] = Analyser(language, _open_lexicon(language))
    return analyser


def _open_lexicon(language):
    try:
        if language == "fi":
            from .finnish import Voikko

            return Voikko()
        from .lemmas import Lemmatiser

        return Lemmatiser(language)
    except Exception as error:  # ImportError, OSError (no libvoikko.so.1), VoikkoException (no dictionary)
        hint = (
            "apt-get install libvoikko1 voikko-fi && pip install libvoikko==4.3"
            if language == "fi"
            else "pip install -r requirements.txt"
        )
        logger.warning(
            "%s search runs without its lexicon, so inflected forms and compound parts are only matched by "
            "stem (%s). Install it with: %s",
            language,
            error,
            hint,
        )
        return None


def tokenize(text):
    return WORD_RE.findall(text)
