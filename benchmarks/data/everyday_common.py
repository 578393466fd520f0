"""Shared helpers of the everyday evaluation sets (everyday_cf.py, everyday_tables.py).

Builds benchmark records from hand-written requests: the reference rule in canonical spelling
(the project's parser and printer), `Labels` from the project's executor against the fixed
reference date of the bench (REFERENCE_DATE, the "today" of `cf_assistant.metrics`), a stable
`ID` from the request and rule, a dev/test split from a hash of the ID, the rule's top function,
and a near-miss check: rules one edit away from the reference (another comparison, the other
side of a boundary, another text operator, another period, ...) must format a different set of
rows on the record's own table, unless they are equivalent to it on the bench's probe table.

The bench (`cfa bench --data FILE --split dev|test`) reads `ID`, `NL Utterance`, `Code`, `Data`
and `Labels` and ignores the other fields (`Function`, `Tags`, `Today`, `Scope`, `Column`).
This module never reads the training-data generator of the model.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from pathlib import Path
from typing import Any, Iterable

from cf_assistant.languages.cf import formatted_rows, parse, table_from_records, to_text
from cf_assistant.languages.cf.judge import cf_execution
from cf_assistant.languages.cf.rules import (
    COMPARE_OPS, PERIODS, TEXT_OPS, And, Average, Between, Blanks, Compare, Duplicates, Errors,
    Not, Or, Rank, Text, TimePeriod, Visual,
)

REFERENCE_DATE = _dt.date(2024, 6, 12)  # a Wednesday; the bench's fixed "today" (cf_assistant.data)
SPLITS = ("dev", "test")


def requests_in(names: Iterable[str]) -> set[str]:
    """The lower-cased requests of the named set files in this folder (a later set may repeat
    none of them)."""
    out: set[str] = set()
    for name in names:
        splits = json.loads((Path(__file__).resolve().parent / name).read_text(encoding="utf-8"))
        out |= {r["NL Utterance"].strip().lower() for recs in splits.values() for r in recs}
    return out


def set_files_beside(out: Path, required: Iterable[str]) -> list[str]:
    """`required` and every other set file now in `out`'s folder, sorted: a set written beside
    another is checked against it too (SystemExit when one of `required` is missing)."""
    present = {path.name for path in out.parent.glob("*.json") if path.name != out.name}
    if missing := sorted(set(required) - present):
        raise SystemExit(f"set files missing from {out.parent}: {missing}")
    return sorted(present)


def others_and_train(out: Path, required: Iterable[str], train: Path) -> set[str]:
    """The lower-cased requests of every other set file beside `out` and of the train split:
    none may be in the set written to `out`."""
    return requests_in(set_files_beside(out, required)) | train_requests(train)


def record_id(prefix: str, request: str, code: str) -> str:
    """A stable ID: the same request and rule keep their ID when entries are added or moved."""
    digest = hashlib.sha1((request + "\t" + code).encode()).hexdigest()
    return f"{prefix}-{digest[:10]}"


def split_of(rid: str) -> str:
    """dev when sha1(ID) is even, else test: about half each, independent of the order."""
    return "dev" if int(hashlib.sha1(rid.encode()).hexdigest(), 16) % 2 == 0 else "test"


def function_of(rule) -> str:
    """The rule's top function in canonical spelling: `GreaterThan`, `TopPercent`, `AND`, ..."""
    return to_text(rule).split("(", 1)[0]


def labels_of(rule, data: list[list], target: int = 0) -> list[int]:
    """0/1 per Data row (header = 0): the rows the project's executor formats."""
    rows = set(formatted_rows(rule, table_from_records(data), target, REFERENCE_DATE))
    return [0] + [int(i in rows) for i in range(len(data) - 1)]


# ------------------------------------------------------------------------------ near misses


def _with_column(code: str, column: int | None) -> str:
    """A rule text written for the implicit column, moved onto `c[column]` when one is named."""
    if column is None:
        return code
    name, rest = code.split("(", 1)
    return f"{name}(c[{column}]" + (", " + rest if rest != ")" else ")")


def _number_variants(x: float) -> list[float]:
    out = [x * 10, x / 10] if x not in (0, 0.0) else [1.0, -1.0]
    return [v for v in out if v != x]


def _compare_misses(rule: Compare) -> list:
    out = [Compare(op, rule.value, rule.column) for op in COMPARE_OPS if op != rule.op]
    if isinstance(rule.value, float):
        out += [Compare(rule.op, v, rule.column) for v in _number_variants(rule.value)]
    return out


def _between_misses(rule: Between) -> list:
    lo, hi = sorted([rule.low, rule.high]) if all(isinstance(v, float) for v in (rule.low, rule.high)) \
        else (rule.low, rule.high)
    col = rule.column
    out = [Between(rule.low, rule.high, not rule.negate, col),
           And((Compare("GreaterThan", lo, col), Compare("LessThan", hi, col)))]
    if rule.negate:
        out.append(Or((Compare("LessThanEqual", lo, col), Compare("GreaterThanEqual", hi, col))))
    return out


def _leaf_misses(rule) -> list:
    col = getattr(rule, "column", None)
    if isinstance(rule, Compare):
        return _compare_misses(rule)
    if isinstance(rule, Between):
        return _between_misses(rule)
    if isinstance(rule, Text):
        return [Text(op, rule.text, col) for op in TEXT_OPS if op != rule.op]
    if isinstance(rule, Rank):
        out = [Rank(rule.n, not rule.bottom, rule.percent, col),
               Rank(rule.n, rule.bottom, not rule.percent, col)]
        if rule.percent:  # a percent of a short column rounds: p - 1 often ranks as many cells
            return out
        return out + [Rank(n, rule.bottom, rule.percent, col) for n in (rule.n - 1, rule.n + 1) if n >= 1]
    if isinstance(rule, Average):
        return [Average(not rule.below, col), Not(Average(rule.below, col))]
    if isinstance(rule, Duplicates):
        return [Duplicates(not rule.unique, col), Not(Duplicates(rule.unique, col))]
    if isinstance(rule, Blanks):
        return [Blanks(not rule.negate, col), Compare("Equals", 0.0, col), Text("TextEquals", "", col)]
    if isinstance(rule, Errors):
        return [Errors(not rule.negate, col), Blanks(rule.negate, col)]
    if isinstance(rule, TimePeriod):
        return [TimePeriod(p, col) for p in PERIODS if p != rule.period]
    if isinstance(rule, Visual):
        return [Blanks(True, col), Errors(True, col), Compare("GreaterThan", 0.0, col)]
    return []


def near_misses(rule) -> list:
    """Rules one edit away from `rule` that a wrong reading of the request would give."""
    if isinstance(rule, (And, Or)):
        other = Or if isinstance(rule, And) else And
        out = [other(rule.rules)] + list(rule.rules)
        for i, part in enumerate(rule.rules):
            out += [type(rule)(rule.rules[:i] + (m,) + rule.rules[i + 1:]) for m in near_misses(part)]
        return out
    if isinstance(rule, Not):
        return [rule.rule] + [Not(m) for m in near_misses(rule.rule)]
    return _leaf_misses(rule) + [Not(rule)]


def weak_near_misses(code: str, data: list[list]) -> list[str]:
    """The near misses that format the same rows as the reference on `data` although they
    differ from it on the bench's probe table (so the record cannot tell them apart)."""
    rule = parse(code)
    weak = []
    for miss in near_misses(rule):
        try:
            miss_code = to_text(miss)
        except Exception:  # noqa: BLE001 - a malformed mutant (e.g. Top(0)) is no near miss
            continue
        on_data, on_probes = cf_execution(code, miss_code, data)
        if on_data and not on_probes:
            weak.append(miss_code)
    return weak


# ------------------------------------------------------------------------------ output


def write_splits(path: Path, records: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Write {"dev": [...], "test": [...]} with one record a line; returns the counts."""
    by_split: dict[str, list[dict]] = {s: [] for s in SPLITS}
    for rec in records:
        by_split[split_of(rec["ID"])].append(rec)
    parts = []
    for name in SPLITS:
        lines = ",\n".join(json.dumps(r, ensure_ascii=False) for r in by_split[name])
        parts.append(f'"{name}": [\n{lines}\n]')
    path.write_text("{\n" + ",\n".join(parts) + "\n}\n", encoding="utf-8")
    return {name: len(recs) for name, recs in by_split.items()}


def check_unique(records: list[dict]) -> None:
    """No two records with one ID or one (request, code, data)."""
    seen_ids: set[str] = set()
    seen_requests: set[str] = set()
    for rec in records:
        if rec["ID"] in seen_ids:
            raise SystemExit(f"duplicate ID {rec['ID']}: {rec['NL Utterance']!r}")
        key = rec["NL Utterance"].strip().lower()
        if key in seen_requests:
            raise SystemExit(f"request written twice: {rec['NL Utterance']!r}")
        seen_ids.add(rec["ID"])
        seen_requests.add(key)


# --------------------------------------------------------------------------- one-column sets
# The builders of third_cf.py, web_cf.py and plain_cf.py share their entry format ("request |
# rule | column key | tag ..." lines), their record and their checks; each keeps its own columns,
# entries, tags and the other sets it must not repeat.


def parse_entries(text: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(request, rule, column key, tags) for every entry line of `text` ("#" lines are headings)."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    fields = [[part.strip() for part in line.split(" | ")] for line in lines]
    return [(request, code, key, tuple(tags)) for request, code, key, *tags in fields]


def column_record(prefix: str, request: str, code: str, column: tuple[str, str],
                  tags: list[str]) -> dict:
    """One benchmark record on one column (`column`: header, cells joined by "|"), its rule in
    canonical spelling (SystemExit otherwise), Labels from the executor, Today the bench's date."""
    rule = parse(code)
    if to_text(rule) != code:
        raise SystemExit(f"not canonical: {code!r} should read {to_text(rule)!r} ({request!r})")
    header, cells = column
    data = [[header]] + [[cell] for cell in cells.split("|")]
    record = {"ID": record_id(prefix, request, code), "NL Utterance": request, "Code": code}
    record.update(Data=data, Labels=labels_of(rule, data), Function=function_of(rule))
    record.update(Today=REFERENCE_DATE.isoformat(), Tags=list(tags))
    return record


def seen_problems(records: list[dict], other_sets: Iterable[str], train: set[str]) -> list[str]:
    """No request twice (`check_unique`), none of the `other_sets`' requests, none of `train`
    (the benchmark train split's lower-cased requests)."""
    check_unique(records)
    known = {"another set": requests_in(other_sets), "the train split": train}
    return [f"{r['Table']}: {r['NL Utterance']!r} is in {where}" for r in records
            for where, requests in known.items() if r["NL Utterance"].strip().lower() in requests]


def tag_problems(where: str, tags: set[str], styles: Iterable[str], namings: Iterable[str]) -> list[str]:
    """One style and one way of naming the column per record (or entry)."""
    out = []
    if len(tags & set(styles)) != 1:
        out.append(f"{where}: needs exactly one of the styles {styles}")
    if len(tags & set(namings)) != 1:
        out.append(f"{where}: needs exactly one of the namings {namings}")
    return out


def train_requests(path: Path) -> set[str]:
    """The lower-cased requests of the benchmark train split at `path`, when it is on this machine."""
    if not path.exists():
        return set()
    splits = json.loads(path.read_text(encoding="utf-8"))
    return {str(r["NL Utterance"]).strip().lower() for recs in splits.values() for r in recs}


def column_problems(record: dict, taken: set[str], cells: tuple[int, int] | None = None) -> list[str]:
    """What is wrong with one one-column record: its request is in `taken` (another set's or the
    train split's), its column has not `cells` (low, high) cells, it formats no row or every row,
    or its column cannot tell its rule from a near miss."""
    where = f"{record['NL Utterance']!r} {record['Code']} on {record['Data'][0][0]}"
    out = []
    if record["NL Utterance"].strip().lower() in taken:
        out.append(f"{where}: also a request of another set or of the train split")
    if cells and not cells[0] <= len(record["Data"]) - 1 <= cells[1]:
        out.append(f"{where}: {len(record['Data']) - 1} cells, not {cells[0]}-{cells[1]}")
    if sum(record["Labels"]) in (0, len(record["Labels"]) - 1):
        out.append(f"{where}: formats no row or every row")
    if weak := weak_near_misses(record["Code"], record["Data"]):
        out.append(f"{where}: cannot tell it from {weak}")
    return out


def checked(records: list[dict], problems: list[str]) -> list[dict]:
    """`records` after the one-request-once check, or SystemExit listing every problem at once."""
    check_unique(records)
    if problems:
        raise SystemExit(f"records to fix ({len(problems)}):\n" + "\n".join(problems))
    return records


def build_column_set(entries: list[tuple], make_record, taken: set[str],
                     cells: tuple[int, int] | None = None) -> list[dict]:
    """Every record of a one-column set (`make_record(*entry)`), after `column_problems` on each
    and the one-request-once check (SystemExit listing every problem otherwise)."""
    records = [make_record(*entry) for entry in entries]
    return checked(records, [p for record in records for p in column_problems(record, taken, cells)])


def tally_lines(records: list[dict], tag: str) -> list[str]:
    """One line per function and one per first tag (`tag` names it: style, persona): how many
    records each half holds."""
    from collections import Counter

    halves = {name: Counter() for name in ("dev", "test")}
    for rec in records:
        halves[split_of(rec["ID"])].update([rec["Function"], f"{tag} " + rec["Tags"][0]])
    names = sorted(set(halves["dev"]) | set(halves["test"]))
    return [f"  {name:18s} dev {halves['dev'][name]:3d}  test {halves['test'][name]:3d}" for name in names]


def tag_counts(records: list[dict]) -> list[str]:
    """One line per tag after the style: how many records each half holds."""
    from collections import Counter

    halves = {name: Counter() for name in ("dev", "test")}
    for rec in records:
        halves[split_of(rec["ID"])].update(rec["Tags"][1:])
    names = sorted(set(halves["dev"]) | set(halves["test"]))
    return [f"  tag {name:15s} dev {halves['dev'][name]:3d}  test {halves['test'][name]:3d}"
            for name in names]


def write_column_set(out: Path, records: list[dict]) -> None:
    """Write a one-column set's file and print its counts: columns, per function and style, per tag."""
    columns = len({rec["Data"][0][0] for rec in records})
    print(f"wrote {out}: {len(records)} records on {columns} columns, {write_splits(out, records)}")
    print("\n".join(tally_lines(records, "style")))
    print("\n".join(tag_counts(records)))
