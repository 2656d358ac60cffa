"""Files made on the spot for the demo, never downloaded: podcast audio, webinar slides and the podcast artwork."""

import datetime
import math
import textwrap
from array import array

import lameenc
from PIL import Image as PILImage
from PIL import ImageDraw

from home.demo.content import read
from home.demo.images import LIGHT, NAVY, NAVY_DARK, YELLOW

# -- audio ----------------------------------------------------------------------

SAMPLE_RATE = 44100  # Hz, mono: what podcast apps expect of an MP3
BIT_RATE = 32  # kbit/s: the lowest MPEG-1 rate; a few seconds of tones stay under 30 kB
NOTE_SECONDS = 1.0
FADE_SECONDS = 0.08  # every note fades in and out, so that nothing clicks
MP3_BIT_RATES = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)  # MPEG-1 Layer III
MP3_SAMPLE_RATES = (44100, 48000, 32000)
MP3_FRAME_SAMPLES = 1152


def tone_sequence(frequencies):
    """16-bit PCM playing the notes (Hz) one after another, a second each, softly."""
    per_note = round(SAMPLE_RATE * NOTE_SECONDS)
    fade = SAMPLE_RATE * FADE_SECONDS
    samples = array("h")
    for frequency in frequencies:
        step = 2 * math.pi * frequency / SAMPLE_RATE
        samples.extend(
            round(8000 * min(1.0, i / fade, (per_note - i) / fade) * math.sin(step * i)) for i in range(per_note)
        )
    return samples


def tone_sequence_mp3(frequencies):
    """An MP3 file (MPEG-1 Layer III, mono) of ``tone_sequence``, encoded with LAME."""
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BIT_RATE)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_out_sample_rate(SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(7)  # fast; tones need no better
    # LAME takes native-endian samples, as array gives them.
    return bytes(encoder.encode(tone_sequence(frequencies).tobytes()) + encoder.flush())


def mp3_duration(file):
    """How long an MPEG-1 Layer III file plays, to the whole second, counted frame by frame from its start."""
    data = file.read()
    position = 0
    if data.startswith(b"ID3"):
        position = 10 + (data[6] << 21 | data[7] << 14 | data[8] << 7 | data[9])
    samples = 0
    while position + 4 <= len(data):
        header = int.from_bytes(data[position : position + 4], "big")
        if header >> 21 != 0x7FF or (header >> 19) & 3 != 3 or (header >> 17) & 3 != 1:
            break  # not (or no longer) an MPEG-1 Layer III frame
        bit_rate = MP3_BIT_RATES[(header >> 12) & 15]
        sample_rate = MP3_SAMPLE_RATES[(header >> 10) & 3]
        position += 144_000 * bit_rate // sample_rate + ((header >> 9) & 1)
        samples += MP3_FRAME_SAMPLES
    if not samples:
        raise ValueError("No MPEG-1 Layer III frames")
    return datetime.timedelta(seconds=round(samples / sample_rate))


def webvtt(cues):
    """A WebVTT file of (speaker, text) cues, a note (a second) each, the speakers as voice spans."""
    lines = ["WEBVTT", ""]
    for index, (speaker, text) in enumerate(cues):
        start = datetime.timedelta(seconds=index * NOTE_SECONDS)
        end = start + datetime.timedelta(seconds=NOTE_SECONDS)
        lines += [f"{_vtt_time(start)} --> {_vtt_time(end)}", f"<v {speaker}>{text}", ""]
    return "\n".join(lines).encode()


def _vtt_time(delta):
    milliseconds = round(delta.total_seconds() * 1000)
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


# -- slides ---------------------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = 960, 540  # points: a 16:9 slide
MARGIN = 48
LINE_CHARACTERS = 64  # what fits on a line in 22-point Helvetica


def slides_pdf(title, language, slides):
    """A PDF with one slide a page: ``slides`` is a list of (heading, lines).

    The text is real text in the standard Helvetica font (not a picture of
    text), so it can be searched, copied and read aloud; the document's title
    and language are set for screen readers. Text must fit Windows-1252.
    """
    fonts = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    )
    # Objects 1-5: catalog, page tree, two fonts, document information; then each slide's page and content.
    first_page = 6
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(len(slides)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang %s /ViewerPreferences << /DisplayDocTitle true >> >>"
        % _pdf_text(language),
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(slides)),
        *fonts,
        b"<< /Title %s /Author %s >>" % (_pdf_text(title), _pdf_text("Tekojen tori")),
    ]
    for index, (heading, lines) in enumerate(slides):
        content = _slide_content(heading, lines)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >>"
            b" /Contents %d 0 R >>" % (PAGE_WIDTH, PAGE_HEIGHT, first_page + 2 * index + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    return _pdf_file(objects, info=5)


def _slide_content(heading, lines):
    """Drawing operators: a navy title band with a yellow edge, the heading in white, the lines below it."""
    band_top = PAGE_HEIGHT - 110
    ops = [
        b"%.3f %.3f %.3f rg 0 %d %d 110 re f" % (*_rgb(NAVY), band_top, PAGE_WIDTH),
        b"%.3f %.3f %.3f rg 0 %d %d 8 re f" % (*_rgb(YELLOW), band_top - 8, PAGE_WIDTH),
        b"BT 1 1 1 rg /F2 30 Tf %d %d Td %s Tj ET" % (MARGIN, band_top + 42, _pdf_string(heading)),
        b"BT %.3f %.3f %.3f rg /F1 22 Tf 32 TL %d %d Td" % (*_rgb(NAVY_DARK), MARGIN, band_top - 64),
    ]
    for line in lines:
        for part in textwrap.wrap(line, LINE_CHARACTERS):
            ops.append(b"%s Tj T*" % _pdf_string(part))
    ops.append(b"ET")
    return b"\n".join(ops)


def _rgb(colour):
    return tuple(channel / 255 for channel in colour)


def _pdf_string(value):
    """A literal string in the fonts' WinAnsi (Windows-1252) encoding."""
    escaped = value.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + escaped + b")"


def _pdf_text(value):
    """A text string outside page content (title, language): UTF-16 with a byte order mark, in hex."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _pdf_file(objects, info):
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        info,
        xref,
    )
    return bytes(out)


# -- podcast artwork --------------------------------------------------------------

ARTWORK_SIZE = 1400  # podcast directories ask for a square of 1400-3000 px


def draw_podcast_artwork():
    """A microphone on a yellow sun with sound waves around it, on the site's navy."""
    size = ARTWORK_SIZE
    img = PILImage.new("RGB", (size, size))
    draw = ImageDraw.Draw(img)
    for y in range(size):
        t = y / (size - 1)
        draw.line([(0, y), (size, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(NAVY, NAVY_DARK, strict=True)))
    layer = PILImage.new("RGBA", (size, size), (0, 0, 0, 0))
    paint = ImageDraw.Draw(layer)
    centre_x, centre_y = size // 2, size // 2 - 40
    for i, radius in enumerate((470, 560, 650)):
        paint.arc(
            (centre_x - radius, centre_y - radius, centre_x + radius, centre_y + radius),
            start=-55,
            end=55,
            fill=(*LIGHT, 170 - i * 45),
            width=18,
        )
        paint.arc(
            (centre_x - radius, centre_y - radius, centre_x + radius, centre_y + radius),
            start=125,
            end=235,
            fill=(*LIGHT, 170 - i * 45),
            width=18,
        )
    paint.ellipse((centre_x - 380, centre_y - 380, centre_x + 380, centre_y + 380), fill=(*YELLOW, 255))
    # The microphone: a capsule, its holder and stand.
    navy = (*NAVY, 255)
    paint.rounded_rectangle((centre_x - 110, centre_y - 270, centre_x + 110, centre_y + 90), radius=110, fill=navy)
    for y in range(centre_y - 190, centre_y + 40, 55):
        paint.line((centre_x - 70, y, centre_x + 70, y), fill=(*YELLOW, 140), width=10)
    paint.arc((centre_x - 180, centre_y - 150, centre_x + 180, centre_y + 190), start=0, end=180, fill=navy, width=26)
    paint.line((centre_x, centre_y + 190, centre_x, centre_y + 290), fill=navy, width=26)
    paint.rounded_rectangle((centre_x - 120, centre_y + 280, centre_x + 120, centre_y + 310), radius=14, fill=navy)
    for i, x in enumerate(range(260, size - 200, 110)):
        height = 40 + (i * 37) % 120
        paint.rounded_rectangle(
            (x, size - 170 - height, x + 44, size - 170), radius=20, fill=(*(YELLOW if i % 3 == 0 else LIGHT), 220)
        )
    return PILImage.alpha_composite(img.convert("RGBA"), layer).convert("RGB")


# Titles and descriptions, in Finnish as the files are.
TEXTS = read(__package__, "fi", "media")
ARTWORK = {**TEXTS["artwork"], "draw": draw_podcast_artwork, "filename": "tekojen-tori-podcast.jpg"}
DOCUMENT_TITLES = TEXTS["documents"]  # formats of {number} (episodes) and {title} (webinars)
