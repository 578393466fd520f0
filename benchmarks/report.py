"""benchmarks/RESULTS.md from the saved benchmark results, beside the paper's numbers.

Usage:
  python benchmarks/report.py render [--results DIR] [--figures DIR] [--out FILE]
  python benchmarks/report.py run --data-dir DIR --split SPLIT [--results DIR] [--into DIR]
  python benchmarks/report.py all --data-dir DIR --split SPLIT --into DIR [--out FILE]
  python benchmarks/report.py readme   (the README's CF, Bash and Python result rows)

`render` reads the result JSON files that `cfa bench` wrote (DIR, default benchmarks/results):
`<lang>-<split>-<generator>.json` for the main table rows, `ablations/<name>/<lang>-<split>-
diffusion.json` for Table 4, `pipeline-autoregressive/<lang>-<split>-assistant.json` for the
auto-regressive baseline through the assistant's pipeline and `pipeline-no-examples/...` for the
assistant without corpus examples (`--examples off`), `strength/<s>/...` for the sampling-start
curve (`--strength s`), `retrieval-fitted/<lang>-<split>-retrieval.json` for retrieval with the
request's literals fitted into the examples (`--fit-literals`), plus the figure data of
benchmarks/figures/ (fig2.json, fig3.json, fig6.json: the Figure 3 table is rendered here), the
hand-written narrative benchmarks/summary.md (put first; --summary) and the model cards of the checkpoints the commands name (their training command and wall time are kept in
DIR/training.json, so the report renders the same without the checkpoints). `run` re-runs every
saved result's own command on another copy or split of the public benchmark (--data-dir holds
<lang>/train.json or the file named like the original; --split replaces the split), writing the
new results into --into, so `all` reproduces every table for any split. The paper's numbers are
those of ../shared/docs/EVALUATION.md. This script trains nothing and reads no benchmark text.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
FIGURES = ROOT / "benchmarks" / "figures"
SUMMARY = ROOT / "benchmarks" / "summary.md"  # the hand-written narrative, rendered first
LANGS = ("cf", "bash", "python")
HEADLINE = {"cf": ("execution_match", "execution match"),
            "bash": ("template_match", "template match"),
            "python": ("exact_match", "exact match (CodeBERTScore needs a CodeBERT folder)")}
GENERATORS = (("diffusion", "ours: CodeFusion (diffusion; for Bash and Python sampled from the "
                            "retrieved examples' code, strength 0, the examples ordered with the "
                            "model's likelihood, as shipped)"),
              ("assistant", "ours: the assistant (the same model + the suggest pipeline: CF repairs, "
               "validation, ranking, corpus examples: after the model's answers for CF, first for "
               "Bash and Python)"),
              ("autoregressive", "ours: auto-regressive T5 baseline"),
              ("retrieval", "retrieval (nearest training utterance)"),
              ("reference", "reference (benchmark check)"))
PIPELINE_AR = "pipeline-autoregressive"  # results/<this>/<lang>-<split>-assistant.json
PIPELINE_NOEX = "pipeline-no-examples"  # the assistant with --examples off, same file names
ABLATIONS = (("full", "full model (same budget)"),
             ("no-codegen-pretraining", "− code-generation pre-training"),
             ("no-cpd", "− CPD"),
             ("grounding", "grounding"),
             ("clamping", "clamping"),
             ("no-retrieval-context", "− retrieval context (the paper's model, CPU-trained; "
              "the first model of the warm-start chain)"),
             ("no-example-bank", "retrieval-context model given no neighbour (--no-neighbours)"),
             ("cpu-only", "the retrieval-context model before any GPU run (CPU-trained only)"),
             ("gpu-warm-start", "`small`, warm-started from the CPU-only model: 7.5 min on an "
              "H100 shared by 4 runs"),
             ("gpu-base-from-scratch", "`base` (10.8M trainable), from scratch: 7.5 min on an "
              "H100 shared by 4 runs"),
             ("noise-start", "the shipped model sampled from pure noise (`--strength 1`, the "
              "paper's sampler), not from the retrieved examples"),
             ("no-rerank", "the shipped model sampled from the retrieved examples in the order of "
              "similarity (`--rerank 0`), not reordered with its likelihood"))
STRENGTH = "strength"  # results/<this>/<s>/<lang>-<split>-diffusion.json: the strength curve
FITTED = "retrieval-fitted"  # results/<this>/<lang>-<split>-retrieval.json: --fit-literals
FITTED_NAME = ("retrieval + literal fitting, no model (`--fit-literals`: the examples the diffusion "
               "generator starts from, slots filled as it fills them)")

# ../shared/docs/EVALUATION.md (CodeFusion, 75M parameters, 1200 steps, 4 V100s)
PAPER = {
    "headline": {"python": ((80.7, 86.3, 90.3), 82.5, "GPT-3 175B", "CodeBERTScore"),
                 "bash": ((66.7, 70.2, 72.0), 67.6, "CodeT5-large 770M", "template match"),
                 "cf": ((72.8, 76.7, 78.5), 72.7, "CodeT5-large", "execution match")},
    "exact": {"python": (5.1, 9.0), "bash": (13.5, 16.4), "cf": (63.4, 69.1)},
    "validity": {"python": (67.6, 24.2, 19.5), "bash": (73.4, 54.2, 40.4),
                 "cf": (94.5, 78.6, 74.3)},
    "ablations": {"python": (70.9, 76.7, 73.5, 77.1, 80.7), "bash": (52.3, 61.1, 60.5, 63.2, 66.7),
                  "cf": (64.2, 68.2, 63.2, 64.4, 72.8)},
    "diversity_python": {"ngrams": (0.53, 0.65, 0.74, 0.81), "embedding": (0.83, 0.97, 0.91),
                         "edit": (0.21, 0.83, 0.57)},
    "latency_ms": 2318, "gpu_memory_mb": (928, 1042), "checkpoint_mb": 544,
}


# ------------------------------------------------------------------------------ loading
def load_results(results: Path, split: str) -> dict:
    """{"main": {(lang, generator): result}, "ablations": {(lang, name): result}}."""
    main, abl = {}, {}
    for path in sorted(results.glob(f"*-{split}-*.json")):
        res = json.loads(path.read_text(encoding="utf-8"))
        if res.get("split") == split:
            main[(res["lang"], res["generator"])] = res
    for path in sorted((results / "ablations").glob(f"*/*-{split}-diffusion.json")):
        res = json.loads(path.read_text(encoding="utf-8"))
        abl[(res["lang"], path.parent.name)] = res
    pipes = {}
    for key, folder, gen in (("pipeline_ar", PIPELINE_AR, "assistant"),
                             ("pipeline_noex", PIPELINE_NOEX, "assistant"),
                             ("fitted", FITTED, "retrieval")):
        pipes[key] = {}
        for path in sorted((results / folder).glob(f"*-{split}-{gen}.json")):
            res = json.loads(path.read_text(encoding="utf-8"))
            pipes[key][res["lang"]] = res
    strength = {}
    for path in sorted((results / STRENGTH).glob(f"*/*-{split}-diffusion.json")):
        res = json.loads(path.read_text(encoding="utf-8"))
        strength[(res["lang"], float(path.parent.name))] = res
    return {"main": main, "ablations": abl, **pipes, "strength": strength}


def _checkpoint_of(command: str) -> str | None:
    """The --checkpoint of a saved bench command; model/<lang> for a model generator without one."""
    parts = shlex.split(command)
    if "--checkpoint" in parts:
        return parts[parts.index("--checkpoint") + 1]
    gen = parts[parts.index("--generator") + 1] if "--generator" in parts else ""
    lang = parts[parts.index("--lang") + 1] if "--lang" in parts else ""
    if gen in ("diffusion", "assistant"):
        return f"model/{lang}"
    return f"model/autoregressive/{lang}" if gen == "autoregressive" else None


def _card_facts(folder: Path) -> dict | None:
    card = folder / "model_card.md"
    if not card.is_file():
        return None
    text = card.read_text(encoding="utf-8")
    facts = {"folder": str(folder)}
    for key, pattern in (("command", r"- command: `([^`]*)`"), ("wall", r"- wall time[^:]*: (.*)"),
                         ("steps", r"- steps: (.*)"), ("parameters", r"- parameters: (.*)")):
        m = re.search(pattern, text)
        facts[key] = m.group(1).strip() if m else None
    sizes = [p.stat().st_size for p in folder.iterdir()  # the checkpoint: not the example
             if p.suffix in (".safetensors", ".json")  # bank's shipped embeddings
             and not p.name.startswith("train_state") and p.name != "bank.safetensors"]
    facts["size_mb"] = round(sum(sizes) / 1e6, 2)
    facts["init"] = None
    m = re.search(r"--init (\S+)", facts["command"] or "")
    if m:
        facts["init"] = m.group(1)
    return facts


def training_facts(results: Path, all_results: list[dict]) -> dict:
    """Model-card facts per checkpoint folder (and the folders they were initialised from),
    refreshed from disk when the folders exist and kept in results/training.json."""
    store_path = results / "training.json"
    store = json.loads(store_path.read_text(encoding="utf-8")) if store_path.is_file() else {}
    todo = [c for c in (_checkpoint_of(r.get("command", "")) for r in all_results) if c]
    seen = set()
    while todo:
        folder = todo.pop()
        if folder in seen:
            continue
        seen.add(folder)
        facts = _card_facts(Path(folder))
        if facts:
            store[folder] = facts
        if store.get(folder, {}).get("init"):
            todo.append(store[folder]["init"])
    if store:
        store_path.write_text(json.dumps(store, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return store


# ------------------------------------------------------------------------------ formatting
def f(value, digits: int = 1) -> str:
    if value is None:
        return "—"
    if isinstance(value, (int, float)):
        return f"{value:.{digits}f}"
    return str(value)


def delta(ours, paper) -> str:
    if ours is None or paper is None:
        return "—"
    return f"{ours - paper:+.1f}"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out + [""]


def _metric(res: dict | None, name: str, key: str):
    if not res:
        return None
    obj = res["metrics"].get(name)
    return obj.get(key) if isinstance(obj, dict) else obj


# ------------------------------------------------------------------------------ tables
def systems(R: dict, lang: str) -> list[tuple[str, str, dict | None]]:
    """(generator, row name, result) for a language's rows: ours, the assistant built on it (when
    measured), the matched-budget diffusion run of Table 4 when there is one, the auto-regressive
    baseline, retrieval."""
    rows = [(gen, name, R["main"].get((lang, gen))) for gen, name in GENERATORS[:4]]
    if rows[1][2] is None:
        del rows[1]  # only the languages whose assistant was benchmarked show its row
    at = 2 if rows[1][0] == "assistant" else 1
    no_examples = R.get("pipeline_noex", {}).get(lang)
    if no_examples and at == 2:
        rows.insert(2, ("assistant", "ours: the assistant without corpus examples "
                        "(`--examples off`: the model's answers only)", no_examples))
        at = 3
    plain_order = R["ablations"].get((lang, "no-rerank"))
    if plain_order:
        rows.insert(1, ("diffusion", "ours: the same model, examples in the order of similarity "
                        "(`--rerank 0`)", plain_order))
        at += 1
    noise = R["ablations"].get((lang, "noise-start"))
    if noise:
        rows.insert(1, ("diffusion", "ours: the same model sampled from pure noise (`--strength "
                        "1`, the paper's sampler)", noise))
        at += 1
    cpu = R["ablations"].get((lang, "cpu-only"))
    if cpu:
        rows.insert(at, ("diffusion", "ours: the same retrieval-context recipe before any GPU run "
                         "(CPU-trained only)", cpu))
    plain = R["ablations"].get((lang, "no-retrieval-context"))
    if plain:
        rows.insert(at, ("diffusion", "ours: CodeFusion without the retrieval context (the paper's "
                         "model)", plain))
    matched = R["ablations"].get((lang, "full"))
    if matched:
        rows.insert(at, ("diffusion", "ours: CodeFusion, Table 4's full model (paper's recipe; "
                         "checkpoint and records in Table 4)", matched))
    ar_pipe = R.get("pipeline_ar", {}).get(lang)
    if ar_pipe:
        at_ar = next(i for i, row in enumerate(rows) if row[0] == "autoregressive") + 1
        rows.insert(at_ar, ("autoregressive", "ours: the auto-regressive baseline through the "
                            "same pipeline", ar_pipe))
    fitted = R.get("fitted", {}).get(lang)
    if fitted:
        rows.append(("retrieval", FITTED_NAME, fitted))
    return rows


def table1(R: dict) -> list[str]:
    rows = []
    for lang in LANGS:
        metric, label = HEADLINE[lang]
        paper, ar_best, ar_name, paper_metric = PAPER["headline"][lang]
        for gen, name, res in systems(R, lang):
            vals = [_metric(res, metric, f"top{n}") for n in (1, 3, 5)]
            versus = {"diffusion": paper[0], "assistant": paper[0], "autoregressive": ar_best}.get(gen)
            versus = None if lang == "python" else versus  # exact match vs CodeBERTScore: no
            rows.append([lang, name, label, *map(f, vals), delta(vals[0], versus)
                         if versus is not None else ""])
        rows.append([lang, "paper: CodeFusion", paper_metric, *map(f, paper), ""])
        rows.append([lang, f"paper: best auto-regressive ({ar_name})", paper_metric, f(ar_best),
                     "", "", ""])
    return ["## Table 1: headline metric, top-1 / 3 / 5", "",
            "The last column compares our diffusion rows with the paper's CodeFusion and our "
            "auto-regressive baseline with the paper's best auto-regressive model.", "",
            *table(["lang", "system", "metric", "top-1", "top-3", "top-5", "ours − paper (top-1)"],
                   rows)]


def table2(R: dict) -> list[str]:
    rows = []
    for lang in LANGS:
        for gen, name, res in systems(R, lang):
            if not res:
                continue
            d = res["metrics"]["diversity"]
            rows.append([lang, name, " / ".join(f(d["distinct_ngrams"][n], 2) for n in "1234"),
                         " / ".join(f(d["embedding_similarity"][s], 2) for s in ("min", "max", "mean")),
                         " / ".join(f(d["edit_distance"][s], 2) for s in ("min", "max", "mean"))])
    p = PAPER["diversity_python"]
    rows.append(["python", "paper: CodeFusion", " / ".join(f(v, 2) for v in p["ngrams"]),
                 " / ".join(f(v, 2) for v in p["embedding"]), " / ".join(f(v, 2) for v in p["edit"])])
    return ["## Table 2: diversity of the top-5", "",
            "Distinct token n-grams / tokens (n = 1..4), pairwise MiniLM cosine similarity and "
            "pairwise normalised edit distance (min / max / mean over a record's pairs, averaged). "
            "Higher n-gram ratios and edit distances, lower similarity = more diverse. The paper's "
            "embedding similarity uses its own encoder; ours uses MiniLM.", "",
            *table(["lang", "system", "distinct n-grams 1/2/3/4", "embedding sim. min/max/mean",
                    "edit distance min/max/mean"], rows)]


def table3(R: dict) -> list[str]:
    rows = []
    for lang in LANGS:
        p = PAPER["validity"][lang]
        for gen, name, res in systems(R, lang):
            raw = res["metrics"]["validity_raw_top1"] if res else None
            ret = res["metrics"]["validity_returned_top1"] if res else None
            rows.append([lang, name, f(raw), f(ret), delta(raw, p[0]) if gen == "diffusion" else ""])
        rows.append([lang, "paper: CodeFusion / GENIE / Diffusion-LM", " / ".join(map(f, p)), "—", ""])
    return ["## Table 3: syntactic validity of the top-1 (%)", "",
            "Raw = the model's first candidate as generated; returned = the first candidate that "
            "passes validation (what the assistant shows).", "",
            *table(["lang", "system", "raw top-1", "returned top-1", "ours − paper (raw)"], rows)]


# rows shown only for the languages that have them (retrieval context, GPU runs)
_OPTIONAL_ROWS = ("no-retrieval-context", "no-example-bank", "cpu-only", "gpu-warm-start",
                  "gpu-base-from-scratch", "noise-start", "no-rerank")


def table4(R: dict) -> list[str]:
    rows = []
    for lang in LANGS:
        metric, label = HEADLINE[lang]
        paper = PAPER["ablations"][lang]
        paper_by = dict(zip(("no-codegen-pretraining", "no-cpd", "grounding", "clamping", "full"), paper))
        paper_by.update({name: None for name in _OPTIONAL_ROWS})  # not in the paper
        got = [(name, desc, R["ablations"].get((lang, name))) for name, desc in ABLATIONS]
        if not any(res for _, _, res in got):
            rows.append([lang, "(not run)", "", "", "", "", f"{paper_by['full']}", ""])
            continue
        for name, desc, res in got:
            if res is None and name in _OPTIONAL_ROWS:
                continue  # only the languages that have these rows show them
            top1 = _metric(res, metric, "top1")
            rows.append([lang, desc, str(res["n"]) if res else "—", f(top1),
                         f(_metric(res, metric, "top5")),
                         f(res["metrics"]["validity_raw_top1"]) if res else "—",
                         f(paper_by[name]), _checkpoint_of(res["command"]) or "" if res else "not run"])
    return ["## Table 4: ablations (headline metric)", "",
            "Training ablations are matched-budget retrainings of the same recipe (same steps); "
            "grounding and clamping are sampling switches on the full model's checkpoint. Metric: "
            "CF execution match, Bash template match, Python exact match (the paper's Python "
            "column is CodeBERTScore, not comparable).", "",
            *table(["lang", "variant", "records", "top-1", "top-5", "raw validity", "paper top-1",
                    "checkpoint"],
                   rows)]


def strength_curve(R: dict) -> list[str]:
    """Quality against where sampling starts: the saved strength results, the shipped model's
    own (strength 0) and the pure-noise start (1)."""
    rows = []
    for lang in LANGS:
        points = {s: r for (l, s), r in R["strength"].items() if l == lang}
        if not points:
            continue
        shipped = R["main"].get((lang, "diffusion"))
        plain_order = R["ablations"].get((lang, "no-rerank"))
        if plain_order or shipped:  # the curve's examples are in the order of similarity
            points.setdefault(0.0, plain_order or shipped)
        if (lang, "noise-start") in R["ablations"]:
            points.setdefault(1.0, R["ablations"][(lang, "noise-start")])
        metric, label = HEADLINE[lang]
        named = [(f"{s:g}", f"{round(s * 1199)}", res) for s, res in sorted(points.items())]
        if plain_order and shipped:
            named.append(("0, examples reordered with the model's likelihood (shipped)", "0",
                          shipped))
        if (lang, "retrieval") in R["main"]:
            named.append(("retrieval (no model)", "—", R["main"][(lang, "retrieval")]))
        if lang in R.get("fitted", {}):
            named.append(("retrieval + literal fitting (no model)", "—", R["fitted"][lang]))
        for s, first, res in named:
            m = res["metrics"]
            rows.append([lang, s, first, label,
                         " / ".join(f(_metric(res, metric, f"top{n}")) for n in (1, 3, 5)),
                         " / ".join(f(_metric(res, "exact_match", f"top{n}")) for n in (1, 3, 5))
                         if metric != "exact_match" else "",
                         f(m.get("bleu4")) if lang == "python" else "",
                         f(m["validity_raw_top1"])])
    if not rows:
        return []
    return ["## Where sampling starts (`--strength`)", "",
            "The Bash and Python models read the code of the nearest training examples (their "
            "retrieval context). With strength s < 1 each candidate's sampling also starts from "
            "its example's code embedding, noised to timestep s·(T − 1) (SDEdit, Meng et al. "
            "2022), and the candidates keep the examples' order; s = 1 is the paper's start, pure "
            "noise at T − 1. One sampling step, 2× oversampling, k = 5, dev split (at strength 0 "
            "there is a single timestep, so the step count does not matter). The examples are in "
            "the order of similarity (`--rerank 0`) except in the row marked shipped, where the "
            "10 nearest are reordered by similarity + 0.2 × the model's likelihood of each.", "",
            *table(["lang", "strength", "first timestep", "metric", "top-1 / 3 / 5",
                    "exact match top-1 / 3 / 5", "BLEU-4", "raw validity"], rows)]


def table6(R: dict) -> list[str]:
    rows = []
    for lang in LANGS:
        p = PAPER["exact"][lang]
        for gen, name, res in systems(R, lang):
            t1, t5 = _metric(res, "exact_match", "top1"), _metric(res, "exact_match", "top5")
            bleu = f(res["metrics"].get("bleu4")) if res and lang == "python" else ""
            rows.append([lang, name, f(t1), f(t5), bleu,
                         delta(t1, p[0]) if gen == "diffusion" else ""])
        rows.append([lang, "paper: CodeFusion", f(p[0]), f(p[1]), "", ""])
    return ["## Table 6: exact match, top-1 / top-5 (%)", "",
            "Python also gets corpus BLEU-4 of the top-1 (the paper's CodeBERTScore needs a "
            "CodeBERT model that is not on this machine).", "",
            *table(["lang", "system", "top-1", "top-5", "BLEU-4 (python)", "ours − paper (top-1)"],
                   rows)]


def latency(R: dict, train: dict) -> list[str]:
    rows = []
    for lang in LANGS:
        for gen, name, res in systems(R, lang):
            if not res:
                continue
            lat = res["metrics"]["latency_ms"]
            ck = _checkpoint_of(res["command"])
            size = train.get(ck, {}).get("size_mb") if ck else None
            rows.append([lang, name, f(lat["median"]), f(lat["p90"]), f(lat["mean"]),
                         f(res["metrics"]["peak_rss_mb"], 0), f(size, 1) if size else "—"])
    rows.append(["all", "paper: CodeFusion (V100 GPU, 1200 steps)", "—", "—",
                 f(PAPER["latency_ms"], 0), f"{PAPER['gpu_memory_mb'][0]} GPU (max "
                 f"{PAPER['gpu_memory_mb'][1]})", f(PAPER["checkpoint_mb"], 0)])
    return ["## Section C.4: latency and memory", "",
            "Wall time of generating k = 5 candidates for one record (one call per record), peak "
            "resident memory of the whole benchmark process (includes the metrics and the MiniLM "
            "used for diversity), checkpoint size on disk (weights + config + tokenizer; the frozen "
            "MiniLM encoder, 90 MB, comes from its package and is not counted).", "",
            *table(["lang", "system", "median ms", "p90 ms", "mean ms", "peak RSS MB", "checkpoint MB"],
                   rows)]


def _rel(path: Path, out: Path) -> str:
    return os.path.relpath(path, out.parent)


def figure3(d: dict) -> list[str]:
    """Figure 3's trajectory table from fig3.json (benchmarks/figures.py writes only the JSON)."""
    return ["### Figure 3: one denoising trajectory", "",
            f"Utterance: \"{d['utterance']}\" ({d['steps']} sampling steps, seed 0, one candidate). "
            "The texts are the model's own, literal slots included (`<N0>` = the utterance's first "
            "number, `<Q0>` = its first quoted text); the returned code, slots filled, is "
            f"`{d['final']}`.", "",
            *table(["step", "t", "decoded through D + H", "nearest embedding"],
                   [[str(r["step"]), str(r["t"]), f"`{r['decoded']}`", f"`{r['grounded']}`"]
                    for r in d["rows"]]),
            f"`{d['command']}`", ""]


def figures(figdir: Path, out: Path) -> list[str]:
    lines = ["## Figures", ""]
    rel = os.path.relpath(figdir, out.parent)
    fig2 = figdir / "fig2.json"
    if fig2.is_file():
        d = json.loads(fig2.read_text(encoding="utf-8"))
        m = d["mean_normalised_edit_distance"]
        marks = sorted({0, len(m["decoded"]) // 4, len(m["decoded"]) // 2, len(m["decoded"]) - 1})
        lines += [f"### Figure 2: intermediate decoded code vs final output ({d['n']} records, "
                  f"{d['steps']} steps)", "", f"![Figure 2]({rel}/fig2.png)", "",
                  *table(["step", *[str(i + 1) for i in marks]],
                         [["D + H", *[f(m["decoded"][i], 2) for i in marks]],
                          ["nearest embedding", *[f(m["grounded"][i], 2) for i in marks]]]),
                  f"`{d['command']}` ({d['wall_s']} s)", ""]
    if (figdir / "fig3.json").is_file():
        lines += figure3(json.loads((figdir / "fig3.json").read_text(encoding="utf-8")))
    subs = sorted(p for p in figdir.iterdir() if p.is_dir()) if figdir.is_dir() else []
    for folder in [figdir, *subs]:  # Figure 6 of other checkpoints lives in sub-folders
        fig6 = folder / "fig6.json"
        if not fig6.is_file():
            continue
        d = json.loads(fig6.read_text(encoding="utf-8"))
        rows = [[str(p["steps"]), f(p["top1"]), f(p["top3"]), f(p["top5"]),
                 f(p["validity_raw_top1"]), f(p["latency_ms_median"])] for p in d["points"]]
        link = os.path.relpath(folder / "fig6.png", out.parent)
        lines += [f"### Figure 6: {d['metric'].replace('_', ' ')} vs sampling steps "
                  f"({d['lang']} {d['split']}, k = {d['k']}, checkpoint `{d['checkpoint']}`)", "",
                  f"![Figure 6]({link})", "",
                  *table(["steps", "top-1", "top-3", "top-5", "raw validity", "median ms"], rows),
                  f"`{d['command']}` ({d['wall_s']} s)", ""]
    return lines if len(lines) > 2 else []


def commands(R: dict, train: dict) -> list[str]:
    lines = ["## How each number was made", "", "### Benchmarks (`cfa bench`)", "",
             *table(["result", "wall s", "command"],
                    [[f"{k[0]} {k[1]}", f(r['wall_s']), f"`{r['command']}`"]
                     for k, r in sorted(R["main"].items())] +
                    [[f"{k[0]} ablation {k[1]}", f(r['wall_s']), f"`{r['command']}`"]
                     for k, r in sorted(R["ablations"].items())] +
                    [[f"{lang} assistant (auto-regressive source)", f(r['wall_s']),
                      f"`{r['command']}`"] for lang, r in sorted(R["pipeline_ar"].items())] +
                    [[f"{lang} assistant without examples", f(r['wall_s']),
                      f"`{r['command']}`"] for lang, r in sorted(R["pipeline_noex"].items())] +
                    [[f"{lang} retrieval with literal fitting", f(r['wall_s']),
                      f"`{r['command']}`"] for lang, r in sorted(R["fitted"].items())] +
                    [[f"{k[0]} diffusion, strength {k[1]:g}", f(r['wall_s']), f"`{r['command']}`"]
                     for k, r in sorted(R["strength"].items())])]
    if train:
        lines += ["### Training runs (from the model cards)", "",
                  *table(["checkpoint", "steps", "wall time", "size MB", "command"],
                         [[k, v.get("steps") or "—", v.get("wall") or "—", f(v.get("size_mb")),
                           f"`{v.get('command')}`"] for k, v in sorted(train.items())])]
    return lines


def render(results: Path, figdir: Path, out: Path, split: str = "dev",
           summary: Path | None = None) -> str:
    """Write RESULTS.md: the narrative (`summary`, Markdown written by hand) and every table."""
    R = load_results(results, split)
    allres = [*R["main"].values(), *R["ablations"].values(), *R["pipeline_ar"].values(),
              *R["pipeline_noex"].values(), *R["fitted"].values(), *R["strength"].values()]
    train = training_facts(results, allres)
    machine = results / "machine.json"  # written once where the benches ran, then kept
    if not machine.is_file() and allres:
        machine.write_text(json.dumps(describe_machine(), indent=2) + "\n", encoding="utf-8")
    mach = json.loads(machine.read_text(encoding="utf-8")) if machine.is_file() else {}
    head = [f"# Results on the {split} split, beside the CodeFusion paper", "",
            "Generated by `python benchmarks/report.py render` from the JSON files in "
            f"`{os.path.relpath(results, out.parent)}/` (do not edit by hand: edit "
            f"`{_rel(summary, out) if summary else 'benchmarks/summary.md'}` or re-run the "
            "benches). The paper's numbers are from "
            "`../shared/docs/EVALUATION.md` (75M parameters, 1200 sampling steps, 4 V100 GPUs, "
            "the benchmarks' test splits); ours are measured on the dev split carved from `train` "
            "(EVALUATION.md's sha1 rule), so the comparison is indicative, not like for like.", "",
            f"Benchmarks ran on: {mach.get('description', 'see the commands; machine.json missing')}.", ""]
    body = head + ([summary.read_text(encoding="utf-8"), ""] if summary and summary.is_file() else [])
    body += table1(R) + table2(R) + table3(R) + table4(R) + table6(R) + strength_curve(R)
    body += latency(R, train)
    body += figures(figdir, out) + commands(R, train)
    text = "\n".join(body).rstrip() + "\n"
    out.write_text(text, encoding="utf-8")
    return text


# ------------------------------------------------------------------------------ the README
def readme_rows(R: dict) -> list[str]:
    """The README's CF, Bash and Python result rows, from the saved results (`report.py readme`
    prints them to paste after a new model's benches; a test keeps the README equal to them)."""
    def k3(res, metric):
        return " / ".join(f(_metric(res, metric, f"top{n}")) for n in (1, 3, 5))

    def bleu(res):
        return f"; {f(res['metrics'].get('bleu4'))}" if res and "bleu4" in res["metrics"] else ""

    rows = []
    for lang, name in (("cf", "CF"), ("bash", "Bash"), ("python", "Python")):
        metric, label = HEADLINE[lang]
        main = {g: R["main"].get((lang, g)) for g in ("assistant", "diffusion", "retrieval")}
        if not all(main.values()):
            continue
        label = metric.replace("_", " ") + ("; BLEU-4" if bleu(main["assistant"]) else "")
        paper = PAPER["headline"][lang][0] if metric != "exact_match" else (
            PAPER["exact"][lang][0], None, PAPER["exact"][lang][1])
        model = f"{k3(main['diffusion'], metric)} (`model/{lang}`)"
        noise = R["ablations"].get((lang, "noise-start"))  # sampled from the examples, as shipped
        if noise:
            model = (f"from noise {k3(noise, metric)}{bleu(noise)}; retrieval re-ranked by the "
                     f"model {k3(main['diffusion'], metric)}{bleu(main['diffusion'])}")
        rows.append(f"| {name}, {label}, {main['assistant']['n']:,} records | "
                    f"{k3(main['assistant'], metric)}{bleu(main['assistant'])} | {model} | "
                    f"{k3(main['retrieval'], metric)}{bleu(main['retrieval'])} | "
                    + " / ".join("–" if v is None else f(v) for v in paper) + " |")
    return rows


# ------------------------------------------------------------------------------ re-running
def rerun_command(command: str, data_dir: Path, split: str, out: Path) -> list[str]:
    """A saved `cfa bench` command with its data file, split and output folder replaced."""
    parts = shlex.split(command)
    lang = parts[parts.index("--lang") + 1]
    old = Path(parts[parts.index("--data") + 1])
    new = data_dir / lang / old.name
    parts[parts.index("--data") + 1] = str(new if new.is_file() else data_dir / lang / "train.json")
    parts[parts.index("--split") + 1] = split
    return parts + ["--out", str(out), "--no-progress"]


def describe_machine() -> dict:
    try:
        import torch

        gpu = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "no GPU"
    except ImportError:
        gpu = "torch missing"
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        m = re.search(r"model name\s*:\s*(.*)", cpuinfo.read_text())
        model = m.group(1).strip() if m else ""
    return {"description": f"{os.cpu_count()} CPU cores ({model or platform.machine()}), {gpu}, "
                           f"Python {platform.python_version()}", "date": time.strftime("%Y-%m-%d")}


def run(results: Path, into: Path, data_dir: Path, split: str) -> int:
    saved = load_results(results, "dev")
    jobs = [(r, into) for r in saved["main"].values()]
    jobs += [(r, into / "ablations" / name) for (_, name), r in saved["ablations"].items()]
    jobs += [(r, into / PIPELINE_AR) for r in saved["pipeline_ar"].values()]
    jobs += [(r, into / PIPELINE_NOEX) for r in saved["pipeline_noex"].values()]
    jobs += [(r, into / FITTED) for r in saved["fitted"].values()]
    jobs += [(r, into / STRENGTH / f"{s:g}") for (_, s), r in saved["strength"].items()]
    into.mkdir(parents=True, exist_ok=True)
    (into / "machine.json").write_text(json.dumps(describe_machine(), indent=2) + "\n")
    failures = 0
    for res, out in jobs:
        cmd = rerun_command(res["command"], data_dir, split, out)
        print("+ " + shlex.join(cmd), file=sys.stderr)
        failures += subprocess.run(cmd).returncode != 0
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="action", required=True)
    for name in ("render", "run", "all"):
        s = sub.add_parser(name)
        s.add_argument("--results", type=Path, default=RESULTS)
        s.add_argument("--figures", type=Path, default=FIGURES)
        s.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
        s.add_argument("--split", default="dev")
        s.add_argument("--summary", type=Path, default=SUMMARY if name == "render" else None,
                       help="the hand-written narrative put first (default for render: "
                            "benchmarks/summary.md; none for other results unless given)")
        if name != "render":
            s.add_argument("--data-dir", type=Path, required=True)
            s.add_argument("--into", type=Path, required=True, help="folder for the new results")
    sub.add_parser("readme", help="print the README's result rows from the saved dev results")
    args = p.parse_args(argv)
    if args.action == "readme":
        print("\n".join(readme_rows(load_results(RESULTS, "dev"))))
        return 0
    if args.action in ("run", "all"):
        code = run(args.results, args.into, args.data_dir, args.split)
        if args.action == "run" or code:
            return code
        args.results = args.into
    render(args.results, args.figures, args.out, args.split, args.summary)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
