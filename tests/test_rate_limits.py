"""Per-visitor limits on every search (home/ratelimit.py): counted per visitor behind the proxy, in fixed
windows that hits never extend, in the shared cache (Redis when REDIS_URL is set, as in CI), and answered
with a 429 that keeps what was typed.

The windows follow the clock (django-ratelimit), so time-machine moves them; nothing here waits.
"""

import datetime
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
import time_machine
from django.core.cache import cache

from home import ratelimit
from tests import factories
from tests.utils import soup

PROJECT_ROOT = Path(__file__).resolve().parent.parent
START = datetime.datetime(2030, 3, 4, 12, 0, 0, tzinfo=datetime.UTC)
PROXY = "127.0.0.1"  # Varnish, as gunicorn sees it

pytestmark = pytest.mark.django_db


@pytest.fixture
def clock():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


@pytest.fixture
def limit(settings):
    """Search at most 5 times a minute."""
    settings.SEARCH_RATE_LIMIT = (5, 60)
    return settings


@pytest.fixture
def behind_proxy(limit):
    limit.TRUST_X_FORWARDED_FOR = True
    limit.TRUSTED_PROXY_COUNT = 1
    return limit


def search(client, words="kunta", language="en", **headers):
    return client.get(f"/{language}/search/", {"q": words}, **headers)


def statuses(client, times, **headers):
    return [search(client, **headers).status_code for _ in range(times)]


# --- Windows -------------------------------------------------------------------------------------------


def test_the_sixth_search_in_a_minute_is_refused_with_a_retry_after(client, homes, limit, clock):
    assert statuses(client, 5) == [200] * 5

    refused = search(client)

    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    cache_control = refused["Cache-Control"]
    assert "private" in cache_control
    assert "no-store" in cache_control


def test_a_steady_searcher_under_the_limit_is_never_refused(client, homes, limit, clock):
    for _ in range(50):  # one search every 12 seconds for ten minutes: five a minute
        assert search(client).status_code == 200
        clock.shift(12)


def test_the_window_does_not_extend_with_refused_searches(client, homes, limit, clock):
    statuses(client, 5)
    wait = int(search(client)["Retry-After"])

    for _ in range(wait - 1):  # keeps trying every second until the window ends
        clock.shift(1)
        assert search(client).status_code == 429
    clock.shift(1)

    assert statuses(client, 5) == [200] * 5  # a new window, its full count
    assert search(client).status_code == 429


def test_counts_are_kept_in_redis_with_an_expiry_hits_do_not_move(client, homes, limit):
    if not os.environ.get("REDIS_URL"):
        pytest.skip("REDIS_URL is not set: the default cache is each process's memory")
    redis = cache._cache.get_client(write=True)

    search(client, REMOTE_ADDR="198.51.100.23")
    keys = redis.keys("*rl:*")
    assert len(keys) == 1
    assert b"198.51.100.23" not in keys[0]  # the address reaches the cache only hashed
    expiry = redis.pexpiretime(keys[0])
    assert expiry > 0

    search(client, REMOTE_ADDR="198.51.100.23")
    search(client, REMOTE_ADDR="198.51.100.23")

    assert redis.keys("*rl:*") == keys
    assert redis.get(keys[0]) == b"3"
    assert redis.pexpiretime(keys[0]) == expiry


# --- Who the visitor is ----------------------------------------------------------------------------------


def test_visitors_behind_the_proxy_are_counted_apart(client, homes, behind_proxy, clock):
    first = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "203.0.113.10"}
    second = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "203.0.113.11"}

    assert statuses(client, 5, **first) == [200] * 5
    assert search(client, **first).status_code == 429
    assert statuses(client, 5, **second) == [200] * 5


def test_entries_a_visitor_writes_in_front_of_the_proxys_do_not_make_a_new_visitor(client, homes, behind_proxy, clock):
    statuses(client, 5, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.10")

    spoofed = search(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="192.0.2.99, 203.0.113.10")

    assert spoofed.status_code == 429


def test_the_address_is_taken_as_many_places_from_the_right_as_there_are_proxies(client, homes, behind_proxy, clock):
    behind_proxy.TRUSTED_PROXY_COUNT = 2  # a TLS proxy on another machine: Varnish appends its address
    statuses(client, 5, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.10, 10.0.0.5")

    assert search(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="1.1.1.1, 203.0.113.10, 10.0.0.5").status_code == 429
    assert search(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.11, 10.0.0.5").status_code == 200


def test_without_trust_a_forwarded_for_header_gives_no_new_counter(client, homes, limit, clock, caplog):
    for number in range(5):
        assert search(client, REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR=f"203.0.113.{number}").status_code == 200

    assert search(client, REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR="203.0.113.77").status_code == 429


def test_an_untrusted_proxy_is_pointed_out_once(client, homes, limit, clock, caplog, monkeypatch):
    monkeypatch.setattr(ratelimit, "_warned", set())
    with caplog.at_level(logging.WARNING, logger="home.ratelimit"):
        statuses(client, 3, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.10")

    warnings = [record for record in caplog.records if "TRUST_X_FORWARDED_FOR" in record.getMessage()]
    assert len(warnings) == 1


def test_an_empty_remote_addr_does_not_put_every_visitor_under_one_counter(
    client, homes, limit, clock, caplog, monkeypatch
):
    """gunicorn on a unix socket: REMOTE_ADDR is empty, the local proxy still writes X-Forwarded-For."""
    monkeypatch.setattr(ratelimit, "_warned", set())
    first = {"REMOTE_ADDR": "", "HTTP_X_FORWARDED_FOR": "203.0.113.10"}
    second = {"REMOTE_ADDR": "", "HTTP_X_FORWARDED_FOR": "203.0.113.11"}

    with caplog.at_level(logging.WARNING, logger="home.ratelimit"):
        assert statuses(client, 5, **first) == [200] * 5
        assert search(client, **first).status_code == 429
        assert statuses(client, 5, **second) == [200] * 5
        assert statuses(client, 8, REMOTE_ADDR="") == [200] * 8  # nothing tells who: not one shared counter

    messages = [record.getMessage() for record in caplog.records]
    assert sum("REMOTE_ADDR is empty" in message for message in messages) == 1
    assert sum("no rate limits" in message for message in messages) == 1


def test_an_ipv6_visitor_is_counted_per_64_network(client, homes, limit, clock):
    assert statuses(client, 5, REMOTE_ADDR="2001:db8:aa:1::1") == [200] * 5

    assert search(client, REMOTE_ADDR="2001:db8:aa:1:ffff:ffff:ffff:ffff").status_code == 429  # same /64
    assert search(client, REMOTE_ADDR="2001:db8:aa:2::1").status_code == 200  # the next /64


def test_proxy_trust_is_read_from_the_environment():
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env.update(DJANGO_SETTINGS_MODULE="site.settings.test", TRUST_X_FORWARDED_FOR="true", TRUSTED_PROXY_COUNT="2")
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c"]
        + ["from django.conf import settings as s; print(s.TRUST_X_FORWARDED_FOR, s.TRUSTED_PROXY_COUNT)"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["True", "2"]


# --- The 429 pages ---------------------------------------------------------------------------------------


def test_the_refused_search_keeps_the_words_and_says_when_to_try_again(client, homes, limit, clock):
    statuses(client, 5)

    response = client.get("/en/search/", {"q": "työhyvinvointi kunnissa", "type": "deeds"})

    assert response.status_code == 429
    document = soup(response)
    form = document.find("form", class_="search__form")
    assert form.find("input", attrs={"name": "q"})["value"] == "työhyvinvointi kunnissa"
    assert form.find("input", attrs={"name": "type"})["value"] == "deeds"
    notice = document.find(id="rate-limited")
    assert notice["role"] == "alert"
    assert "Too many searches in a short time." in notice.get_text()
    assert f"Wait {response['Retry-After']} seconds and search again." in " ".join(notice.get_text().split())
    assert document.title.get_text().startswith("Error: ")


@pytest.fixture
def listing(home_page):
    index = factories.DeedIndexPageFactory(parent=home_page, slug="teot")
    sector = factories.SectorFactory(name="Opetus ja kasvatus", slug="opetus")
    factories.DeedFactory(title="Jaksamo", sectors=[sector], goal="Opettajien palautuminen.")
    factories.DeedFactory(title="Kierto")
    return index


def test_the_deed_listing_search_is_limited_and_facet_browsing_is_not(client, listing, limit, clock):
    url = listing.get_url()
    for _ in range(12):
        assert client.get(url, {"sector": "opetus"}).status_code == 200
    assert [client.get(url, {"q": "palautuminen"}).status_code for _ in range(5)] == [200] * 5

    refused = client.get(url, {"q": "palautuminen", "sector": "opetus", "sort": "title"})

    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "no-store" in refused["Cache-Control"]
    assert "private" in refused["Cache-Control"]
    assert client.get(url, {"sector": "opetus"}).status_code == 200  # browsing goes on


def test_the_refused_deed_search_keeps_the_words_and_the_filters(client, listing, limit, clock):
    url = listing.get_url()
    for _ in range(5):
        client.get(url, {"q": "palautuminen"})

    response = client.get(url, {"q": "palautuminen", "sector": "opetus", "sort": "title"})

    assert response.status_code == 429
    document = soup(response)
    form = document.find("form", class_="deed-filters__form")
    assert form.find("input", attrs={"name": "q"})["value"] == "palautuminen"
    assert form.find("input", attrs={"name": "sector", "value": "opetus"}).has_attr("checked")
    assert form.find("select", attrs={"name": "sort"}).find("option", selected=True)["value"] == "title"
    notice = document.find(id="rate-limited")
    assert notice["role"] == "alert"
    assert "Jaksamo" not in document.get_text()  # no search ran
    browse = document.find("a", href=url + "?sector=opetus&sort=title")
    assert browse is not None
    assert client.get(browse["href"]).status_code == 200


def test_site_search_and_deed_search_share_one_count(client, homes, listing, limit, clock):
    statuses(client, 5)

    assert client.get(listing.get_url(), {"q": "palautuminen"}).status_code == 429
