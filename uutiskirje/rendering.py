"""An issue as an email: an HTML part and a plain-text part, in the issue's language.

An issue translation is rendered once (templates, queries, CSS inlining) whatever the number of readers:
each reader's message only puts the reader's own unsubscribe link where ``UNSUBSCRIBE_URL`` stands.
Every link and image address is absolute, from ``WAGTAILADMIN_BASE_URL``: a mail program has no page
to resolve a path against.
"""

import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from urllib.parse import urljoin

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.rich_text import expand_db_html

from . import cards

UNSUBSCRIBE_URL = "%%unsubscribe_url%%"
CONTENT_WIDTH = 552  # px: the 600 px column less its padding
IMAGE = "width-1200"  # a figure, shown at CONTENT_WIDTH at most: sharp on high-density screens too
CARD_IMAGE = "fill-1200x750"  # the web cards' shape (fill-400x250), for the email's wider column
KIND_LABELS = {
    "news": _("News item"),
    "deed": _("Deed"),
    "webinar": _("Webinar"),
    "episode": _("Podcast episode"),
}
# After the preheader: keeps the body's first words out of the mail program's preview line.
PREHEADER_FILLER = mark_safe("&#847;&zwnj;&nbsp;" * 40)  # noqa: S308 - a constant
INDENTATION = re.compile(r"\n\s+")
HREF = re.compile(r'(<a\b[^>]*?\bhref=")([^"]*)(")', re.IGNORECASE)
INLINER = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)


@dataclass(frozen=True)
class IssueEmail:
    language: str
    subject: str
    html: str  # a complete HTML document; UNSUBSCRIBE_URL where the reader's link goes
    text: str  # the plain-text part; UNSUBSCRIBE_URL likewise

    def message(self, to, unsubscribe_url, connection=None):
        """The message to one reader. The one-click unsubscribe headers (RFC 8058) go with a web address
        only: a test message's "#" gets none."""
        headers = {}
        if unsubscribe_url.startswith(("https://", "http://")):
            headers = {
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            }
        message = EmailMultiAlternatives(
            self.subject,
            self.text.replace(UNSUBSCRIBE_URL, unsubscribe_url),
            settings.DEFAULT_FROM_EMAIL,
            [to],
            connection=connection,
            headers=headers,
        )
        message.attach_alternative(self.html.replace(UNSUBSCRIBE_URL, escape(unsubscribe_url)), "text/html")
        return message


def render_issue(issue):
    """The email of one issue translation (``issue`` as it is: a revision or a preview's form data too)."""
    language = issue.locale.language_code
    with translation.override(language):
        context = email_context(issue)
        html = compact(INLINER.inline(render_to_string("uutiskirje/email/issue.html", context)))
        text = render_to_string("uutiskirje/email/issue.txt", {**context, "body": body_text(context["blocks"])})
    return IssueEmail(language=language, subject=issue.email_subject, html=html, text=text)


def compact(html):
    """The HTML without the template's indentation and blank lines: Gmail cuts a message past 102 kB.
    (The email has no <pre>, whose spaces would count.)"""
    return INDENTATION.sub("\n", html)


def preview(issue, mode_name):
    """The admin's preview of the email ("email") or its text part ("text"), links to unsubscribe inert."""
    email = render_issue(issue)
    if mode_name == "text":
        context = {"email": email, "text": email.text.replace(UNSUBSCRIBE_URL, "#")}
        return HttpResponse(render_to_string("uutiskirje/email/text_preview.html", context))
    return HttpResponse(email.html.replace(UNSUBSCRIBE_URL, "#"))


def absolute(url, base=None):
    """``url`` as an absolute address: paths against ``base`` (else the site's root); others as they are."""
    return urljoin(base or settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/", url) if url else ""


def page_url(page):
    """A page's absolute address, or "" for none (or a page that is not routable)."""
    return absolute(page.get_url()) if page is not None else ""


def email_context(issue):
    url = page_url(issue)
    archive = issue.get_parent() if issue.depth else None
    home = archive.get_parent() if archive is not None else None
    return {
        "issue": issue,
        "subject": issue.email_subject,
        "title_rule": "=" * len(issue.title),  # under the title in the text part
        "url": url,
        "archive_url": page_url(archive),
        "home_url": page_url(home) or absolute("/"),
        "blocks": email_blocks(issue, url),
        "preheader_filler": PREHEADER_FILLER,
        "unsubscribe_url": UNSUBSCRIBE_URL,
    }


# --- The blocks --------------------------------------------------------------------------------------


def email_blocks(issue, issue_url):
    """The body's blocks as the email shows them: ``{"type": ..., and what its part of the template needs}``."""
    cards.resolve(cards.card_values(issue.body), issue.locale, image_spec=CARD_IMAGE)
    blocks = (email_block(child.block_type, child.value, issue_url) for child in issue.body)
    return [block for block in blocks if block is not None]


def email_block(kind, value, issue_url):
    if kind == "heading":
        return {"type": kind, "level": value["level"], "text": value["text"]}
    if kind == "paragraph":
        return {"type": kind, "html": absolute_links(expand_db_html(value.source), issue_url)}
    if kind == "image" and value["image"] is not None:  # None: the image was deleted
        return {
            "type": kind,
            **email_image(value["image"], IMAGE),
            "caption": value["caption"],
            "credit": value["credit"],
        }
    if kind == "call_to_action":
        link = value["link"]
        url = page_url(link["page"].localized) if link["page"] else absolute(link["url"])
        return {
            "type": kind,
            "heading": value["heading"],
            "text": value["text"],
            "url": url,
            "link_text": value["link_text"],
        }
    if kind == "card" and value.card is not None:
        card = value.card
        image = email_image(card.image, CARD_IMAGE, alt=card.image_alt) if card.image else None
        return {"type": kind, "card": card, "url": absolute(card.url), "label": KIND_LABELS[card.kind], "image": image}
    return None


def email_image(image, spec, alt=None):
    """An image's absolute address, its size as shown (at most ``CONTENT_WIDTH`` wide) and its alt text."""
    rendition = image.get_rendition(spec)
    width = min(CONTENT_WIDTH, rendition.width)
    return {
        "src": absolute(rendition.url),
        "width": width,
        "height": round(rendition.height * width / rendition.width),
        "alt": alt if alt is not None else getattr(image, "contextual_alt_text", "") or "",
    }


def absolute_links(html, base):
    """Rich text with its links' paths made absolute (Wagtail's page links are paths)."""
    return HREF.sub(lambda match: match[1] + escape(absolute(unescape(match[2]), base)) + match[3], html)


# --- The plain-text part -----------------------------------------------------------------------------


def body_text(blocks):
    return "\n\n".join(text for text in (block_text(block) for block in blocks) if text)


def block_text(block):
    kind = block["type"]
    if kind == "heading":
        underline = {"h2": "-"}.get(block["level"])
        return block["text"] + ("\n" + underline * len(block["text"]) if underline else "")
    if kind == "paragraph":
        return html_to_text(block["html"])
    if kind == "image":
        lines = [
            f"[{block['alt']}]" if block["alt"] else "",
            " ".join(filter(None, [block["caption"], block["credit"]])),
        ]
        return "\n".join(line for line in lines if line)
    if kind == "call_to_action":
        return "\n".join(filter(None, [block["heading"], block["text"], f"{block['link_text']}: {block['url']}"]))
    if kind == "card":
        card = block["card"]
        return "\n".join(filter(None, [card.title, card.text, block["url"]]))
    return ""


def html_to_text(html):
    parser = TextParser()
    parser.feed(html)
    parser.close()
    return parser.text()


class TextParser(HTMLParser):
    """Rich text as plain text: paragraphs apart, list items as "- item" or "1. item", links as "text (url)"."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces = []  # finished paragraphs and list items, each with what follows it
        self.words = []  # the text being gathered
        self.prefix = ""  # a list item's marker
        self.lists = []  # the open lists: None for <ul>, the next number for <ol>
        self.links = []  # the open links: (href, where their text starts in words)

    def flush(self, end):
        text = " ".join("".join(self.words).split())
        if text:
            self.pieces.append(self.prefix + text + end)
        self.words, self.prefix = [], ""

    def handle_starttag(self, tag, attrs):
        if tag == "p":
            self.flush("\n\n")
        elif tag == "br":
            self.flush("\n")
        elif tag in ("ul", "ol"):
            self.flush("\n")
            self.lists.append(None if tag == "ul" else 1)
        elif tag == "li":
            self.flush("\n")
            number = self.lists[-1] if self.lists else None
            indent = "  " * max(len(self.lists) - 1, 0)
            self.prefix = f"{indent}{number}. " if number else f"{indent}- "
            if number:
                self.lists[-1] += 1
        elif tag == "a":
            self.links.append((dict(attrs).get("href") or "", len(self.words)))

    def handle_endtag(self, tag):
        if tag == "p":
            self.flush("\n\n")
        elif tag == "li":
            self.flush("\n")
        elif tag in ("ul", "ol"):
            self.flush("\n")
            if self.lists:
                self.lists.pop()
            if not self.lists and self.pieces:
                self.pieces[-1] = self.pieces[-1].rstrip("\n") + "\n\n"
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            shown = href.removeprefix("mailto:")
            if shown and shown not in "".join(self.words[start:]):
                self.words.append(f" ({shown})")

    def handle_data(self, data):
        self.words.append(data)

    def text(self):
        self.flush("")
        return "".join(self.pieces).strip()
