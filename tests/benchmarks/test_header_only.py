"""benchmarks/header_only.py: header-only copies of the table sets, halves kept apart."""

from __future__ import annotations

import importlib.util
import json

from cf_assistant.paths import BENCHMARKS_DIR


def test_every_table_record_keeps_its_header_and_loses_its_rows(tmp_path):
    spec = importlib.util.spec_from_file_location("header_only", BENCHMARKS_DIR / "header_only.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    copies = mod.header_only()
    originals = {s: [r for name in mod.SETS
                     for r in json.loads((mod.HERE / name).read_text(encoding="utf-8"))[s]]
                 for s in ("dev", "test")}
    for split in ("dev", "test"):
        assert [r["ID"] for r in copies[split]] == [r["ID"] for r in originals[split]]
        for copy, record in zip(copies[split], originals[split]):
            assert copy["Data"] == [record["Data"][0]] and copy["Labels"] == []
            assert copy["Code"] == record["Code"] and copy["NL Utterance"] == record["NL Utterance"]
