"""The project package is called ``site`` like a stdlib module; manage.py,
pytest and gunicorn must all still start (see sitepath.py)."""

import importlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
STARTUP_TIMEOUT = 20


def run(*args, env=None, timeout=60):
    return subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_manage_py_starts():
    result = run("manage.py", "check")
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_pytest_imports_settings_from_the_project_folder():
    import site

    settings_module = importlib.import_module("site.settings.test")
    assert Path(settings_module.__file__).parent == PROJECT_ROOT / "site" / "settings"
    # The stdlib module is still the one Python imported at start-up.
    assert Path(site.__file__).parent != PROJECT_ROOT
    assert isinstance(site.getsitepackages(), list)
    assert callable(site.addsitedir)


def test_sitepath_adds_the_folder_once():
    import site

    import sitepath

    importlib.reload(sitepath)
    assert site.__path__.count(sitepath.SITE_DIR) == 1


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def gunicorn_executable():
    beside_python = Path(sys.executable).parent / "gunicorn"
    return str(beside_python) if beside_python.exists() else shutil.which("gunicorn")


def fetch_when_up(url, process, headers):
    """GET url as soon as the server answers; give up after STARTUP_TIMEOUT seconds."""
    deadline = time.monotonic() + STARTUP_TIMEOUT
    request = urllib.request.Request(url, headers=headers)
    while True:
        if process.poll() is not None:
            pytest.fail(f"gunicorn exited with {process.returncode}")
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return response.status, response.read().decode()
        except (ConnectionError, TimeoutError, urllib.error.URLError):  # a worker still loading the lexicons
            if time.monotonic() > deadline:
                pytest.fail(f"gunicorn did not answer within {STARTUP_TIMEOUT} s")
            time.sleep(0.1)


def test_gunicorn_serves_the_site(tmp_path):
    executable = gunicorn_executable()
    assert executable, "gunicorn is not installed"
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "PYTHONPATH"}
    }
    env.update(
        SECRET_KEY="gunicorn-test-" + "x7Qp2mZr9Lk4" * 5,
        ALLOWED_HOSTS="127.0.0.1",
        WAGTAILADMIN_BASE_URL="https://127.0.0.1",
        DATABASE_URL=f"sqlite:///{tmp_path / 'gunicorn.sqlite3'}",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1",
    )
    log_path = tmp_path / "gunicorn.log"
    with log_path.open("w") as log:
        # No arguments: gunicorn must find gunicorn.conf.py and site.wsgi by itself.
        process = subprocess.Popen([executable], cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        status, body = fetch_when_up(
            f"http://127.0.0.1:{port}/robots.txt", process, headers={"X-Forwarded-Proto": "https"}
        )
    except BaseException:
        stop(process)
        print(log_path.read_text())  # shown in the failure report
        raise
    stop(process)
    assert status == 200
    assert "sitemap.xml" in body


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
