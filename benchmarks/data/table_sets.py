"""What the fifth and sixth table sets' builders share: every check of an entry, the build, the
header-only copies (a third of the records, by a hash of the ID) and the counts printed.

A builder (`fifth_tables.py`, `sixth_tables.py`) holds its TABLES, ENTRIES and constants (OUT,
PREFIX, TAG, OTHER_SETS; NAMINGS, STYLES, EXTRAS, TRAIN and HEADER_ONLY are the ones here, as both
sets use them) and calls `bind(globals())` last, which
gives it `build_record`, `requests_elsewhere`, `letters_named`, `entry_problems`, `build_full`,
`header_only`, `strip`, `build` and `main` on its own constants.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from pathlib import Path

import everyday_tables as base
from everyday_common import check_unique, others_and_train, split_of, write_splits

HEADER_ONLY = "header-only"
NAMINGS = ("by-header", "by-meaning", "by-value")
STYLES = ("forum", "annotator", "chat", "terse")
EXTRAS = ("number-format", "boundary", "negation", "or", "superlative", "polarity", "starts-ends",
          "typo", "date", "value-word")
TRAIN = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "cf" / "train.json"


def table(text: str) -> list[list[str]]:
    """A table from lines of cells joined by " | " (header first); `_` is an empty cell, `~` a
    cell holding one space."""
    blank = {"_": "", "~": " "}
    rows = [line.strip() for line in text.strip().splitlines()]
    return [[blank.get(cell.strip(), cell.strip()) for cell in row.split(" | ")] for row in rows]


def build_record(spec, table: str, entry: tuple) -> dict:
    """everyday_tables' record for one entry on the set's full TABLES, ID prefixed PREFIX,
    tag TAG added after the entry's own tags (naming, style, ...)."""
    return base.build_record(table, (*entry, spec.TAG), tables=spec.TABLES, prefix=spec.PREFIX)


def requests_elsewhere(spec) -> set[str]:
    """The lower-cased requests of every other set file in this folder (`OTHER_SETS` and any
    written since) and of the benchmark's train split (none may be in this set)."""
    return others_and_train(spec.OUT, spec.OTHER_SETS, spec.TRAIN)


_RANGE = re.compile(r"\b([A-Za-z])\d+\s*:\s*([A-Za-z])\d+\b")
_COLUMN_LETTER = re.compile(r"(?i:\bcolumns?) ([A-Z])\b")


def letters_named(request: str) -> set[str]:
    """The column letters a request names: ranges such as F2:F15 and `column E`."""
    found = {c.upper() for pair in _RANGE.findall(request) for c in pair}
    return found | set(_COLUMN_LETTER.findall(request))


def entry_problems(spec, table: str, entry: tuple) -> list[str]:
    """An entry's shape: a known table of 7-10 columns and 12-16 data rows, a scope, a naming then
    a style, known extra tags, and column letters that are the rule's column (table at A1)."""
    data = spec.TABLES.get(table)
    if data is None:
        return [f"{table}: no such table"]
    out = []
    if not 7 <= len(data[0]) <= 10 or not 12 <= len(data) - 1 <= 16:
        out.append(f"{table}: {len(data[0])} columns, {len(data) - 1} rows")
    if any(len(row) != len(data[0]) for row in data):
        out.append(f"{table}: ragged rows {[row[0] for row in data if len(row) != len(data[0])]}")
    where = f"{table}: {entry[0]!r}"
    if len(entry) < 5 or entry[2] not in ("rows", "cells") or entry[3] not in spec.NAMINGS or entry[4] not in spec.STYLES:
        return out + [f"{where}: needs (request, rule, rows|cells, naming, style[, tag ...])"]
    if unknown := set(entry[5:]) - set(spec.EXTRAS):
        out.append(f"{where}: unknown tags {sorted(unknown)}")
    names = set(re.findall(r"\{([^{}]+)\}", entry[1]))
    if any(name not in data[0] for name in names):
        return out + [f"{where}: unknown column in {entry[1]}"]
    if len(names) != 1:
        out.append(f"{where}: tests {len(names)} columns, not one")
    allowed = {chr(ord("A") + data[0].index(name)) for name in names}
    if named := letters_named(entry[0]) - allowed:
        out.append(f"{where}: names column(s) {sorted(named)}, the rule tests {sorted(allowed)}")
    return out


def build_full(spec) -> list[dict]:
    """Every record on its full table, after everyday_tables' checks (near misses, other columns,
    not all / none), the entries' shape and the check that no request is in another set or in the
    train split (SystemExit listing every problem)."""
    found = [p for table, entries in spec.ENTRIES.items() for entry in entries
             for p in entry_problems(spec, table, entry)]
    if found:
        raise SystemExit(f"entries to fix ({len(found)}):\n" + "\n".join(found))
    built = [(build_record(spec, table, entry), entry[1]) for table, entries in spec.ENTRIES.items()
             for entry in entries]
    check_unique([record for record, _ in built])
    seen = requests_elsewhere(spec)
    found = [f"{record['Table']}: {record['NL Utterance']!r} is already in another set or the train split"
             for record, _ in built if record["NL Utterance"].strip().lower() in seen]
    found += [problem for record, text in built for problem in base.problems(record, text)]
    if found:
        raise SystemExit(f"records to fix ({len(found)}):\n" + "\n".join(found))
    return [record for record, _ in built]


def header_only(rid: str) -> bool:
    """About one record in three, stable under adding or moving entries: sha1 of the ID mod 3."""
    return int(hashlib.sha1(f"{HEADER_ONLY}:{rid}".encode()).hexdigest(), 16) % 3 == 0


def strip(record: dict) -> dict:
    """The written form: a header-only record keeps its header row, no labels, and the tag
    `header-only` before the set's tag (which stays last)."""
    if not header_only(record["ID"]):
        return record
    tags = [*record["Tags"][:-1], HEADER_ONLY, record["Tags"][-1]]
    return dict(record, Data=[record["Data"][0]], Labels=[], Tags=tags)


def build(spec) -> list[dict]:
    """The records as written to the set's file."""
    return [strip(record) for record in build_full(spec)]


def _count_lines(records: list[dict], title: str, names_of) -> list[str]:
    """`name  dev N  test M` for each of `names_of(record)`, under a `per title:` line."""
    per = Counter((name, split_of(r["ID"])) for r in records for name in names_of(r))
    return [f"per {title}:"] + [f"  {name:22s} dev {per[name, 'dev']:3d}  test {per[name, 'test']:3d}"
                                for name in sorted({name for name, _ in per})]


def main(spec) -> None:
    records = build(spec)
    counts = write_splits(spec.OUT, records)
    rows = sum(r["Scope"] == "rows" for r in records) / len(records)
    only = sum(HEADER_ONLY in r["Tags"] for r in records)
    lines = [f"wrote {spec.OUT}: {len(records)} records over {len(spec.TABLES)} tables, {counts}; "
             f"{rows:.0%} whole-row requests; {only} header-only"]
    if not spec.TRAIN.exists():
        lines.append(f"note: {spec.TRAIN} is absent, requests not compared with the train split")
    keys = {"Table": lambda r: [r["Table"]], "Scope": lambda r: [r["Scope"]], "naming": lambda r: [r["Tags"][0]],
            "style": lambda r: [r["Tags"][1]], "tag": lambda r: r["Tags"][2:-1],
            "Function": lambda r: [r["Function"]]}
    lines += [line for title, key in keys.items() for line in _count_lines(records, title, key)]
    print("\n".join(lines))


class _Set:
    """A builder's globals read as attributes (`spec.TABLES`, `spec.TAG`)."""

    def __init__(self, names: dict):
        self._names = names

    def __getattr__(self, name: str):
        try:
            return self._names[name]
        except KeyError:
            raise AttributeError(name) from None


def bind(names: dict) -> None:
    """Give a table set's builder (its `globals()`) the functions above on its own constants."""
    spec = _Set(names)
    for name in ("build_record", "requests_elsewhere", "entry_problems", "build_full", "build", "main"):
        names[name] = functools.partial(globals()[name], spec)
    for name in ("letters_named", "header_only", "strip"):
        names[name] = globals()[name]
