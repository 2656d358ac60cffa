"""Faults: what a bad request, a database outage and a forged Host header cost the site.

A database outage answers 503 with ``Retry-After`` (home/views.py ``server_error``) and is logged as
one line per outage *episode*, not a traceback per request: ``DatabaseOutageFilter`` on the
``django.request`` logger (site/settings/base.py ``LOGGING``) lets through the first failure and
drops the rest until ``EPISODE_GAP`` seconds pass without one. The count is per process (each
gunicorn worker logs its own first line): no shared state, so it works while Redis is down too.

``DisallowedHost`` (a request for a host name not in ``ALLOWED_HOSTS``, mostly scanners) is logged
as one warning line without a traceback by ``NoTracebackFilter``.
"""

import logging
import threading
from time import monotonic

from django.db import InterfaceError, OperationalError

# Seconds a client should wait before trying again after a 503.
RETRY_AFTER = 30
# Failures closer together than this belong to the same outage episode.
EPISODE_GAP = 60


def database_outage(exception):
    """The database error behind ``exception`` (itself or a cause), or ``None``."""
    seen = set()
    while exception is not None and id(exception) not in seen:
        if isinstance(exception, (OperationalError, InterfaceError)):
            return exception
        seen.add(id(exception))
        exception = exception.__cause__ or exception.__context__
    return None


class Episode:
    """Events less than ``gap`` seconds apart form one episode; ``starts()`` is true for its first."""

    def __init__(self, gap):
        self.gap = gap
        self.last = None
        self.lock = threading.Lock()

    def starts(self):
        now = monotonic()
        with self.lock:
            first = self.last is None or now - self.last > self.gap
            self.last = now
        return first


DATABASE_OUTAGE = Episode(EPISODE_GAP)


def first_line(exception):
    lines = str(exception).strip().splitlines()
    return lines[0] if lines else ""


class DatabaseOutageFilter(logging.Filter):
    """One line, without a traceback, per database outage episode; other records pass unchanged."""

    def filter(self, record):
        exception = database_outage(record.exc_info[1] if record.exc_info else None)
        if exception is None:
            return True
        if not DATABASE_OUTAGE.starts():
            return False
        record.msg = "Database unavailable, answering 503 (%s: %s). Not logged again until %d s pass without a failure."
        record.args = (type(exception).__name__, first_line(exception), EPISODE_GAP)
        record.exc_info = record.exc_text = None
        return True


class NoTracebackFilter(logging.Filter):
    """The message as one warning line: for expected noise such as ``DisallowedHost``."""

    def filter(self, record):
        record.exc_info = record.exc_text = None
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True
