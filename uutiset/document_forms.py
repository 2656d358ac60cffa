"""Wagtail's document form, checking podcast audio and transcripts by their content (WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from .media_files import content_error

FILE_HELP = _(
    "Podcast audio: MP3 or M4A (AAC), the formats Apple Podcasts and Spotify play. Transcripts and captions:"
    " WebVTT (.vtt) or SRT (.srt). The content is checked, not only the name."
)


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE) that checks audio and transcripts by content."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]
            field.help_text = format_lazy("{} {}", field.help_text, FILE_HELP) if field.help_text else FILE_HELP

    def clean_file(self):
        file = self.cleaned_data.get("file")
        # Only a new upload: an unchanged file was checked when it came.
        if file and "file" in self.changed_data:
            error = content_error(file, file.name)
            if error:
                raise error
        return file
