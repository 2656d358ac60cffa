"""Search that understands Finnish: any inflected form finds any other, a compound part finds the compound.

The analyser tests need Voikko (``apt-get install libvoikko1 voikko-fi``, ``pip install libvoikko``);
the search tests also need PostgreSQL, whose full-text search the backend builds on.
"""

import hashlib
import inspect
import logging
import sys
import threading

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.utils import translation
from modelsearch.backends.database.postgres import postgres as pg
from modelsearch.query import And, Not, PlainText
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.utils import parse_query_string

from home.models import StandardPage
from home.search import analysis
from home.search.backend import FinnishPostgresSearchBackend
from teot.models import Deed
from tests import factories

voikko = analysis.get_analyser("fi")
needs_voikko = pytest.mark.skipif(
    not voikko.available, reason="Voikko is not installed: apt-get install libvoikko1 voikko-fi"
)
needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Finnish search builds on PostgreSQL full-text search; set DATABASE_URL to a PostgreSQL database",
)
FINNISH_BACKEND = {"default": {"BACKEND": "home.search.backend"}}


# --- The analyser (no database) ---------------------------------------------------


@needs_voikko
@pytest.mark.parametrize(
    ("word", "terms"),
    [
        ("kuntien", {"kuntien", "kunta"}),
        ("Työhyvinvoinnin", {"työhyvinvoinnin", "työhyvinvointi", "hyvinvointi"}),
        ("kehittäminen", {"kehittäminen", "kehittää"}),
        ("kehittämistekojen", {"kehittämistekojen", "kehittämisteko", "teko"}),
        ("kuntatyönantajien", {"antaja", "kuntatyö", "työnantaja", "kuntatyönantaja"}),
        ("varhaiskasvatuksen", {"varhaiskasvatus", "kasvatus"}),
        ("Limingan", {"limingan", "liminka"}),
        ("sote-uudistuksen", {"sote-uudistus", "sote", "uudistus"}),
        ("KT:n", {"kt:n", "kt"}),
        ("Kuntatyö2030", {"kuntatyö2030", "kuntatyö", "työ", "2030"}),
    ],
)
def test_a_word_is_indexed_under_its_base_forms_and_compound_parts(word, terms):
    assert terms <= voikko.index_terms(word)


@needs_voikko
@pytest.mark.parametrize(
    ("word", "not_terms"),
    [
        ("varhaiskasvatus", {"varhais"}),  # a bound prefix, no word
        ("tekoälyn", {"teko"}),  # a lone front part: the compound is not about it
        ("kuntatyönantajien", {"kunta", "työ"}),
        ("Kuntatyö2030", {"kunta"}),
        ("hyvinvoinnin", {"hyvin", "vointi"}),  # lexicalised: one part in Voikko's analysis
    ],
)
def test_misleading_parts_are_not_indexed(word, not_terms):
    assert not not_terms & voikko.index_terms(word)


@needs_voikko
def test_a_query_word_matches_its_base_forms_but_not_its_parts():
    terms = voikko.query_alternatives("työhyvinvoinnin")
    assert terms.exact == ("työhyvinvointi",)
    assert not terms.prefixes


@needs_voikko
def test_a_word_voikko_does_not_know_is_matched_as_typed_by_stem_and_as_a_prefix():
    assert voikko.query_alternatives("Keva") == analysis.QueryTerms(("keva",), ("keva",))
    assert voikko.query_alternatives("Tekryn") == analysis.QueryTerms(("tekry", "tekryn"), ("tekryn",))


@needs_voikko
def test_expand_text_appends_base_forms_and_parts_once_per_word():
    forms, parts = voikko.expand_text("Kuntien työhyvinvointi, kunnissa!")
    assert forms.split() == ["kunta", "kunta"]
    assert parts.split() == ["hyvinvointi"]


@needs_voikko
def test_each_thread_gets_its_own_voikko_handle():
    # A shared handle returns wrong analyses under threads without raising.
    words = ["kuntien", "työhyvinvoinnin", "sparrauksia", "perhevapaiden", "hyvinvointialueiden", "Limingan"] * 50
    expected = [voikko.lexicon.analyse(word) for word in words]
    results, handles = {}, set()

    def analyse(n):
        handles.add(id(voikko.lexicon._handle()))
        results[n] = [voikko.lexicon.analyse(word) for word in words]

    threads = [threading.Thread(target=analyse, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(handles) == 4
    assert all(result == expected for result in results.values())


def test_without_voikko_words_are_matched_as_written_by_stem_and_by_prefix():
    plain = analysis.Analyser("fi", lexicon=None)
    assert plain.index_terms("Kuntien") == {"kuntien", "kunt"}
    assert plain.expand_text("Kuntien työhyvinvointi") == ("kunt työhyvinvoint", "")
    assert plain.query_alternatives("Kunta") == analysis.QueryTerms(("kun", "kunta"), ("kunta",))


def test_a_missing_voikko_is_logged_once_and_the_site_still_runs(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "libvoikko", None)  # import libvoikko now raises ImportError
    monkeypatch.setattr(analysis, "_analysers", {})
    with caplog.at_level(logging.WARNING, logger="home.search.analysis"):
        for _ in range(2):
            assert analysis.get_analyser("fi").index_terms("kuntien") == {"kuntien", "kunt"}
    assert [record.message for record in caplog.records].count(caplog.records[0].message) == 1
    assert "without its lexicon" in caplog.records[0].message


@pytest.mark.skipif(connection.vendor == "postgresql", reason="what other databases get")
@pytest.mark.django_db
def test_other_databases_get_wagtails_database_backend(settings):
    settings.WAGTAILSEARCH_BACKENDS = FINNISH_BACKEND
    search_backend = get_search_backend()
    assert not isinstance(search_backend, FinnishPostgresSearchBackend)
    deed = factories.DeedFactory(title="Kunta kehittää työhyvinvointia")
    search_backend.add(deed)
    assert deed in list(search_backend.search("kunta", Deed))


@needs_postgres
def test_the_copied_upstream_indexing_code_is_unchanged():
    # FinnishIndex.add_items repeats modelsearch's; when this fails, compare the two again.
    source = inspect.getsource(pg.PostgresIndex.add_items).encode()
    assert hashlib.sha256(source).hexdigest()[:16] == "62bf7488351e3864"


# --- Searching on PostgreSQL -------------------------------------------------------


@pytest.fixture
def search_backend(settings, locales):
    settings.WAGTAILSEARCH_BACKENDS = FINNISH_BACKEND
    search_backend = get_search_backend()
    assert isinstance(search_backend, FinnishPostgresSearchBackend)
    return search_backend


@pytest.fixture
def organisation(db):
    return factories.OrganisationFactory(name="Testi Oy")


def make_deed(search_backend, organisation, language="fi", title="Esimerkki", summary="", **fields):
    """A deed whose words are only those given, indexed."""
    defaults = {"goal": "", "actions": "", "results": "", "tips": "", "unit": ""}
    deed = factories.DeedFactory(
        title=title,
        summary=summary,
        organisation=organisation,
        locale=factories.get_locale(language),
        **(defaults | fields),
    )
    search_backend.add(deed)
    return deed


def search(search_backend, query, language="fi", model=Deed, operator="and"):
    with translation.override(language):
        queryset = model.objects.filter(locale=factories.get_locale(language))
        return list(search_backend.search(query, queryset, operator=operator))


# Query, text: the query must find the text.
MATCHES = [
    # inflected nouns, both ways
    ("kunta", "Kuntien henkilöstö kokoontui."),
    ("kuntien", "Kunta palkkasi uuden johtajan."),
    ("kunnissa", "Muutto kuntaan helpottui."),
    ("työhyvinvointi", "Työhyvinvoinnin kysely tehtiin."),
    ("työhyvinvoinnin", "Satsasimme työhyvinvointiin."),
    ("sparraus", "Saimme sparrauksen keväällä."),
    ("sparrauksia", "Sparraus auttoi tiimiä."),
    ("varhaiskasvatus", "Varhaiskasvatuksen henkilöstö"),
    ("työaika", "Työaikojen suunnittelu"),
    ("perhevapaa", "Perhevapaiden uudistus"),
    ("palkka", "Palkkojen harmonisointi"),
    ("koulu", "Kouluissa kokeiltiin uutta."),
    ("opettaja", "Opettajille järjestettiin koulutus."),
    ("sairaala", "Sairaalassa työskentelevät"),
    ("päiväkoti", "Päiväkodeissa aloitettiin"),
    ("lapsi", "Lasten kanssa ulkoiltiin."),
    ("vanhus", "Vanhusten palvelut"),
    ("kotihoito", "Kotihoidon tiimit"),
    ("henkilöstö", "Henkilöstön jaksaminen"),
    ("kokous", "Kokouksissa puhuttiin vähemmän."),
    ("kirjasto", "Kirjastoissa avattiin lukupiiri."),
    ("tiimi", "Tiimeissä sovittiin pelisäännöt."),
    ("siivous", "Siivouksen työvuorot"),
    ("kiire", "Kiireen hallinta"),
    ("työ", "Töitä jaettiin tasaisemmin."),
    ("etätyö", "Etätöissä pidettiin yhteyttä."),
    ("Liminka", "Limingan kunta"),
    ("Limingan", "Liminka on kunta."),
    # verbs and their nouns
    ("kehittää", "Työn kehittäminen jatkuu."),
    ("kehittäminen", "Kehitimme uuden mallin."),
    ("kokeilla", "Kokeilimme vuorotyötä."),
    ("oppiminen", "Opimme toisiltamme."),
    ("johtaminen", "Johtamisen valmennus"),
    # compound parts find the compound
    ("hyvinvointi", "Työhyvinvoinnin kehittäminen"),
    ("hyvinvointialue", "Hyvinvointialueiden työntekijät"),
    ("alue", "Hyvinvointialueella aloitettiin"),
    ("kasvatus", "Varhaiskasvatuksessa"),
    ("hoito", "Kotihoidossa"),
    ("hoitaja", "Sairaanhoitajat"),
    ("teko", "Kehittämistekoja kertyi sata."),
    ("kysely", "Työhyvinvointikyselyn tulokset"),
    ("työnantaja", "Kuntatyönantajien suositus"),
    ("vapaa", "Perhevapaat"),
    ("uudistus", "Sote-uudistuksen aikana"),
    ("sote-uudistus", "Sote-uudistuksen aikana"),
    # words Voikko does not know, abbreviations, numbers, case
    ("Keva", "Kevan asiantuntija"),
    ("KT", "KT:n ohjeet"),
    ("Kuntatyö2030", "Kuntatyö2030-hankkeen teot"),
    ("TYÖHYVINVOINTI", "työhyvinvoinnin"),
    # several words: each in any form, in any order
    ("kuntien työhyvinvoinnin kehittäminen", "Kunta kehittää työhyvinvointia."),
    ("perhevapaat kunnissa", "Kuntien perhevapaa"),
]

# Query, text: the query must not find the text.
MISMATCHES = [
    ("työhyvinvointi", "Työ on raskasta."),  # a compound does not find its parts
    ("kunta", "Kuntosali avattiin."),
    ("hyvinvointi", "Hyvin meni."),
    ("alue", "Aluksi sovittiin."),
    ("perhevapaa", "Vapaaehtoiset auttoivat."),
    ("sparraus", "Sairaus yllätti."),
    ("koulu", "Koulutus järjestettiin."),
    ("palkka", "Palkinto jaettiin."),
    ("lapsi", "Lapio katosi."),
    ("työaika", "Aikataulu piti."),
    ("hoitaja", "Kotihoidossa"),
    ("vanhus", "Vanhat tavat"),
    ("Liminka", "Lieksan kaupunki"),
    ("Keva", "Kelan etuudet"),
    ("kunta kissa", "Kunta palkkasi."),  # every word must be found
    ("kuntien työhyvinvoinnin kehittäminen", "Kuntien henkilöstö"),
]


@needs_voikko
@needs_postgres
@pytest.mark.parametrize(("query", "text"), MATCHES)
def test_finnish_query_finds_text_in_any_form(search_backend, organisation, query, text):
    deed = make_deed(search_backend, organisation, goal=text)
    assert search(search_backend, query) == [deed]


@needs_voikko
@needs_postgres
@pytest.mark.parametrize(("query", "text"), MISMATCHES)
def test_finnish_query_does_not_find_other_words(search_backend, organisation, query, text):
    make_deed(search_backend, organisation, goal=text)
    assert search(search_backend, query) == []


def test_the_pair_sets_are_large_enough():
    assert len(MATCHES) >= 40
    assert len(MISMATCHES) >= 10


@needs_voikko
@needs_postgres
def test_done_when_kuntien_tyohyvinvoinnin_kehittaminen_finds_deeds_in_other_forms(search_backend, organisation):
    all_three = make_deed(search_backend, organisation, title="Kunta kehittää työhyvinvointia")
    municipality = make_deed(search_backend, organisation, goal="Kunta palkkasi uuden johtajan.")
    wellbeing = make_deed(search_backend, organisation, goal="Työhyvinvointi parani.")
    development = make_deed(search_backend, organisation, goal="Haluamme kehittää palveluja.")
    make_deed(search_backend, organisation, goal="Kissa nukkui.")
    query = "kuntien työhyvinvoinnin kehittäminen"

    assert search(search_backend, query) == [all_three]
    found = search(search_backend, query, operator="or")
    assert found[0] == all_three
    assert set(found) == {all_three, municipality, wellbeing, development}


@needs_voikko
@needs_postgres
def test_update_index_command_indexes_deeds_and_pages_in_finnish(search_backend, organisation, home_page):
    deed = factories.DeedFactory(title="Työhyvinvoinnin kehittäminen", organisation=organisation)
    page = factories.StandardPageFactory(parent=home_page, title="Ohjelma", intro="Kuntien työhyvinvointi")
    IndexEntry.objects.all().delete()

    call_command("update_index", verbosity=0)

    assert search(search_backend, "hyvinvointi") == [deed]
    assert search(search_backend, "kunta", model=StandardPage) == [page]
    assert [found.pk for found in search(search_backend, "työhyvinvointi", model=Page)] == [page.pk]


@needs_voikko
@needs_postgres
def test_title_ranks_above_body(search_backend, organisation):
    in_body = make_deed(search_backend, organisation, goal="Työhyvinvointi. Työhyvinvoinnin kehittäminen.")
    in_title = make_deed(search_backend, organisation, title="Työhyvinvointi")
    assert search(search_backend, "työhyvinvointi") == [in_title, in_body]


@needs_voikko
@needs_postgres
def test_the_words_of_a_query_may_be_split_between_title_and_body(search_backend, organisation):
    deed = make_deed(search_backend, organisation, title="Limingan kunta", goal="Työhyvinvointi parani.")
    assert search(search_backend, "kunnan työhyvinvointi") == [deed]


@needs_voikko
@needs_postgres
def test_page_title_ranks_above_page_body(search_backend, home_page):
    in_body = factories.StandardPageFactory(parent=home_page, title="Ohjelma", intro="Työhyvinvoinnin kehittäminen")
    in_title = factories.StandardPageFactory(parent=home_page, title="Työhyvinvointi")
    for page in (in_body, in_title):
        search_backend.add(page)
    assert search(search_backend, "työhyvinvointia", model=StandardPage) == [in_title, in_body]


@needs_voikko
@needs_postgres
def test_autocomplete_finds_titles_from_the_start_of_a_word_or_compound_part(search_backend, organisation):
    deed = make_deed(search_backend, organisation, title="Työhyvinvoinnin kehittämisteot")
    with translation.override("fi"):
        for query in ("kehittämiste", "hyvinvoi", "työhyvinvoinnin kehit"):
            assert list(search_backend.autocomplete(query, Deed)) == [deed], query


@needs_voikko
@needs_postgres
def test_phrase_and_not_queries(search_backend, organisation):
    reform = make_deed(search_backend, organisation, goal="Perhevapaiden uudistus koskee kuntia.")
    other = make_deed(search_backend, organisation, goal="Kunnissa kokeiltiin lyhyempää työaikaa.")
    with translation.override("fi"):
        _filters, phrase = parse_query_string('"perhevapaiden uudistus"')
        assert list(search_backend.search(phrase, Deed)) == [reform]
        query = And([PlainText("kunta"), Not(PlainText("perhevapaa"))])
        assert list(search_backend.search(query, Deed)) == [other]


@needs_postgres
def test_swedish_and_english_find_other_forms_of_a_word(search_backend, organisation):
    swedish = make_deed(search_backend, organisation, "sv", title="Arbetstiderna i kommunerna")
    english = make_deed(search_backend, organisation, "en", title="Developing wellbeing at work")
    assert search(search_backend, "kommun arbetstid", "sv") == [swedish]
    assert search(search_backend, "develops", "en") == [english]
    assert search(search_backend, "developed wellbeing", "en") == [english]


@needs_voikko
@needs_postgres
def test_each_language_keeps_its_own_index_entry(search_backend, organisation):
    # wagtail#9253: one backend per language would overwrite the other's rows.
    finnish_deed = make_deed(search_backend, organisation, title="Kuntien työajat")
    swedish_deed = factories.translate_snippet(finnish_deed, "sv", title="Kommunernas arbetstider", live=True)
    search_backend.add(swedish_deed)
    search_backend.add(finnish_deed)

    deed_entries = IndexEntry.objects.filter(content_type=ContentType.objects.get_for_model(Deed))
    entries = {entry.object_id: entry for entry in deed_entries}
    assert {"kunta", "työaika"} <= set(lexemes(entries[str(finnish_deed.pk)].title))
    assert {"kommun", "arbetstid"} <= set(lexemes(entries[str(swedish_deed.pk)].title))
    assert search(search_backend, "kunta") == [finnish_deed]
    assert search(search_backend, "kommunerna", "sv") == [swedish_deed]


def lexemes(tsvector):
    return [item.split(":")[0].strip("'") for item in str(tsvector).split()]


@needs_voikko
@needs_postgres
def test_without_voikko_finnish_search_still_finds_words_as_written_and_by_prefix(
    search_backend, organisation, monkeypatch
):
    monkeypatch.setitem(analysis._analysers, "fi", analysis.Analyser("fi", lexicon=None))
    deed = make_deed(search_backend, organisation, goal="Muutto kuntaan helpottui.")
    assert search(search_backend, "kunta") == [deed]
    assert search(search_backend, "kuntaan") == [deed]


BAD_QUERIES = [
    "",
    " ",
    "\t\n",
    "a" * 10_000,
    "kunta " * 2_000,
    "\x00",
    "kun\x00ta",
    "-Data",
    "a & b | !c",
    '"',
    '"kunta',
    '"kun\x00ta"',
    "'",
    "''",
    "\\",
    "\\'",
    ":*",
    "kunta:*",
    "kunta:A",
    "()",
    "(kunta",
    "!",
    "<->",
    "kunta <-> työ",
    "%",
    "_",
    "*",
    "😀",
    "live:true",
    "'; DROP TABLE wagtailsearch_indexentry; --",
]


@needs_postgres
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_bad_input_never_fails(search_backend, organisation, language):
    make_deed(search_backend, organisation, language, title="Kunta kehittää työhyvinvointia")
    with translation.override(language):
        for text in BAD_QUERIES:
            list(search_backend.search(text, Deed))
            list(search_backend.search(text, Deed, operator="and"))
            list(search_backend.autocomplete(text, Deed))
            _filters, parsed = parse_query_string(text, operator="and")
            list(search_backend.search(parsed, Deed))
            search_backend.search(text, Deed).count()


@needs_postgres
def test_bad_text_is_indexed_without_failing(search_backend, organisation):
    deed = make_deed(search_backend, organisation, title="Kunta & | ! :* \\ ' <->", goal="sana " * 50_000)
    deed.summary = "kunnissa\x00"  # cannot be saved, but could come from a model's method
    search_backend.add(deed)
    assert search(search_backend, "kunta") == [deed]
