"""Excerpts of found texts with the words that matched the query marked.

A word is marked when it would match a word of the query in the search itself: in Finnish when
it shares a base form with it (Voikko), in Swedish and English when PostgreSQL's stemmer gives
them a common stem. Words are stemmed in one query for all the texts of a results page.
"""

from django.db import connection
from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import finnish
from .backend import CONFIGS, language, query_words

EXCERPT_WORDS = 32
MAX_TEXT_CHARS = 20_000  # an excerpt is looked for this far into a text


class Highlighter:
    """Marks the words of texts that match a query in a language; ``prepare`` the texts first."""

    def __init__(self, query, language_code):
        self.language = language(language_code)
        self.query_words = [word.lower() for word in query_words(query)]
        self.stems = {}

    def prepare(self, texts):
        """Stem the words of these texts, and the query's, in one query (Swedish and English on PostgreSQL)."""
        if self.language == "fi" or connection.vendor != "postgresql":
            return
        words = {word.lower() for text in texts for word in finnish.tokenize(text[:MAX_TEXT_CHARS])}
        words.update(self.query_words)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT w, tsvector_to_array(to_tsvector(%s::regconfig, w)) FROM unnest(%s::text[]) AS w",
                [CONFIGS[self.language], sorted(words)],
            )
            self.stems = {word: set(stems) for word, stems in cursor.fetchall()}

    def matches(self, word):
        word = word.lower()
        if self.language == "fi":
            terms = finnish.index_terms(word)
            return any(self._finnish_query_matches(query_word, terms) for query_word in self.query_words)
        if self.stems:
            stems = self.stems.get(word, set())
            return any(stems & self.stems.get(query_word, set()) for query_word in self.query_words)
        return word in self.query_words

    @staticmethod
    def _finnish_query_matches(query_word, terms):
        alternatives = finnish.query_alternatives(query_word)
        if terms.intersection(alternatives.exact):
            return True
        return any(term.startswith(prefix) for term in terms for prefix in alternatives.prefixes)

    def mark(self, text):
        """The whole text, escaped, with matching words in ``<mark>``."""
        return self._render(text, list(finnish.WORD_RE.finditer(text)), 0, None)

    def excerpt(self, text, size=EXCERPT_WORDS):
        """About ``size`` words of the text around its most matches, marked; the start when nothing matches."""
        text = " ".join(text[:MAX_TEXT_CHARS].split())
        tokens = list(finnish.WORD_RE.finditer(text))
        if len(tokens) <= size:
            return self._render(text, tokens, 0, None)
        hits = [self.matches(token.group()) for token in tokens]
        best, best_start, in_window = -1, 0, 0
        for i, hit in enumerate(hits):
            in_window += hit
            if i >= size:
                in_window -= hits[i - size]
            start = max(0, i - size + 1)
            if i >= size - 1 and in_window > best:
                best, best_start = in_window, start
        # Begin a couple of words before the first match of the window, for context.
        first = next((i for i in range(best_start, best_start + size) if hits[i]), best_start)
        start = max(0, min(first - 3, len(tokens) - size))
        return self._render(text, tokens, start, start + size)

    def _render(self, text, tokens, start, stop):
        window = tokens[start:stop]
        if not window:
            return escape(text)
        begin = 0 if start == 0 else window[0].start()
        end = len(text) if stop is None or stop >= len(tokens) else window[-1].end()
        parts = ["…\u00a0" if begin else ""]
        position = begin
        for token in window:
            if self.matches(token.group()):
                parts.append(escape(text[position : token.start()]))
                parts.append(f"<mark>{escape(token.group())}</mark>")
                position = token.end()
        parts.append(escape(text[position:end]))
        if end < len(text):
            parts.append("\u00a0…")
        return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped above
