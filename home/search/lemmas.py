"""Swedish and English words through simplemma: lemmas, Swedish compounds, derivation bases.

simplemma (pure Python, word lists from Wiktionary and other open lexicons) gives the lemma of
an inflected form: ``arbetsplatsen``/``arbetsplatser`` → ``arbetsplats``, ``daghemmet`` →
``daghem``, ``leaders`` → ``leader``. Snowball stems such forms apart (``arbetsplat`` beside
``arbetsplats``). What simplemma lacks, the lexicon adds:

* a Swedish compound it does not list is split into a known front and a known head, with or
  without a linking ``s`` (``distansledarskapet`` → ``distans`` + ``ledarskap``): its base form
  is the front plus the head's lemma, the head a part;
* a derivation whose base is a word of its own gets the base as a part (``leadership`` →
  ``leader``, ``tillgänglighet`` → ``tillgänglig``), so the base finds the derivation.
"""

import simplemma

from .lexicon import Analysis

# Suffix → what replaces it to give the base; the base must be a known word of its own.
DERIVATIONS = {
    "en": {"ship": ("",), "hood": ("",), "ness": ("",), "ment": ("",)},
    "sv": {"skap": ("e", ""), "het": ("",), "else": ("a",)},
}
MIN_COMPONENT = 3  # a shorter "front" or "head" is a letter pair, not a word


class Lemmatiser:
    def __init__(self, language):
        self.language = language
        simplemma.lemmatize("test", lang=language)  # load the word list now, not on the first search

    def known(self, word):
        return simplemma.is_known(word, lang=self.language)

    def lemma(self, word):
        return simplemma.lemmatize(word, lang=self.language).lower()

    def analyse(self, word):
        if self.known(word):
            lemma = self.lemma(word)
            return [Analysis(lemma, self.derivation_bases(lemma), 1)]
        if self.language == "sv":
            return self.compound(word)
        return []

    def derivation_bases(self, lemma):
        bases = []
        for suffix, replacements in DERIVATIONS.get(self.language, {}).items():
            stem = lemma.removesuffix(suffix)
            if stem == lemma or len(stem) < MIN_COMPONENT:
                continue
            bases += [stem + ending for ending in replacements if self.known(stem + ending)][:1]
        return tuple(bases)

    def compound(self, word):
        """The longest known head after a known front: ``distansledarskap`` → ``distans`` + ``ledarskap``."""
        for split in range(MIN_COMPONENT, len(word) - MIN_COMPONENT + 1):
            front, head = word[:split], word[split:]
            if not self.known(head):
                continue
            # Swedish joins compound parts directly or with an s: arbetsmiljö, arbets|plats.
            if self.known(front) or (front.endswith("s") and self.known(front[:-1])):
                head_lemma = self.lemma(head)
                return [Analysis(front + head_lemma, (head_lemma, *self.derivation_bases(head_lemma)), 2)]
        return []
