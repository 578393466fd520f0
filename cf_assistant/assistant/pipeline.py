"""The assistant's main job: from an utterance to ranked, validated candidates.

`Suggester(lang).suggest(utterance, k=5, values=...)` runs the pipeline: check the input; ask
the candidate source for k candidates as one batch; merge those that share a canonical form
(keeping the best score); validate each; for CF, parse the rule, explain it, give its native Excel
rule type and formula, and run it on the user's data (a list of values or a table and a target
column); rank (see `cf_assistant.assistant.ranking`). Valid candidates are the answers; invalid ones are kept
apart in `SuggestResult.invalid`. With `examples` on, valid codes of the nearest training
requests (`cf_assistant.retrieval.examples`, origin "example") join the answers, in one of two orders
(`EXAMPLE_ORDERS`): "after" fills the slots the model leaves free (fewer than k valid answers)
after all of the model's answers; "first" puts up to k examples before the model's answers, which
fill what the examples leave. The default is the model's own (`source.examples_order`, from its
config; "after" for a source without one): "first" where the model was measured weaker than the
examples on dev (the shipped Bash and Python models), "after" for CF. When no answer is left,
`NoValidCandidateError` is raised and carries the result (`exc.result`) so that a caller can still
show the invalid ones.

The candidate source is anything with `generate_scored(utterances, k) -> [[(code, score)]]`.
By default it is the diffusion model shipped for the language, created on first use by the
module-level `source_factory(lang, checkpoint, steps, seed)`; tests replace that function (the
one hook for injecting a fake model). The example finder (anything with `nearest(utterance, k)`)
is given, or with `examples=True` created on first need by `example_factory(lang, source)`.
Generated code is never executed: Bash and Python are only parsed, and CF rules are evaluated by
the project's own executor.

The user's data comes as `Data` (a table, the target column, the text shown per row and where
the cells are): `values_data`, `read_csv_column` and `workbook_data` build it from pasted values,
a CSV file or a workbook range (the last through the CF workbook module, imported only then).

This module knows nothing of the model's insides, of the command line, or of how workbooks are
opened and written.
"""

from __future__ import annotations

import csv
import math
import re
import time
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Protocol, Sequence

from cf_assistant.diffusion import literals
from cf_assistant.errors import BadInputError, CfaError, NoValidCandidateError
from cf_assistant.assistant.ranking import Evidence, Merged, dedupe, execution_evidence, rank

EXAMPLE_ORDERS = ("after", "first")
EXAMPLE_CHOICES = ("auto", *EXAMPLE_ORDERS, "off")  # `--examples` of cfa suggest and cfa bench
MAX_UTTERANCE_CHARS = 1000  # longer text is refused: the model was trained on short requests
MAX_K = 64  # candidates per request (one batch)
MAX_STEPS = 1200  # sampling steps: the noise schedule's T
MAX_VALUES = 100_000  # data rows accepted for the preview
JUNK_FRACTION = 0.1  # more than this share of non-printable characters = binary junk
_KEEP_CONTROLS = {"\t", "\n", "\r"}


class CandidateSource(Protocol):
    def generate_scored(self, utterances: list[str], k: int) -> list[list[tuple[str, float]]]:
        """k raw candidates (code, score; higher is better) per utterance, as one batch."""
        ...


def source_factory(lang: str, checkpoint: Path | None, steps: int | None, seed: int) -> CandidateSource:
    """The shipped diffusion model for `lang` (the default candidate source); tests replace this."""
    from cf_assistant.generators.diffusion import DiffusionGenerator

    options: dict[str, Any] = {"lang": lang, "checkpoint": checkpoint, "seed": seed}
    if steps is not None:
        options["steps"] = steps
    return DiffusionGenerator(**options)


def example_options(choice: str) -> dict[str, Any]:
    """The Suggester's `examples` and `examples_order` for an `--examples` choice: auto (the
    model's order), after, first or off; BadInputError for anything else."""
    if choice not in EXAMPLE_CHOICES:
        raise BadInputError(f"--examples must be auto, after, first or off (got '{choice}')")
    return {"examples": choice != "off", "examples_order": choice if choice in EXAMPLE_ORDERS else None}


def example_factory(lang: str, source: Any) -> Any:
    """The corpus example finder for `lang` (None without training records); see `examples`."""
    from cf_assistant.retrieval.examples import finder_for

    return finder_for(lang, source)


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Candidate:
    """One distinct candidate, after validation, execution and ranking."""

    code: str  # CF: the canonical form; Bash, Python: the best-scoring raw spelling
    valid: bool
    score: float  # the best model score among the samples merged into this candidate
    rank: int = 0  # 1-based position among the answers (or among the invalid ones)
    count: int = 1  # samples merged into this candidate
    variants: tuple[str, ...] = ()  # the raw spellings the model produced
    explanation: str | None = None  # plain English (CF)
    formatted: tuple[int, ...] | None = None  # 0-based data rows formatted, when data was given
    evidence: Evidence = Evidence.INFORMATIVE
    native_type: str | None = None  # the Excel rule type it is written as (CF)
    formula: str | None = None  # the equivalent Excel formula (CF)
    diagnostics: tuple[Any, ...] = ()  # languages.Diagnostic, for invalid candidates
    execution_error: str | None = None  # why it could not run on the given data
    faithful: bool = True  # keeps to the texts, numbers and comparison the user named (`_faithful`)
    origin: str = "model"  # or a repair of a model candidate (see `_repairs`), or "example"
    example_of: str | None = None  # an example's training request
    order: int = 0  # the source's own rank of it, for a source that orders its answers (else 0)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "valid": self.valid,
            "score": None if math.isnan(self.score) else round(self.score, 6),
            "explanation": self.explanation,
            "formatted": list(self.formatted) if self.formatted is not None else None,
            "rank": self.rank,
            "count": self.count,
        }
        if self.native_type is not None or self.formula is not None:
            out["type"], out["formula"] = self.native_type, self.formula
        if self.origin != "model":
            out["origin"] = self.origin
        if self.example_of is not None:
            out["example_of"] = self.example_of
        if self.execution_error:
            out["execution_error"] = self.execution_error
        if self.diagnostics:
            out["diagnostics"] = [_diagnostic_json(d) for d in self.diagnostics]
        return out


def _diagnostic_json(d: Any) -> dict[str, Any]:
    return {"code": d.code, "message": d.message, "line": d.line, "column": d.column}


@dataclass(frozen=True)
class Data:
    """The user's column: a CF table, the target column, and the text shown for each data row."""

    table: Any  # cf_assistant.languages.cf.values.Table
    target: int
    labels: tuple[str, ...]
    range_ref: str | None = None  # where the cells are in a sheet (e.g. "B2:B50"), if known
    sheet: str | None = None  # the workbook sheet the cells come from


@dataclass(frozen=True)
class SuggestResult:
    lang: str
    utterance: str
    k: int
    candidates: tuple[Candidate, ...]  # valid, ranked, best first
    invalid: tuple[Candidate, ...]  # never answers; listed apart
    timing_ms: dict[str, float] = field(default_factory=dict)  # load, model, total
    data: Data | None = None

    def to_json(self, show_invalid: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "lang": self.lang,
            "utterance": self.utterance,
            "candidates": [c.to_json() for c in self.candidates],
            "timing_ms": self.timing_ms,
        }
        if show_invalid:
            out["invalid"] = [c.to_json() for c in self.invalid]
        return out


# --------------------------------------------------------------------------- input checks


def check_utterance(text: str) -> str:
    """The utterance without surrounding whitespace, or BadInputError saying what is wrong."""
    if not isinstance(text, str):
        raise BadInputError("the request must be text")
    if "\x00" in text or _junk_share(text) > JUNK_FRACTION:
        raise BadInputError("the request looks like binary data, not text; describe the rule in words")
    stripped = text.strip()
    if not stripped:
        raise BadInputError("the request is empty; describe the rule, e.g. \"highlight cells > 5\"")
    if len(stripped) > MAX_UTTERANCE_CHARS:
        raise BadInputError(
            f"the request has {len(stripped):,} characters; the limit is {MAX_UTTERANCE_CHARS:,}"
            " — describe one rule in a sentence or two"
        )
    return stripped


def _junk_share(text: str) -> float:
    if not text:
        return 0.0
    junk = sum(1 for ch in text if _is_junk(ch))
    return junk / len(text)


def _is_junk(ch: str) -> bool:
    if ch in _KEEP_CONTROLS:
        return False
    return ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn")


def check_counts(k: int, steps: int | None) -> None:
    if not 1 <= k <= MAX_K:
        raise BadInputError(f"-k must be between 1 and {MAX_K} (got {k})")
    if steps is not None and not 1 <= steps <= MAX_STEPS:
        raise BadInputError(f"--steps must be between 1 and {MAX_STEPS} (got {steps})")


def parse_values(text: str) -> list[str]:
    """`"3,7,,abc"` -> ["3", "7", "", "abc"]; CSV quoting allowed (`'"1,200",7'`)."""
    if "\x00" in text or _junk_share(text) > JUNK_FRACTION:
        raise BadInputError("--values looks like binary data; give comma-separated values")
    if "\n" in text.strip("\r\n") or "\r" in text.strip("\r\n"):
        raise BadInputError("--values must be one line of comma-separated values")
    try:
        rows = list(csv.reader([text.strip("\r\n")], strict=True))
    except csv.Error as exc:
        raise BadInputError(f"--values is not a comma-separated list ({exc}); quote values with commas") from None
    values = rows[0] if rows else []
    if not values or (len(values) == 1 and not values[0].strip()):
        raise BadInputError("--values is empty; give comma-separated values, e.g. \"3,7,,abc\"")
    if len(values) > MAX_VALUES:
        raise BadInputError(f"--values has {len(values):,} values; the limit is {MAX_VALUES:,}")
    return values


def values_data(values: Sequence[str]) -> Data:
    """A one-column table (header "Value") typed the way Excel types pasted text."""
    from cf_assistant.languages.cf.values import table_from_records

    table = table_from_records([["Value"], *([v] for v in values)])
    return Data(table=table, target=0, labels=tuple(values), range_ref=f"A2:A{len(values) + 1}")


def read_csv_column(path: str | Path, column: str) -> Data:
    """The column headed `column` (or its 0-based index) of a CSV file with a header row."""
    rows = _read_csv_rows(Path(path))
    header = rows[0]
    target = _column_index(header, column, path)
    width = len(header)
    body = [_fit(row, width) for row in rows[1:]]
    if len(body) > MAX_VALUES:
        raise BadInputError(f"{path} has {len(body):,} data rows; the limit is {MAX_VALUES:,}")
    from cf_assistant.languages.cf.values import table_from_records

    table = table_from_records([header, *body])
    letter = _column_letter(target)
    return Data(table, target, tuple(r[target] for r in body), f"{letter}2:{letter}{len(body) + 1}")


def _read_csv_rows(path: Path) -> list[list[str]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BadInputError(f"no such CSV file: {path}") from None
    except IsADirectoryError:
        raise BadInputError(f"{path} is a folder; give a CSV file") from None
    if b"\x00" in raw:
        raise BadInputError(f"{path} is not a text CSV file (it holds binary data)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInputError(f"{path} is not UTF-8 text; save the CSV as UTF-8") from None
    try:
        rows = [row for row in csv.reader(text.splitlines(), strict=True) if row]
    except csv.Error as exc:
        raise BadInputError(f"{path} is not valid CSV ({exc})") from None
    if not rows:
        raise BadInputError(f"{path} is empty; it needs a header row and data rows")
    return rows


def _column_index(header: list[str], column: str, path: Any) -> int:
    names = [h.strip() for h in header]
    if column.strip() in names:
        return names.index(column.strip())
    lowered = [n.lower() for n in names]
    if column.strip().lower() in lowered:
        return lowered.index(column.strip().lower())
    if column.strip().isdigit() and int(column) < len(names):
        return int(column)
    raise BadInputError(f"{path} has no column '{column}' (columns: {', '.join(names)})")


def _fit(row: list[str], width: int) -> list[str]:
    return (row + [""] * width)[:width]


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def workbook_data(path: str | Path, range_ref: str, sheet: str | None = None) -> Data:
    """The cells of a one-column `range_ref` of a workbook sheet (default: the active sheet).

    The table holds every sheet column from A (so that `c[i]` is sheet column i) over the range's
    rows, cut at the sheet's last used row; its header is the row above the range (or the column
    letters). A range outside the sheet's used area is refused: there is nothing to preview.
    """
    from cf_assistant.languages.cf import workbook as wb
    from cf_assistant.languages.cf.values import Table

    book = wb.open_workbook(path)
    ws = _sheet(book, sheet)
    min_col, min_row, max_col, max_row = wb.bounds(range_ref)
    if min_col != max_col:
        raise BadInputError(f"--range {range_ref} spans several columns; give one column, e.g. B2:B50")
    used = f"A1:{_column_letter(ws.max_column - 1)}{ws.max_row}"
    if min_col > ws.max_column or min_row > ws.max_row:
        raise BadInputError(f"--range {range_ref} lies outside the data of sheet '{ws.title}' ({used})")
    last = min(max_row, ws.max_row)
    width = ws.max_column
    rows = [[wb.cell_value(c) for c in row] for row in ws.iter_rows(min_row, last, 1, width)]
    header = _header(ws, min_row, width)
    labels = tuple(cell_text(r[min_col - 1]) for r in rows)
    return Data(Table(header, rows), min_col - 1, labels, range_ref.replace("$", "").upper(), ws.title)


def _sheet(book: Any, name: str | None) -> Any:
    if name is None:
        return book.active
    if name not in book.sheetnames:
        raise BadInputError(f"no sheet '{name}' (sheets: {', '.join(book.sheetnames)})")
    return book[name]


def _header(ws: Any, first_row: int, width: int) -> list[str]:
    if first_row == 1:
        return [_column_letter(i) for i in range(width)]
    cells = next(ws.iter_rows(first_row - 1, first_row - 1, 1, width))
    return [cell_text(c.value) if c.value is not None else _column_letter(i) for i, c in enumerate(cells)]


def parse_today(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadInputError(f"--today must be a date as YYYY-MM-DD (got '{text}')") from None


# --------------------------------------------------------------------------- the pipeline


class Suggester:
    """Suggests code for utterances in one language; the candidate source is created lazily."""

    def __init__(
        self,
        lang: str,
        source: CandidateSource | None = None,
        steps: int | None = None,
        seed: int = 0,
        checkpoint: str | Path | None = None,
        examples: Any = None,
        examples_order: str | None = None,
    ):
        """`examples`: an example finder, True (the default finder, created on first need), or
        None/False (the model's answers only); `examples_order`: "after" or "first" (None: the
        source's `examples_order`, else "after")."""
        from cf_assistant.languages import get_language

        self.language = get_language(lang)  # UnknownLanguageError for a bad name
        self.lang = self.language.name
        check_counts(1, steps)
        self.steps, self.seed = steps, seed
        self.checkpoint = Path(checkpoint) if checkpoint is not None else None
        self._source = source
        self._examples = examples if examples is not True else None
        self._want_examples = examples is True
        if examples_order is not None and examples_order not in EXAMPLE_ORDERS:
            raise BadInputError(f"examples order must be {' or '.join(EXAMPLE_ORDERS)}, not '{examples_order}'")
        self._order = examples_order

    @property
    def source(self) -> CandidateSource:
        if self._source is None:
            self._source = source_factory(self.lang, self.checkpoint, self.steps, self.seed)
        return self._source

    def suggest(
        self,
        utterance: str,
        k: int = 5,
        values: Sequence[str] | None = None,
        table: Any = None,
        target: int = 0,
        today: date | None = None,
        data: Data | None = None,
    ) -> SuggestResult:
        """Ranked candidates for `utterance`; run on `values`, or on `table`'s column `target`."""
        start = time.perf_counter()
        text = check_utterance(utterance)
        check_counts(k, None)
        data = self._data(values, table, target, data)
        load_ms = self._load()
        model_start = time.perf_counter()
        samples = self.source.generate_scored([text], k)[0]
        model_ms = (time.perf_counter() - model_start) * 1000
        samples, repaired = self._with_repairs(samples, text)
        cands = [self._candidate(m, data, today, text, repaired.get(m.code, "model"))
                 for m in dedupe(samples, self._canonical)]
        if getattr(self.source, "keeps_order", False):  # its order outranks its scores
            cands = [replace(c, order=i) for i, c in enumerate(cands)]
        ordered = rank(cands)
        answers = [c for c in ordered if c.valid]
        examples_start = time.perf_counter()
        timing = {"load": load_ms, "model": model_ms}
        if self.examples_order == "first":
            extra = self._examples_for(text, [], k, data, today)
            if extra is not None:
                answers = _merge_first(extra, answers, k, self._canonical)
        else:
            extra = self._examples_for(text, answers, k - len(answers), data, today)
            answers += extra or []
        if extra is not None:
            timing["examples"] = (time.perf_counter() - examples_start) * 1000
        answers = _numbered(answers)
        invalid = _numbered([c for c in ordered if not c.valid])
        timing["total"] = (time.perf_counter() - start) * 1000
        timing = {key: round(v, 1) for key, v in timing.items()}
        result = SuggestResult(self.lang, text, k, answers, invalid, timing, data)
        if not answers:
            raise _no_valid(result, len(cands))
        return result

    @property
    def examples(self) -> Any:
        """The example finder, created on first use when `examples=True` (None: no examples)."""
        if self._want_examples:
            self._want_examples = False
            self._examples = example_factory(self.lang, self.source)
        return self._examples or None

    @property
    def examples_order(self) -> str:
        """Where examples go: the order given, else the source's, else "after"."""
        order = self._order or getattr(self.source, "examples_order", None)
        return order if order in EXAMPLE_ORDERS else "after"

    def _examples_for(self, text: str, answers: list[Candidate], free: int, data: Data | None,
                      today: date | None) -> list[Candidate] | None:
        """Up to `free` valid corpus examples, nearest first, none that shares a canonical form
        with one of `answers`. For CF only the examples that keep to the literals and comparison
        the request names (`_faithful`, which ranks the model's answers) and write no literal of
        their own (`literals.uses_only_named`): a rule is mostly its comparison and literals, so
        another request's are wrong for this one (on dev this drops none that was right). None
        when no finder was asked for or none is needed."""
        finder = self.examples if free > 0 else None
        if finder is None:
            return None
        taken = {self._canonical(c.code) for c in answers}
        out: list[Candidate] = []
        for ex in finder.nearest(text, 2 * free + len(answers)):
            key = self._canonical(ex.code)
            if key in taken:
                continue
            taken.add(key)
            merged = Merged(key, math.nan, 0, (ex.code,), best_raw=ex.code)
            cand = self._candidate(merged, data, today, text, "example")
            if cand.valid:
                out.append(replace(cand, example_of=ex.utterance))
        if self.lang == "cf":
            out = [c for c in out if c.faithful and literals.uses_only_named(c.code, text)]
        return out[:free]

    def _load(self) -> float:
        start = time.perf_counter()
        self.source  # noqa: B018 - creates the default source on first use
        return (time.perf_counter() - start) * 1000

    def _data(self, values, table, target, data) -> Data | None:
        given = [x is not None for x in (values, table, data)]
        if sum(given) > 1:
            raise BadInputError("give the data one way: values, a table, or a prepared Data")
        if not any(given):
            return None
        if self.lang != "cf":
            raise BadInputError(f"data (--values/--csv/--workbook) only applies to CF rules, not {self.lang}")
        if values is not None:
            return values_data(list(values))
        if table is not None:
            return _table_data(table, target)
        return data

    def _canonical(self, code: str) -> str:
        return self.language.canonical(code) if code else code

    def _with_repairs(self, samples: list[tuple[str, float]], utterance: str
                      ) -> tuple[list[tuple[str, float]], dict[str, str]]:
        """CF: the samples plus the repaired twins of each (scored as its source): a text or number
        the user named in place of an invented one, the comparison the user named in place of
        another; and {canonical form: origin} for the forms only such twins have. A form the
        model produced itself is never added to."""
        if self.lang != "cf":
            return samples, {}
        forms = [(self._canonical(raw.strip()), score) for raw, score in samples]
        own = {form for form, _ in forms}
        extra: dict[str, tuple[float, str]] = {}
        for form, score in forms:
            for code, origin in _repairs(form, utterance):
                key = self._canonical(code)
                if key not in own and (key not in extra or extra[key][0] < score):
                    extra[key] = (score, origin)
        twins = [(code, score) for code, (score, _) in extra.items()]
        return list(samples) + twins, {code: origin for code, (_, origin) in extra.items()}

    def _candidate(self, merged: Merged, data: Data | None, today: date | None,
                   utterance: str = "", origin: str = "model") -> Candidate:
        validation = self.language.validate(merged.best_raw)
        shown = merged.code if self.lang == "cf" else merged.best_raw
        base = Candidate(
            code=shown, valid=validation.valid, score=merged.score, count=merged.count,
            variants=merged.variants, diagnostics=tuple(validation.diagnostics),
            origin=origin,
        )
        if not validation.valid:
            return base
        if self.lang == "cf":
            base = replace(base, faithful=_faithful(merged.code, utterance))
            return replace(base, **_cf_facts(merged.code, data, today))
        explain = getattr(self.language, "explain", None)
        return replace(base, explanation=explain(shown) if explain else None)


def _repairs(form: str, utterance: str) -> list[tuple[str, str]]:
    """A CF candidate's repaired twins and their origins: "literal repair" (a named text or
    number in place of an invented one; `literals.literal_repairs`), "comparison repair" (the
    comparison the request names in place of another; `languages.cf.comparisons`), or both."""
    from cf_assistant.languages.cf.comparisons import comparison_repairs

    out = [(fixed, "literal repair") for fixed in literals.literal_repairs(form, utterance)]
    for code, origin in [(form, ""), *out]:
        for fixed in comparison_repairs(code, utterance):
            out.append((fixed, "literal and comparison repair" if origin else "comparison repair"))
    return out


def _faithful(code: str, utterance: str) -> bool:
    """Whether a CF candidate keeps to the literals and the comparison the request names."""
    from cf_assistant.languages.cf.comparisons import contradicts

    return literals.keeps_to_literals(code, utterance) and not contradicts(code, utterance)


def _merge_first(examples: list[Candidate], answers: list[Candidate], k: int, canonical
                 ) -> list[Candidate]:
    """The examples, then the model's answers whose canonical form no example has; at most k."""
    taken = {canonical(c.code) for c in examples}
    return (examples + [c for c in answers if canonical(c.code) not in taken])[:k]


def _numbered(cands: list[Candidate]) -> tuple[Candidate, ...]:
    return tuple(replace(c, rank=i) for i, c in enumerate(cands, 1))


def _no_valid(result: SuggestResult, distinct: int) -> NoValidCandidateError:
    exc = NoValidCandidateError(
        f"no valid candidate among k={result.k} generated ({distinct} distinct); "
        "rephrase the request or raise -k (--show-invalid lists them)"
    )
    exc.result = result  # type: ignore[attr-defined]
    return exc


def _table_data(table: Any, target: int) -> Data:
    if not 0 <= target < len(table.header):
        raise BadInputError(f"target column {target} is not in the table ({len(table.header)} columns)")
    labels = tuple(cell_text(row[target]) for row in table.rows)
    return Data(table=table, target=target, labels=labels)


def cell_text(value: Any) -> str:
    """A typed cell value as a preview shows it: blank "", TRUE/FALSE, 619.5, #N/A, text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return format(value, ".15g")
    return str(value)


# --------------------------------------------------------------------------- CF facts


def _cf_facts(code: str, data: Data | None, today: date | None) -> dict[str, Any]:
    """Explanation, native Excel rule type and formula, and (with data) the formatted rows."""
    from cf_assistant.languages.cf import excel
    from cf_assistant.languages.cf.explain import explain
    from cf_assistant.languages.cf.parser import parse
    from cf_assistant.languages.cf.rules import Visual

    rule = parse(code)
    facts: dict[str, Any] = {
        "explanation": explain(rule),
        "native_type": excel.native_type(rule),
        "formula": "=" + excel.to_formula(rule, reference_date=today, **_place(data)),
    }
    if data is not None:
        facts.update(_run(rule, data, today, graded=isinstance(rule, Visual)))
    return facts


def _place(data: Data | None) -> dict[str, Any]:
    """Where the formula is written: the data's range (default: A2 over rows 2..100)."""
    if data is None or not data.range_ref:
        return {}
    m = re.fullmatch(r"([A-Z]+)(\d+):[A-Z]+(\d+)", data.range_ref)
    if not m:
        return {}
    return {"cell": f"{m.group(1)}{m.group(2)}", "first_row": int(m.group(2)), "last_row": int(m.group(3))}


def _run(rule: Any, data: Data, today: date | None, graded: bool) -> dict[str, Any]:
    from cf_assistant.languages.cf.executor import execute

    rows = len(data.labels)
    try:
        mask = execute(rule, data.table, data.target, reference_date=today)
    except (CfaError, IndexError, ValueError) as exc:
        return {"formatted": None, "evidence": Evidence.FAILED, "execution_error": _first_line(exc)}
    formatted = tuple(int(i) for i, hit in enumerate(mask) if hit)
    return {"formatted": formatted, "evidence": execution_evidence(len(formatted), rows, graded)}


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
