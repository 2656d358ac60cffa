"""Podcast audio and transcript files are recognised by their content: an upload whose name lies is refused."""

import io
import wave

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document
from wagtail.models import Collection

from tests import factories
from uutiset.media_files import audio_format, transcript_format


def wav_bytes():
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(8000)
        audio.writeframes(b"\0\0" * 800)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (factories.MP3_DATA, "mp3"),
        (factories.MP3_FRAMES_DATA, "mp3"),
        (factories.M4A_DATA, "m4a"),
        (factories.AAC_DATA, "aac"),
        # An ID3 tag before ADTS frames: AAC with a tag.
        (b"ID3\x04\x00\x00\x00\x00\x00\x02ab" + factories.AAC_DATA, "aac"),
        # An MPEG-4 file of another kind (video) names no audio brand.
        (b"\0\0\0\x14ftypqt  \0\0\0\0qt  " + b"\0" * 100, None),
        (b"\xff\xfd\x90\x64" + b"\0" * 100, None),  # MPEG Layer II
        (wav_bytes(), None),
        (b"Hello, this is text.\n", None),
        (b"", None),
    ],
)
def test_audio_is_recognised_by_its_first_bytes(data, expected):
    assert audio_format(io.BytesIO(data)) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (factories.WEBVTT_DATA, "vtt"),
        (b"\xef\xbb\xbfWEBVTT - Jakso 1\r\n\r\n", "vtt"),
        (b"WEBVTT", "vtt"),
        (factories.SRT_DATA, "srt"),
        (b"\xef\xbb\xbf\r\n1\r\n00:00:00,000 --> 00:00:02,500\r\nHei\r\n", "srt"),
        (b"WEBVTTX\n", None),
        (b"1\nHei kaikki\n", None),
        (b"<p>Juontaja: Tervetuloa.</p>", None),
    ],
)
def test_transcripts_are_recognised_by_their_first_bytes(data, expected):
    assert transcript_format(io.BytesIO(data)) == expected


# --- Uploading a document in the admin ----------------------------------------------------------

ADD_URL = "/admin/documents/add/"


def upload(client, name, data):
    return client.post(
        ADD_URL,
        {"title": name, "file": SimpleUploadedFile(name, data), "collection": Collection.get_first_root_node().pk},
    )


def file_errors(response):
    assert response.status_code == 200, response.status_code
    return response.context["form"].errors.get("file", [])


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("jakso.mp3", factories.MP3_DATA),
        ("jakso-ilman-tagia.mp3", factories.MP3_FRAMES_DATA),
        ("jakso.m4a", factories.M4A_DATA),
        ("jakso.aac", factories.AAC_DATA),
        ("tekstitys.vtt", factories.WEBVTT_DATA),
        ("tekstitys.srt", factories.SRT_DATA),
        ("muistio.pdf", b"%PDF-1.4\n"),  # other documents are not looked into
    ],
)
@pytest.mark.django_db
def test_real_audio_and_transcripts_are_accepted(editor_client, media_root, name, data):
    response = upload(editor_client, name, data)

    assert response.status_code == 302, response.context["form"].errors
    assert Document.objects.get(title=name).file.read() == data


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("jakso.mp3", wav_bytes()),  # a WAV renamed
        ("jakso.mp3", b"This is not audio.\n"),
        ("jakso.mp3", factories.M4A_DATA),  # M4A under the wrong name: the feed would announce audio/mpeg
        ("jakso.m4a", factories.MP3_DATA),
        ("jakso.aac", factories.MP3_FRAMES_DATA),
        ("tekstitys.vtt", factories.SRT_DATA),
        ("tekstitys.srt", b"<p>Juontaja: Tervetuloa.</p>"),
    ],
)
@pytest.mark.django_db
def test_a_file_whose_content_is_not_what_its_name_says_is_refused(editor_client, media_root, name, data):
    errors = file_errors(upload(editor_client, name, data))

    assert errors and "." + name.rpartition(".")[2] in errors[0]
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_audio_formats_podcast_apps_do_not_play_are_refused(editor_client, media_root):
    for name in ("jakso.wav", "jakso.ogg", "jakso.opus"):
        assert file_errors(upload(editor_client, name, wav_bytes()))
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_the_upload_form_says_which_formats_podcast_apps_play(editor_client):
    response = editor_client.get(ADD_URL)

    help_text = str(response.context["form"]["file"].help_text)
    assert "MP3" in help_text and "M4A (AAC)" in help_text and "WebVTT" in help_text and "SRT" in help_text
    assert help_text in response.content.decode()


@pytest.mark.django_db
def test_multiple_upload_checks_the_content_too(editor_client, media_root):
    response = editor_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("jakso.mp3", wav_bytes()), "collection": Collection.get_first_root_node().pk},
    )

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert not Document.objects.exists()
