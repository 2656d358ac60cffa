"""The form builder of the form pages editors make (home.models.FormPage), such as the accessibility
feedback.

Wagtail's builder, with a limit on every answer (a 2 MB answer is refused by the form and never
stored or emailed), one line where one line is asked for, and home.form_protection's token and
honeypot in every form. The rate limit is counted in FormPage.serve.

Fields that ask for the visitor's own details get an ``autocomplete`` token (WCAG 1.3.5), so browsers
and assistive technology can fill them in: see ``autocomplete_token``.

Settings: ``FORM_MIN_SECONDS`` (default 3) and ``FORM_RATE_LIMIT`` (default ``(5, 3600)``, ``None``
for no limit), shared by every form page: see home.form_protection.
"""

from django.utils.html import format_html
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.contrib.forms.utils import get_field_clean_name

from .form_protection import Guard, ProtectedForm
from .validators import MULTILINE_MAX_LENGTH, at_most, validate_single_line

GUARD = Guard(scope="form-page", min_seconds_setting="FORM_MIN_SECONDS", rate_limit_setting="FORM_RATE_LIMIT")

SINGLELINE_MAX_LENGTH = 255  # Wagtail's own
EMAIL_MAX_LENGTH = 254  # RFC 5321's longest address
URL_MAX_LENGTH = 2000
NUMBER_MAX_DIGITS = 20


# Which one-line fields ask for the visitor's own details, read from the field's label as Wagtail
# spells it in its clean name (lower case ASCII, words joined by "_": "Organisaation nimi" is
# "organisaation_nimi", "Sähköposti" "sahkoposti"). Finnish, Swedish and English; the first rule that
# matches wins. Email fields are always "email".
# - a word starting with one of these: the organisation's name ("Organisaation nimi", "Organisation name")
ORGANISATION_WORDS = ("organisaatio", "organisation", "organization", "tyonantaja", "arbetsgivare", "employer")
# - a word starting with one of these: a telephone number ("Puhelinnumero", "Telefonnummer", "Phone number")
PHONE_WORDS = ("puhelin", "matkapuhelin", "telefon", "telephone", "phone", "mobiili", "mobil")
# - the whole label is one of these: a person's name
NAME_LABELS = {
    "name": {
        *("nimi", "nimesi", "koko_nimi", "etu_ja_sukunimi", "yhteyshenkilo", "yhteyshenkilon_nimi"),
        *("namn", "ditt_namn", "fullstandigt_namn", "for_och_efternamn", "kontaktperson", "kontaktpersonens_namn"),
        *("name", "your_name", "full_name", "first_name_and_surname", "contact_person", "contact_persons_name"),
    },
    "given-name": {"etunimi", "fornamn", "first_name", "given_name"},
    "family-name": {"sukunimi", "efternamn", "surname", "last_name", "family_name"},
}


def autocomplete_token(field):
    """The HTML ``autocomplete`` token of an editor's form field, or ``None`` when it asks for something else."""
    if field.field_type == "email":
        return "email"
    if field.field_type != "singleline":
        return None
    name = field.clean_name or get_field_clean_name(field.label)
    words = name.split("_")
    if any(word.startswith(ORGANISATION_WORDS) for word in words):
        return "organization"
    if any(word.startswith(PHONE_WORDS) for word in words):
        return "tel"
    return next((autocomplete for autocomplete, labels in NAME_LABELS.items() if name in labels), None)


def _autocompleted(formfield, field):
    autocomplete = autocomplete_token(field)
    if autocomplete:
        formfield.widget.attrs["autocomplete"] = autocomplete
    if autocomplete == "tel":
        formfield.widget.input_type = "tel"  # a telephone keypad on phones
    return formfield


class FormPageForm(ProtectedForm, BaseForm):
    guard = GUARD


def _with_limit(options, limit):
    # Built per request, in the visitor's language; Wagtail has escaped the editor's help text already.
    help_text = options.get("help_text")
    options["help_text"] = format_html("{} {}", help_text, at_most(limit)) if help_text else at_most(limit)


class LimitedFormBuilder(FormBuilder):
    def create_singleline_field(self, field, options):
        options["validators"] = [validate_single_line]
        return _autocompleted(super().create_singleline_field(field, options), field)  # Wagtail's max_length of 255

    def create_multiline_field(self, field, options):
        options["max_length"] = MULTILINE_MAX_LENGTH
        _with_limit(options, MULTILINE_MAX_LENGTH)
        return super().create_multiline_field(field, options)

    def create_email_field(self, field, options):
        options["max_length"] = EMAIL_MAX_LENGTH
        return _autocompleted(super().create_email_field(field, options), field)

    def create_url_field(self, field, options):
        options["max_length"] = URL_MAX_LENGTH
        return super().create_url_field(field, options)

    def create_number_field(self, field, options):
        options["max_digits"] = NUMBER_MAX_DIGITS
        return super().create_number_field(field, options)

    def create_hidden_field(self, field, options):
        options["max_length"] = SINGLELINE_MAX_LENGTH
        return super().create_hidden_field(field, options)

    def get_form_class(self):
        return type("WagtailForm", (FormPageForm,), self.formfields)
