"""The import graph of our apps, read with ``ast``: imports run down the floors, and no app imports itself
in a circle.

The floors (DESIGN.md): ``home`` is the ground floor, ``teot`` stands on it, ``uutiset`` and ``gaala`` on
both, ``uutiskirje`` (the newsletter) and ``sparraus`` (coaching) on all of them. Every import counts, also
one inside a function: a late import hides a cycle, it does not remove it.

Inside an app, a page model imports the functions its routes call (they take the page); those modules import
the model modules below the page (``teot.models.deeds``), never the ``models`` package, which imports the pages.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLOORS = {"home": 0, "teot": 1, "uutiset": 2, "gaala": 2, "uutiskirje": 3, "sparraus": 3}


def module_name(path, root):
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path, name, known):
    """The modules of ``known`` that the module at ``path`` (called ``name``) imports."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(filter(None, [*anchor, base]))
            # ``from . import views`` imports a module; ``from .models import Deed`` a name of one.
            candidates = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for candidate in candidates:
            # The nearest known module: ``teot.models.deeds.Deed`` is ``teot.models.deeds``.
            while candidate and candidate not in known:
                candidate = candidate.rpartition(".")[0]
            if candidate and candidate != name:
                found.add(candidate)
    return found


def import_graph(root, packages):
    """``{module: {imported module, ...}}`` for every module of ``packages`` under ``root``."""
    paths = {}
    for package in packages:
        for path in (root / package).rglob("*.py"):
            if "migrations" not in path.parts:
                paths[module_name(path, root)] = path
    return {name: imported_modules(path, name, paths) for name, path in paths.items()}


def cycles(graph):
    """The strongly connected groups of more than one module (Tarjan), each as a sorted list."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def upward_imports(graph, floors):
    """``(importer, imported)`` pairs where an app imports one of a higher floor, or a sibling on its own."""
    found = []
    for importer, targets in graph.items():
        here = importer.split(".")[0]
        for target in targets:
            there = target.split(".")[0]
            if there != here and floors[there] >= floors[here]:
                found.append((importer, target))
    return sorted(found)


@pytest.fixture(scope="module")
def graph():
    return import_graph(ROOT, FLOORS)


def test_no_app_imports_one_above_it_or_beside_it(graph):
    assert upward_imports(graph, FLOORS) == []


def test_no_import_cycle(graph):
    assert cycles(graph) == []


def write(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_the_checks_find_a_cycle_and_an_upward_import_in_a_tiny_package(tmp_path):
    write(
        tmp_path,
        {
            "low/__init__.py": "",
            "low/models.py": "from .views import page\n",
            "low/views.py": "def page():\n    from low.models import Thing  # late, still a cycle\n",
            "low/tools.py": "from high import feature\n",
            "high/__init__.py": "from . import feature\n",
            "high/feature.py": "from low import models\n",
        },
    )
    graph = import_graph(tmp_path, ["low", "high"])

    assert graph["high.feature"] == {"low", "low.models"}  # the package runs first
    assert cycles(graph) == [["low.models", "low.views"]]
    assert upward_imports(graph, {"low": 0, "high": 1}) == [("low.tools", "high"), ("low.tools", "high.feature")]


def test_an_acyclic_package_passes(tmp_path):
    write(tmp_path, {"low/__init__.py": "", "low/models.py": "", "low/views.py": "from .models import Thing\n"})
    graph = import_graph(tmp_path, ["low"])

    assert cycles(graph) == []
    assert upward_imports(graph, {"low": 0}) == []
