"""The form builder of the form pages editors make (home.models.FormPage): coaching applications,
accessibility feedback.

Wagtail's builder, with a limit on every answer (a 2 MB answer is refused by the form and never
stored or emailed), one line where one line is asked for, and home.form_protection's token and
honeypot in every form. The rate limit is counted in FormPage.serve.

Settings: ``FORM_MIN_SECONDS`` (default 3) and ``FORM_RATE_LIMIT`` (default ``(5, 3600)``, ``None``
for no limit), shared by every form page: see home.form_protection.
"""

from django.utils.html import format_html
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from .form_protection import Guard, ProtectedForm
from .validators import MULTILINE_MAX_LENGTH, at_most, validate_single_line

GUARD = Guard(scope="form-page", min_seconds_setting="FORM_MIN_SECONDS", rate_limit_setting="FORM_RATE_LIMIT")

SINGLELINE_MAX_LENGTH = 255  # Wagtail's own
EMAIL_MAX_LENGTH = 254  # RFC 5321's longest address
URL_MAX_LENGTH = 2000
NUMBER_MAX_DIGITS = 20


class FormPageForm(ProtectedForm, BaseForm):
    guard = GUARD


def _with_limit(options, limit):
    # Built per request, in the visitor's language; Wagtail has escaped the editor's help text already.
    help_text = options.get("help_text")
    options["help_text"] = format_html("{} {}", help_text, at_most(limit)) if help_text else at_most(limit)


class LimitedFormBuilder(FormBuilder):
    def create_singleline_field(self, field, options):
        options["validators"] = [validate_single_line]
        return super().create_singleline_field(field, options)  # Wagtail's max_length of 255

    def create_multiline_field(self, field, options):
        options["max_length"] = MULTILINE_MAX_LENGTH
        _with_limit(options, MULTILINE_MAX_LENGTH)
        return super().create_multiline_field(field, options)

    def create_email_field(self, field, options):
        options["max_length"] = EMAIL_MAX_LENGTH
        return super().create_email_field(field, options)

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
