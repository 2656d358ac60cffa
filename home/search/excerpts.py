"""Excerpts of found texts with the words that matched the query marked.

A word is marked when it would match a word of the query in the search itself: when the
language's analyser gives it a base form the query word has (:mod:`home.search.analysis`).
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import analysis
from .backend import language, query_words

EXCERPT_WORDS = 32
MAX_TEXT_CHARS = 20_000  # an excerpt is looked for this far into a text


class Highlighter:
    """Marks the words of texts that match a query in a language."""

    def __init__(self, query, language_code):
        self.analyser = analysis.get_analyser(language(language_code))
        self.query_terms = [self.analyser.query_alternatives(word) for word in query_words(query)]
        self._matches = {}

    def matches(self, word):
        word = word.lower()
        if word not in self._matches:  # a text repeats its words: each is looked at once
            terms = self.analyser.index_terms(word)
            self._matches[word] = any(
                terms.intersection(query.exact) or any(term.startswith(p) for term in terms for p in query.prefixes)
                for query in self.query_terms
            )
        return self._matches[word]

    def mark(self, text):
        """The whole text, escaped, with matching words in ``<mark>``."""
        return self._render(text, list(analysis.WORD_RE.finditer(text)), 0, None)

    def excerpt(self, text, size=EXCERPT_WORDS):
        """About ``size`` words of the text around its most matches, marked; the start when nothing matches."""
        text = " ".join(text[:MAX_TEXT_CHARS].split())
        tokens = list(analysis.WORD_RE.finditer(text))
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
