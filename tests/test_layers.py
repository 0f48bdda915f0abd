"""The dependency rules the code keeps, checked on its imports (function-level ones too).

- no cycle between domain packages of ``constel_api``: each dependency runs one way;
- services never import FastAPI: they raise domain errors, routers speak HTTP;
- the server never imports the Python client: what both need is ``constel_protocol``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
API = SRC / "constel_api"
# Modules at the top of constel_api that wire or serve every domain (not domains themselves).
SHARED = {"core", "models", "errors", "db", "config", "main", "cli", "demo", "py"}
# Process entry points that wire domains together, as main.py does for the API process:
# the worker runs every domain's jobs. The queue itself (jobs.queue) is a domain below them.
ENTRY_POINTS = {"constel_api.jobs.worker", "constel_api.jobs.periodic"}


def _imports(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(path.relative_to(SRC).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this file's package
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                yield ".".join([*base, node.module] if node.module else base)
            elif node.module:
                yield node.module


def _domain_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "constel_api" or len(parts) < 2:
        return None
    return None if parts[1] in SHARED else parts[1]


def _domain_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in API.rglob("*.py"):
        module = ".".join(path.relative_to(SRC).with_suffix("").parts)
        source = _domain_of(module)
        if source is None or module in ENTRY_POINTS:
            continue
        targets = {_domain_of(m) for m in _imports(path)}
        graph.setdefault(source, set()).update(t for t in targets if t and t != source)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph, as the list of its nodes, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_checker_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_domain_packages_depend_one_way() -> None:
    graph = _domain_graph()
    assert {"programs", "mentorships", "matching", "vault"} <= graph.keys()
    cycle = _cycle(graph)
    assert cycle is None, " -> ".join(cycle or [])


def test_services_do_not_speak_http() -> None:
    offenders = [
        str(path.relative_to(SRC))
        for path in API.rglob("*service*.py")
        if any(m == "fastapi" or m.startswith(("fastapi.", "starlette")) for m in _imports(path))
    ]
    assert offenders == []


def test_the_server_does_not_import_the_client() -> None:
    offenders = [
        str(path.relative_to(SRC))
        for path in API.rglob("*.py")
        if any(m.split(".")[0] == "constel_client" for m in _imports(path))
    ]
    assert offenders == []
