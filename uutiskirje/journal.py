"""A worker's note, on local disk, of each message of its batch: about to go, sent, or failed.

The database hears of a batch once, when it ends (a few queries whatever the batch size). If the
worker dies before that, the note tells the next worker which messages went: it writes a line before
and after each send, straight to the operating system, so a killed process loses nothing of it.

A message marked as about to go and not after (the worker died while sending it) may have reached its
reader: it is never sent again.
"""

import os
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

GOING, SENT, FAILED = "going", "sent", "failed"


def directory():
    return Path(settings.NEWSLETTER_JOURNAL_DIR)


def _path(owner):
    return directory() / owner.replace(":", "_")


class Journal:
    """The note of one batch, opened by the worker that claimed it."""

    def __init__(self, owner):
        directory().mkdir(parents=True, exist_ok=True)
        self._fd = os.open(_path(owner), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def _write(self, *words):
        os.write(self._fd, (" ".join(words) + "\n").encode())

    def going(self, pk):
        self._write(GOING, str(pk))

    def sent(self, pk):
        self._write(SENT, str(pk))

    def failed(self, pk, error):
        self._write(FAILED, str(pk), error.replace("\n", " "))

    def close(self):
        os.close(self._fd)


@dataclass
class Outcome:
    sent: set = field(default_factory=set)
    failed: dict = field(default_factory=dict)  # pk: the error
    unknown: set = field(default_factory=set)  # went out or not: never sent again


def read(owner):
    """What the note of ``owner``'s batch says, or ``None`` where there is none on this machine."""
    try:
        lines = _path(owner).read_text().splitlines()
    except FileNotFoundError:
        return None
    outcome = Outcome()
    for line in lines:
        word, _, rest = line.partition(" ")
        pk, _, error = rest.partition(" ")
        if not pk.isdigit():
            continue  # a line cut short (no write is, but the disk may fill)
        pk = int(pk)
        if word == GOING:
            outcome.unknown.add(pk)
        elif word == SENT:
            outcome.unknown.discard(pk)
            outcome.sent.add(pk)
        elif word == FAILED:
            outcome.unknown.discard(pk)
            outcome.failed[pk] = error
    return outcome


def remove(owner):
    _path(owner).unlink(missing_ok=True)
