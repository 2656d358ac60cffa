"""Podcast audio and transcript files, recognised by their first bytes and not only by their names.

Apple Podcasts and Spotify play MP3 and M4A/AAC only, and a file renamed to .mp3
is still what it was: every document upload with one of these extensions (and
every episode that chooses a document) is checked against the file's content.
"""

import contextlib
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# The formats podcast apps play, by extension, with the MIME type the feed's enclosure announces.
AUDIO_TYPES = {"mp3": "audio/mpeg", "m4a": "audio/x-m4a", "aac": "audio/aac"}
AUDIO_NAMES = {"mp3": "MP3", "m4a": "M4A", "aac": "AAC"}
# Transcripts for podcast apps (Podcasting 2.0 ``podcast:transcript``), also webinar captions.
TRANSCRIPT_TYPES = {"vtt": "text/vtt", "srt": "application/x-subrip"}
TRANSCRIPT_NAMES = {"vtt": "WebVTT", "srt": "SRT"}

# An MPEG-4 file's ftyp box names brands that say which players can read it.
M4A_BRANDS = {b"M4A ", b"isom", b"mp42"}
HEAD_BYTES = 1024
WEBVTT = re.compile(r"WEBVTT(?:[ \t]|\r\n|\r|\n|$)")
SRT_CUE = re.compile(r"\s*\d+[ \t]*\r?\n[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{3}[ \t]+-->[ \t]+\d{1,2}:\d{2}:\d{2}[,.]\d{3}")


def extension(name):
    return name.rpartition(".")[2].lower() if "." in name else ""


def _frame_format(head):
    """MPEG audio or ADTS AAC by the frame header's sync word."""
    if len(head) < 2 or head[0] != 0xFF:
        return None
    if head[1] & 0xF6 == 0xF0:  # 12-bit sync 0xFFF, layer 00: ADTS (AAC)
        return "aac"
    if head[1] & 0xE0 == 0xE0 and head[1] & 0x06 == 0x02:  # 11-bit sync 0xFFE, layer III
        return "mp3"
    return None


def audio_format(file):
    """What the (seekable, binary) file holds: "mp3", "m4a", "aac" or None."""
    file.seek(0)
    head = file.read(HEAD_BYTES)
    if head.startswith(b"ID3") and len(head) >= 10:
        # An ID3v2 tag (its size is four 7-bit bytes) comes before the first frame; it is MP3's own,
        # though an AAC stream may carry one too.
        size = 10 + ((head[6] & 0x7F) << 21 | (head[7] & 0x7F) << 14 | (head[8] & 0x7F) << 7 | head[9] & 0x7F)
        file.seek(size + (10 if head[5] & 0x10 else 0))
        return "aac" if _frame_format(file.read(2)) == "aac" else "mp3"
    if head[4:8] == b"ftyp":
        box_size = int.from_bytes(head[:4], "big")
        brands = {head[8:12]} | {head[i : i + 4] for i in range(16, min(box_size, len(head)) - 3, 4)}
        return "m4a" if brands & M4A_BRANDS else None
    return _frame_format(head)


def transcript_format(file):
    """What the (seekable, binary) file holds: "vtt", "srt" or None."""
    file.seek(0)
    text = file.read(HEAD_BYTES).decode("utf-8", errors="replace").removeprefix("\ufeff")
    if WEBVTT.match(text):
        return "vtt"
    if SRT_CUE.match(text):
        return "srt"
    return None


def content_error(file, name):
    """Why the file's content is not what its name says (a ValidationError), or None; other extensions pass."""
    kind = extension(name)
    try:
        if kind in AUDIO_TYPES:
            if audio_format(file) != kind:
                return ValidationError(
                    _(
                        "The file's name ends in .%(extension)s but it holds no %(format)s audio. Apple Podcasts"
                        " and Spotify play MP3 and M4A (AAC) files: export the audio again in one of them."
                    ),
                    code="audio_content",
                    params={"extension": kind, "format": AUDIO_NAMES[kind]},
                )
        elif kind in TRANSCRIPT_TYPES and transcript_format(file) != kind:
            return ValidationError(
                _(
                    "The file's name ends in .%(extension)s but it is no %(format)s file. A WebVTT file begins"
                    " with the line WEBVTT; an SRT file with a numbered cue and its timing, such as"
                    " 00:00:01,000 --> 00:00:04,000."
                ),
                code="transcript_content",
                params={"extension": kind, "format": TRANSCRIPT_NAMES[kind]},
            )
    except OSError:
        return ValidationError(_("The file could not be read. Upload it again."), code="unreadable")
    finally:
        with contextlib.suppress(OSError, ValueError):
            file.seek(0)
    return None


def document_content_error(document):
    """``content_error`` for a stored Wagtail document."""
    try:
        with document.open_file() as file:
            return content_error(file, document.filename)
    except OSError:
        return ValidationError(_("The file could not be read. Upload it again."), code="unreadable")
