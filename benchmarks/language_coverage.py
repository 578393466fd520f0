"""How many benchmark codes the Bash and Python validators accept, and what they reject.

Usage: python benchmarks/language_coverage.py [DATA_DIR] [--split train]
Reads DATA_DIR/bash/train.json and DATA_DIR/python/train.json (default: the project's data dir),
validates every `Code`, groups the rejected ones by a rough category with a few examples, and
counts the distinct Bash templates. Prints plain text; reads nothing else, writes nothing.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path

from cf_assistant.languages.bash import template, validate_detail
from cf_assistant.languages.python import PYTHON
from cf_assistant.paths import default_data_dir

_BASH_CATEGORIES = [  # (name, test on the code) in order; the first that fits names a rejection
    ("placeholder like <file> (not Bash)", lambda c: re.search(r"<[A-Za-z][\w ]*>", c)),
    ("unbalanced quote", lambda c: c.count('"') % 2 or c.count("'") % 2 or "\u201d" in c),
    ("trailing line continuation (truncated)", lambda c: c.rstrip("\n").endswith("\\")),
    ("here-document without a body", lambda c: "<<" in c),
    ("extglob pattern !(...) (needs shopt)", lambda c: re.search(r"[!@+?*]\(", c)),
    ("unquoted ( in find expression", lambda c: re.search(r"(^|\s)\(\s", c)),
]


def _codes(path: Path, split: str) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [r["Code"] for r in data[split] if r.get("Code") is not None]


def _category(code: str) -> str:
    for name, test in _BASH_CATEGORIES:
        if test(code):
            return name
    return "other"


def bash_report(path: Path, split: str) -> None:
    codes = _codes(path, split)
    start = time.perf_counter()
    valid = via_tree_sitter = 0
    rejected: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for code in codes:
        result, needed = validate_detail(code)
        valid += result.valid
        via_tree_sitter += result.valid and needed
        if not result.valid:
            d = result.diagnostics[0]
            rejected[_category(code)].append((code.strip(), f"{d.code} {d.line}:{d.column} {d.message}"))
    seconds = time.perf_counter() - start
    templates = {template(code) for code in codes}
    print(f"Bash {path} [{split}]: {len(codes)} codes, {valid} valid "
          f"({100 * valid / max(len(codes), 1):.2f}%), {via_tree_sitter} of them needed "
          f"tree-sitter-bash, {len(codes) - valid} rejected; validation {seconds:.1f} s")
    print(f"  distinct templates: {len(templates)} (distinct codes: {len(set(codes))})")
    _print_rejected(rejected)


def python_report(path: Path, split: str) -> None:
    codes = _codes(path, split)
    start = time.perf_counter()
    rejected: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for code in codes:
        result = PYTHON.validate(code)
        if not result.valid:
            d = result.diagnostics[0]
            rejected[d.code].append((code.strip(), f"{d.line}:{d.column} {d.message}"))
    seconds = time.perf_counter() - start
    n_bad = sum(len(v) for v in rejected.values())
    print(f"Python {path} [{split}]: {len(codes)} codes, {len(codes) - n_bad} valid, "
          f"{n_bad} rejected; validation {seconds:.2f} s")
    _print_rejected(rejected)


def _print_rejected(rejected: dict[str, list[tuple[str, str]]]) -> None:
    for name, items in sorted(rejected.items(), key=lambda kv: -len(kv[1])):
        print(f"  rejected, {name}: {len(items)}")
        for code, why in items[:3]:
            print(f"    {code[:90]!r}  [{why[:60]}]")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=default_data_dir())
    parser.add_argument("--split", default="train")
    args = parser.parse_args(argv)
    for name, report in (("bash", bash_report), ("python", python_report)):
        path = args.data_dir / name / "train.json"
        if not path.is_file():
            print(f"{path} not found: pass the data folder as the first argument", file=sys.stderr)
            sys.exit(2)
        report(path, args.split)


if __name__ == "__main__":
    main()
