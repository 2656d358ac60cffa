#!/usr/bin/env python3
"""Benchmark a production-like instance: PostgreSQL + Redis + gunicorn, then Varnish in front, with wrk.

    .venv/bin/python bench/run.py [--seconds 10] [--deeds N] [--fresh] [--vcl PATH]

Builds (or reuses) a scratch PostgreSQL database with the demo content, serves it with gunicorn
(2 sync workers) under the production settings, and reports per page: queries (Django's test client,
second request), origin req/s and p50/p99 latency with wrk, the same through Varnish with the project's
VCL (and its hit ratio), a 200-connection run through Varnish and a static baseline (nginx serving a
saved copy of the home page). The table is printed and written to bench/results-<timestamp>.md.

Self-contained (standard library only, run with the project's venv Python from anywhere), so it can
be copied into a git worktree of an older commit for "before" figures. Cleans up every process it
started; leaves the database for the next run (--fresh rebuilds it).

Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/tekojentori_bench),
REDIS_URL (default redis://127.0.0.1:6379/9; only that database is flushed).

Requests send Accept-Encoding: gzip, as browsers do (the static copy is then served gzipped too).
--identity sends none: Varnish then unzips its stored gzip copy for every request.
"""
# ruff: noqa: S603, S607  (runs local tools by name with argument lists, never through a shell)

import argparse
import contextlib
import gzip
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent  # the checkout this copy of bench/ sits in
BENCH_DIR = ROOT / "bench"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/tekojentori_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/9"
DEFAULT_VCL = "deploy/varnish/default.vcl"
HEADERS = {"X-Forwarded-Proto": "https"}  # production redirects plain http (SECURE_SSL_REDIRECT)
CONNECTIONS = 16
CROWD = 200

# The production settings, except that one client (wrk, always 127.0.0.1) may search without limit:
# SEARCH_RATE_LIMIT would answer 429 after 60 searches a minute. The counting itself still runs.
SETTINGS_MODULE = "bench_settings"
SETTINGS_SOURCE = """\
import sitepath  # noqa: F401

from site.settings.production import *  # noqa: F403

SEARCH_RATE_LIMIT = (10**9, 60)
"""

# Run by `manage.py shell -c`: empty the caches, find the pages to measure and count each one's queries
# on a second, warm request. Prints one line, BENCH_JSON <json>.
MEASURE_SOURCE = r"""
import json
from urllib.parse import urlsplit

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from django.conf import settings
from django.core.cache import caches

for alias in settings.CACHES:  # a cold start on any cache backend (older checkouts: a database table)
    caches[alias].clear()
headers = {"HTTP_HOST": "127.0.0.1", "HTTP_X_FORWARDED_PROTO": "https"}
pages, notes = [("home", "/fi/"), ("news listing", "/fi/uutiset/"), ("deed listing", "/fi/teot/")], []


def path_of(page):
    return urlsplit(page.get_url()).path


try:
    from django.db.models import Count, Q
    from wagtail.models import Locale

    from teot.models import Deed, DeedIndexPage, Sector, Theme
    from uutiset.models import NewsPage

    fi = Locale.objects.get(language_code="fi")
    live = Q(deeds__live=True, deeds__locale=fi)
    sector = Sector.objects.filter(locale=fi).annotate(n=Count("deeds", filter=live)).order_by("-n", "pk").first()
    in_sector = Q(deeds__live=True, deeds__locale=fi, deeds__sectors=sector)
    theme = Theme.objects.filter(locale=fi).annotate(n=Count("deeds", filter=in_sector)).order_by("-n", "pk").first()
    if sector and theme:
        pages.append(("deed listing, faceted", f"/fi/teot/?sector={sector.slug}&theme={theme.slug}"))
    news = NewsPage.objects.live().filter(locale=fi).order_by("-date", "pk").first()
    if news:
        pages.append(("news detail", path_of(news)))
    deeds = Deed.objects.filter(locale=fi, live=True).order_by("pk")
    deed = deeds.filter(sectors=sector, themes=theme).first() or deeds.first()
    index = DeedIndexPage.objects.live().filter(locale=fi).first()
    if deed and index:
        pages.append(("deed detail", f"{path_of(index)}{deed.slug}/"))
    deed_count = Deed.objects.filter(live=True).count()
except Exception as error:  # an older or newer checkout with other models: measure what we can
    notes.append(f"page discovery failed: {error!r}")
    deed_count = None
pages.append(("search", "/fi/haku/?q=kunta"))

results = []
for name, url in pages:
    Client(**headers).get(url)  # cold: fills the caches
    with CaptureQueriesContext(connection) as queries:
        response = Client(**headers).get(url)  # a new visitor, no cookies
    results.append({"name": name, "url": url, "queries": len(queries), "status": response.status_code})
print("BENCH_JSON", json.dumps({"pages": results, "deeds": deed_count, "notes": notes}))
"""


class BenchError(Exception):
    """A problem the user can fix; reported without a traceback."""


# --- Parsing (pure, tested in tests/test_bench.py) ------------------------------------------------

UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def duration_ms(text):
    """wrk's durations ("812.00us", "12.34ms", "1.02s", "2.00m") in milliseconds."""
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text.strip())
    if not match:
        raise ValueError(f"not a wrk duration: {text!r}")
    return float(match[1]) * UNITS_MS[match[2]]


def parse_wrk(output):
    """Requests/s, p50/p99 latency (ms), request count and errors from `wrk --latency` output."""
    result = {"rps": None, "p50": None, "p99": None, "requests": 0, "non2xx": 0, "socket_errors": 0}
    if match := re.search(r"^Requests/sec:\s+([\d.]+)", output, re.M):
        result["rps"] = float(match[1])
    for percent, key in (("50", "p50"), ("99", "p99")):
        if match := re.search(rf"^\s+{percent}(?:\.0+)?%\s+(\S+)", output, re.M):
            result[key] = duration_ms(match[1])
    if match := re.search(r"^\s+(\d+) requests in", output, re.M):
        result["requests"] = int(match[1])
    if match := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output):
        result["non2xx"] = int(match[1])
    if match := re.search(r"Socket errors: (.*)$", output, re.M):
        result["socket_errors"] = sum(int(n) for n in re.findall(r"\d+", match[1]))
    return result


def parse_varnishstat(output):
    """``{"MAIN.cache_hit": 12, ...}`` from `varnishstat -1` output."""
    counters = {}
    for line in output.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[1].isdigit():
            counters[parts[0]] = int(parts[1])
    return counters


def hit_ratio(before, after):
    """Cache hits over hits and misses between two varnishstat readings; "pass" if Varnish only passed."""
    hits, misses, passes = (
        after.get(name, 0) - before.get(name, 0) for name in ("MAIN.cache_hit", "MAIN.cache_miss", "MAIN.s_pass")
    )
    if hits + misses:
        return f"{100 * hits / (hits + misses):.1f} %"
    return "pass" if passes else "–"


def point_vcl_at(vcl, host, port):
    """The VCL with every backend's .host and .port (and BACKEND_HOST/BACKEND_PORT placeholders) replaced."""

    def backend(match):
        block = re.sub(r'(\.host\s*=\s*)"[^"]*"', rf'\g<1>"{host}"', match[0])
        return re.sub(r'(\.port\s*=\s*)"[^"]*"', rf'\g<1>"{port}"', block)

    vcl = re.sub(r"^\s*backend\s+[\w-]+\s*\{.*?^\s*\}", backend, vcl, flags=re.M | re.S)
    for name, value in (("HOST", host), ("PORT", port)):
        vcl = re.sub(rf"\$\{{BACKEND_{name}\}}|@BACKEND_{name}@|__BACKEND_{name}__", str(value), vcl)
    return vcl


def number(value, digits=0):
    return "–" if value is None else f"{value:,.{digits}f}".replace(",", " ")


def latency(value):
    if value is None:
        return "–"
    return f"{value:.2f} ms" if value < 10 else f"{value:.0f} ms" if value < 10_000 else f"{value / 1000:.1f} s"


def render_table(headers, rows, markdown=False):
    """Rows of strings as a Markdown table or as aligned plain text (first column left, others right)."""
    if markdown:
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join([":---"] + ["---:"] * (len(headers) - 1)) + "|"]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]

    def line(row):
        cells = [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        return "  ".join(cells).rstrip()

    return "\n".join([line(headers), "  ".join("-" * width for width in widths), *map(line, rows)])


# --- Processes --------------------------------------------------------------------------------------

STARTED = []  # (name, Popen) of every server we started, stopped at exit


def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def start(name, command, logfile, env=None):
    with open(logfile, "ab") as out:
        process = subprocess.Popen(
            command, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=ROOT, start_new_session=True
        )
    STARTED.append((name, process))
    return process


def stop_all():
    for _name, process in reversed(STARTED):
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
    for _name, process in reversed(STARTED):
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    STARTED.clear()


def on_signal(signum, _frame):
    log(f"stopped by signal {signum}; stopping what we started")
    raise SystemExit(128 + signum)


def run(command, env=None, quiet=False, stream=False):
    """Run a command to completion; fail with its output (shown as it comes with stream)."""
    if stream:
        if code := subprocess.run(command, env=env, cwd=ROOT, stdout=sys.stderr, check=False).returncode:
            raise BenchError(f"{' '.join(map(str, command))} failed ({code})")
        return ""
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode:
        raise BenchError(f"{' '.join(map(str, command))} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    if not quiet and result.stdout.strip():
        print(result.stdout.rstrip(), file=sys.stderr)
    return result.stdout


def spare_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is an answer to report, not to follow


OPENER = urllib.request.build_opener(NoRedirects)


def fetch(url, timeout=30, with_headers=False):
    """(status, body) of a GET with the benchmark's headers; redirects and errors are answers too."""
    request = urllib.request.Request(url, headers=HEADERS)  # noqa: S310 (our own servers on 127.0.0.1)
    try:
        with OPENER.open(request, timeout=timeout) as response:
            answer = response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        answer = error.code, error.read(), error.headers
    return answer if with_headers else answer[:2]


def wait_until_answering(name, process, url, logfile, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BenchError(f"{name} exited ({process.returncode}):\n{tail(logfile)}")
        with contextlib.suppress(OSError):
            fetch(url, timeout=5)
            return
        time.sleep(0.3)
    raise BenchError(f"{name} did not answer {url} within {timeout} s:\n{tail(logfile)}")


def tail(path, lines=30):
    with contextlib.suppress(OSError):
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    return ""


def warm(base, url, times):
    """Request a URL a few times; its last status."""
    return [fetch(base + url)[0] for _ in range(times)][-1]


def wrk(base, url, seconds, connections=CONNECTIONS):
    command = ["wrk", "--latency", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    for header, value in HEADERS.items():
        command += ["-H", f"{header}: {value}"]
    output = run([*command, base + url], quiet=True)
    return parse_wrk(output)


def ensure_tools(need_nginx):
    """wrk, varnish and nginx from Debian when missing (with sudo unless root), like `make test`'s chromium."""
    wanted = {"wrk": "wrk", "varnishd": "varnish", "nginx": "nginx" if need_nginx else None}
    missing = [package for tool, package in wanted.items() if package and not find_tool(tool)]
    if missing:
        log(f"installing Debian's {' '.join(missing)}")
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        run([*sudo, "apt-get", "update", "-qq"], env=env, quiet=True)
        run([*sudo, "apt-get", "install", "-y", "-qq", *missing], env=env, quiet=True)
    for tool in ("psql", "redis-cli"):
        if not find_tool(tool):
            raise BenchError(f"{tool} is missing: install postgresql-client and redis-tools")


def find_tool(name):
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")


# --- The instance ------------------------------------------------------------------------------------


def with_database(url, name):
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def psql(url, sql):
    return run(["psql", url, "-v", "ON_ERROR_STOP=1", "-qAtc", sql], quiet=True).strip()


def prepare_database(database_url, deeds, fresh):
    """Create the scratch database unless a finished build for this checkout and deed count is there.

    The database's comment records what was built, so a run with other options (or from another
    checkout) rebuilds instead of benchmarking the wrong thing. Returns whether to load content.
    """
    name = urlsplit(database_url).path.lstrip("/")
    if not re.fullmatch(r"\w+", name):
        raise BenchError(f"unexpected database name {name!r} in {database_url}")
    maintenance = with_database(database_url, "postgres")
    try:
        psql(maintenance, "select 1")
    except BenchError as error:
        raise BenchError(f"can't reach PostgreSQL at {maintenance} (set BENCH_DATABASE_URL)\n{error}") from None
    wanted = json.dumps({"checkout": str(ROOT), "deeds": deeds}, sort_keys=True)
    comment = "coalesce(shobj_description(oid, 'pg_database'), '')"
    sql = f"select 'x' || {comment} from pg_database where datname = '{name}'"  # noqa: S608 (name checked above)
    found = psql(maintenance, sql)
    exists, built = bool(found), found[1:]
    if exists and not fresh and built == wanted:
        log(f"reusing database {name} ({wanted}); --fresh rebuilds it")
        return False
    if exists:
        log(f"dropping database {name}" + ("" if fresh else f" (built as {built or 'unfinished'}, want {wanted})"))
        psql(maintenance, f"drop database {name} with (force)")
    psql(maintenance, f"create database {name}")
    return True


def mark_built(database_url, deeds):
    name = urlsplit(database_url).path.lstrip("/")
    wanted = json.dumps({"checkout": str(ROOT), "deeds": deeds}, sort_keys=True).replace("'", "''")
    psql(with_database(database_url, "postgres"), f"comment on database {name} is '{wanted}'")


def build(env, database_url, deeds, fresh):
    python = [sys.executable, "manage.py"]
    if deeds and subprocess.run([*python, "help", "seed_deeds"], env=env, cwd=ROOT, capture_output=True).returncode:
        raise BenchError(
            "--deeds needs `manage.py seed_deeds --deeds N` (teot/management/commands/seed_deeds.py), "
            "which this checkout does not have"
        )
    load = prepare_database(database_url, deeds, fresh)
    log("migrate")
    run([*python, "migrate", "--no-input", "-v0"], env=env)
    run([*python, "createcachetable"], env=env)  # older checkouts' DatabaseCache; harmless otherwise
    if load:
        log("load_demo_content")
        # Newer checkouts refuse the demo's admin/admin under the production settings unless forced.
        usage = subprocess.run(
            [*python, "help", "load_demo_content"], env=env, cwd=ROOT, capture_output=True, text=True
        )
        force = ["--force-production"] if "--force-production" in usage.stdout else []
        run([*python, "load_demo_content", *force], env=env, quiet=True)
        log("update_index")
        run([*python, "update_index"], env=env, quiet=True)
        if deeds:  # seed_deeds indexes what it adds
            log(f"seed_deeds --deeds {deeds}")
            run([*python, "seed_deeds", "--deeds", str(deeds)], env=env, stream=True)
        mark_built(database_url, deeds)
    log("collectstatic")
    run([*python, "collectstatic", "--no-input", "-v0"], env=env)


def flush_redis(redis_url):
    run(["redis-cli", "-u", redis_url, "flushdb"], quiet=True)


def measure_queries(env):
    output = run([sys.executable, "manage.py", "shell", "-c", MEASURE_SOURCE], env=env, quiet=True)
    for line in output.splitlines():
        if line.startswith("BENCH_JSON "):
            return json.loads(line.removeprefix("BENCH_JSON "))
    raise BenchError(f"the query count printed no result:\n{output}")


def start_gunicorn(env, tmp):
    port = spare_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "2"}
    logfile = tmp / "gunicorn.log"
    command = [str(gunicorn), "--bind", f"127.0.0.1:{port}", "--workers", "2", "--worker-class", "sync"]
    process = start("gunicorn", command, logfile, env=env)
    base = f"http://127.0.0.1:{port}"
    wait_until_answering("gunicorn", process, base + "/fi/", logfile)
    return base


def start_varnish(vcl_path, backend_port, tmp):
    """varnishd in the foreground with the project's VCL pointed at our gunicorn (its includes beside it)."""
    vcl_dir = tmp / "vcl"
    vcl_dir.mkdir()
    for source in vcl_path.parent.glob("*.vcl"):
        (vcl_dir / source.name).write_text(point_vcl_at(source.read_text(), "127.0.0.1", backend_port))
    if not (vcl_dir / vcl_path.name).exists():
        (vcl_dir / vcl_path.name).write_text(point_vcl_at(vcl_path.read_text(), "127.0.0.1", backend_port))
    port, workdir, logfile = spare_port(), tmp / "varnish", tmp / "varnish.log"
    command = [find_tool("varnishd"), "-F", "-n", str(workdir), "-a", f"127.0.0.1:{port}", "-j", "none"]
    command += ["-f", str(vcl_dir / vcl_path.name), "-p", f"vcl_path={vcl_dir}", "-s", "malloc,256m"]
    process = start("varnish", command, logfile)
    base = f"http://127.0.0.1:{port}"
    wait_until_answering("varnish", process, base + "/fi/", logfile)
    return base, workdir


def varnish_counters(workdir):
    fields = ("MAIN.cache_hit", "MAIN.cache_miss", "MAIN.s_pass")
    command = [find_tool("varnishstat"), "-n", str(workdir), "-1"] + [arg for f in fields for arg in ("-f", f)]
    return parse_varnishstat(run(command, quiet=True))


NGINX_CONF = """\
{user}worker_processes auto;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log;
events {{ worker_connections 4096; }}
http {{
    types {{ text/html html; }}
    access_log off;
    gzip_static on;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {tmp}/www;
        index index.html;
    }}
}}
"""


def start_nginx(body, gzipped, url, tmp):
    """nginx serving a saved copy of one page at the same path (the same bytes), as a static-file baseline."""
    nginx_dir = tmp / "nginx"
    page_dir = nginx_dir / "www" / urlsplit(url).path.strip("/")
    page_dir.mkdir(parents=True)
    (page_dir / "index.html").write_bytes(gzip.decompress(body) if gzipped else body)
    if gzipped:  # served as it is to clients that accept gzip (gzip_static)
        (page_dir / "index.html.gz").write_bytes(body)
    port = spare_port()
    user = "user root;\n" if os.geteuid() == 0 else ""  # the tmpdir is private to us
    (nginx_dir / "nginx.conf").write_text(NGINX_CONF.format(user=user, tmp=nginx_dir, port=port))
    logfile = nginx_dir / "nginx-error.log"
    command = [find_tool("nginx"), "-p", str(nginx_dir), "-c", str(nginx_dir / "nginx.conf"), "-e", str(logfile)]
    process = start("nginx", command, tmp / "nginx.log")
    base = f"http://127.0.0.1:{port}"
    wait_until_answering("nginx", process, base + url, tmp / "nginx.log")
    return base


# --- The report --------------------------------------------------------------------------------------


def git_describe():
    result = subprocess.run(["git", "log", "-1", "--format=%h %s"], cwd=ROOT, capture_output=True, text=True)
    described = result.stdout.strip() or "(not a git checkout)"
    described = described if len(described) <= 72 else described[:71] + "…"
    dirty = subprocess.run(["git", "status", "--porcelain", "-uno"], cwd=ROOT, capture_output=True, text=True)
    return described + (" (with uncommitted changes)" if dirty.stdout.strip() else "")


def errors_of(label, result):
    problems = []
    if result and result["non2xx"]:
        problems.append(f"{result['non2xx']} non-2xx/3xx")
    if result and result["socket_errors"]:
        problems.append(f"{result['socket_errors']} socket errors")
    return f"{label}: {', '.join(problems)} of {result['requests']} requests" if problems else None


def report(context, markdown):
    pages, heading = context["pages"], context["heading"]
    headers = ["page", "queries", "origin req/s", "p50", "p99", "varnish req/s", "p50", "p99", "hit ratio"]
    rows, notes = [], list(context["notes"])
    for page in pages:
        origin, varnish = page.get("origin"), page.get("varnish")
        name = f"{page['name']} `{page['url']}`" if markdown else page["name"]
        queries = str(page["queries"]) + ("" if page["status"] == 200 else f" ({page['status']})")
        row = [name, queries]
        for result in (origin, varnish):
            row += [number(result and result["rps"]), latency(result and result["p50"])]
            row += [latency(result and result["p99"])]
        rows.append([*row, page.get("hit_ratio", "–")])
        for label, result in (("origin", origin), ("varnish", varnish)):
            if problem := errors_of(f"{page['name']} {label}", result):
                notes.append(problem)
    lines = [heading if not markdown else f"### Benchmark {context['date']}", ""]
    lines += [f"- {line}" if markdown else line for line in context["about"]]
    lines += ["", render_table(headers, rows, markdown), ""]
    if not markdown:
        lines.append("pages: " + ", ".join(f"{page['name']} {page['url']}" for page in pages))
    summary = context["summary"]
    lines += [f"- {line}" if markdown else line for line in summary]
    if notes:
        lines += ["", "Notes:" if not markdown else "**Notes:**"] + [f"- {note}" for note in notes]
    return "\n".join(lines) + "\n"


def summary_lines(crowd, static, home_varnish, home_url, size, gzipped):
    lines = []
    if crowd:
        errors = crowd["non2xx"] + crowd["socket_errors"]
        lines.append(
            f"Varnish, {CROWD} connections, {home_url}: {number(crowd['rps'])} req/s, p50 {latency(crowd['p50'])}, "
            f"p99 {latency(crowd['p99'])}, errors {errors} ({crowd['non2xx']} non-2xx/3xx, "
            f"{crowd['socket_errors']} socket) of {crowd['requests']} requests"
        )
    if static:
        ratio = ""
        if home_varnish and home_varnish["rps"] and static["rps"]:
            ratio = f"; Varnish vs static: {home_varnish['rps'] / static['rps']:.2f}×"
        lines.append(
            f"Static baseline (nginx, the same {size / 1024:.1f} KB{' gzipped' if gzipped else ''} of {home_url}, "
            f"{CONNECTIONS} connections): "
            f"{number(static['rps'])} req/s, p50 {latency(static['p50'])}, p99 {latency(static['p99'])}{ratio}"
        )
    return lines


# --- Main ---------------------------------------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS") or 10), help="per wrk run")
    parser.add_argument(
        "--deeds", type=int, default=int(os.environ.get("BENCH_DEEDS") or 0), help="add N deeds with seed_deeds"
    )
    parser.add_argument("--fresh", action="store_true", help="rebuild the database")
    parser.add_argument("--vcl", default=DEFAULT_VCL, help=f"Varnish configuration (default {DEFAULT_VCL})")
    parser.add_argument("--no-static", action="store_true", help="skip the nginx static baseline")
    parser.add_argument("--identity", action="store_true", help="send no Accept-Encoding (browsers send gzip)")
    parser.add_argument("--output", help="Markdown file (default bench/results-<timestamp>.md)")
    args = parser.parse_args(argv)
    if not args.identity:
        HEADERS["Accept-Encoding"] = "gzip"
    if not (ROOT / "manage.py").exists():
        raise BenchError(f"no manage.py in {ROOT}: keep this script in the project's bench/ folder")

    ensure_tools(need_nginx=not args.no_static)
    database_url = os.environ.get("BENCH_DATABASE_URL") or DEFAULT_DATABASE_URL
    redis_url = os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL
    if run(["redis-cli", "-u", redis_url, "ping"], quiet=True).strip() != "PONG":
        raise BenchError(f"Redis does not answer at {redis_url}")
    vcl = Path(args.vcl) if Path(args.vcl).is_absolute() else ROOT / args.vcl

    tmp = Path(tempfile.mkdtemp(prefix="tekojentori-bench-"))
    try:
        (tmp / f"{SETTINGS_MODULE}.py").write_text(SETTINGS_SOURCE)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(tmp), str(ROOT), os.environ.get("PYTHONPATH")])),
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "WAGTAILADMIN_BASE_URL": "https://127.0.0.1",
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "MEDIA_ROOT": str(BENCH_DIR / "media"),  # kept with the database for the next run
        }
        return benchmark(args, env, database_url, redis_url, vcl, tmp)
    finally:
        stop_all()
        shutil.rmtree(tmp, ignore_errors=True)


def benchmark(args, env, database_url, redis_url, vcl, tmp):
    started = datetime.now()
    build(env, database_url, args.deeds, args.fresh)
    flush_redis(redis_url)
    log("counting queries (test client, second request)")
    measured = measure_queries(env)
    pages, notes = measured["pages"], measured["notes"]
    seconds = args.seconds

    origin = start_gunicorn(env, tmp)
    for page in pages:
        log(f"wrk origin {page['url']}")
        if (status := warm(origin, page["url"], 4)) != 200:
            notes.append(f"{page['name']}: origin answers {status}, measured anyway")
            log(f"{page['url']} answers {status}; the end of gunicorn's log:\n{tail(tmp / 'gunicorn.log', 40)}")
        page["origin"] = wrk(origin, page["url"], seconds)
    home = pages[0]
    _status, home_body, home_headers = fetch(origin + home["url"], with_headers=True)
    home_gzipped = home_headers.get("Content-Encoding") == "gzip"

    crowd = None
    if vcl.exists():
        cache, workdir = start_varnish(vcl, urlsplit(origin).port, tmp)
        for page in pages:
            log(f"wrk varnish {page['url']}")
            if (status := warm(cache, page["url"], 2)) != 200:
                notes.append(f"{page['name']}: Varnish answers {status}, measured anyway")
            time.sleep(0.2)
            before = varnish_counters(workdir)
            page["varnish"] = wrk(cache, page["url"], seconds)
            time.sleep(1.2)  # the workers publish their counters about once a second
            page["hit_ratio"] = hit_ratio(before, varnish_counters(workdir))
        log(f"wrk varnish {home['url']} at {CROWD} connections")
        crowd = wrk(cache, home["url"], seconds, CROWD)
    else:
        notes.append(f"no Varnish figures: {vcl} does not exist in this checkout (pass --vcl PATH)")

    static = None
    if not args.no_static:
        static_base = start_nginx(home_body, home_gzipped, home["url"], tmp)
        log(f"wrk static copy of {home['url']}")
        warm(static_base, home["url"], 2)
        static = wrk(static_base, home["url"], seconds)

    deeds = measured["deeds"]
    context = {
        "pages": pages,
        "notes": notes,
        "date": started.strftime("%Y-%m-%d %H:%M"),
        "heading": f"Benchmark {started:%Y-%m-%d %H:%M}",
        "about": [
            f"checkout: {ROOT} at {git_describe()}",
            f"database: {urlsplit(database_url).path.lstrip('/')} (PostgreSQL), demo content"
            + (f" + {args.deeds} generated deeds" if args.deeds else "")
            + (f", {deeds} live deeds" if deeds is not None else "")
            + f"; cache: Redis {redis_url}",
            f"gunicorn: 2 sync workers, production settings (search rate limit lifted); {os.cpu_count()} CPUs",
            f"wrk: {CONNECTIONS} connections, 2 threads, {seconds} s per run, headers "
            + ", ".join(f"{name}: {value}" for name, value in HEADERS.items())
            + f"; Varnish: {vcl.relative_to(ROOT) if vcl.is_relative_to(ROOT) else vcl}",
            "queries: Django test client, second request of a new visitor",
        ],
        "summary": summary_lines(crowd, static, home.get("varnish"), home["url"], len(home_body), home_gzipped),
    }
    text = report(context, markdown=False)
    print("\n" + text)
    output = Path(args.output) if args.output else BENCH_DIR / f"results-{started:%Y%m%d-%H%M%S}.md"
    output.write_text(report(context, markdown=True))
    log(f"written to {output}")
    return 0


if __name__ == "__main__":
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, on_signal)
    try:
        sys.exit(main())
    except BenchError as error:
        log(f"error: {error}")
        sys.exit(1)
