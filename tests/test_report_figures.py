"""benchmarks/report.py (RESULTS.md from result JSON) and benchmarks/figures.py (figures 2, 3, 6)."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
from pathlib import Path

import pytest

from cf_assistant.paths import BENCHMARKS_DIR

CODES = ["GreaterThan(5)", "LessThan(12)", "TextContains(Error)", "Between(3, 9)", "Duplicates()",
         "Blanks()", "Top(10)", "NotBlanks()", "Errors()", "AboveAverage()", "Equals(2006)",
         "TextStartsWith(abc)"]
UTTS = ["cells greater than 5", "values below 12", "cells containing Error", "between 3 and 9",
        "duplicate values", "empty cells", "top 10 values", "cells that are not empty",
        "error cells", "above average", "the year 2006", "text starting with abc"]


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS_DIR / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture
def data_dir(tmp_path) -> Path:
    root = tmp_path / "data"
    (root / "cf" / "pretrain").mkdir(parents=True)
    recs = [{"ID": i, "NL Utterance": u, "Code": c, "Data": [["Value"], [3], [7], [12]],
             "Labels": [0, 0, 0, 0]} for i, (u, c) in enumerate(zip(UTTS, CODES))]
    (root / "cf" / "train.json").write_text(json.dumps({"train": recs, "test": recs[:4]}))
    (root / "cf" / "pretrain" / "s.txt").write_text("\n".join(CODES))
    return root


def _results(data_dir: Path, results: Path) -> None:
    from cf_assistant.eval.bench import run_bench, write_results

    data = data_dir / "cf" / "train.json"
    for split in ("train", "test"):
        ref = run_bench("cf", split=split, generator="reference", data=data,
                        embedding_diversity=False, progress=False)
        write_results(ref, results)
        fake = dict(ref, generator="diffusion")  # stands in for a model's result file
        write_results(fake, results)
        write_results(dict(fake), results / "ablations" / "grounding")
        write_results(dict(fake), results / "ablations" / "noise-start")
        write_results(dict(fake), results / "ablations" / "no-rerank")
        write_results(dict(fake), results / "strength" / "0.5")
        write_results(dict(ref, generator="retrieval"), results / "retrieval-fitted")


def test_report_renders_every_table_beside_the_paper(data_dir, tmp_path):
    report = _script("report")
    results = tmp_path / "results"
    _results(data_dir, results)
    summary = tmp_path / "summary.md"
    summary.write_text("We fall short on Bash.\n")
    out = tmp_path / "RESULTS.md"
    text = report.render(results, tmp_path / "nofigs", out, split="train", summary=summary)
    for title in ("Table 1", "Table 2", "Table 3", "Table 4", "Table 6", "Section C.4",
                  "We fall short on Bash."):
        assert title in text
    assert ("| cf | ours: CodeFusion (diffusion; for Bash and Python sampled from the retrieved "
            "examples' code, strength 0, the examples ordered with the model's likelihood, as "
            "shipped) | execution match | 100.0 | 100.0 | 100.0 | "
            "+27.2 |") in text
    assert "| cf | ours: the same model sampled from pure noise (`--strength 1`" in text
    for strength, first_t in (("0", "0"), ("0.5", "600"), ("1", "1199")):  # the start curve
        assert f"| cf | {strength} | {first_t} | execution match | 100.0 / 100.0 / 100.0 |" in text
    assert "| cf | 0, examples reordered with the model's likelihood (shipped) | 0 |" in text
    assert "| cf | ours: the same model, examples in the order of similarity (`--rerank 0`)" in text
    assert "| cf | paper: CodeFusion | execution match | 72.8 | 76.7 | 78.5 |  |" in text
    assert "| cf | retrieval + literal fitting, no model (`--fit-literals`" in text
    assert "| cf | retrieval + literal fitting (no model) | — | execution match |" in text
    assert "| cf | grounding | 12 | 100.0 |" in text and "| bash | (not run) |" in text
    assert "cfa bench --lang cf --data" in text  # the exact command of every number
    test_text = report.render(results, tmp_path / "nofigs", tmp_path / "T.md", split="test")
    assert "Results on the test split" in test_text and "--split test" in test_text


def test_report_rerun_command_swaps_data_split_and_output(tmp_path):
    report = _script("report")
    cmd = ("cfa bench --lang cf --data /old/cf/train.json --split dev --generator diffusion -k 5 "
           "--checkpoint /m --grounding")
    got = report.rerun_command(cmd, tmp_path, "test", tmp_path / "o")
    assert got[got.index("--split") + 1] == "test" and "--grounding" in got
    assert got[got.index("--data") + 1] == str(tmp_path / "cf" / "train.json")
    assert got[-3:] == ["--out", str(tmp_path / "o"), "--no-progress"]


@pytest.mark.slow
def test_figures_on_a_tiny_trained_checkpoint(data_dir, tmp_path):
    from cf_assistant.config import preset
    from cf_assistant.training.loop import Options, run

    cfg = preset("tiny", "cf")
    cfg = cfg.replace(train=dataclasses.replace(cfg.train, finetune_steps=30, pretrain_steps=2))
    run(cfg, Options(phase="finetune", data_dir=data_dir, out=tmp_path / "ck", eval_every=0,
                     save_every=0, progress=False))
    figures = _script("figures")
    out = tmp_path / "figs"
    assert figures.main(["--checkpoint", str(tmp_path / "ck"), "--data",
                         str(data_dir / "cf" / "train.json"), "--split", "train", "--out", str(out),
                         "--steps-list", "1,3", "--trace-steps", "4"]) == 0
    fig2 = json.loads((out / "fig2.json").read_text())
    curve = fig2["mean_normalised_edit_distance"]["decoded"]
    assert fig2["n"] == len(UTTS) and len(curve) == 4 and curve[-1] == 0.0
    assert all(0.0 <= v <= 1.0 for v in fig2["mean_normalised_edit_distance"]["grounded"])
    fig6 = json.loads((out / "fig6.json").read_text())
    assert [p["steps"] for p in fig6["points"]] == [1, 3]
    assert all(p["latency_ms_median"] > 0 for p in fig6["points"])
    fig3 = "\n".join(_script("report").figure3(json.loads((out / "fig3.json").read_text())))
    assert fig3.count("\n| ") == 6  # header, rule, 4 steps: the report renders the JSON
    assert not list(out.glob("*.md"))  # figures are JSON data + PNG only
    for name in ("fig2.png", "fig6.png"):
        assert (out / name).read_bytes()[:4] == b"\x89PNG"


def test_committed_results_are_json_only_and_ship_model_renders_them():
    files = [p for p in (BENCHMARKS_DIR / "results").rglob("*") if p.is_file()]
    assert files and all(p.suffix == ".json" for p in files)  # Markdown is rendered, not kept
    table = _script("ship_model")._bench_table(BENCHMARKS_DIR / "results" / "cf-dev-diffusion.json")
    assert table.startswith("### cf · dev · diffusion") and "| execution_match |" in table


def test_readme_is_short_and_its_result_rows_are_the_saved_results():
    readme = (BENCHMARKS_DIR.parent / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 120  # a newcomer's page; the narrative is in RESULTS.md
    report = _script("report")
    rows = report.readme_rows(report.load_results(BENCHMARKS_DIR / "results", "dev"))
    assert len(rows) == 3
    for row in rows:  # after new benches: python benchmarks/report.py readme, paste the rows
        assert row in readme, f"README.md's results table is stale; its row should read:\n{row}"
