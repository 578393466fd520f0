"""Run a candidate generator over a benchmark split and measure it with the paper's metrics.

`run_bench(...)` loads the split, builds the generator (training records: the `train` split, or
`train-minus-dev` when the split is `dev`, only for generators that read them), asks it for k
candidates one record at a time (so each call's wall time is that record's latency), judges every
candidate (cf_assistant.eval.metrics) and returns the result object:

    {"lang", "split", "generator", "n", "skipped",
     "metrics": {<match metric>: {"top1", "top3", "top5", "returned_top1"} ...,
                 "validity_raw_top1", "validity_returned_top1", "diversity",
                 "latency_ms": {"median", "p90", "mean"}, "peak_rss_mb", ...},
     "wall_s", "setup_s", "command", "invalid_top1_examples", ...}

`write_results` writes it as JSON and as a Markdown table, plus, when asked, one JSON line per
record (utterance, reference, candidates, verdicts: benchmark text, so never commit that file). This module knows nothing of the command line.
"""

from __future__ import annotations

import json
import logging
import platform
import shlex
import sys
import time
from pathlib import Path
from typing import Any, Callable, Sequence

from cf_assistant.eval import metrics
from cf_assistant.data import Record, load_split
from cf_assistant.errors import BadInputError, DataError
from cf_assistant.generators import generator_class, get_generator, uses_training_records
from cf_assistant.languages import get_language
from cf_assistant.paths import default_data_dir

DEFAULT_OUT = Path("bench-results")  # under the current folder: the library never writes into the checkout
_MAX_EXAMPLES = 20
_MAX_REASON = 120
_log = logging.getLogger(__name__)


def default_data_path(lang: str) -> Path:
    return default_data_dir() / lang / "train.json"


def training_split(split: str) -> str:
    """Which split trains the generator: never the dev records when measuring on dev."""
    return "train-minus-dev" if split == "dev" else "train"


def _training_records(data: Path, split: str, lang: str) -> list[Record]:
    """The records that train the generator: `data`'s own (`training_split`), or, for an
    evaluation file without a train split (the everyday sets), the language's benchmark's, with a
    note (stderr, through the CLI's notices)."""
    try:
        return load_split(data, training_split(split), lang)[0]
    except DataError as exc:
        fallback = default_data_path(lang)
        if Path(data).resolve() == fallback.resolve():
            raise
        _log.info("note: %s has no %s split (%s); retrieval and examples use the %s split of %s",
                  data, training_split(split), str(exc).splitlines()[0], training_split(split), fallback)
        return load_split(fallback, training_split(split), lang)[0]


def _progress(total: int, enabled: bool, desc: str):
    from tqdm import tqdm

    return tqdm(total=total, file=sys.stderr, disable=not enabled, desc=desc, unit="rec",
                dynamic_ncols=True, leave=False)


def generate_all(generator, records: Sequence[Record], k: int, progress: bool = True,
                 desc: str = "generate", tables: list | None = None
                 ) -> tuple[list[list[str]], list[float]]:
    """k candidates per record, one call per record; (candidates, latency in ms per record).
    `tables`, when given, receives per record the generator's `last_tables` (each candidate's
    column, scope and rows on a table record; None otherwise)."""
    candidates: list[list[str]] = []
    latencies: list[float] = []
    with _progress(len(records), progress, desc) as bar:
        for record in records:
            start = time.perf_counter()
            out = generator.generate([record], k)
            latencies.append((time.perf_counter() - start) * 1000.0)
            if tables is not None:
                tables.append(getattr(generator, "last_tables", None))
            candidates.append([c if isinstance(c, str) else str(c) for c in (out[0] if out else [])][:k])
            bar.update(1)
    return candidates, latencies


def _invalid_examples(lang: str, records: Sequence[Record], candidates, verdicts) -> list[dict]:
    """The first few records whose top-1 candidate does not parse: ID and the parser's reason
    (the code itself stays out of the result file, which may be committed; see --records)."""
    language = get_language(lang)
    out = []
    for record, cands, verdict in zip(records, candidates, verdicts):
        if verdict["valid"][:1] == [False] or not cands:
            diags = language.validate(cands[0]).diagnostics if cands and cands[0] else ()
            reason = f"{diags[0].code}: {diags[0].message}" if diags else "no candidate"
            out.append({"id": record.id, "reason": reason[:_MAX_REASON]})
            if len(out) >= _MAX_EXAMPLES:
                break
    return out


def _embedder(candidates: Sequence[Sequence[str]], enabled: bool):
    if not enabled or not any(len(c) >= 2 for c in candidates):
        return None
    from cf_assistant.diffusion.minilm import MiniLM

    return MiniLM.from_package()


_NEGATABLE = {"neighbours", "cells"}  # options whose False is a choice, written as --no-<option>


def _command(lang, data, split, generator, k, limit, options) -> str:
    parts = ["cfa", "bench", "--lang", lang, "--data", str(data), "--split", split,
             "--generator", generator, "-k", str(k)]
    if limit is not None:
        parts += ["--limit", str(limit)]
    for key, value in options.items():
        flag = "--" + key.replace("_", "-")
        if value is False and key in _NEGATABLE:
            parts.append("--no-" + flag[2:])
        elif value is not None and value is not False:
            parts += [flag] if value is True else [flag, str(value)]
    return shlex.join(parts)


def run_bench(
    lang: str,
    split: str = "dev",
    generator: str = "reference",
    data: str | Path | None = None,
    k: int = 5,
    limit: int | None = None,
    codebert_model: str | Path | None = None,
    embedding_diversity: bool = True,
    progress: bool = True,
    on_records: Callable[[list[dict]], None] | None = None,
    **generator_options: Any,
) -> dict:
    """Measure `generator` on `split` of the benchmark file `data` (see the module docstring)."""
    lang = get_language(lang).name
    generator_class(generator)  # an unknown name fails before any data is read
    if k < 1:
        raise BadInputError(f"-k must be at least 1, not {k}")
    if limit is not None and limit < 1:
        raise BadInputError(f"--limit must be at least 1, not {limit}")
    data = Path(data) if data else default_data_path(lang)
    started = time.perf_counter()
    records, skipped = _records(data, split, lang, limit)
    codebert = "codebert_score" in metrics.match_metrics(lang)
    scorer = metrics.CodeBertScorer(codebert_model) if codebert_model and codebert else None
    train = _training_records(data, split, lang) if uses_training_records(generator) else []
    setup_start = time.perf_counter()
    gen = get_generator(generator, lang, train, **generator_options)
    setup_s = time.perf_counter() - setup_start

    facts: list = []
    candidates, latencies = generate_all(gen, records, k, progress, f"{lang} {generator}", facts)
    judge_start = time.perf_counter()
    verdicts = [metrics.judge_record(lang, r, c, scorer, t)
                for r, c, t in zip(records, candidates, facts)]
    note = None if not codebert or scorer else "not computed: no --codebert-model given"
    summary = metrics.summarise(lang, records, candidates, verdicts,
                                _embedder(candidates, embedding_diversity), note)
    summary.update(latency_ms=metrics.latency_summary(latencies), peak_rss_mb=metrics.peak_rss_mb())
    if on_records:
        on_records(_record_lines(records, candidates, verdicts, latencies))
    options = {"codebert_model": codebert_model, **generator_options}
    return {
        "lang": lang,
        "split": split,
        "generator": generator,
        "n": len(records),
        "skipped": skipped,
        "metrics": summary,
        "k": k,
        "data": str(data),
        "train_records": len(train),
        "setup_s": round(setup_s, 3),
        "judge_s": round(time.perf_counter() - judge_start, 3),
        "wall_s": round(time.perf_counter() - started, 3),
        "command": _command(lang, data, split, generator, k, limit, options),
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}",
        "invalid_top1_examples": _invalid_examples(lang, records, candidates, verdicts),
    }


def _records(data: Path, split: str, lang: str, limit: int | None) -> tuple[list[Record], int]:
    """The split's records (the first `limit`) and how many were skipped; none is bad input."""
    records, skipped = load_split(data, split, lang)
    records = records[:limit] if limit else records
    if not records:
        raise BadInputError(f"split '{split}' of {data} has no usable record")
    return records, skipped


def _record_lines(records, candidates, verdicts, latencies) -> list[dict]:
    return [{"id": r.id, "utterance": r.utterance, "reference": r.code, "candidates": c,
             "latency_ms": round(ms, 3), **v}
            for r, c, v, ms in zip(records, candidates, verdicts, latencies)]


# ------------------------------------------------------------------------------ output


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def markdown_table(result: dict) -> str:
    """The result as Markdown: one row per match metric, then the other figures."""
    m = result["metrics"]
    lines = [
        f"### {result['lang']} · {result['split']} · {result['generator']} "
        f"(n = {result['n']}, skipped {result['skipped']})",
        "",
        f"`{result['command']}`",
        "",
        "| metric | top-1 | top-3 | top-5 | returned top-1 | returned top-3 | returned top-5 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name in metrics.reported_metrics(result["lang"], m):
        obj = m.get(name)
        if obj is None:
            lines.append(f"| {name} | — | — | — | — | — | — |")
        else:
            keys = ("top1", "top3", "top5", "returned_top1", "returned_top3", "returned_top5")
            row = [obj.get(key) for key in keys]
            lines.append(f"| {name} | " + " | ".join(_fmt(v) for v in row) + " |")
    div = m["diversity"]
    ngrams = " / ".join(_fmt(div["distinct_ngrams"][n]) for n in ("1", "2", "3", "4"))
    edit = " / ".join(_fmt(div["edit_distance"][s]) for s in ("min", "max", "mean"))
    emb = " / ".join(_fmt(div["embedding_similarity"][s]) for s in ("min", "max", "mean"))
    lines += [
        "",
        "| figure | value |",
        "| --- | --- |",
        f"| syntactic validity, raw top-1 | {_fmt(m['validity_raw_top1'])} |",
        f"| syntactic validity, returned top-1 | {_fmt(m['validity_returned_top1'])} |",
    ]
    if "bleu4" in m:
        lines.append(f"| BLEU-4 (top-1, corpus) | {_fmt(m['bleu4'])} |")
    if m.get("codebert_score_note"):
        lines.append(f"| CodeBERTScore | {m['codebert_score_note']} |")
    lines += [
        f"| diversity: distinct n-grams 1/2/3/4 | {ngrams} |",
        f"| diversity: edit distance min/max/mean | {edit} |",
        f"| diversity: embedding similarity min/max/mean | {emb} |",
        f"| latency per record, median / p90 (ms) | {_fmt(m['latency_ms']['median'])} / "
        f"{_fmt(m['latency_ms']['p90'])} |",
        f"| peak RSS (MB) | {_fmt(m['peak_rss_mb'])} |",
        f"| wall time (s), of which setup | {_fmt(result['wall_s'])}, {_fmt(result['setup_s'])} |",
    ]
    return "\n".join(lines) + "\n"


def result_stem(result: dict) -> str:
    return f"{result['lang']}-{result['split']}-{result['generator']}"


def write_results(result: dict, out_dir: str | Path, record_lines: list[dict] | None = None) -> list[Path]:
    """Write <lang>-<split>-<generator>.json, .md and (given the lines) .records.jsonl."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadInputError(f"cannot create the output folder {out}: {exc.strerror}") from None
    stem = result_stem(result)
    paths = [out / f"{stem}.json", out / f"{stem}.md"]
    paths[0].write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    paths[1].write_text(markdown_table(result), encoding="utf-8")
    if record_lines is not None:
        path = out / f"{stem}.records.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for line in record_lines:
                f.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
        paths.append(path)
    return paths
