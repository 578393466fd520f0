"""Benchmark readers, the dev split rule, and the pre-training corpora.

A benchmark file is the public benchmark's own format: one JSON object whose keys are split names
and whose values are lists of records with fields `ID`, `NL Utterance`, `Code` and, for CF,
`Data` (rows, header first) and `Labels` (0/1 per row, header = 0). JSONL files hold one record a
line: the whole file is the split (whatever its name), unless records carry a `split` field that
selects them.

On top of the file's own splits, `dev` and `train-minus-dev` carve the `train` split by the rule
of ../shared/docs/EVALUATION.md (sha1 of the ID, modulo 10).

This module knows nothing of languages, parsers, metrics or the model: it reads and cleans text.
"""

from __future__ import annotations

import ast
import datetime as _dt
import difflib
import hashlib
import json
import sysconfig
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from cf_assistant.errors import DataError
from cf_assistant.paths import default_data_dir

LANGS = ("cf", "bash", "python")
# the benchmarks' "today" of time-period rules: fixed, so that results do not depend on the day
# of the run (the metrics and the CF execution judge use it)
REFERENCE_DATE = _dt.date(2024, 6, 12)
DERIVED_SPLITS = ("dev", "train-minus-dev")
_WHOLE_FILE = "*"  # a JSONL file (or JSON list) without `split` fields: every name selects it all
_LANG_ALIASES = {"excel": "cf", "sh": "bash", "py": "python", "conala": "python"}
PRETRAIN_FILES = {
    "cf": "ConditionalFormattingSnippets.txt",
    "bash": "BashSnippets.txt",
}


@dataclass(frozen=True)
class Record:
    """One benchmark example. `labels` is None when the file's labels are missing or unusable."""

    id: Any
    utterance: str
    code: str
    data: list[list] | None = None
    labels: list[int] | None = None
    lang: str = ""
    column: str | None = None  # a table record's tested column (header), the table set's `Column`
    scope: str | None = None  # a table record's "cells" or "rows", the table set's `Scope`

    @property
    def has_data_rows(self) -> bool:
        return bool(self.data) and len(self.data) > 1


# ---------------------------------------------------------------- the dev split


def is_dev(record_id: Any) -> bool:
    """EVALUATION.md's rule: sha1 of str(ID) as an integer, modulo 10, equals 0."""
    return int(hashlib.sha1(str(record_id).encode()).hexdigest(), 16) % 10 == 0


def split_dev(records: Sequence[Record]) -> tuple[list[Record], list[Record]]:
    """(train part, dev part) of `records`, each in the original order."""
    train = [r for r in records if not is_dev(r.id)]
    dev = [r for r in records if is_dev(r.id)]
    return train, dev


# ---------------------------------------------------------------- reading files


def infer_lang(path: Path) -> str:
    """The language named by the file or its folder (`cf/train.json` -> "cf")."""
    for part in [path.stem, *[p.name for p in path.resolve().parents]]:
        key = part.lower()
        key = _LANG_ALIASES.get(key, key)
        if key in LANGS:
            return key
    raise DataError(
        f"cannot tell the language of {path}: pass it explicitly (one of {', '.join(LANGS)})"
    )


def _read_splits(path: Path) -> dict[str, list[dict]]:
    """Every split of the file: {split name: raw records}."""
    if not path.is_file():
        raise DataError(f"benchmark file not found: {path} (pass --data PATH or set CFA_DATA)")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read {path} as UTF-8 text ({exc}): pass a benchmark JSON file") from None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError:
        return _read_jsonl(path, text)
    if isinstance(obj, dict) and obj and all(isinstance(v, list) for v in obj.values()):
        return obj
    if isinstance(obj, list):
        return {_WHOLE_FILE: obj}
    if isinstance(obj, dict) and "Code" in obj:  # a JSONL file with a single record
        return _read_jsonl(path, text)
    raise DataError(f"{path}: expected a JSON object of splits (name -> list of records) or JSONL")


def _read_jsonl(path: Path, text: str) -> dict[str, list[dict]]:
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise DataError(f"{path}:{number}: not JSON ({exc.msg}); expected one record a line") from None
    if any(isinstance(r, dict) and "split" in r for r in records):
        splits: dict[str, list[dict]] = {}
        for r in records:
            splits.setdefault(str(r.get("split", path.stem)), []).append(r)
        return splits
    return {_WHOLE_FILE: records}


def _select(splits: dict[str, list[dict]], split: str, path: Path) -> list[dict]:
    if split in splits:
        return splits[split]
    if _WHOLE_FILE in splits and split not in DERIVED_SPLITS:
        return splits[_WHOLE_FILE]
    if split in DERIVED_SPLITS:
        base = "train" if "train" in splits else (next(iter(splits)) if len(splits) == 1 else None)
        if base is None:
            raise DataError(f"{path}: split '{split}' is carved from 'train', which the file lacks")
        keep_dev = split == "dev"
        return [r for r in splits[base] if is_dev(r.get("ID")) == keep_dev]
    known = list(splits) + list(DERIVED_SPLITS)
    close = difflib.get_close_matches(split, known, n=1)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    raise DataError(f"{path} has no split '{split}'{hint} (available: {', '.join(known)})")


def load_conala_intents(path: Path) -> dict[Any, list[dict]]:
    """CoNaLa entries grouped by question_id."""
    try:
        entries = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataError(f"cannot read the CoNaLa file {path}: {exc}") from None
    grouped: dict[Any, list[dict]] = {}
    for e in entries:
        grouped.setdefault(e.get("question_id"), []).append(e)
    return grouped


def _conala_intent(raw: dict, conala: dict[Any, list[dict]]) -> str | None:
    """The intent of the CoNaLa entry with this question id (the same snippet first)."""
    entries = conala.get(raw.get("ID"), [])
    entries = sorted(entries, key=lambda e: e.get("snippet") != raw.get("Code"))
    for e in entries:
        intent = e.get("rewritten_intent") or e.get("intent")
        if intent and intent.strip():
            return intent.strip()
    return None


def _labels(raw: dict, data: list[list] | None) -> list[int] | None:
    """The labels when usable: one 0/1 per row of `data` (header included); else None.

    The benchmark writes `[0]` when labels are missing; that is only usable for a header-only table.
    """
    labels = raw.get("Labels")
    if not isinstance(labels, list) or data is None or len(labels) != len(data):
        return None
    return [int(bool(x)) for x in labels]


def _record(raw: dict, lang: str, conala: dict | None) -> Record | None:
    code = raw.get("Code")
    if not isinstance(code, str):
        return None
    utterance = raw.get("NL Utterance")
    if not isinstance(utterance, str) or not utterance.strip():
        utterance = _conala_intent(raw, conala) if conala is not None else None
        if utterance is None:
            return None
    data = raw.get("Data")
    data = [list(row) for row in data] if isinstance(data, list) and data else None
    return Record(
        id=raw.get("ID"),
        utterance=utterance.strip(),
        code=code.strip(),
        data=data,
        labels=_labels(raw, data),
        lang=lang,
        column=raw.get("Column") if isinstance(raw.get("Column"), str) else None,
        scope=raw.get("Scope") if raw.get("Scope") in ("cells", "rows") else None,
    )


def _default_conala(path: Path, lang: str) -> Path | None:
    if lang != "python":
        return None
    candidate = path.parent / "conala-train.json"
    return candidate if candidate.is_file() else None


def load_split(
    path: str | Path,
    split: str,
    lang: str | None = None,
    conala_path: str | Path | None = None,
) -> tuple[list[Record], int]:
    """The records of `split` in the benchmark file at `path`, and how many were skipped.

    A record is skipped when its code is missing, or its utterance is null and no CoNaLa file
    supplies an intent (default: conala-train.json beside a Python file).
    """
    path = Path(path)
    lang = _LANG_ALIASES.get(lang.lower(), lang.lower()) if lang else infer_lang(path)
    raws = _select(_read_splits(path), split, path)
    conala_file = Path(conala_path) if conala_path else _default_conala(path, lang)
    conala = load_conala_intents(conala_file) if conala_file else None
    records: list[Record] = []
    skipped = 0
    for raw in raws:
        rec = _record(raw, lang, conala) if isinstance(raw, dict) else None
        if rec is None:
            skipped += 1
        else:
            records.append(rec)
    return records, skipped


# ---------------------------------------------------------------- pre-training corpora


def _unique(lines: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for line in lines:
        if line not in seen:
            seen.add(line)
            out.append(line)
    return out


def pretrain_corpus(lang: str, data_dir: str | Path | None = None) -> list[str]:
    """Code-only pre-training snippets: CF and Bash from data_dir/<lang>/pretrain/*.txt (one a
    line, deduplicated, first-seen order); Python from the standard library's source."""
    lang = _LANG_ALIASES.get(lang.lower(), lang.lower())
    if lang == "python":
        return python_stdlib_corpus()
    if lang not in PRETRAIN_FILES:
        raise DataError(f"no pre-training corpus for language '{lang}' (known: {', '.join(LANGS)})")
    folder = Path(data_dir or default_data_dir()) / lang / "pretrain"
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not files:
        raise DataError(f"no pre-training files (*.txt) in {folder}: pass the data folder")
    lines = (
        line.strip()
        for f in files
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines()
    )
    return _unique(line for line in lines if line)


_SKIP_PARTS = {"test", "tests", "idle_test", "site-packages", "dist-packages", "__pycache__"}
_SIMPLE_STATEMENTS = (
    ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Return, ast.Expr, ast.Raise, ast.Assert,
    ast.Delete, ast.Import, ast.ImportFrom,
)


def _stdlib_files(root: Path) -> list[Path]:
    files = []
    for f in sorted(root.rglob("*.py")):
        rel = f.relative_to(root).parts
        if any(p in _SKIP_PARTS for p in rel[:-1]) or rel[-1].startswith("test_"):
            continue
        files.append(f)
    return files


def _is_docstring(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _snippets_of_source(source: str, max_len: int) -> Iterable[str]:
    """Single-line simple statements and call expressions of at most `max_len` characters."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return
    lines = source.splitlines()
    for node in ast.walk(tree):
        if not isinstance(node, (*_SIMPLE_STATEMENTS, ast.Call)) or _is_docstring(node):
            continue
        if node.lineno != node.end_lineno or node.lineno > len(lines):
            continue
        # ast offsets count UTF-8 bytes
        raw = lines[node.lineno - 1].encode("utf-8")[node.col_offset : node.end_col_offset]
        text = raw.decode("utf-8", errors="replace").strip()
        if text and len(text) <= max_len:
            yield text


def python_stdlib_corpus(max_len: int = 120, root: str | Path | None = None) -> list[str]:
    """Short Python statements and calls from the standard library's own source on this machine.

    Tests and docstrings are left out; the result is deduplicated and in a fixed order (files
    sorted by path, nodes in ast.walk order), so two runs on one Python give the same list.
    """
    root = Path(root or sysconfig.get_paths()["stdlib"])
    if not root.is_dir():
        raise DataError(f"the standard library source folder {root} is missing")
    out: list[str] = []
    for f in _stdlib_files(root):
        source = f.read_text(encoding="utf-8", errors="replace")
        out.extend(_snippets_of_source(source, max_len))
    return _unique(s for s in out if s)
