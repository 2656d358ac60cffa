"""CSV exports of the admin in the editor's language, to the last row.

Wagtail streams a CSV export: its headings and cells are written while the response is being
sent, after the view has returned and the editor's admin language (``get_localized_response``)
is no longer active. A Swedish editor got Finnish headings ("Toimialat") and choice labels.
Wrapping ``SpreadsheetExportMixin.write_csv_response`` once covers every export (snippet listings,
form submissions, reports). XLSX files are written inside the view and need nothing.
"""

from django.utils import translation


def in_language(rows, language):
    """Yield ``rows`` with ``language`` active while each one is produced."""
    while True:
        with translation.override(language):
            row = next(rows, None)
        if row is None:
            return
        yield row


def keep_language_in_csv_exports():
    """Done once, from ``HomeConfig.ready``."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.stream_csv
    if getattr(original, "keeps_language", False):
        return

    def stream_csv(self, queryset):
        return in_language(original(self, queryset), translation.get_language())

    stream_csv.keeps_language = True
    SpreadsheetExportMixin.stream_csv = stream_csv
