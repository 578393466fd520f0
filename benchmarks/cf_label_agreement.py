"""Agreement of the executor with the `Labels` of cf/train.json.

For each record whose Code parses and whose Labels are present (not the "missing" marker `[0]`),
execute the rule on the record's table and compare, row for row, with Labels[1:] (Labels[0] is the
header's). The target column for rules without c[i]: the column headed `Value` if there is one,
else column 1 when there are two or more columns, else column 0 (EVALUATION.md). Labels are
noisy; the disagreements are listed by rule family so they can be read.

Run: python benchmarks/cf_label_agreement.py [DATA_DIR] [--show N]
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

import numpy as np

from cf_assistant.errors import CfaError
from cf_assistant.languages.cf import execute, parse, table_from_records
from cf_assistant.languages.cf.rules import Rank
from cf_assistant.paths import default_data_dir


def target_column(header: list[str]) -> int:
    if "Value" in header:
        return header.index("Value")
    return 1 if len(header) >= 2 else 0


def family(code: str) -> str:
    return code.split("(", 1)[0].strip().lower()


def why(rule, table, col: int, got: np.ndarray, want: np.ndarray) -> str:
    """A category for a disagreement between the executor and the labels."""
    if want.all() and not (isinstance(rule, Rank) and rule.bottom and not rule.percent):
        return "labels mark every row"
    if not want.any():
        return "labels mark no row"
    if (want[1:] == got[:-1]).all() or (want[:-1] == got[1:]).all():
        return "labels shifted by one row"
    values = table.column(col)
    is_num = np.array([isinstance(v, float) for v in values])
    if isinstance(rule, Rank) and rule.bottom and not rule.percent and is_num.any():
        nums = np.sort(np.array([v for v in values if isinstance(v, float)]))[::-1]
        kth_largest = nums[min(int(rule.n), len(nums)) - 1]
        le = np.array([isinstance(v, float) and v <= kth_largest for v in values])
        if (le == want).all():
            return "Bottom(n) labelled as value <= n-th LARGEST"
    if (got[is_num] == want[is_num]).all():
        return "labels differ only on non-numeric cells"
    return "other"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 3
    data = Path(args[0]) if args and Path(args[0]).is_dir() else default_data_dir()
    records = json.loads((data / "cf" / "train.json").read_text(encoding="utf-8"))["train"]
    stats = collections.defaultdict(lambda: [0, 0, 0, 0])  # records, agree, rows, rows agree
    bad: dict[str, list[str]] = collections.defaultdict(list)
    skipped = collections.Counter()
    reasons = collections.Counter()
    for rec in records:
        labels = rec["Labels"]
        if len(labels) <= 1:
            skipped["labels missing"] += 1
            continue
        try:
            rule = parse(rec["Code"])
        except CfaError:
            skipped["code does not parse"] += 1
            continue
        table = table_from_records(rec["Data"])
        if len(labels) != table.n_rows + 1:
            skipped["labels and rows differ in length"] += 1
            continue
        got = execute(rule, table, target_column(table.header))
        want = np.array(labels[1:], dtype=bool)
        fam = family(rec["Code"])
        s = stats[fam]
        s[0] += 1
        s[1] += bool((got == want).all())
        s[2] += len(want)
        s[3] += int((got == want).sum())
        if not (got == want).all():
            reasons[(fam, why(rule, table, target_column(table.header), got, want))] += 1
            rows = np.flatnonzero(got != want)[:4]
            col = target_column(table.header)
            cells = ", ".join(
                f"row {r}: {table.rows[r][col]!r} label={int(want[r])} exec={int(got[r])}" for r in rows
            )
            bad[fam].append(f"ID {rec['ID']} {rec['Code'][:50]!r}: {cells}")
    print(f"{'family':16s} {'records':>8s} {'agree':>6s} {'rows':>7s} {'rows agree':>11s}")
    total = [0, 0, 0, 0]
    for fam, s in sorted(stats.items(), key=lambda kv: -kv[1][0]):
        print(f"{fam:16s} {s[0]:8d} {s[1]:6d} {s[2]:7d} {s[3]:7d} ({100 * s[3] / max(1, s[2]):5.1f}%)")
        total = [a + b for a, b in zip(total, s)]
    print(f"{'TOTAL':16s} {total[0]:8d} {total[1]:6d} {total[2]:7d} {total[3]:7d} "
          f"({100 * total[3] / max(1, total[2]):5.1f}%); records agreeing "
          f"{100 * total[1] / max(1, total[0]):.1f}%")
    print("skipped:", dict(skipped))
    print("\ndisagreeing records by likely cause:")
    for (fam, reason), n in sorted(reasons.items(), key=lambda kv: -kv[1]):
        print(f"  {n:4d}  {fam:16s} {reason}")
    for fam, lines in bad.items():
        print(f"\n{fam}: {len(lines)} records disagree")
        for line in lines[:show]:
            print("  ", line)


if __name__ == "__main__":
    main()
