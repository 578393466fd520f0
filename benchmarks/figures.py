"""The paper's Figures 2, 3 and 6 for a trained diffusion checkpoint, as JSON data + PNG.

Usage: python benchmarks/figures.py --checkpoint DIR [--data FILE] [--split dev] [--out DIR]
                                    [--only fig2,fig3,fig6] [--steps-list 1,2,5,10,20,50,100]
                                    [--trace-steps 50] [--limit N] [--utterance TEXT]

- Figure 2 (fig2.json / fig2.png): for every record of the split (one candidate each), the
  normalised edit distance between the code decoded from the intermediate x̂0 and the final output,
  against the denoising step; decoded two ways: through the decoder D and head H (CodeFusion), and
  by the nearest vocabulary embedding (grounding, as Diffusion-LM does).
- Figure 3 (fig3.json): one utterance's denoising trajectory as text (default utterance is ours,
  not a benchmark record's, so the file holds no benchmark text); benchmarks/report.py renders it
  as a table in RESULTS.md.
- Figure 6 (fig6.json / fig6.png): the headline metric (CF execution match, Bash template match,
  Python exact match) top-1/3/5 and the median generation latency of k = 5 against the number of
  sampling steps, measured with `cf_assistant.eval.bench.run_bench` on the split.

The JSON files hold numbers, the checkpoint path and the command; only fig3 holds code text (of
the given utterance). Matplotlib runs with the Agg backend. This script trains nothing.
"""

from __future__ import annotations

import argparse
import json
import shlex
import statistics
import sys
import time
from pathlib import Path

HEADLINE = {"cf": "execution_match", "bash": "template_match", "python": "exact_match"}
DEFAULT_UTTERANCE = "highlight cells > 5"  # the README's first example, not a benchmark record


def _loaded(checkpoint: Path):
    from cf_assistant.diffusion import checkpoint as ckpt
    from cf_assistant.diffusion.runtime import set_threads

    set_threads()
    return ckpt.load(checkpoint)


def trajectories(lo, utterances: list[str], steps: int, seed: int = 0) -> dict:
    """Per utterance (k = 1), the decoded text after every step: via D+H and via nearest embedding.

    Utterances are prepared as the diffusion generator prepares them (comparison symbols spelled
    out), so the final texts are the generator's first candidates before literal substitution.

    Returns {"timesteps": [...], "decoded": [[text per step] per utterance], "grounded": [...],
    "final": [final output per utterance]}."""
    import torch

    from cf_assistant.diffusion import sampler
    from cf_assistant.diffusion.utterance import prepare

    utterances = [prepare(u, lo.config.lang) for u in utterances]
    decoded: list[list[str]] = []
    grounded: list[list[str]] = []
    timesteps: list[int] = []
    tok, model = lo.tokenizer, lo.model

    def trace(t, x0_hat, E_s, E_pad):
        if len(timesteps) < steps:
            timesteps.append(int(t))
        ids = model.logits(model.decode(x0_hat, E_s, E_pad)).argmax(-1)
        near = model.nearest_tokens(x0_hat)
        decoded.append([tok.decode(row.tolist()) for row in ids])
        grounded.append([tok.decode(row.tolist()) for row in near])

    with torch.inference_mode():
        outs = sampler.generate(model, lo.scheduler, tok, utterances, 1, steps, seed, trace=trace)
    by_utt = lambda per_step: [[s[i] for s in per_step] for i in range(len(utterances))]  # noqa: E731
    return {"timesteps": timesteps, "decoded": by_utt(decoded), "grounded": by_utt(grounded),
            "final": [o[0].code for o in outs]}


def figure2(lo, records, steps: int, out: Path, batch: int = 33) -> dict:
    from cf_assistant.eval.metrics import normalised_edit_distance as ned

    curves = {"decoded": [], "grounded": []}
    timesteps: list[int] = []
    for s in range(0, len(records), batch):
        chunk = [r.utterance for r in records[s : s + batch]]
        tr = trajectories(lo, chunk, steps)
        timesteps = tr["timesteps"]
        for how in curves:
            for per_step, final in zip(tr[how], tr["final"]):
                curves[how].append([ned(text, final) for text in per_step])
    mean = {how: [round(statistics.fmean(c[i] for c in rows), 4) for i in range(len(timesteps))]
            for how, rows in curves.items()}
    data = {"n": len(records), "steps": steps, "timesteps": timesteps,
            "mean_normalised_edit_distance": mean}
    _plot2(data, out / "fig2.png")
    return data


def _plot2(data: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    x = list(range(1, len(data["timesteps"]) + 1))
    fig, ax = plt.subplots(figsize=(6, 3.6))
    m = data["mean_normalised_edit_distance"]
    ax.plot(x, m["decoded"], marker="o", ms=3, label="decoded through D + H (CodeFusion)")
    ax.plot(x, m["grounded"], marker="s", ms=3, label="nearest vocabulary embedding (grounding)")
    ax.set_xlabel(f"denoising step (of {data['steps']})")
    ax.set_ylabel("normalised edit distance to final output")
    ax.set_title(f"Figure 2: intermediate vs final code (n = {data['n']})")
    ax.set_ylim(0, 1.05)
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def figure3(lo, utterance: str, steps: int) -> dict:
    """One utterance's trajectory: the code decoded at every step, both ways, and the final code."""
    from cf_assistant.diffusion import literals
    from cf_assistant.diffusion.utterance import prepare

    tr = trajectories(lo, [utterance], steps)
    lits = literals.extract(prepare(utterance, lo.config.lang)) if lo.config.train.literals else None
    fill = (lambda c: literals.from_placeholders(c, lits)) if lits else (lambda c: c)  # noqa: E731
    rows = [{"step": i + 1, "t": t, "decoded": d, "grounded": g}
            for i, (t, d, g) in enumerate(zip(tr["timesteps"], tr["decoded"][0], tr["grounded"][0]))]
    return {"utterance": utterance, "steps": steps, "final": fill(tr["final"][0]), "rows": rows}


def figure6(checkpoint: Path, lang: str, data: Path, split: str, steps_list: list[int],
            out: Path, limit: int | None, k: int = 5) -> dict:
    from cf_assistant.eval.bench import run_bench

    metric = HEADLINE[lang]
    points = []
    for steps in steps_list:
        res = run_bench(lang, split=split, generator="diffusion", data=data, k=k, limit=limit,
                        embedding_diversity=False, progress=False, checkpoint=checkpoint,
                        steps=steps)
        m = res["metrics"]
        points.append({"steps": steps, **{f"top{n}": m[metric][f"top{n}"] for n in (1, 3, 5)},
                       "validity_raw_top1": m["validity_raw_top1"],
                       "latency_ms_median": m["latency_ms"]["median"],
                       "latency_ms_p90": m["latency_ms"]["p90"], "n": res["n"],
                       "command": res["command"]})
        print(f"fig6: steps {steps}: {points[-1]}", file=sys.stderr)
    result = {"lang": lang, "split": split, "metric": metric, "k": k, "points": points}
    _plot6(result, out / "fig6.png")
    return result


def _plot6(data: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pts = data["points"]
    x = [p["steps"] for p in pts]
    fig, (a, b) = plt.subplots(1, 2, figsize=(10, 3.6))
    for n in (1, 3, 5):
        a.plot(x, [p[f"top{n}"] for p in pts], marker="o", label=f"top-{n}")
    a.set_xscale("log")
    a.set_xlabel("sampling steps")
    a.set_ylabel(f"{data['metric'].replace('_', ' ')} (%)")
    a.set_title(f"Figure 6: {data['lang']} {data['split']} (n = {pts[0]['n']})")
    a.grid(alpha=0.3)
    a.legend()
    b.plot(x, [p["latency_ms_median"] for p in pts], marker="o", color="tab:red")
    b.set_xscale("log")
    b.set_yscale("log")
    b.set_xlabel("sampling steps")
    b.set_ylabel(f"median latency, k = {data['k']} (ms)")
    b.set_title("generation time per utterance (CPU)")
    b.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    from cf_assistant.data import load_split
    from cf_assistant.paths import BENCHMARKS_DIR, default_data_dir

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--checkpoint", type=Path, required=True)
    p.add_argument("--data", type=Path, default=None, help="benchmark file (default: the language's train.json)")
    p.add_argument("--split", default="dev")
    p.add_argument("--out", type=Path, default=BENCHMARKS_DIR / "figures")
    p.add_argument("--only", default="fig2,fig3,fig6")
    p.add_argument("--steps-list", default="1,2,5,10,20,50,100")
    p.add_argument("--trace-steps", type=int, default=50, help="sampling steps for figures 2 and 3")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--utterance", default=DEFAULT_UTTERANCE)
    args = p.parse_args(argv)
    lo = _loaded(args.checkpoint)
    lang = lo.config.lang
    data = args.data or default_data_dir() / lang / "train.json"
    args.out.mkdir(parents=True, exist_ok=True)
    only = set(args.only.split(","))
    command = "python benchmarks/figures.py " + shlex.join(sys.argv[1:] if argv is None else argv)
    meta = {"checkpoint": str(args.checkpoint), "data": str(data), "command": command}
    for name in ("fig2", "fig3", "fig6"):
        if name not in only:
            continue
        start = time.perf_counter()
        if name == "fig2":
            records = load_split(data, args.split, lang)[0][: args.limit]
            result = figure2(lo, records, args.trace_steps, args.out)
        elif name == "fig3":
            result = figure3(lo, args.utterance, args.trace_steps)
        else:
            steps = [int(s) for s in args.steps_list.split(",")]
            result = figure6(args.checkpoint, lang, data, args.split, steps, args.out, args.limit)
        result.update(meta, wall_s=round(time.perf_counter() - start, 1))
        (args.out / f"{name}.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n",
                                               encoding="utf-8")
        print(f"wrote {args.out / name}.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
