"""The package's imports point one way: no import cycle, and nothing at inference imports training.

Every module of `cf_assistant` is found with `pkgutil.walk_packages` and its imports are read
with `ast` (module-level and the lazy ones inside functions alike), so a cycle that only shows
when two functions call each other is caught too.
"""

from __future__ import annotations

import ast
import importlib.util
import pkgutil
from pathlib import Path

import cf_assistant

ROOT = "cf_assistant"
# the inference side (ARCHITECTURE.md): the doors, the assistant, the generators, the network,
# retrieval and the languages; the training commands of the CLI are the only doors to training
INFERENCE = ("assistant", "generators", "diffusion", "retrieval", "languages", "cli", "server", "lsp")
TRAINING_DOORS = {f"{ROOT}.cli.train", f"{ROOT}.cli.train_ar"}


def package_modules() -> dict[str, Path]:
    """{module name: source file} of every module and package of cf_assistant."""
    found = {ROOT: Path(cf_assistant.__file__)}
    for info in pkgutil.walk_packages(cf_assistant.__path__, prefix=f"{ROOT}."):
        spec = importlib.util.find_spec(info.name)
        if spec is not None and spec.origin and spec.origin.endswith(".py"):
            found[info.name] = Path(spec.origin)
    return found


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(module: str, path: Path, known: set[str]) -> set[str]:
    """The cf_assistant modules `module` imports (a `from pkg import name` counts as importing
    `pkg.name` when that is a module, else `pkg`)."""
    out: set[str] = set()
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, module, is_package)
            for alias in node.names:
                out.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    return {name for name in out if name in known and name != module}


def import_graph() -> dict[str, set[str]]:
    modules = package_modules()
    known = set(modules)
    return {name: imports_of(name, path, known) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def is_inference(module: str) -> bool:
    parts = module.split(".")
    return len(parts) > 1 and parts[1] in INFERENCE and module not in TRAINING_DOORS


def test_the_walk_finds_every_room_of_the_package():
    graph = import_graph()
    for room in ("assistant.api", "diffusion.network", "training.loop", "retrieval.examples",
                 "eval.metrics", "languages.cf.parser", "cli.app"):
        assert f"{ROOT}.{room}" in graph
    assert f"{ROOT}.assistant.pipeline" in graph[f"{ROOT}.assistant.api"]


def test_no_import_cycle():
    assert cycles(import_graph()) == []


def test_nothing_at_inference_imports_training():
    graph = import_graph()
    bad = sorted(f"{m} -> {t}" for m, targets in graph.items() if is_inference(m)
                 for t in targets if t == f"{ROOT}.training" or t.startswith(f"{ROOT}.training."))
    assert bad == []


def test_the_checks_catch_what_they_look_for():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    assert is_inference(f"{ROOT}.generators.diffusion") and is_inference(f"{ROOT}.cli.suggest")
    assert not is_inference(f"{ROOT}.cli.train") and not is_inference(f"{ROOT}.training.loop")
