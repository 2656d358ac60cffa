"""A database outage answers 503 with Retry-After and logs one line per episode, not a traceback per
request; a forged Host header is logged without a traceback; Redis down is a cache miss."""

import logging
import os
import signal

import pytest
from django.core.cache import caches
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.utils import OperationalError
from django.test import Client

from home import cache_backends, faults, views
from tests.utils import soup

REFUSED = 'connection to server at "127.0.0.1", port 5432 failed: Connection refused\n\tIs the server running?'


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(faults, "monotonic", clock)
    return clock


@pytest.fixture
def database_down(monkeypatch, clock):
    """Every query fails as with PostgreSQL stopped; a fresh outage episode."""

    def refuse(self):
        raise OperationalError(REFUSED)

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)
    monkeypatch.setattr(faults, "DATABASE_OUTAGE", faults.Episode(faults.EPISODE_GAP))


def visitor():
    return Client(raise_request_exception=False)


def request_log(caplog):
    return [record for record in caplog.records if record.name == "django.request"]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_database_outage_answers_503_with_retry_after(database_down, language):
    response = visitor().get(f"/{language}/")

    assert response.status_code == 503
    assert response["Retry-After"] == str(faults.RETRY_AFTER)
    assert "no-store" in response["Cache-Control"]
    document = soup(response)
    assert document.html["lang"] == language
    assert len(document.find_all("h1")) == 1
    assert document.main["id"] == "main-content"
    assert document.main.find("a", href=f"/{language}/") is not None


def test_an_outage_is_logged_once_not_per_request(database_down, caplog):
    caplog.set_level(logging.WARNING)
    for path in ["/fi/", "/en/", "/fi/teot/", "/sitemap.xml", "/fi/haku/?q=kunta"] * 4:
        assert visitor().get(path).status_code == 503, path

    records = request_log(caplog)
    assert len(records) == 1
    assert records[0].exc_info is None
    message = records[0].getMessage()
    assert "Database unavailable" in message
    assert "Connection refused" in message
    assert "\n" not in message


def test_a_new_outage_after_a_quiet_gap_is_logged_again(database_down, clock, caplog):
    caplog.set_level(logging.WARNING)
    visitor().get("/fi/")
    clock.now += faults.EPISODE_GAP - 1
    visitor().get("/fi/")  # still the same episode: the failures keep coming
    clock.now += faults.EPISODE_GAP - 1
    visitor().get("/fi/")
    assert len(request_log(caplog)) == 1

    clock.now += faults.EPISODE_GAP + 1
    visitor().get("/fi/")
    assert len(request_log(caplog)) == 2


def test_other_errors_still_answer_500_with_their_traceback(monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(views, "reverse", broken)  # robots.txt needs no database
    response = visitor().get("/robots.txt")

    assert response.status_code == 500
    assert "Retry-After" not in response
    [record] = request_log(caplog)
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError


def test_a_forged_host_gets_400_and_one_line_without_a_traceback(settings, caplog):
    settings.ALLOWED_HOSTS = ["tekojentori.fi"]
    caplog.set_level(logging.WARNING)

    response = visitor().get("/fi/", HTTP_HOST="evil.example")

    assert response.status_code == 400
    assert soup(response).html["lang"] == "fi"
    records = [record for record in caplog.records if record.name == "django.security.DisallowedHost"]
    assert len(records) == 1
    assert records[0].exc_info is None
    assert records[0].levelno == logging.WARNING
    assert "evil.example" in records[0].getMessage()


# --- Redis down -----------------------------------------------------------------------------------


@pytest.fixture
def redis_down(settings, monkeypatch, clock):
    """The caches point at a port where nothing listens; a fresh outage episode."""
    from tests.servers import free_port

    location = f"redis://127.0.0.1:{free_port()}/0"
    settings.CACHES = {
        alias: {**config, "LOCATION": location, "BACKEND": config["BACKEND"].replace("LocMem", "Redis")}
        for alias, config in settings.CACHES.items()
    }
    for alias in settings.CACHES:
        assert isinstance(caches[alias], cache_backends.RedisCache)
    monkeypatch.setattr(cache_backends, "REDIS_OUTAGE", faults.Episode(faults.EPISODE_GAP))
    monkeypatch.setattr(cache_backends, "_down_until", 0.0)


def test_with_redis_down_the_site_answers_from_the_database(homes, redis_down, caplog):
    caplog.set_level(logging.WARNING)
    for _ in range(3):
        for language in ["fi", "sv", "en"]:
            assert visitor().get(f"/{language}/").status_code == 200

    records = [record for record in caplog.records if record.name == "home.cache_backends"]
    assert len(records) == 1
    assert records[0].exc_info is None
    assert "Redis unavailable" in records[0].getMessage()


def test_with_redis_down_the_cache_reads_as_empty_and_writes_are_dropped(redis_down):
    cache = caches["default"]
    cache.set("key", "value")
    assert cache.get("key") is None
    assert cache.get("key", "default") == "default"
    assert cache.get_many(["key"]) == {}
    assert cache.add("key", 1) is False
    assert cache.has_key("key") is False
    with pytest.raises(ValueError):  # as for a missing key: counters start over
        cache.incr("key")
    assert cache.get_or_set("key", "computed") == "computed"
    cache.delete("key")
    cache.clear()


# --- The real thing: gunicorn with PostgreSQL unreachable -----------------------------------------

OUTAGE_SETTINGS = """\
import sitepath  # noqa: F401

from site.settings.test import *  # noqa: F403

# Production's logging (site/settings/production.py): base.py's filters, records to stderr.
LOGGING = {**LOGGING, "handlers": {"console": {"class": "logging.StreamHandler"}},
           "root": {"handlers": ["console"], "level": "WARNING"}}
"""


def test_gunicorn_answers_503_and_logs_one_line_per_worker_while_postgresql_is_down(tmp_path):
    from tests.servers import free_port, start_gunicorn, status_of, stop

    (tmp_path / "outage_settings.py").write_text(OUTAGE_SETTINGS)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "outage_settings",
        "PYTHONPATH": str(tmp_path),
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{free_port()}/tekojentori",  # nothing listens
    }
    process, port, logfile = start_gunicorn(tmp_path, env, workers=2)
    try:
        for path in ["/fi/", "/sv/", "/en/", "/fi/teot/", "/sitemap.xml"] * 4:
            assert status_of(port, path, timeout=30) == 503
    finally:
        # Graceful: under load, a quick shutdown (SIGINT) once caught a worker inside its last write (a traceback).
        stop(process, signal.SIGTERM)

    log = logfile.read_text()
    assert "Traceback" not in log, log
    assert 1 <= log.count("Database unavailable, answering 503 (OperationalError:") <= 2  # one per worker
