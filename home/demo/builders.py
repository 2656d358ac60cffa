"""Helpers that turn demo text into rich text and StreamField raw data, and shared constants."""

from dataclasses import dataclass

LANGUAGES = ("fi", "sv", "en")
SITE_NAME = "Tekojen tori"
CONTACT_EMAIL = "tekojentori@example.fi"
CONTACT_PHONE = "+358 9 123 4567"  # fictional
FROM_EMAIL = "noreply@tekojentori.fi"
CREDIT = {"fi": "Kuvitus: Tekojen tori", "sv": "Illustration: Tekojen tori", "en": "Illustration: Tekojen tori"}


def text(*sentences):
    """Plain text for TextFields and CharFields."""
    return " ".join(sentences)


def p(*sentences):
    return f"<p>{' '.join(sentences)}</p>"


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def ol(*items):
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


def mailto(address):
    return f'<a href="mailto:{address}">{address}</a>'


def heading(value, level=2):
    return {"type": "heading", "value": {"text": value, "level": f"h{level}"}}


def paragraph(*html):
    return {"type": "paragraph", "value": "".join(html)}


def quote(value, attribution="", role=""):
    return {"type": "quote", "value": {"quote": value, "attribution": attribution, "role": role}}


def accordion(title, *items):
    return {
        "type": "accordion",
        "value": {"heading": title, "items": [{"question": q, "answer": a} for q, a in items]},
    }


def table(caption, *rows):
    return {
        "type": "table",
        "value": {
            "data": [list(row) for row in rows],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": caption,
        },
    }


@dataclass
class Context:
    """What a content function needs: the language, the pages made so far and the images."""

    lang: str
    pages: dict
    images: dict

    def page(self, key):
        """The page in this language, or the Finnish one when it has no translation."""
        return self.pages[self.lang].get(key) or self.pages["fi"][key]

    def link(self, key, label):
        return f'<a linktype="page" id="{self.page(key).pk}">{label}</a>'

    def figure(self, image_key, alt_text, caption):
        return {
            "type": "image",
            "value": {
                "image": {"image": self.images[image_key].pk, "decorative": False, "alt_text": alt_text},
                "caption": caption,
                "credit": CREDIT[self.lang],
            },
        }

    def cta(self, title, body, link_text, page_key=None, url=""):
        page = self.page(page_key) if page_key else None
        return {
            "type": "call_to_action",
            "value": {
                "heading": title,
                "text": body,
                "link": {"page": page.pk if page else None, "url": url},
                "link_text": link_text,
            },
        }


def field(label, field_type="singleline", required=True, help_text="", choices=()):
    return {
        "label": label,
        "field_type": field_type,
        "required": required,
        "help_text": help_text,
        "choices": "\n".join(choices),
    }
