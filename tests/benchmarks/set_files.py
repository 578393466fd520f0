"""What the tests of the table sets' builders share: a set file's records and a builder module."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
TRAIN = ROOT.parent / "shared" / "data" / "cf" / "train.json"
PERIODS = {"LastMonth", "ThisMonth", "Yesterday", "Today", "Tomorrow", "Last7Days", "LastWeek",
           "ThisWeek", "NextWeek", "NextMonth"}


def records(name: str) -> list[dict]:
    """The records of a set file, each with its split added."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [{**record, "split": split} for split, recs in json.loads(text).items() for record in recs]


def builder(stem: str):
    """A builder loaded from its file (it puts its own folder on sys.path for its imports)."""
    spec = importlib.util.spec_from_file_location(stem, DATA / f"{stem}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
