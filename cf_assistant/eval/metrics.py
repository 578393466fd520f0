"""The paper's metrics (../shared/docs/EVALUATION.md), computed from candidates and references.

Match metrics, each judged per candidate; top-k = any of the first k candidates matches, and
`returned` = the match of the first *valid* candidate (what the assistant would return):

- execution match, for a language with a `judge` (CF: `languages.cf.judge`): both rules run on
  the record's table; equal sets of formatted rows match; records without data rows are judged
  on synthetic probes only, and the probe figure is also reported for every record. A reference
  that does not execute is judged by equal canonical text instead, and counted.
- exact match (`exact_match`): equal canonical forms of the language module (CF canonical printer;
  Bash whitespace-normalised; Python equal tokenize token sequences, quote style normalised).
- template match (`template_match`, a language with a `template`, Bash): equal NL2Bash templates.
- CodeBERTScore (`CodeBertScorer`, Python): BERTScore F1 from a local model folder.

Other figures: syntactic validity of the raw top-1 and of the returned top-1 (some candidate among
the k is valid); diversity over the top-5 of each record; corpus BLEU-4 of the top-1 (Python);
latency and peak memory summaries. Every score is a percentage (0-100).

Which metrics a language reports is its `match_metrics`; what differs per language is a method of
the language (`judge`, `template`, `tokens`), so this module never tests a language's name. It
never runs the code it judges and knows nothing of generators or of the command line.
"""

from __future__ import annotations

import math
import re
import resource
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from cf_assistant.data import REFERENCE_DATE
from cf_assistant.errors import BadInputError
from cf_assistant.languages import get_language
from cf_assistant.retrieval.nearest import embed_texts
TOP_KS = (1, 3, 5)


def percent(hits: Iterable[bool | float]) -> float | None:
    values = [float(h) for h in hits]
    return round(100.0 * sum(values) / len(values), 2) if values else None


# ------------------------------------------------------------------------------ other matches


def exact_match(lang: str, reference: str, candidate: str) -> bool:
    language = get_language(lang)
    return language.canonical(candidate.strip()) == language.canonical(reference.strip())


def template_match(reference: str, candidate: str, lang: str = "bash") -> bool:
    template = get_language(lang).template
    return template(candidate) == template(reference)


def is_valid(lang: str, code: str) -> bool:
    return bool(code and code.strip()) and get_language(lang).validate(code).valid


def returned_index(validity: Sequence[bool]) -> int | None:
    """The index of the candidate the assistant returns: the first valid one."""
    return next((i for i, ok in enumerate(validity) if ok), None)


# ------------------------------------------------------------------------------ diversity

_CODE_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def code_tokens(lang: str, code: str) -> list[str]:
    """Tokens for n-grams and BLEU: the language's own (`tokens`, Python's tokenize), else words and
    single symbols."""
    tokens = getattr(get_language(lang), "tokens", None)
    return list(tokens(code)) if tokens is not None else _CODE_TOKEN.findall(code)


def distinct_ngrams(token_lists: Sequence[Sequence[str]], n: int) -> float | None:
    """Distinct n-grams / all n-grams, pooled over the candidates (None when there are none)."""
    grams = [tuple(t[i : i + n]) for t in token_lists for i in range(len(t) - n + 1)]
    return len(set(grams)) / len(grams) if grams else None


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, one numpy row per character of the longer string."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    codes_a = [ord(ch) for ch in a]
    codes_b = np.array([ord(ch) for ch in b])
    cols = np.arange(len(b) + 1)
    prev = cols.copy()
    for i, ch in enumerate(codes_a):
        t = np.empty_like(prev)
        t[0] = i + 1
        t[1:] = np.minimum(prev[1:] + 1, prev[:-1] + (codes_b != ch))
        prev = np.minimum.accumulate(t - cols) + cols  # insertions: d[j] = min_i<=j t[i] + (j - i)
    return int(prev[-1])


def normalised_edit_distance(a: str, b: str) -> float:
    longest = max(len(a), len(b))
    return edit_distance(a, b) / longest if longest else 0.0


def _stats(values: Sequence[float]) -> dict[str, float] | None:
    if not values:
        return None
    return {"min": min(values), "max": max(values), "mean": sum(values) / len(values)}


def _mean_stats(per_record: Sequence[dict[str, float]]) -> dict[str, float | None]:
    if not per_record:
        return {"min": None, "max": None, "mean": None}
    return {k: round(float(np.mean([s[k] for s in per_record])), 4) for k in ("min", "max", "mean")}


def diversity(lang: str, candidates: Sequence[Sequence[str]], embedder=None, top: int = 5) -> dict:
    """Diversity of the top-`top` candidates of each record, averaged over records.

    `distinct_ngrams` n=1..4 pools each record's candidates; pairwise figures (normalised edit
    distance, embedding cosine similarity) take min / max / mean over the record's pairs, then the
    mean of each over the records with two or more candidates. `embedder` is a MiniLM (or None:
    no embedding figure).
    """
    tops = [[c for c in cands[:top]] for cands in candidates]
    ngrams = {}
    for n in (1, 2, 3, 4):
        values = [distinct_ngrams([code_tokens(lang, c) for c in cands], n) for cands in tops]
        values = [v for v in values if v is not None]
        ngrams[str(n)] = round(float(np.mean(values)), 4) if values else None
    multi = [cands for cands in tops if len(cands) >= 2]
    edits = [_stats([normalised_edit_distance(a, b) for a, b in combinations(c, 2)]) for c in multi]
    result = {
        "distinct_ngrams": ngrams,
        "edit_distance": _mean_stats(edits),
        "embedding_similarity": {"min": None, "max": None, "mean": None},
        "records_with_pairs": len(multi),
    }
    if embedder is not None and multi:
        texts = sorted({c for cands in multi for c in cands})
        vectors = dict(zip(texts, embed_texts(embedder, texts)))
        sims = [_stats([float(vectors[a] @ vectors[b]) for a, b in combinations(c, 2)]) for c in multi]
        result["embedding_similarity"] = _mean_stats(sims)
    return result


# ------------------------------------------------------------------------------ BLEU


def _ngram_counts(tokens: Sequence[str], n: int) -> Counter:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def corpus_bleu(references: Sequence[Sequence[str]], candidates: Sequence[Sequence[str]],
                max_n: int = 4) -> float:
    """Corpus BLEU (Papineni et al. 2002) with one reference per candidate, uniform weights and
    the brevity penalty. A precision with no matching n-gram is smoothed to 0.1 / count (Chen and
    Cherry's method 1, as NLTK's), so a tiny corpus still gets a finite score. Returns 0-100."""
    matched = [0] * max_n
    total = [0] * max_n
    ref_len = cand_len = 0
    for ref, cand in zip(references, candidates):
        ref_len += len(ref)
        cand_len += len(cand)
        for n in range(1, max_n + 1):
            r, c = _ngram_counts(ref, n), _ngram_counts(cand, n)
            matched[n - 1] += sum(min(v, r[g]) for g, v in c.items())
            total[n - 1] += max(len(cand) - n + 1, 0)
    if cand_len == 0:
        return 0.0
    precisions = [m / t if m else 0.1 / max(t, 1) for m, t in zip(matched, total)]
    bp = 1.0 if cand_len > ref_len else math.exp(1 - ref_len / cand_len)
    return round(100.0 * bp * math.exp(sum(math.log(p) for p in precisions) / max_n), 2)


# ------------------------------------------------------------------------------ CodeBERTScore


class CodeBertScorer:
    """BERTScore F1 (Zhang et al. 2020) over the token embeddings of a local encoder folder
    (CodeBERT for the paper's CodeBERTScore): last hidden layer, special tokens left out, greedy
    cosine matching, no idf weighting, no baseline rescaling."""

    def __init__(self, folder: str | Path):
        folder = Path(folder)
        if not folder.is_dir():
            raise BadInputError(f"CodeBERT model folder not found: {folder} (a local folder with "
                                "config.json, weights and tokenizer files)")
        from transformers import AutoModel, AutoTokenizer

        try:
            self.tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
            self.model = AutoModel.from_pretrained(str(folder), local_files_only=True).eval()
        except Exception as exc:  # transformers raises many kinds on a bad folder
            raise BadInputError(f"cannot load a model from {folder}: {exc}") from None
        self.folder = folder
        self._cache: dict[str, np.ndarray] = {}

    def _embed(self, code: str) -> np.ndarray:
        if code not in self._cache:
            import torch

            enc = self.tokenizer(code, return_tensors="pt", truncation=True, max_length=512,
                                 return_special_tokens_mask=True)
            special = enc.pop("special_tokens_mask")[0].bool()
            with torch.no_grad():
                hidden = self.model(**enc).last_hidden_state[0][~special]  # (L, D)
            vectors = torch.nn.functional.normalize(hidden, dim=-1).numpy()
            self._cache[code] = vectors
        return self._cache[code]

    def f1(self, reference: str, candidate: str) -> float:
        r, c = self._embed(reference), self._embed(candidate)
        if len(r) == 0 or len(c) == 0:
            return 0.0
        sim = c @ r.T  # (Lc, Lr)
        precision, recall = float(sim.max(1).mean()), float(sim.max(0).mean())
        return 0.0 if precision + recall <= 0 else 2 * precision * recall / (precision + recall)


# ------------------------------------------------------------------------------ resources


def latency_summary(ms: Sequence[float]) -> dict[str, float | None]:
    if not ms:
        return {"median": None, "p90": None, "mean": None}
    arr = np.asarray(ms, dtype=float)
    return {"median": round(float(np.median(arr)), 3), "p90": round(float(np.percentile(arr, 90)), 3),
            "mean": round(float(arr.mean()), 3)}


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (ru_maxrss: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


# ------------------------------------------------------------------------------ one split


def _topk_object(per_record: Sequence[Sequence[float]], validity: Sequence[Sequence[bool]]) -> dict:
    """{"top1", "top3", "top5", "returned_top1", "returned_top3", "returned_top5"} from per-record
    per-candidate scores (0/1 or 0..1): top-k takes the best of the first k raw candidates;
    returned top-k the best of the first k *valid* ones (what the assistant shows); a record
    without candidates scores 0."""
    out = {f"top{k}": percent(max(s[:k], default=0.0) for s in per_record) for k in TOP_KS}
    kept = [[x for x, ok in zip(s, v) if ok] for s, v in zip(per_record, validity)]
    for k in TOP_KS:
        out[f"returned_top{k}"] = percent(max(s[:k], default=0.0) for s in kept)
    return out


def judge_record(lang: str, record, cands: Sequence[str], codebert: CodeBertScorer | None = None,
                 tables: Sequence[dict | None] | None = None) -> dict:
    """Per-candidate verdicts for one record: validity and every match metric of `lang`; with
    `tables` (each candidate's column, scope and rows on a table record) the table matches."""
    language = get_language(lang)
    wanted = match_metrics(lang)
    verdict: dict[str, Any] = {"valid": [is_valid(lang, c) for c in cands]}
    verdict["exact_match"] = [exact_match(lang, record.code, c) for c in cands]
    if "execution_match" in wanted:
        judge = language.judge(record.code, record.data, REFERENCE_DATE)
        verdict["execution_match"] = [judge.on_data(c) for c in cands]
        verdict["execution_match_probes"] = [judge.on_probes(c) for c in cands]
        verdict["reference_executes"] = judge.reference_executes
    if "template_match" in wanted:
        verdict["template_match"] = [template_match(record.code, c, lang) for c in cands]
    if "codebert_score" in wanted and codebert is not None:
        verdict["codebert_score"] = [codebert.f1(record.code, c) for c in cands]
    if tables is not None and "execution_match" in verdict:
        verdict.update(table_matches(language, record, tables, verdict["execution_match"]))
    return verdict


TABLE_METRICS = ("column_match", "scope_match", "table_match", "table_scope_match")


def table_matches(language, record, tables: Sequence[dict | None], rows: Sequence[bool]) -> dict:
    """Per candidate on a table record: `column_match` (the column chosen is the record's:
    its `column` header, else the one its reference names, `language.column_named`),
    `scope_match` (cells or rows, where the record has a scope), `table_match`: right column
    and right rows (`rows`: execution match of the candidate naming its column), and
    `table_scope_match`: right column, rows and scope (where the record has a scope)."""
    header = [str(h) for h in (record.data or [[]])[0]]
    truth = record.column
    if truth is None:
        index = language.column_named(record.code)
        truth = header[index] if index is not None and index < len(header) else None
    column = [bool(t) and t["column"] == truth for t in tables]
    out: dict[str, list[bool]] = {"column_match": column}
    out["table_match"] = [c and r for c, r in zip(column, rows)]
    if record.scope is not None:
        out["scope_match"] = [bool(t) and t["scope"] == record.scope for t in tables]
        out["table_scope_match"] = [b and s for b, s in zip(out["table_match"], out["scope_match"])]
    return out


def reported_metrics(lang: str, summary: dict) -> tuple[str, ...]:
    """The match metrics of a result: the language's, then the table matches it has."""
    return match_metrics(lang) + tuple(n for n in TABLE_METRICS if n in summary)


def match_metrics(lang: str) -> tuple[str, ...]:
    """The match metrics a language reports (its `match_metrics`), in the results' order."""
    return tuple(get_language(lang).match_metrics)


def summarise(lang: str, records: Sequence, candidates: Sequence[Sequence[str]],
              verdicts: Sequence[dict], embedder=None, codebert_note: str | None = None) -> dict:
    """The metrics object of one split (without latency and memory, which the caller measures)."""
    picks = [returned_index(v["valid"]) for v in verdicts]
    metrics: dict[str, Any] = {}
    for name in match_metrics(lang):
        if name == "codebert_score" and not (verdicts and "codebert_score" in verdicts[0]):
            metrics[name] = None
            metrics["codebert_score_note"] = codebert_note or (
                "not computed: pass --codebert-model PATH (a local CodeBERT folder)")
            continue
        scores = [[float(x) for x in v[name]] for v in verdicts]
        metrics[name] = _topk_object(scores, [v["valid"] for v in verdicts])
    metrics["validity_raw_top1"] = percent(bool(v["valid"][:1] and v["valid"][0]) for v in verdicts)
    metrics["validity_returned_top1"] = percent(i is not None for i in picks)
    metrics["diversity"] = diversity(lang, candidates, embedder)
    if "codebert_score" in match_metrics(lang):  # BLEU-4 beside CodeBERTScore, as the paper
        refs = [code_tokens(lang, r.code) for r in records]
        tops = [code_tokens(lang, c[0]) if c else [] for c in candidates]
        metrics["bleu4"] = corpus_bleu(refs, tops)
    if "execution_match" in match_metrics(lang):
        metrics["references_not_executable"] = sum(not v["reference_executes"] for v in verdicts)
    for name in TABLE_METRICS:  # over the table records only
        judged = [v for v in verdicts if name in v]
        if judged:
            metrics[name] = _topk_object([[float(x) for x in v[name]] for v in judged],
                                         [v["valid"] for v in judged])
            metrics[name]["n"] = len(judged)
    return metrics
