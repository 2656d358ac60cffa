"""The shipped serving setup survives slow clients: nginx with deploy/nginx/slow-clients.conf reads
every request whole before gunicorn (gunicorn.conf.py, 2 sync workers) sees it.

Real processes on spare ports, against the test database. Without the proxy, two clients that
announce a body and never send it hold both workers (the control test); through it, the site answers.
"""

import http.client
import os
import signal
import socket
from contextlib import ExitStack

import pytest

from tests.servers import NGINX, start_gunicorn, start_nginx, status_of, stop

# django_db: so that pytest-django creates the test database, which gunicorn then uses.
pytestmark = [pytest.mark.skipif(NGINX is None, reason="nginx is not installed"), pytest.mark.django_db]

WORKERS = 2
ANSWER_WITHIN = 10  # seconds: a socket timeout, far above a normal answer, far below gunicorn's 30 s


def database_url(settings_dict):
    user = settings_dict["USER"] + (f":{settings_dict['PASSWORD']}" if settings_dict["PASSWORD"] else "")
    host = f"{settings_dict['HOST'] or '127.0.0.1'}:{settings_dict['PORT'] or 5432}"
    return f"postgres://{user}@{host}/{settings_dict['NAME']}"


@pytest.fixture(scope="module")
def servers(django_db_setup, tmp_path_factory):
    from django.db import connection

    tmp_path = tmp_path_factory.mktemp("serving")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site.settings.test",
        "DATABASE_URL": database_url(connection.settings_dict),
    }
    gunicorn, gunicorn_port, logfile = start_gunicorn(tmp_path, env, workers=WORKERS)
    try:
        nginx, nginx_port = start_nginx(tmp_path, gunicorn_port)
        try:
            yield {"gunicorn": gunicorn_port, "nginx": nginx_port, "log": logfile}
        finally:
            stop(nginx)
    finally:
        stop(gunicorn, signal.SIGINT)  # gunicorn's quick shutdown


def get(port, path="/robots.txt"):
    return status_of(port, path, timeout=ANSWER_WITHIN)


def slow_clients(stack, port, count):
    """``count`` POSTs that announce 10 000 bytes and send none, and ``count`` header dribbles."""
    for number in range(count):
        body = stack.enter_context(socket.create_connection(("127.0.0.1", port)))
        body.sendall(
            b"POST /fi/teot/ilmoita/ HTTP/1.1\r\nHost: localhost\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000\r\n\r\n"
        )
        dribble = stack.enter_context(socket.create_connection(("127.0.0.1", port)))
        dribble.sendall(b"GET /fi/ HTTP/1.1\r\nHost: localhost\r\n")
        dribble.sendall(f"X-Slow-{number}: a".encode())


def test_slow_clients_do_not_stall_the_site_behind_nginx(servers):
    with ExitStack() as stack:
        slow_clients(stack, servers["nginx"], count=2 * WORKERS)
        assert get(servers["nginx"]) == 200
        assert get(servers["nginx"], "/fi/") in (200, 404)  # a page: through the database
        assert get(servers["nginx"]) == 200


def test_a_body_that_ends_early_never_reaches_gunicorn(servers):
    with socket.create_connection(("127.0.0.1", servers["nginx"]), timeout=ANSWER_WITHIN) as client:
        client.sendall(
            b"POST /admin/login/ HTTP/1.1\r\nHost: localhost\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000\r\n\r\nusername=x"
        )
        client.shutdown(socket.SHUT_WR)
        client.recv(1024)  # nginx gives up on it: closes (or answers 400) at once
    assert get(servers["nginx"]) == 200
    assert "POST /admin/login/" not in servers["log"].read_text()


def test_without_the_proxy_two_slow_bodies_hold_both_workers(servers):
    # The control: why nginx is in front. gunicorn alone waits for the bodies until its timeout.
    with ExitStack() as stack:
        slow_clients(stack, servers["gunicorn"], count=WORKERS)
        with pytest.raises(TimeoutError):
            connection = http.client.HTTPConnection("127.0.0.1", servers["gunicorn"], timeout=2)
            stack.callback(connection.close)
            connection.request("GET", "/robots.txt")
            connection.getresponse()
    # Closed: the workers see the end of the bodies and serve again.
    assert get(servers["gunicorn"]) == 200
