"""Did you mean: other words to search when a query finds little or nothing.

* **Spelling.** A query word the language's analyser does not know is replaced by Voikko's
  spelling suggestions (Finnish) or by the words one edit away from it that the analyser knows
  (every language; for Finnish when Voikko has nothing the index holds). Only words the search
  index holds are kept, most frequent first.
* **Compounds.** A compound that is found nowhere is split into its front and its head
  (``työvuorosuunnittelu`` → ``työvuoro suunnittelu``), which finds the words written apart.

The results page (views.py) searches the first candidate with hits automatically when the query
finds nothing, and offers it as a link when the query finds little.
"""

from typing import NamedTuple

from home.models import SearchWord

from . import analysis

ALPHABET = "abcdefghijklmnopqrstuvwxyzåäö"
MIN_EDITED_LENGTH = 4  # one edit away from a shorter word is half the dictionary
MAX_EDITED_LENGTH = 30
MAX_ALTERNATIVES = 3  # per word
MAX_CANDIDATES = 4  # queries tried, each costing a count


class Candidate(NamedTuple):
    query: str
    reason: str  # "spelling" or "compound"


def candidates(query, language):
    """Other queries to try for ``query`` (its words, as the search reads them), best first."""
    analyser = analysis.get_analyser(language)
    words = query.split()
    found = []
    split = [analyser.split(word) for word in words]
    if any(split):
        apart = [" ".join(parts or (word,)) for word, parts in zip(words, split, strict=True)]
        found.append(Candidate(" ".join(apart), "compound"))
    spelt = spellings(analyser, words)
    alternatives = [spelt.get(word, []) for word in words]
    # The best spelling of every unknown word, then each word's next best on its own.
    if any(alternatives):
        best = [options[0] if options else word for word, options in zip(words, alternatives, strict=True)]
        found.append(Candidate(" ".join(best), "spelling"))
        for i, options in enumerate(alternatives):
            for option in options[1:]:
                found.append(Candidate(" ".join([*best[:i], option, *best[i + 1 :]]), "spelling"))
    unique = {candidate.query.lower(): candidate for candidate in reversed(found)}  # the first of equals
    return [candidate for candidate in found if unique.get(candidate.query.lower()) is candidate][:MAX_CANDIDATES]


def spellings(analyser, words):
    """{word: indexed words it may have meant, likeliest first} for the words the analyser does not know.

    Two queries at most, whatever the number of words: one for the lexicon's suggestions, one for the
    words one edit away from those it had none for.
    """
    unknown = {word for word in words if word.isalpha() and not analyser.terms(word).known}
    suggest = getattr(analyser.lexicon, "suggest", None)
    suggested = {word: [s.lower() for s in suggest(word) if " " not in s] if suggest else [] for word in unknown}
    # A suggestion may be inflected: it is in the index when a base form of it is.
    forms = {s: analyser.query_alternatives(s).exact for options in suggested.values() for s in options}
    frequencies = indexed([form for alternatives in forms.values() for form in alternatives])
    found = {
        word: [s for s in options if any(frequencies.get(form) for form in forms[s])]  # the lexicon's order
        for word, options in suggested.items()
    }
    editable = [word for word in unknown if not found[word] and MIN_EDITED_LENGTH <= len(word) <= MAX_EDITED_LENGTH]
    if editable:
        near = {word: edits(word.lower()) for word in editable}
        frequencies = indexed(set().union(*near.values()))
        for word, options in near.items():
            # Words the lexicon knows: the index also holds stems (becam) and names, no spellings.
            known = [w for w in options & frequencies.keys() if analyser.terms(w).known]
            found[word] = sorted(known, key=lambda w: (-frequencies[w], w))
    return {word: options[:MAX_ALTERNATIVES] for word, options in found.items() if options}


def edits(word):
    """Every string one deletion, transposition, replacement or insertion away from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in ALPHABET if c != b[0]]
    inserts = [a + c + b for a, b in splits for c in ALPHABET]
    return set(deletes + transposes + replaces + inserts) - {word}


def indexed(words):
    """{word: about how many index entries hold it} of those ``words`` the search index holds: one query.

    The vocabulary (home.SearchWord) is kept by the PostgreSQL backend: elsewhere nothing is suggested.
    """
    words = sorted({word.lower() for word in words if word})
    return dict(SearchWord.objects.filter(word__in=words).values_list("word", "documents")) if words else {}
