"""Measure a candidate generator on a benchmark split with the paper's metrics (`cfa bench`).

Parses options, calls `cf_assistant.eval.bench.run_bench`, writes the JSON file, the Markdown table and
(with --records) the per-record lines into --out, and prints a rich table (or, with --json, the result object on
stdout). Bad input (missing file, unknown split, language or generator) is one line, exit 2.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer


def command(
    lang: str = typer.Option("cf", "--lang", help="cf, bash or python"),
    data: Optional[Path] = typer.Option(None, "--data", help="benchmark file (default ../shared/data/<lang>/train.json)"),
    split: str = typer.Option("dev", "--split", help="a split of the file, or dev / train-minus-dev (carved from train)"),
    generator: str = typer.Option("reference", "--generator", "-g", help="reference, retrieval, diffusion, autoregressive, or assistant (the diffusion model through the whole suggest pipeline)"),
    k: int = typer.Option(5, "-k", "--k", help="candidates per record"),
    out: Optional[Path] = typer.Option(None, "--out", help="folder for the JSON and Markdown results (default ./bench-results under the current folder)"),
    as_json: bool = typer.Option(False, "--json", help="print the result object as JSON on stdout"),
    limit: Optional[int] = typer.Option(None, "--limit", help="only the first N records of the split"),
    checkpoint: Optional[Path] = typer.Option(None, "--checkpoint", help="model folder (diffusion)"),
    steps: Optional[int] = typer.Option(None, "--steps", help="sampling steps (diffusion)"),
    seed: Optional[int] = typer.Option(None, "--seed", help="sampling seed (diffusion)"),
    method: Optional[str] = typer.Option(None, "--method", help="retrieval similarity: tfidf or minilm"),
    fit_literals: bool = typer.Option(False, "--fit-literals", help="retrieval: put the request's numbers and quoted texts into each example's literal slots, as the diffusion generator's examples are (the adaptation alone, without the model)"),
    codebert_model: Optional[Path] = typer.Option(None, "--codebert-model", help="local CodeBERT folder for CodeBERTScore (Python)"),
    embedding_diversity: bool = typer.Option(True, "--embedding-diversity/--no-embedding-diversity", help="MiniLM similarity of the top-5 (slow on CPU)"),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="progress bar on stderr"),
    clamping: bool = typer.Option(False, "--clamping", help="diffusion ablation: nearest vocabulary embedding at every step"),
    grounding: bool = typer.Option(False, "--grounding", help="diffusion ablation: no decoder, nearest vocabulary embedding after the last step"),
    oversample: Optional[int] = typer.Option(None, "--oversample", help="diffusion: draw k*N samples, keep the k best distinct (default: the model's)"),
    strength: Optional[float] = typer.Option(None, "--strength", help="diffusion with a retrieval context: start sampling from each example's code noised to strength*T (0-1; 1: pure noise, the paper; default: the model's)"),
    rerank: Optional[float] = typer.Option(None, "--rerank", help="diffusion sampling from the examples: order the nearest examples by similarity + RERANK * the model's likelihood of each (0: by similarity; default: the model's)"),
    neighbours: bool = typer.Option(True, "--neighbours/--no-neighbours", help="diffusion with a retrieval context: read the nearest training examples (default) or none"),
    examples: Optional[str] = typer.Option(None, "--examples", help="assistant: corpus examples as `cfa suggest --examples` puts them: auto (default: the model's order), after, first, or off"),
    cells: bool = typer.Option(True, "--cells/--no-cells", help="assistant: give it a one-column record's cells, as the add-in and `cfa suggest --values` do (never the labels); --no-cells: the request alone"),
    records: bool = typer.Option(False, "--records", help="also write <stem>.records.jsonl (candidates and verdicts per record; holds benchmark text: do not commit it)"),
) -> None:
    """Measure a candidate generator on a benchmark split with the paper's metrics."""
    from cf_assistant.eval.bench import DEFAULT_OUT, run_bench, write_results

    # the numeric options' ranges (--strength 0-1, --rerank >= 0, ...) are cli.ranges'

    lines: list[dict] = []
    result = run_bench(
        lang, split=split, generator=generator, data=data, k=k, limit=limit,
        codebert_model=codebert_model, embedding_diversity=embedding_diversity,
        progress=progress, on_records=lines.extend,
        checkpoint=checkpoint, steps=steps, seed=seed, method=method,
        fit_literals=fit_literals or None,
        clamping=clamping or None, grounding=grounding or None,
        oversample=oversample, neighbours=None if neighbours else False, strength=strength,
        rerank=rerank,
        examples=examples, cells=None if cells else False,
    )
    paths = write_results(result, out or DEFAULT_OUT, lines if records else None)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
    else:
        _print_table(result)
        typer.echo(f"wrote {', '.join(str(p) for p in paths)}", err=True)


def _print_table(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    from cf_assistant.eval.bench import _fmt
    from cf_assistant.eval.metrics import reported_metrics

    m = result["metrics"]
    table = Table(title=f"{result['lang']} · {result['split']} · {result['generator']} "
                        f"(n={result['n']}, skipped {result['skipped']})")
    for col in ("metric", "top-1", "top-3", "top-5", "ret. top-1", "ret. top-3", "ret. top-5"):
        table.add_column(col, justify="left" if col == "metric" else "right",
                         no_wrap=col == "metric")
    for name in reported_metrics(result["lang"], m):
        obj = m.get(name) or {}
        keys = ("top1", "top3", "top5", "returned_top1", "returned_top3", "returned_top5")
        table.add_row(name, *(_fmt(obj.get(key)) for key in keys))
    table.add_row("validity", _fmt(m["validity_raw_top1"]), "", "",
                  _fmt(m["validity_returned_top1"]), "", "")
    if "bleu4" in m:
        table.add_row("BLEU-4", _fmt(m["bleu4"]), "", "", "")
    console = Console()
    console.print(table)
    lat = m["latency_ms"]
    console.print(f"latency median {_fmt(lat['median'])} ms, p90 {_fmt(lat['p90'])} ms; "
                  f"peak RSS {_fmt(m['peak_rss_mb'])} MB; wall {_fmt(result['wall_s'])} s")
