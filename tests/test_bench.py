"""The benchmark script's parsing and reporting (bench/run.py); the benchmark itself is run by `make bench`."""

import importlib.util
from pathlib import Path

import pytest

spec = importlib.util.spec_from_file_location("bench_run", Path(__file__).resolve().parent.parent / "bench" / "run.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)

WRK_CLEAN = """\
Running 3s test @ http://127.0.0.1:41234/fi/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   265.19us  412.50us  12.97ms   96.59%
    Req/Sec    27.70k     2.16k   31.02k    73.33%
  Latency Distribution
     50%  197.00us
     75%  237.00us
     90%  301.00us
     99%    2.46ms
  165366 requests in 3.00s, 4.12GB read
Requests/sec:  55117.46
Transfer/sec:      1.37GB
"""

WRK_ERRORS = """\
Running 10s test @ http://127.0.0.1:41234/fi/haku/?q=kunta
  2 threads and 200 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.52s   401.00ms   2.00s    75.00%
    Req/Sec    20.10     10.00    40.00     60.00%
  Latency Distribution
     50%    1.61s
     75%    1.80s
     90%    1.95s
     99%    2.00m
  402 requests in 10.01s, 5.00MB read
  Socket errors: connect 0, read 3, write 0, timeout 17
  Non-2xx or 3xx responses: 12
Requests/sec:     40.16
Transfer/sec:    511.00KB
"""


def test_parse_wrk_without_errors():
    result = bench.parse_wrk(WRK_CLEAN)
    assert result == {
        "rps": 55117.46,
        "p50": pytest.approx(0.197),
        "p99": pytest.approx(2.46),
        "requests": 165366,
        "non2xx": 0,
        "socket_errors": 0,
    }


def test_parse_wrk_with_errors_and_long_latencies():
    result = bench.parse_wrk(WRK_ERRORS)
    assert result["rps"] == 40.16
    assert result["p50"] == pytest.approx(1610)
    assert result["p99"] == pytest.approx(120_000)
    assert (result["requests"], result["non2xx"], result["socket_errors"]) == (402, 12, 20)
    assert bench.errors_of("search origin", result) == (
        "search origin: 12 non-2xx/3xx, 20 socket errors of 402 requests"
    )
    assert bench.errors_of("home origin", bench.parse_wrk(WRK_CLEAN)) is None


def test_duration_rejects_other_text():
    with pytest.raises(ValueError, match="not a wrk duration"):
        bench.duration_ms("fast")


def test_varnishstat_and_hit_ratio():
    before = bench.parse_varnishstat(
        "MAIN.cache_hit              10         0.00 Cache hits\n"
        "MAIN.cache_miss              2         0.00 Cache misses\n"
        "MAIN.s_pass                  0         0.00 Total pass-ed requests seen\n"
    )
    assert before == {"MAIN.cache_hit": 10, "MAIN.cache_miss": 2, "MAIN.s_pass": 0}
    after = {"MAIN.cache_hit": 1009, "MAIN.cache_miss": 3, "MAIN.s_pass": 0}
    assert bench.hit_ratio(before, after) == "99.9 %"
    assert bench.hit_ratio(before, {**before, "MAIN.s_pass": 50}) == "pass"
    assert bench.hit_ratio(before, before) == "–"


def test_point_vcl_at_rewrites_backends_only():
    vcl = """vcl 4.1;
backend default {
    .host = "app.internal";
    .port = "8000";
    .probe = { .url = "/healthz"; }
}
sub vcl_recv { set req.http.X-Port = "8000"; }
"""
    pointed = bench.point_vcl_at(vcl, "127.0.0.1", 41234)
    assert '.host = "127.0.0.1";' in pointed
    assert '.port = "41234";' in pointed
    assert 'X-Port = "8000"' in pointed  # outside the backend: untouched
    placeholder = 'backend default { .host = "${BACKEND_HOST}"; .port = "${BACKEND_PORT}"; }'
    assert bench.point_vcl_at(placeholder, "127.0.0.1", 5) == 'backend default { .host = "127.0.0.1"; .port = "5"; }'


def test_report_as_text_and_markdown():
    result = bench.parse_wrk(WRK_CLEAN)
    page = {"name": "home", "url": "/fi/", "queries": 9, "status": 200, "origin": result, "varnish": result}
    context = {
        "pages": [page, {"name": "search", "url": "/fi/haku/?q=kunta", "queries": 30, "status": 429}],
        "notes": [],
        "date": "2026-01-01 12:00",
        "heading": "Benchmark 2026-01-01 12:00",
        "about": ["checkout: here"],
        "summary": bench.summary_lines(result, result, result, "/fi/", 30_720, False),
    }
    text = bench.report(context, markdown=False)
    rows = {line.split()[0]: " ".join(line.split()[1:]) for line in text.splitlines() if line.startswith(("ho", "se"))}
    assert rows == {"home": "9 55 117 0.20 ms 2.46 ms 55 117 0.20 ms 2.46 ms –", "search": "30 (429) – – – – – – –"}
    assert "Varnish vs static: 1.00×" in text
    assert "the same 30.0 KB of /fi/" in text
    markdown = bench.report(context, markdown=True)
    assert "| home `/fi/` | 9 | 55 117 | 0.20 ms | 2.46 ms | 55 117 | 0.20 ms | 2.46 ms | – |" in markdown
    assert markdown.startswith("### Benchmark 2026-01-01 12:00\n\n- checkout: here\n")
