"""Real server processes for the serving and outage tests: gunicorn with the project's gunicorn.conf.py,
nginx with the shipped snippet, on spare ports. Each is stopped by its fixture; a missing binary skips."""

import http.client
import shutil
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")
NGINX = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(process, port, logfile, name, attempts=150):
    for _ in range(attempts):
        if process.poll() is not None:
            pytest.fail(f"{name} stopped:\n{Path(logfile).read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"{name} did not start:\n{Path(logfile).read_text()}")


def stop(process, signal=None):
    if signal is None:
        process.terminate()
    else:
        process.send_signal(signal)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def start_gunicorn(tmp_path, env, workers=2):
    """gunicorn as production runs it (gunicorn.conf.py: sync workers, its timeouts), on a spare port."""
    port = free_port()
    logfile = tmp_path / "gunicorn.log"
    with logfile.open("wb") as out:
        process = subprocess.Popen(
            # No control socket: it has one fixed path per user, shared with any other gunicorn.
            [str(GUNICORN), "--config", str(PROJECT_ROOT / "gunicorn.conf.py"), "--no-control-socket"],
            cwd=PROJECT_ROOT,
            env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(workers)},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    wait_for_port(process, port, logfile, "gunicorn")
    # Each worker loads Django's URLs on its first request (seconds on a busy machine): one request
    # per worker at the same time, so that every worker is ready before the test begins.
    with ThreadPoolExecutor(workers) as pool:
        statuses = list(pool.map(lambda _: status_of(port, "/robots.txt", timeout=120), range(workers)))
    assert statuses == [200] * workers, Path(logfile).read_text()
    return process, port, logfile


def status_of(port, path, timeout):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


NGINX_CONF = """\
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {snippet};
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://127.0.0.1:{upstream};
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Proto $scheme;
        }}
    }}
}}
"""


def start_nginx(tmp_path, upstream_port):
    """nginx with deploy/nginx/slow-clients.conf (the shipped buffering and timeouts) in front of a port."""
    workdir = tmp_path / "nginx"
    workdir.mkdir()
    port = free_port()
    conf = workdir / "nginx.conf"
    conf.write_text(
        NGINX_CONF.format(
            tmp=workdir,
            port=port,
            upstream=upstream_port,
            snippet=PROJECT_ROOT / "deploy" / "nginx" / "slow-clients.conf",
        )
    )
    logfile = workdir / "error.log"
    logfile.touch()
    process = subprocess.Popen(
        [NGINX, "-p", str(workdir), "-c", str(conf), "-e", str(logfile)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    wait_for_port(process, port, logfile, "nginx")
    return process, port
