"""Limits on what visitors type: one line where one line is asked for, and text of a sensible length.

Used by the deed model and form (teot) and by the form pages' form builder (home.models.FormPage),
so that the same text is refused the same way in the public forms and in the admin.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# Longest answer a multi-line field takes: about 600 words, a printed page. A deed's four sections
# together are then at most four pages, an application or feedback message one page.
MULTILINE_MAX_LENGTH = 4000

# What str.splitlines() breaks a line at, beyond \n and \r: a mail header cannot hold any of them.
LINE_BREAKS = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


@deconstructible
class SingleLineValidator:
    """Refuse line breaks in a field meant for one line (a title, a name, a phone number)."""

    message = _("Write this on one line, without line breaks.")
    code = "line_break"

    def __call__(self, value):
        if isinstance(value, str) and LINE_BREAKS.search(value):
            raise ValidationError(self.message, code=self.code)

    def __eq__(self, other):
        return isinstance(other, SingleLineValidator)

    def __hash__(self):
        return hash(self.code)


validate_single_line = SingleLineValidator()


def one_line(text):
    """``text`` with every run of whitespace, line breaks included, as one space: safe for a mail header."""
    return " ".join(str(text).split())


def _at_most(limit):
    return gettext("At most %(limit)s characters.") % {"limit": number_format(limit)}


at_most = lazy(_at_most, str)


def with_limit(help_text, limit):
    """A field's help text followed by its maximum length, translated when shown."""
    if not help_text:
        return at_most(limit)
    return format_lazy("{} {}", help_text, at_most(limit))
