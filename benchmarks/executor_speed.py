"""Executor speed: one rule of each family on a 100,000-row column.

Prints a table of the median wall time of `execute` (3 runs) for each rule, on a numeric column
and on a mixed column (numbers, text, blanks, errors), plus the cost of typing the column from
JSON-like text with `table_from_records`.

Run: python benchmarks/executor_speed.py [N_ROWS]
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time

from cf_assistant.languages.cf import execute, parse, table_from_records
from cf_assistant.languages.cf.values import ExcelError, Table

RULES = [
    "GreaterThan(0.5)", "Between(0.2, 0.8)", "Equals(abc)", "LessThan(c[1])",
    "TextContains(ab)", "TextNotContains(ab)", "TextEquals(abc)", "TextStartsWith(a)", "TextEndsWith(c)",
    "Top(10)", "BottomPercent(10)", "AboveAverage()", "Duplicates()", "Unique()",
    "Blanks()", "Errors()", "ColorScale()", "ThisMonth()", "Last7Days()",
    "AND(GreaterThan(0.2), NOT(Blanks()), OR(LessThan(0.9), TextContains(x)))",
]
WORDS = ["abc", "ABC", "xyz", "a b c", "  ", "Needs Update"]


def columns(n: int, seed: int = 0) -> tuple[Table, Table]:
    rng = random.Random(seed)
    numeric = [[rng.random(), rng.random()] for _ in range(n)]
    mixed = []
    for _ in range(n):
        r = rng.random()
        cell = (rng.random() if r < 0.5 else rng.choice(WORDS) if r < 0.8 else None if r < 0.9
                else ExcelError("#N/A") if r < 0.95 else float(45400 + rng.randrange(60)))
        mixed.append([cell, rng.random()])
    return Table(["Value", "Other"], numeric), Table(["Value", "Other"], mixed)


def median_seconds(fn, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    numeric, mixed = columns(n)
    today = dt.date(2024, 5, 15)
    print(f"execute() on {n:,} rows, median of 3 runs (ms)")
    print(f"{'rule':76s} {'numeric':>8s} {'mixed':>8s}")
    for text in RULES:
        rule = parse(text)
        a = median_seconds(lambda: execute(rule, numeric, 0, today))
        b = median_seconds(lambda: execute(rule, mixed, 0, today))
        print(f"{text:76s} {a * 1000:8.1f} {b * 1000:8.1f}")
    records = [["Index", "Value"]] + [[i, str(row[0])] for i, row in enumerate(mixed.rows)]
    t = median_seconds(lambda: table_from_records(records), repeats=1)
    print(f"{'table_from_records (typing ' + format(n, ',') + ' text cells)':76s} {t * 1000:8.1f}")


if __name__ == "__main__":
    main()
