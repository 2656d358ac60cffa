"""The demo content, loaded once per test session for every test that reads it (``demo_site`` in tests/conftest.py).

Loading it takes half a minute. It is committed, not rolled back, because the browser tests' live server reads it
from its own thread; so the tests that use it run after all the others (``demo_last``) and the database is flushed
after them. Each demo-content module's ``snapshot()`` is taken right after the load. The tests that check that a
second run changes nothing (``demo_run_twice``) load it again, once per session; they share one pytest-xdist group
(``GROUP``), so that only one worker pays for it. Under pytest-xdist (``make test``: ``-n 2 --dist loadgroup``) each
worker runs its share in the same order, in its own test database, and loads its own demo.
"""

from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.management import call_command

FIXTURE = "demo_site"
GROUP = pytest.mark.xdist_group("demo-run-twice")


def uses_demo(item):
    return FIXTURE in getattr(item, "fixturenames", ())


def demo_last(items):
    """Stable: pytest-django's order (database tests, transactional ones, the rest) holds on either side."""
    items.sort(key=uses_demo)


def snapshots(items):
    """``{module name: snapshot}`` of the collected modules that read the demo and define ``snapshot()``."""
    modules = {item.module for item in items if uses_demo(item)}
    return {module.__name__: module.snapshot for module in modules if hasattr(module, "snapshot")}


def load_demo(snapshot_functions):
    """The first run's output, and per module its ``snapshot()`` after it."""
    output = StringIO()
    call_command("load_demo_content", stdout=output)
    first = {name: snapshot() for name, snapshot in snapshot_functions.items()}
    return SimpleNamespace(output=output.getvalue(), again=None, first=first)


def load_again(demo_site):
    """Run the command a second time, keeping its output beside the first's."""
    output = StringIO()
    call_command("load_demo_content", stdout=output)
    demo_site.again = output.getvalue()
    return demo_site


def of_module(demo_site, module):
    """What a demo-content module's tests read: both runs' output and its own snapshot after the first."""
    return {"output": demo_site.output, "again": demo_site.again, "first": demo_site.first[module]}
