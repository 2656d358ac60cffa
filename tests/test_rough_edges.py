"""The visitors' rough edges (issue 13, point 9): autocomplete on the form pages, listings that say what a
filter found, a language switcher that tells when a page is not translated, and a thank-you page of its own."""

import pytest
from django.core import mail
from django.utils import translation
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.forms.utils import get_field_clean_name

from home.demo.content import read
from home.demo.site import form_field
from tests import factories
from tests.utils import soup


def title(response):
    return soup(response).title.get_text()


# --- a) autocomplete on the fields of the form pages ------------------------------------------------------------


def demo_form_page(parent, name, language, **fields):
    values = read("home.demo", language, name)
    page = factories.FormPageFactory(parent=parent, thank_you_text=values["thank_you_text"], **fields)
    for row in values["form_fields"]:
        factories.FormFieldFactory(page=page, **form_field(row))
    return page, [row["label"] for row in values["form_fields"]]


def autocomplete_by_label(response, labels):
    """``{field label: its autocomplete token}`` of the form page's fields, as rendered."""
    document = soup(response)
    tokens = {}
    for label in labels:
        control = document.find(attrs={"name": get_field_clean_name(label)})
        tokens[label] = control.get("autocomplete")
    return tokens


FEEDBACK_TOKENS = [None, None, None, "name", "email"]  # page, problem, assistive technology, name, email


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_demo_feedback_form_tells_browsers_which_fields_ask_for_the_visitors_details(client, home_page, language):
    page, labels = demo_form_page(home_page, "palaute", language, slug=f"palaute-{language}")

    tokens = autocomplete_by_label(client.get(page.get_url()), labels)

    assert tokens == dict(zip(labels, FEEDBACK_TOKENS, strict=True))


def test_a_phone_field_is_a_telephone_input_and_a_name_of_something_else_is_not_a_persons_name(client, home_page):
    page = factories.FormPageFactory(parent=home_page, slug="lomake")
    for label, field_type in [
        ("Matkapuhelin", "singleline"),
        ("Yksikön nimi", "singleline"),
        ("Etunimi", "singleline"),
        ("Sukunimi", "singleline"),
        ("Työnantajan nimi", "singleline"),
        ("Yhteyssähköposti", "email"),
        ("Organisaatiot, joissa olet työskennellyt", "multiline"),
    ]:
        factories.FormFieldFactory(page=page, label=label, field_type=field_type, required=False)

    document = soup(client.get(page.get_url()))

    def control(name):
        return document.find(attrs={"name": name})

    assert control("matkapuhelin")["autocomplete"] == "tel"
    assert control("matkapuhelin")["type"] == "tel"
    assert control("yksikon_nimi").get("autocomplete") is None
    assert control("etunimi")["autocomplete"] == "given-name"
    assert control("sukunimi")["autocomplete"] == "family-name"
    assert control("tyonantajan_nimi")["autocomplete"] == "organization"
    assert control("yhteyssahkoposti")["autocomplete"] == "email"
    assert control("organisaatiot_joissa_olet_tyoskennellyt").get("autocomplete") is None  # not one line


# --- c) a filtered listing says what it found, in its title and right after its heading ---------------------


@pytest.fixture
def deed_index(homes):
    index = factories.DeedIndexPageFactory(parent=homes["fi"], title="Tekojen tori", slug="teot")
    sote, sivistys = factories.SectorFactory(name="Sote", slug="sote"), factories.SectorFactory(slug="sivistys")
    for _ in range(2):
        factories.DeedFactory(sectors=[sote])
    factories.DeedFactory(sectors=[sivistys])
    return index


def summary_after_heading(response):
    return soup(response).find("h1").find_next_sibling()


def test_filtered_deed_listing_starts_its_title_with_the_count(client, deed_index):
    response = client.get(deed_index.get_url(), {"sector": "sote"})

    assert title(response).startswith("2 tekoa – Tekojen tori")  # Finnish: the msgid was translated before
    summary = summary_after_heading(response)
    assert "result-summary" in summary["class"]
    assert summary["role"] == "status"
    assert summary.get_text(" ", strip=True).startswith("2 tekoa")
    assert summary.find("a")["href"] == "#results"
    assert soup(response).find(id="results") is not None


def test_deed_listing_without_filters_keeps_its_title(client, deed_index):
    response = client.get(deed_index.get_url())

    assert title(response) == "Tekojen tori – Tekojen tori"
    assert soup(response).select(".result-summary") == []


def test_a_search_that_finds_nothing_says_so_in_the_title(client, homes, deed_index):
    english = factories.translate(deed_index, "en", title="Deeds", slug="deeds")

    response = client.get(english.get_url(), {"q": "zzzqqqxxx"})

    assert title(response).startswith("No deeds – Deeds")
    assert summary_after_heading(response).get_text(" ", strip=True).startswith("No deeds")


def test_every_facet_group_ends_with_the_forms_button(client, deed_index):
    document = soup(client.get(deed_index.get_url()))

    form = document.select_one("form.deed-filters__form")
    groups = form.select("fieldset.facet")
    with_options = [group for group in groups if group.select("input[type=checkbox]")]
    assert with_options  # sectors, themes, ...
    for group in with_options:
        last = group.find_all(recursive=False)[-1]
        assert last.name == "button"
        assert last.get("type") == "submit"
        assert not last.has_attr("form") and not last.has_attr("name")  # sends the same form, nothing extra
    assert len(form.select("button[type=submit]")) == len(with_options) + 1  # and the one at the end


@pytest.fixture
def news_index(home_page):
    index = factories.NewsIndexPageFactory(parent=home_page, title="Uutiset", slug="uutiset")
    factories.NewsPageFactory(parent=index, slug="vanha", date="2025-03-01")
    for n in range(2):
        factories.NewsPageFactory(parent=index, slug=f"uusi-{n}")
    return index


def test_filtered_news_listing_starts_its_title_with_the_count(client, news_index):
    response = client.get(news_index.get_url(), {"year": "2025"})

    assert title(response).startswith("1 uutinen – Uutiset")
    summary = summary_after_heading(response)
    assert summary["role"] == "status"
    assert summary.get_text(" ", strip=True).startswith("1 uutinen")
    assert summary.find("a")["href"] == "#results"

    unfiltered = client.get(news_index.get_url())
    assert title(unfiltered).startswith("Uutiset – ")
    assert soup(unfiltered).select(".result-summary") == []


# --- d) the language switcher says when a page has no translation ------------------------------------------


def switcher(response):
    return {link["hreflang"]: link for link in soup(response).select("nav.language-switcher a")}


def note_in(language):
    with translation.override(language):
        return translation.gettext("this page is not available in this language: the link leads to the home page")


def test_switcher_tells_that_a_page_has_no_translation_and_the_home_page_says_so(client, homes):
    page = factories.StandardPageFactory(parent=homes["fi"], title="Vain suomeksi", slug="vain-suomeksi")

    links = switcher(client.get(page.get_url()))

    assert links["en"]["href"] == "/en/?untranslated=1"
    hidden = links["en"].select_one(".visually-hidden")
    assert note_in("en") in hidden.get_text()
    assert links["en"]["lang"] == "en"  # the note is in the link's own language
    assert links["fi"].select(".visually-hidden") == []  # the current page

    arrival = client.get(links["en"]["href"])
    notice = soup(arrival).select_one(".untranslated-notice")
    assert notice["role"] == "status"
    assert "not available in this language" in notice.get_text()
    assert "Set-Cookie" not in arrival  # nothing stored for the visitor: Varnish may keep it
    assert "no-store" not in arrival.get("Cache-Control", "")
    assert soup(client.get("/en/")).select(".untranslated-notice") == []


def test_switcher_to_a_translation_has_no_note(client, homes):
    page = factories.StandardPageFactory(parent=homes["fi"], title="Sparraus", slug="sparraus")
    swedish = factories.translate(page, "sv", title="Sparrning", slug="sparrning")

    links = switcher(client.get(page.get_url()))

    assert links["sv"]["href"] == swedish.get_url()
    assert links["sv"].select(".visually-hidden") == []
    assert links["en"]["href"] == "/en/?untranslated=1"


def test_switcher_on_a_deed_follows_the_deeds_own_translations(client, homes, deed_index):
    factories.translate(deed_index, "sv", title="Gärningstorget", slug="teot-sv")
    factories.translate(deed_index, "en", title="Deeds", slug="deeds")
    deed = factories.DeedFactory(title="Jaksamisen kahvilat", slug="jaksamisen-kahvilat")
    swedish = factories.translate_snippet(deed, "sv", title="Ork-kaféerna", slug="ork-kafeerna")

    links = switcher(client.get(deed_index.deed_url(deed)))

    assert "untranslated" not in links["sv"]["href"]
    assert swedish.slug in links["sv"]["href"]
    assert links["sv"].select(".visually-hidden") == []
    assert links["en"]["href"] == "/en/?untranslated=1"
    assert note_in("en") in links["en"].get_text()


# --- e) a sent form is answered with a thank-you page of its own ----------------------------------------


@pytest.fixture
def english_form(homes, settings):
    settings.FORM_MIN_SECONDS = 0
    page = factories.FormPageFactory(
        parent=homes["en"],
        locale=factories.get_locale("en"),
        title="Accessibility feedback",
        slug="feedback",
        thank_you_text="<p>We will reply within 14 days.</p>",
    )
    factories.FormFieldFactory(page=page, label="Describe the problem", field_type="multiline")
    return page


def send(client, page, **data):
    token = soup(client.get(page.get_url())).find("input", attrs={"name": "form_token"})["value"]
    return client.post(page.get_url(), {**data, "form_token": token})


def test_a_sent_form_redirects_to_its_thank_you_page(client, english_form):
    response = send(client, english_form, describe_the_problem="The menu cannot be opened.")

    assert response.status_code == 303
    assert response["Location"] == english_form.get_url() + "kiitos/"
    assert FormSubmission.objects.count() == 1
    assert len(mail.outbox) == 1

    thanks = client.get(response["Location"])
    document = soup(thanks)
    assert thanks.status_code == 200
    assert title(thanks) == "Thank you! – Accessibility feedback – Tekojen tori"
    assert [h1.get_text(strip=True) for h1 in document.find_all("h1")] == ["Thank you!"]
    assert "We will reply within 14 days." in document.find(attrs={"role": "status"}).get_text()
    assert document.find("form", method="post") is None
    assert "The menu cannot be opened." not in thanks.text  # nobody's answers

    client.get(response["Location"])  # reloading the thank-you page
    assert FormSubmission.objects.count() == 1
    assert len(mail.outbox) == 1


def test_thank_you_page_writes_nothing_and_may_be_cached(client, english_form, django_assert_max_num_queries):
    thanks_url = english_form.get_url() + "kiitos/"
    client.get(thanks_url)  # the first visitor fills the frame's caches
    with django_assert_max_num_queries(12) as queries:
        response = client.get(thanks_url)

    assert response.status_code == 200
    assert "Set-Cookie" not in response
    assert "no-store" not in response.get("Cache-Control", "")
    assert soup(response).find("meta", attrs={"name": "robots"})["content"].startswith("noindex")
    assert not [query for query in queries.captured_queries if not query["sql"].lstrip().startswith("SELECT")]


def test_thank_you_page_takes_no_posts_and_a_draft_form_has_none(client, english_form):
    assert client.post(english_form.get_url() + "kiitos/", {"describe_the_problem": "x"}).status_code == 405
    assert FormSubmission.objects.count() == 0

    english_form.unpublish()
    assert client.get(english_form.get_url() + "kiitos/").status_code == 404
