"""Finnish words through Voikko: base forms, compound parts, spelling suggestions.

Finnish inflects and compounds: ``kuntien`` is ``kunta``, ``työhyvinvoinnin`` is
``työhyvinvointi`` = ``työ`` + ``hyvinvointi``. PostgreSQL's Snowball stemmer gives such
forms different stems, so :class:`Voikko` (Debian's ``libvoikko1`` + ``voikko-fi``, driven by
the PyPI ``libvoikko`` binding) is the Finnish lexicon of :mod:`home.search.analysis`.

A Voikko handle must not be shared by threads (a shared handle returns wrong analyses without
raising), so each thread of each process opens its own, on first use.
"""

import os
import re
import threading

from .lexicon import MIN_TERM_LENGTH, Analysis

# Items of Voikko's WORDBASES: '+surface(base)', '+surface', or a glued suffix 'ymis(+yä)'.
WORDBASE_RE = re.compile(r"(\+?)([^+()]*)(?:\(([^)]*)\))?")
MAX_SUGGESTIONS = 5


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

    työhyvinvointikysely → työhyvinvointi, hyvinvointi, hyvinvointikysely, kysely: not the lone
    front part työ, which would make ``työ`` find every työ- compound (and ``teko`` find
    ``tekoäly``), except where a hyphen makes it a word (``sote`` of ``sote-uudistus``). A
    lexicalised compound is one component in Voikko's analysis (``hyvin=vointi``): not split.
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
            if i == j < n - 1 and not (components[j][3] or components[j + 1][3]):
                continue  # a lone front part is seldom what the compound is about: teko of tekoäly
            start = "".join(joined[i:j]).lstrip("-")
            part = start + ("-" if components[j][3] and j > i else "") + components[j][1]
            if len(part) >= MIN_TERM_LENGTH and part not in parts:
                parts.append(part)
    return tuple(parts)


# --- Voikko ------------------------------------------------------------------------


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

    def suggest(self, word):
        """Voikko's spelling suggestions for a word it does not know, best first (at most five)."""
        return self._handle().suggest(word)[:MAX_SUGGESTIONS]
