"""The assistant API that every door calls: the CLI, the HTTP server and the language server.

    a = Assistant(seed=0, examples="auto", checkpoints=None)   # models load lazily per language
    a.load("cf")                                   # load and warm one language (server start-up)
    r = a.suggest(SuggestRequest("highlight cells > 5", lang="cf", k=5, values=["3", "7"]))
    r.to_json()                                    # what `cfa suggest --json` prints
    a.suggest_many([req1, req2])                   # one model call per (language, k) group
    a.sample("cf", texts, k); a.finish(req, samples)   # the model core, and everything after it
    a.rule("GreaterThan(5)", values=["3", "7"])    # what `cfa rule --json` prints
    a.validate("book.xlsx")                        # the rules `cfa validate --json` lists
    a.apply("book.xlsx", "GreaterThan(5)", "B2:B50", "new.xlsx")   # writes a NEW workbook

Errors are the library's own (`cf_assistant.errors`): `BadInputError` for input that cannot be used,
`NoValidCandidateError` (carrying `.result`) when no candidate is valid. `suggest_many` never
raises for one bad request: that request's place in the answer holds its error.

This module holds no language's knowledge (that is the Language's) and no printing (the doors').
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Sequence

from cf_assistant.assistant import pipeline
from cf_assistant.assistant.inputs import Data, check_counts, parse_today, values_data
from cf_assistant.errors import BadInputError, CfaError
from cf_assistant.languages import get_language

DEFAULT_FILL = "FFC7CE"  # Excel's "light red fill", what `apply` formats the cells with
MAX_SEED = 2**32 - 1  # the sampler's and numpy's seeds are unsigned 32-bit


@dataclass(frozen=True)
class SuggestRequest:
    """One request: the text, its language, how many candidates, and the user's data (`values`,
    or a prepared `data` from `assistant.inputs`, CF only); `today` pins date rules (a date or
    YYYY-MM-DD)."""

    text: str
    lang: str = "cf"
    k: int = 5
    values: Sequence[str] | None = None
    today: date | str | None = None
    data: Data | None = None


def check_seed(seed: int) -> int:
    """The seed, or BadInputError when it is not an integer in 0..2**32-1."""
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
        raise BadInputError(f"--seed must be a whole number between 0 and {MAX_SEED} (got {seed})")
    return seed


class Assistant:
    """Suggests, describes, checks and writes rules; one lazily loaded model per language."""

    def __init__(self, seed: int = 0, examples: str = "auto",
                 checkpoints: dict[str, str | Path] | None = None, steps: int | None = None,
                 engine: str | None = None, precision: str | None = None):
        """`examples`: auto, after, first or off (`cfa suggest --examples`); `checkpoints`:
        {language: model folder} for languages not to use the shipped model; `steps`: sampling
        steps (None: each model's own); `engine`: auto, numpy or torch (None: $CFA_ENGINE, else
        auto: numpy where it runs the checkpoint); `precision`: fp32 or bf16, the torch engine's arithmetic
        (None: $CFA_PRECISION, else fp32; `generators.diffusion`)."""
        self.seed = check_seed(seed)
        self._examples = pipeline.example_options(examples)
        check_counts(1, steps)
        self.steps = steps
        self.engine, self.precision = engine, precision
        self.checkpoints = {get_language(k).name: Path(v) for k, v in (checkpoints or {}).items()}
        self._suggesters: dict[str, pipeline.Suggester] = {}

    def suggester(self, lang: str) -> pipeline.Suggester:
        """The pipeline of one language (created on first use; its model loads on first need)."""
        name = get_language(lang).name
        if name not in self._suggesters:
            self._suggesters[name] = pipeline.Suggester(
                name, steps=self.steps, seed=self.seed, checkpoint=self.checkpoints.get(name),
                engine=self.engine, precision=self.precision, **self._examples)
        return self._suggesters[name]

    def load(self, lang: str) -> None:
        """Load one language's model and example finder and run it once, so that the first
        request is as fast as the later ones. The sampler seeds every call, so this changes no
        later answer."""
        suggester = self.suggester(lang)
        suggester.source.generate_scored(["warm up"], 1)
        suggester.examples  # noqa: B018 - builds the example finder on first use

    def suggest(self, req: SuggestRequest) -> pipeline.SuggestResult:
        """Ranked, validated candidates for one request (`cfa suggest`)."""
        return self.suggester(req.lang).suggest(
            req.text, k=req.k, values=req.values, data=req.data, today=_today(req.today))

    def suggest_valid(self, req: SuggestRequest) -> pipeline.SuggestResult:
        """`suggest(req)`'s valid candidates, without running the model where they are known
        before it: the language puts its corpus examples first (Bash, Python) and `finish` with
        no samples (the examples alone) already gives req.k valid ones, so the model's answers,
        which could only follow them, are cut. The result lists no invalid model samples (for a
        door that shows valid candidates only: the language server). On the first 50 dev
        requests of Bash and Python the candidates equal `suggest`'s, and the examples fill k = 5
        for 1,026 of the 1,027 Bash and all 250 Python dev requests."""
        alone = None
        try:
            if self.suggester(req.lang).examples_order == "first":
                alone = self.finish(req, [])
        except CfaError:  # e.g. no valid example: suggest decides (and says why when it fails too)
            alone = None
        if alone is not None and sum(c.valid for c in alone.candidates) >= req.k:
            return alone
        return self.suggest(req)

    def suggest_many(self, reqs: Sequence[SuggestRequest]) -> list[pipeline.SuggestResult | CfaError]:
        """One answer per request, in order: its result, or the CfaError it raised. Requests of one
        language and k go to the model as one batch."""
        answers: list[Any] = [None] * len(reqs)
        groups: dict[tuple[str, int], list[tuple[int, str, Data | None, date | None]]] = {}
        for i, req in enumerate(reqs):
            try:
                text, data, today = self._prepare(req)
            except CfaError as exc:
                answers[i] = exc
                continue
            groups.setdefault((get_language(req.lang).name, req.k), []).append((i, text, data, today))
        for (lang, k), members in groups.items():
            self._answer_group(lang, k, members, answers)
        return answers

    def _prepare(self, req: SuggestRequest) -> tuple[str, Data | None, date | None]:
        text, data = self.suggester(req.lang).prepare(req.text, req.k, values=req.values, data=req.data)
        return text, data, _today(req.today)

    def _answer_group(self, lang: str, k: int, members: list, answers: list) -> None:
        start = time.perf_counter()
        suggester = self.suggester(lang)
        try:
            load_ms = suggester._load()
            model_start = time.perf_counter()
            samples = self.sample(lang, [suggester.model_text(text, data)
                                         for _, text, data, _ in members], k)
        except CfaError as exc:
            for i, *_ in members:
                answers[i] = exc
            return
        timing = {"load": load_ms, "model": (time.perf_counter() - model_start) * 1000}
        for (i, text, data, today), got in zip(members, samples):
            try:
                answers[i] = suggester.finish(text, k, got, data, today, timing, start)
            except CfaError as exc:
                answers[i] = exc

    def sample(self, lang: str, texts: Sequence[str], k: int) -> list[pipeline.Samples]:
        """The model core only: k (code, score) samples per text, all texts as one batch (each a
        list, `pipeline.Samples`, that also carries the batch's example query for `finish`)."""
        check_counts(k, None)
        return self.suggester(lang).sample(list(texts), k)

    def finish(self, req: SuggestRequest, samples: list[tuple[str, float]]) -> pipeline.SuggestResult:
        """Everything after the model for `req` and its `samples` (from `sample`): repairs,
        validation, execution on the data, ranking and examples."""
        text, data, today = self._prepare(req)
        return self.suggester(req.lang).finish(text, req.k, samples, data, today)

    def rule(self, rule_text: str, values: Sequence[str] | None = None,
             today: date | str | None = None, data: Data | None = None) -> dict:
        """One CF rule described (`cfa rule --json`): canonical, type, formula, explanation and
        the 0-based rows of `values` (or of `data`'s column) it formats."""
        from cf_assistant.languages.cf.facts import describe

        if values is not None and data is not None:
            raise BadInputError("give the values one way: values or data, not both")
        if values is not None:
            data = values_data(list(values))
        if data is None:
            return describe(rule_text, today=_today(today))
        return describe(rule_text, data.table, data.target, _today(today))

    def validate(self, path: str | Path, today: date | str | None = None) -> list[dict]:
        """Every conditional-formatting rule of a workbook (`cfa validate --json`'s "rules")."""
        from cf_assistant.languages.cf.workbook import check_rules

        return check_rules(path, _today(today))

    def apply(self, src: str | Path, rule: str, range_ref: str, out: str | Path,
              sheet: str | None = None, *, fill: str = DEFAULT_FILL, in_place: bool = False) -> Path:
        """Write the CF `rule` over `range_ref` of `sheet` (default: the active one) into a NEW
        workbook `out`, a copy of `src`; `src` is never modified and `out` never overwritten
        (`in_place=True`, for `cfa suggest --in-place` only, writes into `src` itself)."""
        from openpyxl.styles import PatternFill

        from cf_assistant.languages.cf import workbook as wb
        from cf_assistant.languages.cf.parser import parse

        src, out = Path(src), Path(src) if in_place else Path(out)
        if not in_place and (out.exists() or out.resolve() == src.resolve()):
            raise BadInputError(f"{out} already exists; choose a new file (it is never overwritten)")
        parsed = parse(rule)
        if sheet is None:
            sheet = wb.open_workbook(src).active.title
        solid = PatternFill(start_color=fill, end_color=fill, fill_type="solid")
        return wb.write_rule(src, out, sheet, range_ref, parsed, fill=solid, overwrite=in_place)


def _today(value: date | str | None) -> date | None:
    return parse_today(value) if isinstance(value, str) else value
