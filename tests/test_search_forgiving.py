"""Search forgives the way a word is written: unknown words, compounds, inflected titles, other forms.

Four rules of :mod:`home.search.analysis` and :mod:`home.search.backend`, in Finnish, Swedish and
English where the rule applies to the language:

1. A word no lexicon knows (a name, an acronym, a new loanword) is found in another form through
   its Snowball stem (``Valviran`` finds ``Valvira``), yet its stem merges no known word that
   merely looks like it (``Woltin`` does not find ``voltin``).
2. Compounds: the head finds the compound, a lone front part does not, the word itself ranks above
   a text that has it only as a compound part, and a lexicalised compound is not split. A Swedish
   compound simplemma does not list is split into a known front and head, and its head finds it.
3. Ranking: a title holding any form of the query word ranks above a body that repeats the word,
   and an inflected query ranks the same deeds in the same order as the word's base form.
4. Swedish and English lemmas: every form of a noun finds every other, irregular plurals and verb
   forms find their base, and an English or Swedish derivation is found by its base word.

The analyser checks need the lexicons only; the search checks also need PostgreSQL (and Voikko for
Finnish), like ``tests/test_finnish_search.py``, whose fixtures and helpers these tests reuse.
"""

from itertools import combinations

import pytest

from home.search.analysis import QueryTerms, get_analyser
from tests import test_finnish_search
from tests.test_finnish_search import make_deed, needs_postgres, needs_voikko, search

# The Finnish search tests' fixtures, here by assignment: an imported name would clash with the arguments.
search_backend = test_finnish_search.search_backend
organisation = test_finnish_search.organisation

UNRELATED = "Xyzzy plugh."


def fi(*values):
    """A Finnish case, which needs Voikko; Swedish and English ones need only simplemma (a requirement)."""
    return pytest.param("fi", *values, marks=needs_voikko)


def deeds(search_backend, organisation, language, *texts, field="summary"):
    """One deed for each text (in ``field``), created in the order given: the last is the newest."""
    return [make_deed(search_backend, organisation, language, title="Xyzzy", **{field: text}) for text in texts]


# --- 1. Unknown words ------------------------------------------------------------


@needs_postgres
@pytest.mark.parametrize(
    ("language", "query", "text"),
    [
        fi("Valviran", "Valvira myönsi luvan."),  # genitive → nominative: both stem to valvir
        fi("Jytyn", "Jyty neuvotteli sopimuksen."),  # an acronym in the genitive
        fi("Eezy", "Eezyn kanssa sovittiin."),  # and the other way round
        ("sv", "Attendos", "Attendo driver boenden."),  # genitive s
        ("en", "microcredentials", "Each microcredential counts."),  # plural of a new loanword
    ],
)
def test_an_unknown_word_finds_another_form_of_it_by_its_stem(search_backend, organisation, language, query, text):
    assert not get_analyser(language).terms(query).known  # else this would test the lexicon, not the stem
    deed, _unrelated = deeds(search_backend, organisation, language, text, UNRELATED)
    assert search(search_backend, query, language) == [deed]


@needs_postgres
@pytest.mark.parametrize(
    ("language", "unknown", "unknown_text", "known", "known_text"),
    [
        # the safety agency Tukes beside tukesi "your support" (tuki)
        fi("Tukesin", "Tukes valvoo kemikaaleja.", "tukesi", "Tukesi ratkaisi asian."),
        # the courier Wolt beside voltti "somersault", genitive voltin
        fi("Woltin", "Woltin kuljettaja soitti.", "voltin", "Voltin hyppy onnistui."),
        # the Finnish post Posti beside posten "the post"
        ("sv", "Posti", "Posti delade ut breven.", "posten", "Posten delade ut breven."),
        # the care company Attendo beside attend
        ("en", "Attendo", "Attendo runs care homes.", "attending", "We attended the meeting."),
    ],
)
def test_the_stem_of_an_unknown_word_does_not_merge_a_known_word_that_looks_like_it(
    search_backend, organisation, language, unknown, unknown_text, known, known_text
):
    unknown_deed, known_deed = deeds(search_backend, organisation, language, unknown_text, known_text)
    assert search(search_backend, unknown, language) == [unknown_deed]
    assert search(search_backend, known, language) == [known_deed]


@pytest.mark.parametrize(
    ("language", "query", "base", "terms"),
    [
        fi("Valviran", "Valvira", QueryTerms(("valvir", "valviran"), ("valviran",))),
        ("sv", "Attendos", "Attendo", QueryTerms(("attendo", "attendos"), ("attendos",))),
        ("en", "cobots", "cobot", QueryTerms(("cobot", "cobots"), ("cobots",))),
    ],
)
def test_an_unknown_word_is_matched_as_typed_by_its_stem_and_as_a_prefix(language, query, base, terms):
    analyser = get_analyser(language)
    assert analyser.query_alternatives(query) == terms
    assert terms.exact[0] in analyser.index_terms(base)  # the stem is what the two forms share


# --- 2. Compounds ----------------------------------------------------------------


@needs_postgres
@pytest.mark.parametrize(
    ("language", "text", "head", "front"),
    [
        fi("Ruokahävikin määrä laski.", "hävikkiä", "ruoka"),
        fi("Jäteastioihin tuli tarrat.", "astiat", "jäte"),
        # Swedish compounds simplemma does not list, split by lemmas.py into a known front and head
        ("sv", "Cykelparkeringen byggdes ut.", "parkeringen", "cykel"),
        ("sv", "Hållbarhetsveckan ordnades.", "veckan", "hållbarhet"),
    ],
)
def test_the_head_finds_a_compound_and_a_lone_front_part_does_not(
    search_backend, organisation, language, text, head, front
):
    deed, _unrelated = deeds(search_backend, organisation, language, text, UNRELATED)
    assert search(search_backend, head, language) == [deed]
    assert search(search_backend, front, language) == []


@needs_postgres
@pytest.mark.parametrize(
    ("language", "query", "whole", "in_compound"),
    [
        fi("hävikki", "Hävikki pieneni syksyllä.", "Ruokahävikki pieneni syksyllä."),
        ("sv", "parkering", "Parkeringen utökades i höstas.", "Cykelparkeringen utökades i höstas."),
    ],
)
def test_the_word_itself_ranks_above_a_compound_that_holds_it(
    search_backend, organisation, language, query, whole, in_compound
):
    # The compound is the newer deed, so a tie would put it first.
    whole_deed, compound_deed = deeds(search_backend, organisation, language, whole, in_compound)
    assert search(search_backend, query, language) == [whole_deed, compound_deed]


@needs_postgres
def test_in_a_body_field_a_whole_word_ranks_above_a_part(search_backend, organisation):
    whole, in_compound = deeds(
        search_backend, organisation, "sv", "Parkeringen utökades.", "Cykelparkeringen utökades.", field="goal"
    )
    assert search(search_backend, "parkering", "sv") == [whole, in_compound]


@needs_postgres
@pytest.mark.parametrize(
    ("language", "part", "text", "whole"),
    [
        fi("tulo", "Toimeentulon turva parani.", "toimeentulo"),  # toimeen=tulo: one component
        fi("ilma", "Maailmassa on tilaa.", "maailma"),  # maailma beside maa+ilma: the fewer parts win
        ("sv", "hus", "Sjukhuset byggdes om.", "sjukhus"),  # a compound simplemma lists is a word of its own
    ],
)
def test_a_lexicalised_compound_is_not_split(search_backend, organisation, language, part, text, whole):
    (deed,) = deeds(search_backend, organisation, language, text)
    assert search(search_backend, part, language) == []
    assert search(search_backend, whole, language) == [deed]


@pytest.mark.parametrize(
    ("language", "word", "parts", "not_terms"),
    [
        fi("ruokahävikin", {"hävikki"}, {"ruoka"}),
        fi("toimeentulon", set(), {"toimeen", "tulo"}),
        ("sv", "cykelparkeringen", {"parkering"}, {"cykel"}),
    ],
)
def test_compound_parts_are_the_head_and_never_a_lone_front(language, word, parts, not_terms):
    terms = get_analyser(language).terms(word)
    assert set(terms.parts.split()) == parts
    assert not not_terms & set(terms.index)
    assert not parts & set(terms.query.exact)  # a query never matches its parts


# --- 3. Ranking ------------------------------------------------------------------


@needs_postgres
@pytest.mark.parametrize(
    ("language", "query", "title", "body_word"),
    [
        fi("kierrätys", "Kierrätyksen kokeilu", "kierrätys"),
        ("sv", "bibliotek", "Biblioteken öppnade", "bibliotek"),
        ("en", "teach", "Nurses taught nurses", "teach"),
    ],
)
def test_a_title_holding_a_form_of_the_word_ranks_above_a_body_repeating_it(
    search_backend, organisation, language, query, title, body_word
):
    in_title = make_deed(search_backend, organisation, language, title=title)
    (in_body,) = deeds(search_backend, organisation, language, f"{body_word} " * 20)  # newer
    assert search(search_backend, query, language) == [in_title, in_body]


@needs_postgres
@pytest.mark.parametrize(
    ("language", "inflected", "base", "title", "many", "once", "part"),
    [
        fi(
            "kirjastoihin",
            "kirjasto",
            "Kirjastot uudistuvat",
            "Kirjasto avattiin. Kirjastossa luettiin. Kirjastoon tultiin.",
            "Kirjasto avattiin.",
            "Kaupunginkirjasto avattiin.",
        ),
        (
            "sv",
            "utbildningarna",
            "utbildning",
            "Utbildningen för chefer",
            "En utbildning ordnades. Utbildningen var bra. Utbildningar behövs.",
            "En utbildning ordnades.",
            "En chefsutbildning ordnades.",
        ),
        (
            "en",
            "mentors",
            "mentor",
            "Mentors for newcomers",
            "A mentor helped. The mentors met. Each mentor listened.",
            "A mentor helped.",
            "The mentorship helped.",
        ),
    ],
)
def test_an_inflected_query_ranks_the_same_deeds_alike_as_the_base_form(
    search_backend, organisation, language, inflected, base, title, many, once, part
):
    analyser = get_analyser(language)
    assert analyser.query_alternatives(inflected) == analyser.query_alternatives(base)
    # Created in the expected order, so newest first (the tie-break) would give the reverse.
    in_title = make_deed(search_backend, organisation, language, title=title)
    repeated, single, as_part, _unrelated = deeds(search_backend, organisation, language, many, once, part, UNRELATED)
    expected = [in_title, repeated, single, as_part]

    assert search(search_backend, base, language) == expected
    assert search(search_backend, inflected, language) == expected


# --- 4. Swedish and English lemmas -----------------------------------------------


@needs_postgres
@pytest.mark.parametrize(("one", "other"), list(combinations(["skola", "skolan", "skolor", "skolorna"], 2)))
def test_every_form_of_a_swedish_noun_finds_every_other(search_backend, organisation, one, other):
    with_one, with_other, _unrelated = deeds(
        search_backend, organisation, "sv", f"Vi besökte {one} i våras.", f"Vi besökte {other} i våras.", UNRELATED
    )
    assert set(search(search_backend, one, "sv")) == {with_one, with_other}
    assert set(search(search_backend, other, "sv")) == {with_one, with_other}


@needs_postgres
@pytest.mark.parametrize(
    ("language", "query", "text"),
    [
        ("sv", "böcker", "Boken lånades ut."),
        ("sv", "stad", "Städerna växte."),
        ("sv", "män", "Mannen kom."),
        ("en", "children", "A child smiled."),
        ("en", "teach", "She taught nurses."),
    ],
)
def test_irregular_forms_find_each_other(search_backend, organisation, language, query, text):
    deed, _unrelated = deeds(search_backend, organisation, language, text, UNRELATED)
    assert search(search_backend, query, language) == [deed]


@pytest.mark.parametrize(
    ("language", "inflected", "base"),
    [("sv", "böcker", "bok"), ("sv", "skolan", "skola"), ("en", "children", "child"), ("en", "cities", "city")],
)
def test_a_swedish_or_english_form_has_the_same_query_terms_as_its_base_form(language, inflected, base):
    # The stem is the lemma's, not the word's: otherwise "children" would also search "children", and rank apart.
    analyser = get_analyser(language)
    assert analyser.query_alternatives(inflected) == analyser.query_alternatives(base)


@needs_postgres
@pytest.mark.parametrize(
    ("language", "query", "text"), [("en", "Wolt's", "Wolt delivers lunch."), fi("KT:n", "KT ohjeisti.")]
)
def test_a_possessive_or_case_ending_after_a_mark_finds_the_word(search_backend, organisation, language, query, text):
    deed, _unrelated = deeds(search_backend, organisation, language, text, UNRELATED)
    assert search(search_backend, query, language) == [deed]


@needs_postgres
@pytest.mark.parametrize(
    ("language", "base", "derivation", "base_text", "derivation_text"),
    [
        ("en", "mentor", "mentorship", "A mentor listened.", "The mentorship lasted a year."),
        ("en", "parents", "parenthood", "Her parent listened.", "Parenthood changed her."),
        ("sv", "medlem", "medlemskap", "En medlem förnyade.", "Medlemskapet förnyades."),
    ],
)
def test_a_derivation_is_found_by_its_base_word_and_ranks_below_it(
    search_backend, organisation, language, base, derivation, base_text, derivation_text
):
    # The derivation is the newer deed, so a tie would put it first.
    plain, derived = deeds(search_backend, organisation, language, base_text, derivation_text)
    assert search(search_backend, base, language) == [plain, derived]
    assert search(search_backend, derivation, language) == [derived]  # a query never matches its base


@needs_postgres
@pytest.mark.parametrize(
    ("language", "query", "text"),
    [
        ("en", "wellness", "It went well."),
        ("en", "employment", "They employ nurses."),
        ("sv", "delaktighet", "Hon var delaktig."),
    ],
)
def test_a_derivation_does_not_find_its_base_by_a_long_stem(search_backend, organisation, language, query, text):
    # Snowball cuts wellness to well; a cut longer than an inflection's ending is not indexed as a form.
    make_deed(search_backend, organisation, language, title="Xyzzy", summary=text)
    assert search(search_backend, query, language) == []
