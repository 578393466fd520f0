"""The house rules that can be read off the source (ARCHITECTURE.md): every module starts with a
docstring, no function runs over 60 lines, no utils.py, and the pipeline and the metrics never
test a language's name."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import cf_assistant

PACKAGE = Path(cf_assistant.__file__).parent
MAX_FUNCTION_LINES = 60


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def function_lengths(path: Path) -> list[tuple[int, str]]:
    """(lines, qualified name) of every function and method in a source file, decorators aside."""
    out = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                out.append((child.end_lineno - child.lineno + 1, f"{prefix}{child.name}"))
                visit(child, f"{prefix}{child.name}.")
            elif isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}{child.name}.")

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return out


def test_no_function_over_60_lines():
    long = [f"{p.relative_to(PACKAGE)}:{name} ({n} lines)" for p in _modules()
            for n, name in function_lengths(p) if n > MAX_FUNCTION_LINES]
    assert long == []


def test_every_module_starts_with_a_docstring():
    bare = [str(p.relative_to(PACKAGE)) for p in _modules()
            if not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))]
    assert bare == []


def test_no_utils_module():
    assert [p for p in _modules() if p.stem in ("utils", "util", "helpers", "misc")] == []


def test_the_pipeline_and_the_metrics_never_test_a_language_name():
    name_test = re.compile(r"""lang(?:uage)?(?:\.name)?\s*(?:==|!=|in)\s*[("']""")
    for path in (PACKAGE / "assistant" / "pipeline.py", PACKAGE / "eval" / "metrics.py"):
        assert name_test.findall(path.read_text(encoding="utf-8")) == [], path


def test_the_length_check_counts_what_it_should(tmp_path):
    source = tmp_path / "m.py"
    body = "\n".join(f"    x{i} = {i}" for i in range(60))
    source.write_text(f"class C:\n    def f(self):\n{body.replace('    ', '        ')}\n\n"
                      f"def g():\n    pass\n", encoding="utf-8")
    assert function_lengths(source) == [(61, "C.f"), (2, "g")]
