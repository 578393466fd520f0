"""Per-function table of a `cfa bench` run on the everyday sets (count, top-1, top-5).

    cfa bench --lang cf --data benchmarks/data/everyday_cf.json --split dev -g assistant -k 5 \
        --records --out /tmp/run
    python benchmarks/per_function.py --records /tmp/run/cf-dev-assistant.records.jsonl \
        --data benchmarks/data/everyday_cf.json --split dev

Reads the per-record lines that `cfa bench --records` writes (`id` and the per-candidate
verdicts) and the data file's split (its records' `Function`, or `Tags`, `Scope`, `Table` with
--by), and prints one Markdown row per group: how many records, and the share whose first
candidate / any of the first five matches (execution match by default). Records of the split
missing from the run are counted as misses and reported.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path


def read_records(path: Path) -> dict[str, dict]:
    """The bench's per-record lines, by record ID."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[str(rec["id"])] = rec
    return out


def groups_of(record: dict, by: str) -> list[str]:
    """The groups a data record belongs to (a record may carry several tags, or none)."""
    value = record.get(by)
    if isinstance(value, list):
        return [str(v) for v in value] or ["(none)"]
    return [str(value) if value is not None else "(none)"]


def hits(run: dict | None, metric: str, k: int) -> bool:
    return bool(run) and any(run.get(metric, [])[:k])


def table(data: list[dict], runs: dict[str, dict], by: str, metric: str) -> list[str]:
    """Markdown rows: group, count, top-1 %, top-5 %, then the whole split."""
    grouped: dict[str, list[dict]] = defaultdict(list)
    for rec in data:
        for group in groups_of(rec, by):
            grouped[group].append(rec)
    lines = [f"| {by} | count | top-1 | top-5 |", "| --- | --- | --- | --- |"]
    for group in sorted(grouped) + ["all"]:
        recs = data if group == "all" else grouped[group]
        top1 = sum(hits(runs.get(str(r["ID"])), metric, 1) for r in recs)
        top5 = sum(hits(runs.get(str(r["ID"])), metric, 5) for r in recs)
        name = "**all**" if group == "all" else group
        lines.append(f"| {name} | {len(recs)} | {100 * top1 / len(recs):.1f} | {100 * top5 / len(recs):.1f} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=Path, required=True, help="<stem>.records.jsonl of cfa bench --records")
    parser.add_argument("--data", type=Path, required=True, help="the everyday data file the run read")
    parser.add_argument("--split", default="dev", help="split of the data file (default dev)")
    parser.add_argument("--by", default="Function", help="record field to group by: Function, Tags, Scope, Table")
    parser.add_argument("--metric", default="execution_match", help="verdict to count (default execution_match)")
    args = parser.parse_args(argv)
    try:
        splits = json.loads(args.data.read_text(encoding="utf-8"))
        data = splits[args.split]
        runs = read_records(args.records)
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: cannot read the run or the split: {exc}", file=sys.stderr)
        return 2
    missing = [r["ID"] for r in data if str(r["ID"]) not in runs]
    print("\n".join(table(data, runs, args.by, args.metric)))
    if missing:
        print(f"\n{len(missing)} records of the split are not in the run (counted as misses)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
