"""Header-only copies of the project's table sets: every record with its header row and no data rows.

A third of the benchmark's held-out CF records (60 of 178) are a header row with no data rows,
as is a table a user selects before typing its data; the project's own forum and annotator sets
hold such records, and this script makes the older table sets measure it too: each record of
`everyday_tables.json`, `fresh_tables.json` and `third_tables.json` keeps its request, rule and
header, and loses its rows and labels (the bench then judges it on probe values, where the chosen
`c[i]` decides: `languages.cf.judge.ExecutionJudge.on_probes`). The halves stay the halves: the
dev copy is made of dev records only, the test copy of test records only.

    python benchmarks/header_only.py --out /tmp/header-only
    cfa bench --lang cf --data /tmp/header-only/header-only-tables.json --split dev -g assistant -k 5
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "data"
SETS = ("everyday_tables.json", "fresh_tables.json", "third_tables.json")


def header_only(sets=SETS, folder: Path = HERE) -> dict[str, list[dict]]:
    """{"dev": [...], "test": [...]}: the sets' records with `Data` cut to the header row."""
    out: dict[str, list[dict]] = {"dev": [], "test": []}
    for name in sets:
        for split, records in json.loads((folder / name).read_text(encoding="utf-8")).items():
            out[split] += [{**r, "Data": [r["Data"][0]], "Labels": []} for r in records]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for header-only-tables.json")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "header-only-tables.json"
    copies = header_only()
    path.write_text(json.dumps(copies), encoding="utf-8")
    print(f"wrote {path}: " + ", ".join(f"{k} {len(v)}" for k, v in copies.items()))


if __name__ == "__main__":
    main()
