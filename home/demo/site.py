"""The demo's own pages: the page tree (``content/pages.toml``), each page's field values in a language
(``content/<language>/<key>.toml``) and the footer texts (``content/<language>/footer.toml``)."""

from dataclasses import dataclass

from home.models import AccessibilityStatementPage, FormPage, HomePage, StandardPage

from .builders import CONTACT_EMAIL, FROM_EMAIL, LANGUAGES
from .content import fields, read, stream

MODELS = {model.__name__: model for model in (HomePage, StandardPage, FormPage, AccessibilityStatementPage)}

# Fields that are the site's settings rather than the page's texts.
MODEL_FIELDS = {
    FormPage: {"to_address": CONTACT_EMAIL, "from_address": FROM_EMAIL},
    AccessibilityStatementPage: {"feedback_email": CONTACT_EMAIL},
}

STREAMS = ("body", "non_accessible_content")

FORM_FIELD_DEFAULTS = {"field_type": "singleline", "required": True, "help_text": "", "choices": ()}


@dataclass(frozen=True)
class PageSpec:
    key: str
    model: type
    parent: str | None
    names: dict  # language -> (slug, title)
    show_in_menus: bool
    common: dict  # the fields that are the same in every language


def texts(language, key):
    return read("home.demo", language, key)


def page_spec(entry):
    names = {}
    for language in LANGUAGES:
        page = texts(language, entry["key"])
        names[language] = (page["slug"], page["title"])
    model = MODELS[entry["model"]]
    return PageSpec(entry["key"], model, entry.get("parent"), names, entry["show_in_menus"], entry.get("fields", {}))


# Parents come before their children: translations need a translated parent.
PAGES = [page_spec(entry) for entry in read("home.demo", "", "pages")["page"]]


def form_field(values):
    """A form field's values, the defaults filled in; ``choices`` is a list in the data, lines in the model."""
    values = {**FORM_FIELD_DEFAULTS, **values}
    return {**values, "choices": "\n".join(values["choices"])}


def page_values(spec, c):
    """The page's field values in the context's language, slug, title and menu flag included."""
    values = {**MODEL_FIELDS.get(spec.model, {}), **spec.common, **texts(c.lang, spec.key)}
    streams = {name: stream(values.pop(name), c) for name in STREAMS if name in values}
    form_fields = values.pop("form_fields", None)
    values = {**fields(values, c), **streams, "show_in_menus": spec.show_in_menus}
    if form_fields is not None:
        values["form_fields"] = [form_field(row) for row in form_fields]
    return values


# Fields a new page needs before its content is filled in (NOT NULL columns without defaults).
STATEMENT = next(spec for spec in PAGES if spec.model is AccessibilityStatementPage)
SKELETON_FIELDS = {
    AccessibilityStatementPage: {
        "prepared_on": STATEMENT.common["prepared_on"],
        "reviewed_on": STATEMENT.common["reviewed_on"],
        "feedback_email": CONTACT_EMAIL,
        **{name: texts("fi", STATEMENT.key)[name] for name in ("authority_name", "authority_details", "authority_url")},
    },
}

FOOTER_TEXTS = {language: read("home.demo", language, "footer")["body"] for language in LANGUAGES}
