"""Open-data files kept on disk until the deeds change.

The first download after a change streams the export as it is read from the database and writes
it to a file beside (``OPEN_DATA_DIR``, default ``MEDIA_ROOT/open-data``); later downloads send
that file, with an ETag and Last-Modified for conditional requests. The file name carries the
``deeds`` topic's token (home/invalidation.py), so a change makes the next download write a new
file and the old ones are removed. A download cut short leaves no file.
"""

import hashlib
import os
import tempfile
from email.utils import formatdate
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, StreamingHttpResponse

from home import invalidation

from .signals import TOPIC


def folder():
    return Path(getattr(settings, "OPEN_DATA_DIR", "") or Path(settings.MEDIA_ROOT) / "open-data")


def response(name, variant, chunks, content_type):
    """The export ``name`` (e.g. ``deeds-fi.csv``) from its kept file, or ``chunks()`` streamed and kept.

    ``variant`` is whatever else the content depends on (the site's address in its links).
    """
    stem, suffix = os.path.splitext(name)
    token = ".".join(invalidation.tokens([TOPIC]))
    version = hashlib.sha256(f"{token}:{variant}".encode()).hexdigest()[:16]
    path = folder() / f"{stem}-{version}{suffix}"
    if path.exists():
        kept = FileResponse(path.open("rb"), content_type=content_type)
        kept["ETag"] = f'"{version}"'
        kept["Last-Modified"] = formatdate(path.stat().st_mtime, usegmt=True)
        return kept
    return StreamingHttpResponse(_written(chunks(), path, stem, suffix), content_type=content_type)


def _written(chunks, path, stem, suffix):
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".writing-", suffix=suffix)
    complete = False
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            for chunk in chunks:
                file.write(chunk)
                yield chunk
        os.replace(temporary, path)
        complete = True
        for old in path.parent.glob(f"{stem}-*{suffix}"):
            if old != path:
                old.unlink(missing_ok=True)
    finally:
        if not complete:
            Path(temporary).unlink(missing_ok=True)
