"""What a lexicon (finnish.Voikko, lemmas.Lemmatiser) tells :mod:`home.search.analysis` about a word."""

from typing import NamedTuple

MIN_TERM_LENGTH = 2  # a shorter base form or part is no search term


class Analysis(NamedTuple):
    """One reading of a word by a lexicon."""

    baseform: str  # lower-case
    parts: tuple  # compound parts and derivation bases, () for a simple word
    components: int  # 1 for a simple word
