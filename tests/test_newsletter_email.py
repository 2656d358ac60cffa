"""An issue as an email: a valid HTML document and a plain-text part in the issue's language, absolute
links, images with alt text, the one-click unsubscribe headers; its content cards on the web and in the
email; the editors' previews of both parts; and the test an editor sends to themselves."""

import datetime
import re

import html5lib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.blocks import StructBlockValidationError
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests import factories
from tests.utils import soup
from uutiskirje.blocks import ContentCardBlock
from uutiskirje.rendering import UNSUBSCRIBE_URL, IssueEmail, html_to_text, render_issue

pytestmark = pytest.mark.django_db
READER = "lukija@example.fi"
UNSUBSCRIBE = "https://tekojentori.fi/fi/uutiskirje/peru/abc123/"
CARD_KINDS = ("news", "deed", "webinar", "episode")


def card(kind, item, text=""):
    """A content card's raw StreamField data."""
    return {"type": "card", "value": {**dict.fromkeys(CARD_KINDS), kind: item.pk, "text": text}}


@pytest.fixture
def content(home_page, media_root):
    """A news item, deed, webinar and episode, each published under its index in Finnish, and an image."""
    image = factories.ImageFactory()
    news_index = factories.NewsIndexPageFactory(parent=home_page, slug="uutiset")
    webinar_index = factories.WebinarIndexPageFactory(parent=home_page, slug="webinaarit")
    podcast = factories.PodcastPageFactory(parent=home_page, slug="podcast")
    factories.DeedIndexPageFactory(parent=home_page, slug="teot")
    return {
        "image": image,
        "news": factories.NewsPageFactory(
            parent=news_index, title="Nelipäiväinen viikko", slug="viikko", image=image, image_alt="Kalenteri"
        ),
        "deed": factories.DeedFactory(title="Kiireetön aamu", slug="aamu", image=image, image_alt="Päiväkodin piha"),
        "webinar": factories.WebinarPageFactory(parent=webinar_index, title="Sparrauksen syksy", slug="sparraus"),
        "episode": factories.PodcastEpisodePageFactory(parent=podcast, title="Jakso hyvinvoinnista", slug="jakso"),
    }


@pytest.fixture
def issue(home_page, content):
    archive = factories.NewsletterIndexPageFactory(parent=home_page, slug="uutiskirje")
    news = content["news"]
    body = [
        {"type": "heading", "value": {"text": "Syksyn teot", "level": "h2"}},
        {
            "type": "paragraph",
            "value": f'<p>Lue <a linktype="page" id="{news.pk}">uutinen</a> ja '
            '<a href="https://www.example.fi/opas">opas</a>.</p><ul><li>Yksi</li><li>Kaksi</li></ul>',
        },
        {"type": "heading", "value": {"text": "Kuvia", "level": "h3"}},
        image_block(content["image"], alt="Työpaja käynnissä", caption="Syksyn työpaja"),
        image_block(content["image"], decorative=True),
        {
            "type": "call_to_action",
            "value": {
                "heading": "Kerro tekosi",
                "text": "Pienikin muutos innostaa.",
                "link": {"page": news.pk, "url": ""},
                "link_text": "Lue lisää",
            },
        },
        card("news", news),
        card("deed", content["deed"]),
        card("webinar", content["webinar"]),
        card("episode", content["episode"], text="Kuuntele, miten työhyvinvointia kehitetään."),
    ]
    return factories.NewsletterIssuePageFactory(
        parent=archive,
        title="Syksyn kirje",
        slug="syksyn-kirje",
        subject="Syksyn kehittämisteot",
        preheader="Uusia tekoja ja webinaareja.",
        date=datetime.date(2026, 9, 15),
        body=body,
    )


def image_block(image, alt="", caption="", decorative=False):
    value = {"image": image.pk, "decorative": decorative, "alt_text": alt}
    return {"type": "image", "value": {"image": value, "caption": caption, "credit": ""}}


def parts(message):
    """The plain-text body and the HTML alternative of a sent message."""
    (html, mime_type) = message.alternatives[0]
    assert mime_type == "text/html"
    return message.body, html


def assert_valid_html(html):
    html5lib.HTMLParser(strict=True).parse(html)  # raises at the first parse error


# --- The email ---------------------------------------------------------------------------------------


def test_the_email_is_one_valid_html_document_in_the_issues_language(issue):
    email = render_issue(issue)
    assert email.language == "fi"
    assert email.subject == "Syksyn kehittämisteot"
    assert_valid_html(email.html)
    assert email.html.startswith("<!DOCTYPE html>")
    document = BeautifulSoup(email.html, "html.parser")
    assert document.html["lang"] == "fi"
    assert document.find("meta", charset="utf-8")
    assert document.title.get_text() == "Syksyn kehittämisteot"
    assert "Uusia tekoja ja webinaareja." in document.select_one(".preheader").get_text()
    assert all(table.get("role") == "presentation" for table in document.find_all("table"))
    assert document.select_one("table.container")["width"] == "600"
    # The CSS is in style attributes; only what cannot be, the narrow screens' rule, stays in <style>.
    assert [style.get_text().strip()[:6] for style in document.find_all("style")] == ["@media"]
    assert "padding" in document.select_one("td.content")["style"]


def test_the_strict_check_finds_malformed_html():
    with pytest.raises(html5lib.html5parser.ParseError):
        assert_valid_html("<!DOCTYPE html><html lang='fi'><body><p>Teksti</span></body></html>")


def test_headings_keep_the_editors_levels_under_the_issues_title(issue):
    document = BeautifulSoup(render_issue(issue).html, "html.parser")
    headings = [(heading.name, heading.get_text(strip=True)) for heading in document.find_all(re.compile("^h[1-6]$"))]
    assert headings[:3] == [("h1", "Syksyn kirje"), ("h2", "Syksyn teot"), ("h3", "Kuvia")]


def test_every_image_has_alt_text_and_an_absolute_address(issue):
    images = BeautifulSoup(render_issue(issue).html, "html.parser").find_all("img")
    assert [image["alt"] for image in images] == ["Työpaja käynnissä", "", "Kalenteri", "Päiväkodin piha"]
    for image in images:
        assert image["src"].startswith("http://testserver/media/images/")
        assert int(image["width"]) <= 552 and image["height"]


def test_every_link_is_absolute_and_the_readers_own_unsubscribe_link_is_in_both_parts(issue):
    message = render_issue(issue).message(READER, UNSUBSCRIBE)
    text, html = parts(message)
    assert_valid_html(html)
    hrefs = [link["href"] for link in BeautifulSoup(html, "html.parser").find_all("a")]
    assert hrefs and all(href.startswith(("http://", "https://")) for href in hrefs)
    assert hrefs[0] == "http://testserver/fi/uutiskirje/syksyn-kirje/"  # read in the browser
    assert "http://testserver/fi/uutiset/viikko/" in hrefs  # the rich text's page link
    assert UNSUBSCRIBE in hrefs
    assert UNSUBSCRIBE in text
    assert UNSUBSCRIBE_URL not in text and UNSUBSCRIBE_URL not in html


def test_the_message_has_the_one_click_unsubscribe_headers(issue):
    message = render_issue(issue).message(READER, UNSUBSCRIBE)
    assert message.to == [READER]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert message.subject == "Syksyn kehittämisteot"
    assert message.extra_headers["List-Unsubscribe"] == f"<{UNSUBSCRIBE}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    headers = message.message()
    assert headers["List-Unsubscribe"] == f"<{UNSUBSCRIBE}>"


def test_the_unsubscribe_link_is_escaped_in_the_html():
    email = IssueEmail(language="fi", subject="Aihe", html=f'<a href="{UNSUBSCRIBE_URL}">Peru</a>', text="")
    _, html = parts(email.message(READER, "https://tekojentori.fi/peru/?a=1&b=2"))
    assert 'href="https://tekojentori.fi/peru/?a=1&amp;b=2"' in html


def test_the_plain_text_part_keeps_every_link_address(issue):
    text, _ = parts(render_issue(issue).message(READER, UNSUBSCRIBE))
    assert text.startswith(f"{in_finnish('Read in your browser')}: http://testserver/fi/uutiskirje/syksyn-kirje/")
    assert "Syksyn teot\n-----------" in text
    assert "Lue uutinen (http://testserver/fi/uutiset/viikko/) ja opas (https://www.example.fi/opas)." in text
    assert "- Yksi\n- Kaksi" in text
    assert "[Työpaja käynnissä]\nSyksyn työpaja" in text
    assert "Kerro tekosi\nPienikin muutos innostaa.\nLue lisää: http://testserver/fi/uutiset/viikko/" in text
    assert "Nelipäiväinen viikko\nhttp://testserver/fi/uutiset/viikko/" in text
    assert "Kiireetön aamu\nhttp://testserver/fi/teot/aamu/" in text
    assert "Sparrauksen syksy\nhttp://testserver/fi/webinaarit/sparraus/" in text
    assert (
        "Jakso hyvinvoinnista\nKuuntele, miten työhyvinvointia kehitetään.\nhttp://testserver/fi/podcast/jakso/" in text
    )
    assert "<" not in text


def test_rich_text_becomes_plain_text_with_its_lists_line_breaks_and_addresses():
    html = (
        '<p>Soita<br/>tai kirjoita <a href="mailto:info@example.fi">info@example.fi</a> tai '
        '<a href="mailto:tuki@example.fi">tukeen</a>.</p>'
        "<ol><li>Yksi<ul><li>ala</li></ul></li><li>Kaksi &amp; <b>kolme</b></li></ol><p>Loppu</p>"
    )
    assert html_to_text(html).splitlines() == [
        "Soita",
        "tai kirjoita info@example.fi tai tukeen (tuki@example.fi).",
        "",
        "1. Yksi",
        "  - ala",
        "2. Kaksi & kolme",
        "",
        "Loppu",
    ]


def test_a_message_to_each_reader_costs_no_query_and_no_rendering(issue, django_assert_num_queries):
    email = render_issue(issue)
    with django_assert_num_queries(0):
        messages = [email.message(f"lukija{n}@example.fi", f"{UNSUBSCRIBE}{n}/") for n in range(100)]
    assert f"{UNSUBSCRIBE}99/" in parts(messages[99])[1]


def test_the_email_is_rendered_in_the_issues_language_whatever_is_active(homes, issue):
    swedish = factories.translate(issue.get_parent(), "sv", slug="nyhetsbrev")
    swedish_issue = factories.translate(issue, "sv", title="Höstens brev", slug="hostens-brev")
    assert swedish.pk == swedish_issue.get_parent().pk
    with translation.override("en"):
        email = render_issue(swedish_issue)
    document = BeautifulSoup(email.html, "html.parser")
    assert document.html["lang"] == "sv"
    with translation.override("sv"):
        unsubscribe = gettext("Unsubscribe")
    assert document.find("a", string=unsubscribe)
    assert "http://testserver/sv/nyhetsbrev/hostens-brev/" in email.text


def in_finnish(text):
    with translation.override("fi"):
        return gettext(text)


# --- Content cards -----------------------------------------------------------------------------------


def test_a_card_of_each_kind_is_on_the_web_page(client, issue):
    page = soup(client.get("/fi/uutiskirje/syksyn-kirje/"))
    cards = page.select("main .content-card article.card")
    titles = [(card.h3.get_text(strip=True), card.h3.a["href"]) for card in cards]
    assert titles == [
        ("Nelipäiväinen viikko", "/fi/uutiset/viikko/"),
        ("Kiireetön aamu", "/fi/teot/aamu/"),
        ("Sparrauksen syksy", "/fi/webinaarit/sparraus/"),
        ("Jakso hyvinvoinnista", "/fi/podcast/jakso/"),
    ]
    assert cards[0].img["alt"] == "Kalenteri"
    assert cards[3].select_one(".card__summary").get_text() == "Kuuntele, miten työhyvinvointia kehitetään."


def test_a_card_of_each_kind_is_in_the_email(issue):
    document = BeautifulSoup(render_issue(issue).html, "html.parser")
    cards = document.select("table.card")
    assert [(card.h3.get_text(strip=True), card.h3.a["href"]) for card in cards] == [
        ("Nelipäiväinen viikko", "http://testserver/fi/uutiset/viikko/"),
        ("Kiireetön aamu", "http://testserver/fi/teot/aamu/"),
        ("Sparrauksen syksy", "http://testserver/fi/webinaarit/sparraus/"),
        ("Jakso hyvinvoinnista", "http://testserver/fi/podcast/jakso/"),
    ]
    labels = [card.select_one(".card-label").get_text(strip=True) for card in cards]
    assert labels == [in_finnish(label) for label in ("News item", "Deed", "Webinar", "Podcast episode")]
    assert cards[3].select_one(".card-text").get_text() == "Kuuntele, miten työhyvinvointia kehitetään."


def test_an_unpublished_item_has_no_card(client, issue, content):
    content["webinar"].unpublish()
    content["deed"].live = False
    content["deed"].save()
    page = soup(client.get("/fi/uutiskirje/syksyn-kirje/"))
    assert [card.h3.get_text(strip=True) for card in page.select("main article.card")] == [
        "Nelipäiväinen viikko",
        "Jakso hyvinvoinnista",
    ]
    assert "Sparrauksen syksy" not in render_issue(issue).text


def test_a_translated_issue_shows_the_items_translation_else_the_original_marked_with_its_language(
    client, homes, issue, content
):
    news_index = content["news"].get_parent()
    factories.translate(news_index, "sv", slug="nyheter")
    factories.translate(content["news"], "sv", title="Fyradagarsvecka", slug="vecka")
    factories.translate(issue.get_parent(), "sv", slug="nyhetsbrev")
    swedish_issue = factories.translate(issue, "sv", title="Höstens brev", slug="hostens-brev")

    cards = soup(client.get("/sv/nyhetsbrev/hostens-brev/")).select("main article.card")
    assert (cards[0].h3.get_text(strip=True), cards[0].h3.get("lang")) == ("Fyradagarsvecka", None)
    assert (cards[2].h3.get_text(strip=True), cards[2].h3.get("lang")) == ("Sparrauksen syksy", "fi")
    assert cards[2].select_one(".card__summary")["lang"] == "fi"
    assert not cards[3].select_one(".card__summary").has_attr("lang")  # the editor's text is the issue's

    email_cards = BeautifulSoup(render_issue(swedish_issue).html, "html.parser").select("table.card")
    assert email_cards[0].h3.a["href"] == "http://testserver/sv/nyheter/vecka/"
    assert email_cards[2].h3["lang"] == "fi"


def test_more_cards_cost_no_more_queries_on_the_web(client, home_page, issue, content):
    def cost():
        client.get("/fi/uutiskirje/syksyn-kirje/")  # the frame and the route, cached once
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/fi/uutiskirje/syksyn-kirje/").status_code == 200
        return len(queries)

    few = cost()
    more = [
        card(
            "news",
            factories.NewsPageFactory(parent=content["news"].get_parent(), image=content["image"], image_alt="Kuva"),
        ),
        card("deed", factories.DeedFactory(image=content["image"], image_alt="Kuva")),
        card("webinar", factories.WebinarPageFactory(parent=content["webinar"].get_parent())),
        card("episode", factories.PodcastEpisodePageFactory(parent=content["episode"].get_parent())),
    ]
    issue.body = [*issue.body.raw_data, *more, *more]
    issue.save_revision().publish()
    assert cost() == few


def test_a_card_chooses_exactly_one_item(content):
    block = ContentCardBlock()
    for chosen in ({}, {"news": content["news"].pk, "webinar": content["webinar"].pk}):
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(block.to_python({**dict.fromkeys(CARD_KINDS), "text": "", **chosen}))
        assert "Valitse yksi" in error.value.non_block_errors.as_text()  # the admin's language: Finnish
    value = block.clean(block.to_python({**dict.fromkeys(CARD_KINDS), "deed": content["deed"].pk, "text": ""}))
    assert value["deed"] == content["deed"]


# --- Previews ----------------------------------------------------------------------------------------


def issue_form(issue, **changes):
    """The edit form as the admin posts it, with a heading and a card as its body."""
    data = {
        "title": issue.title,
        "slug": issue.slug,
        "date": "2026-09-15",
        "subject": issue.subject,
        "preheader": issue.preheader,
        "intro": issue.intro,
        "body": streamfield(
            [
                ("heading", {"text": "Esikatseltu otsikko", "level": "h2"}),
                ("paragraph", rich_text('<p>Katso <a href="https://www.example.fi/">tämä</a>.</p>')),
            ]
        ),
        "comments": {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"},
        **changes,
    }
    return nested_form_data(data)


def test_editors_preview_the_web_page_the_email_and_its_text(editor_client, issue):
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[issue.pk])
    stored = editor_client.post(preview_url, issue_form(issue, intro="Esikatseltava ingressi."))
    assert stored.json() == {"is_valid": True, "is_available": True}

    web = editor_client.get(preview_url, {"mode": ""})
    assert web.status_code == 200 and "Esikatseltava ingressi." in web.text
    assert soup(web).html["lang"] == "fi"

    email = editor_client.get(preview_url, {"mode": "email"})
    assert email.status_code == 200
    assert_valid_html(email.text)
    document = BeautifulSoup(email.text, "html.parser")
    assert document.html["lang"] == "fi"
    assert document.h2.get_text(strip=True) == "Esikatseltu otsikko"
    assert "Esikatseltava ingressi." in document.get_text()
    assert UNSUBSCRIBE_URL not in email.text and document.find("a", href="#")

    text = editor_client.get(preview_url, {"mode": "text"})
    assert text.status_code == 200
    assert_valid_html(text.text)
    document = BeautifulSoup(text.text, "html.parser")
    assert document.html["lang"] == "fi"
    assert "Katso tämä (https://www.example.fi/)." in document.pre.get_text()
    assert UNSUBSCRIBE_URL not in text.text


def test_a_new_issue_is_previewed_as_an_email_before_it_is_saved(editor_client, issue):
    archive = issue.get_parent()
    preview_url = reverse("wagtailadmin_pages:preview_on_add", args=["uutiskirje", "newsletterissuepage", archive.pk])
    stored = editor_client.post(preview_url, issue_form(issue, title="Uusi kirje", slug="uusi-kirje"))
    assert stored.json() == {"is_valid": True, "is_available": True}
    email = editor_client.get(preview_url, {"mode": "email"})
    assert_valid_html(email.text)
    document = BeautifulSoup(email.text, "html.parser")
    assert document.h1.get_text() == "Uusi kirje"
    assert document.a["href"] == "http://testserver/fi/uutiskirje/uusi-kirje/"  # where it will be


def test_the_preview_modes_of_a_saved_revision(editor_client, issue):
    revision = issue.save_revision()
    url = reverse("wagtailadmin_pages:revisions_view", args=[issue.pk, revision.pk])
    assert BeautifulSoup(editor_client.get(url, {"mode": "email"}).text, "html.parser").select("table.card")
    assert "Kiireetön aamu" in BeautifulSoup(editor_client.get(url, {"mode": "text"}).text, "html.parser").pre.text


# --- A test to oneself -------------------------------------------------------------------------------


def send_test_url(issue):
    return reverse("newsletter_send_test", args=[issue.pk])


def test_an_editor_sends_the_latest_revision_to_themselves(editor_client, superuser, issue):
    draft = issue.get_latest_revision_as_object()
    draft.subject = "Luonnoksen otsikko"
    draft.save_revision()

    response = editor_client.post(send_test_url(issue))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[issue.pk])
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [superuser.email]
    with translation.override("fi"):
        assert message.subject == gettext("[TEST] %(subject)s") % {"subject": "Luonnoksen otsikko"}
    assert message.subject.endswith(" Luonnoksen otsikko")
    text, html = parts(message)
    assert UNSUBSCRIBE_URL not in text and UNSUBSCRIBE_URL not in html
    assert BeautifulSoup(html, "html.parser").find("a", href="#")
    assert "List-Unsubscribe" not in message.extra_headers  # no real link to give
    sent = [str(item).strip() for item in get_messages(response.wsgi_request)]
    assert sent == [gettext("Test sent to %(address)s.") % {"address": superuser.email}]


def test_the_edit_view_has_the_button_for_issues_only(editor_client, issue, content):
    edit = soup(editor_client.get(reverse("wagtailadmin_pages:edit", args=[issue.pk])))
    assert edit.select_one(f"form#page-edit-form button[formaction='{send_test_url(issue)}']")
    news_edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[content["news"].pk]))
    assert "formaction" not in news_edit.text


def test_the_test_is_sent_only_by_post(editor_client, issue):
    assert editor_client.get(send_test_url(issue)).status_code == 405
    assert mail.outbox == []


def test_someone_who_cannot_edit_the_issue_cannot_send_a_test(client, django_user_model, issue):
    group = Group.objects.create(name="Lukijat")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = django_user_model.objects.create_user(username="lukija", email=READER, password="salasana")
    user.groups.add(group)
    client.force_login(user)
    assert client.post(send_test_url(issue)).status_code == 403
    assert mail.outbox == []


def test_an_editor_without_an_email_address_is_told_so(editor_client, superuser, issue):
    superuser.email = ""
    superuser.save()
    response = editor_client.post(send_test_url(issue))
    assert response.status_code == 302
    assert mail.outbox == []
    [message] = get_messages(response.wsgi_request)
    assert message.level_tag == "error"
    assert str(message).strip() == gettext("Your account has no email address. Add one in your account settings.")
