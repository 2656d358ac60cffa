"""The demo content, loaded once per test session for every test that reads it (``demo_site`` in tests/conftest.py).

Loading it takes a minute. It is committed, not rolled back, because the browser tests' live server reads it from
its own thread; so the tests that use it run after all the others (``demo_last``) and the database is flushed after
them. It is loaded a second time straight away, to check that a second run changes nothing: each demo-content
module's ``snapshot()`` is taken between the two runs. Under pytest-xdist (``make test``: ``-n 2``, the default
``--dist load``) each worker runs its share in the same order, in its own test database, and loads its own demo.
"""

from io import StringIO
from types import SimpleNamespace

from django.core.management import call_command

FIXTURE = "demo_site"


def uses_demo(item):
    return FIXTURE in getattr(item, "fixturenames", ())


def demo_last(items):
    """Stable: pytest-django's order (database tests, transactional ones, the rest) holds on either side."""
    items.sort(key=uses_demo)


def snapshots(items):
    """``{module name: snapshot}`` of the collected modules that read the demo and define ``snapshot()``."""
    modules = {item.module for item in items if uses_demo(item)}
    return {module.__name__: module.snapshot for module in modules if hasattr(module, "snapshot")}


def load_demo_twice(snapshot_functions):
    """The output of both runs, and per module its ``snapshot()`` after the first."""
    first_output, second_output = StringIO(), StringIO()
    call_command("load_demo_content", stdout=first_output)
    first = {name: snapshot() for name, snapshot in snapshot_functions.items()}
    call_command("load_demo_content", stdout=second_output)
    return SimpleNamespace(output=first_output.getvalue(), again=second_output.getvalue(), first=first)


def of_module(demo_site, module):
    """What a demo-content module's tests read: both runs' output and its own snapshot after the first."""
    return {"output": demo_site.output, "again": demo_site.again, "first": demo_site.first[module]}
