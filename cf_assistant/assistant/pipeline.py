"""The assistant's main job: from an utterance to ranked, validated candidates.

`Suggester(lang).suggest(utterance, k=5, values=...)` runs the pipeline: check the input; ask
the candidate source for k candidates as one batch; merge those that share a canonical form
(keeping the best score); validate each; add what the language tells of it (its optional
Language methods: `garbled` drops a sample with a rule inside a text literal, `repairs` adds repaired twins,
`faithful` marks candidates that keep to the
request's literals, `annotate` explains a candidate and runs it on the user's data, for CF a
list of values or a table and a target column); rank (see `cf_assistant.assistant.ranking`).
Valid candidates are the answers; invalid ones are kept apart in `SuggestResult.invalid`. With
`examples` on, valid codes of the nearest training requests (`cf_assistant.retrieval.examples`,
origin "example"; only those the language's optional `fits_request` accepts; when nothing valid
answers and none fits, the nearest with the request's own literals put in, origin "fitted
example": `Suggester._fitted`) join the answers, in
one of two orders
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
the project's own executor. The pipeline never tests a language's name.

The user's inputs (the request's checks and the data, `Data`) are `cf_assistant.assistant.inputs`.
For a language with `alternatives` (CF), rules one edit from the first answer (and, on one column,
the words of its cells the request names) take up to two places after the first two answers
(origin "alternative", `Suggester._with_alternatives`), so that a slip of reading still leaves the
meant rule among the first k.
On a table (`Data.selection`: a CSV file or a workbook range over several columns) each candidate
is offered on the columns `cf_assistant.assistant.tables` finds plausible for it, best first, and
says which column it tests and whether it formats that column's cells or whole rows; candidates
on a rule's other columns rank after every rule's best one. On one column, a candidate whose text
no cell holds gets a twin with the text as the cells write it (`Suggester._in_cells_spelling`).

This module knows nothing of the model's insides, of the command line, or of how workbooks are
read and written.
"""

from __future__ import annotations

import contextlib
import math
import re
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Protocol, Sequence

from cf_assistant.errors import BadInputError, NoValidCandidateError
from cf_assistant.assistant.asking import asked
from cf_assistant.assistant.inputs import Data, check_counts, check_utterance, table_data, values_data
from cf_assistant.assistant.ranking import Evidence, Merged, dedupe, execution_evidence, rank

EXAMPLE_ORDERS = ("after", "first")
EXAMPLE_CHOICES = ("auto", *EXAMPLE_ORDERS, "off")  # `--examples` of cfa suggest and cfa bench
FITTED_EXAMPLE = "fitted example"  # a corpus example with the request's literals put in (`_fitted`)
HEADER_VALUE = "header value"  # the origin of a value read from a header-only table's headers
# Readings that write a text in the spelling the cells hold rather than the request's ("No" for
# "unpaid", "Laptop" for "laptops", ".pdf" for "pdfs"): the literal-fidelity check does not
# demote them.
CELLS_SPELLING = "cells' spelling"  # a model text literal as the cells hold it (`_in_cells_spelling`)
# (a typed formula or a coded test says its rule exactly: "df[~df.Item.str.contains('ring')]" denies
# the "contains" it spells)
OWN_SPELLING = frozenset({HEADER_VALUE, "named extension", CELLS_SPELLING, "typed formula", "coded test"})
# Twins that are guesses, not repairs: scored below every sample, so that only the user's cells
# (execution evidence) bring them forward ("contains twin": "Deluxe" inside "Double Deluxe").
GUESSED_TWINS = frozenset({"contains twin"})
# Twins scored just below their source, so that they come first only where their source is no
# faithful reading ("either repair": "Tap Junior or Jazz" for an AND of two whole texts that a
# table puts on one column, where no cell can hold both).
TRAILING_TWINS = frozenset({"either repair"})
ALTERNATIVE = "alternative"  # a rule one edit from the first answer, or a word of the cells named
ALTERNATIVES = 2  # at most this many, after the first two answers (`_with_alternatives`)


class CandidateSource(Protocol):
    def generate_scored(self, utterances: list[str], k: int) -> list[list[tuple[str, float]]]:
        """k raw candidates (code, score; higher is better) per utterance, as one batch."""
        ...


def source_factory(lang: str, checkpoint: Path | None, steps: int | None, seed: int,
                   engine: str | None = None, precision: str | None = None) -> CandidateSource:
    """The shipped diffusion model for `lang` (the default candidate source); tests replace this.
    `engine` and `precision` are passed only when asked for."""
    from cf_assistant.generators.diffusion import DiffusionGenerator

    options: dict[str, Any] = {"lang": lang, "checkpoint": checkpoint, "seed": seed,
                               "engine": engine}
    if precision is not None:
        options["precision"] = precision
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


class Samples(list):
    """One request's (code, score) samples as the source gave them, with what the batch's model
    call also computed for the work after it: `query`, the example finder's embedding of `text`
    (one model call for the whole batch instead of one per request; None: `finish` embeds the
    text itself when it needs examples)."""

    def __init__(self, samples: Sequence[tuple[str, float]] = (), text: str | None = None,
                 query: Any = None):
        super().__init__(samples)
        self.text, self.query = text, query


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
    column: str | None = None  # a table's column the rule tests (its header), see `tables`
    scope: str | None = None  # "cells" (the column's) or "rows" (whole rows), for a table
    range_ref: str | None = None  # the cells a table's rule is written over, e.g. D2:D11, A2:E11
    column_rank: int = 0  # 0: the rule's best column; 1: another plausible one (ranked after)

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
        if self.column is not None:
            out.update(column=self.column, scope=self.scope, range=self.range_ref)
        return out


def _diagnostic_json(d: Any) -> dict[str, Any]:
    return {"code": d.code, "message": d.message, "line": d.line, "column": d.column}


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
        engine: str | None = None,
        precision: str | None = None,
    ):
        """`examples`: an example finder, True (the default finder, created on first need), or
        None/False (the model's answers only); `examples_order`: "after" or "first" (None: the
        source's `examples_order`, else "after"); `engine`: the model's engine (auto, numpy or
        torch; None: $CFA_ENGINE, else auto); `precision`: the torch engine's arithmetic (fp32 or
        bf16; None: $CFA_PRECISION, else fp32)."""
        from cf_assistant.languages import get_language

        self.language = get_language(lang)  # UnknownLanguageError for a bad name
        self.lang = self.language.name
        check_counts(1, steps)
        self.steps, self.seed = steps, seed
        self.checkpoint = Path(checkpoint) if checkpoint is not None else None
        self.engine, self.precision = engine, precision
        self._source = source
        self._examples = examples if examples is not True else None
        self._want_examples = examples is True
        if examples_order is not None and examples_order not in EXAMPLE_ORDERS:
            raise BadInputError(f"examples order must be {' or '.join(EXAMPLE_ORDERS)}, not '{examples_order}'")
        self._order = examples_order
        self._tables: Any = None  # the column choice on tables, created on first need
        self._making = threading.RLock()  # the source and finder are made once, by the first thread

    @property
    def source(self) -> CandidateSource:
        if self._source is None:
            with self._making:
                if self._source is None:
                    engine = {"engine": self.engine} if self.engine else {}
                    if self.precision:
                        engine["precision"] = self.precision
                    self._source = source_factory(self.lang, self.checkpoint, self.steps, self.seed,
                                                  **engine)
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
        text, data = self.prepare(utterance, k, values, table, target, data)
        load_ms = self._load()
        model_start = time.perf_counter()
        samples = self.sample([self.model_text(text, data)], k, make_finder=False)[0]
        timing = {"load": load_ms, "model": (time.perf_counter() - model_start) * 1000}
        return self.finish(text, k, samples, data, today, timing, start)

    def prepare(self, utterance: str, k: int = 5, values: Sequence[str] | None = None,
                table: Any = None, target: int = 0, data: Data | None = None
                ) -> tuple[str, Data | None]:
        """The checked request text and the data it runs on; BadInputError before any model work."""
        text = check_utterance(utterance)
        check_counts(k, None)
        data = self._data(values, table, target, data)
        if data is not None and data.selection is not None:
            self.tables.check(text, data)  # a column the table lacks: before any model work
        return text, data

    def model_text(self, text: str, data: Data | None) -> str:
        """What the model reads for a checked request: on a table, its words that are whole cell
        texts quoted in the cells' spelling ("laptop" -> "Laptop"), so the model puts them in
        slots (`tables.quote_values`), else the words of one text column's cells it names
        (`cell_words.on_table`); on one column, a quantity in the unit of a number column's
        header ("a week" over Days Overdue -> 7; "36 km/h" over "(km/h)" -> 36) and the words of its cells it names
        (`cell_words.quoted`); without data, the request itself. Always what the request asks
        (`asking.asked`: a post without its story, thanks and asides; corrections said aloud made)."""
        text = asked(text)
        if data is None:
            return text
        if data.selection is None:  # one column: a quantity in its header's unit, named cell words
            from cf_assistant.assistant import cell_words
            from cf_assistant.assistant.tables import in_header_units, without_header_numbers, without_own_unit

            texts, header = _column_texts(data)
            if _mostly_numbers(data):
                text = in_header_units(without_header_numbers(text, [header], parts=True), [header], named_only=False)
                text = without_own_unit(text, header)
            return cell_words.quoted(text, texts, header)
        from cf_assistant.assistant.cell_words import on_table

        quoted = self.tables.quoted(text, data)
        worded = on_table(text, data, quoted)
        return worded[0] if worded is not None else quoted

    def sample(self, texts: Sequence[str], k: int, make_finder: bool = True) -> list[Samples]:
        """k samples per text (checked: `prepare`) from the source, as one batch, and the example
        finder's embeddings of the texts (`Samples.query`) in one call, reusing what the model's
        own encoder computed for them where the finder can (`sharing`). `make_finder` False
        (`suggest`): only a finder made already is asked, so that one is made only when `finish`
        needs its examples (a first request whose answers fill k makes none)."""
        texts = list(texts)
        finder = self.examples if make_finder or not self._want_examples else None
        queries, sharing = getattr(finder, "queries", None), getattr(finder, "sharing", None)
        with sharing() if sharing is not None else contextlib.nullcontext():
            drawn = self.source.generate_scored(texts, k)
            rows = queries(texts) if queries is not None else [None] * len(texts)
        return [Samples(got, text, row) for got, text, row in zip(drawn, texts, rows)]

    def finish(self, text: str, k: int, samples: list[tuple[str, float]], data: Data | None = None,
               today: date | None = None, timing: dict[str, float] | None = None,
               start: float | None = None) -> SuggestResult:
        """Everything after the model: repairs, validation, execution, ranking and examples, for
        the `samples` (code, score) the source gave for `text` (already checked: `prepare`;
        `Samples` from `sample` also carry the text's example query)."""
        start = time.perf_counter() if start is None else start
        timing = dict(timing or {})
        named = self.model_text(text, data)
        query = samples.query if isinstance(samples, Samples) and samples.text == named else None
        garbled = getattr(self.language, "garbled", None)
        if garbled is not None:  # a rule written inside a text literal
            samples = [(code, score) for code, score in samples if not garbled(self._canonical(code.strip()), named)]
        samples, repaired = self._with_repairs(samples, named)  # a table's values, named as texts
        samples, repaired = self._with_readings(text, named, samples, repaired, data, today)
        samples, repaired = self._in_cells_spelling(samples, repaired, data)
        cands = [c for m in dedupe(samples, self._canonical)
                 for c in self._candidates(m, data, today, named, repaired.get(m.code, "model"))]
        if getattr(self.source, "keeps_order", False):  # its order outranks its scores
            cands = [replace(c, order=i) for i, c in enumerate(cands)]
        ordered = sorted(rank(cands), key=lambda c: c.column_rank)  # a table's other columns last
        answers = self._with_examples(named, k, [c for c in ordered if c.valid], data, today, timing,
                                      query)
        answers = self._with_alternatives(text, named, k, answers, data, today)
        invalid = _numbered([c for c in ordered if not c.valid])
        timing["total"] = (time.perf_counter() - start) * 1000
        timing = {key: round(v, 1) for key, v in timing.items()}
        result = SuggestResult(self.lang, text, k, answers, invalid, timing, data)
        if not answers:
            raise _no_valid(result, len(cands))
        return result

    def _with_readings(self, text: str, named: str, samples: list[tuple[str, float]],
                       repaired: dict[str, str], data: Data | None, today: date | None
                       ) -> tuple[list[tuple[str, float]], dict[str, str]]:
        """The samples plus the rules read from the request without the model, scored above
        every sample: two of a table's number columns compared in words (`Tables.compared`; the
        model writes no c[i]), a table's cell text named with nothing more asked
        (`Tables.valued`), words of a column's cells named with nothing more asked
        (`cell_words`: "vegan dishes" -> TextContains("vegan"); `text` is the request as typed),
        values stated of headers ("Status = Pending", "Fee Paid says No or Part": `Tables.stated`)
        and the language's optional `readings` (CF: a month said by name on the day, "for July"
        in June is NextMonth(); two bounds each beside its number; a range); with their origins
        for new forms."""
        text, readings = asked(text), []
        if data is not None and data.selection:
            from cf_assistant.assistant.tables import without_sheet

            # the sheet a request names is where, never a value ("where Ticker is TSLA in sheet TradeLog")
            named, text = (" ".join(without_sheet(t, data.selection.headers).split()) for t in (named, text))
            readings.append((self.tables.compared(named, data), "column comparison"))
            readings.append((self.tables.valued(named, data), "named value"))
            from cf_assistant.assistant.header_values import on_table as header_value

            valued = header_value(named, data, self.tables)
            readings.append((valued, HEADER_VALUE))  # ("no deposit paid": "No", not a blank)
            readings.append((None if valued else self.tables.presence(named, data), "named presence"))
            from cf_assistant.assistant.cell_words import on_table

            worded = on_table(text, data, self.tables.quoted(text, data))
            readings.append((worded[1] if worded else None, "named words"))
            readings.append((self.tables.stated(text, data), "stated value"))  # "Paid = No"
        elif data is not None:
            from cf_assistant.assistant.cell_words import named_words

            readings.append((named_words(text, *_column_texts(data)), "named words"))
            from cf_assistant.assistant.cell_words import named_state

            readings.append((named_state(text, *_column_texts(data)), "named state"))
            from cf_assistant.assistant.cell_words import exact_cell

            readings.append((exact_cell(text, _column_texts(data)[0]), "named exactly"))
            from cf_assistant.assistant.tables import column_presence

            readings.append((column_presence(text, _column_texts(data)[1]), "named presence"))
        read = getattr(self.language, "readings", None)
        if read is not None:
            from cf_assistant.assistant.tables import without_sheet

            headers = tuple(str(h) for h in data.table.header) if data is not None else ()
            # (the sheet a request names is where, never what: "equal to 40 in sheet ContainerYard")
            readings += read(" ".join(without_sheet(named, headers if data and data.selection else None).split()),
                             today or date.today(), headers)
        own = {self._canonical(code) for code, _ in samples} \
            - {form for form, origin in repaired.items() if origin in GUESSED_TWINS}
        for code, origin in readings:
            if code is None:
                continue
            samples = [*samples, (code, max((s for _, s in samples), default=0.0) + 1.0)]
            if self._canonical(code) not in own:
                repaired = {**repaired, self._canonical(code): origin}
        return samples, repaired

    def _with_examples(self, text: str, k: int, answers: list[Candidate], data: Data | None,
                       today: date | None, timing: dict[str, float], query: Any = None
                       ) -> tuple[Candidate, ...]:
        """The model's answers with the corpus examples in their order, numbered from 1. After
        the answers ("after"), examples come before the answers that invent a literal or
        contradict the named comparison (`faithful` False; examples are always faithful), within
        the same execution evidence (and on a table the same column rank); a stable sort."""
        examples_start = time.perf_counter()
        if self.examples_order == "first":
            extra = self._examples_for(text, [], k, data, today, query)
            if extra is not None:
                answers = _merge_first(extra, answers, k, self._canonical)
        else:  # after the answers that keep to the request; before those that do not
            kept = [c for c in answers if c.faithful is not False]
            extra = self._examples_for(text, answers, k - len(kept), data, today, query)
            answers = sorted(answers + (extra or []),
                             key=lambda c: (c.column_rank, c.evidence, c.faithful is False))
        if extra is not None:
            timing["examples"] = (time.perf_counter() - examples_start) * 1000
        return _numbered(answers)

    def _with_alternatives(self, text: str, named: str, k: int, answers: tuple[Candidate, ...],
                           data: Data | None, today: date | None) -> tuple[Candidate, ...]:
        """The answers with up to `ALTERNATIVES` other rules put after the first two (origin
        "alternative"): on one column, the words of its cells the request names
        (`cell_words.mentioned`), then the language's rules one edit away from the first answer
        (`alternatives`: the other boundary, the denial, the other text operator ...; on a table
        in the first answer's scope). Each must be valid and, on the user's cells, format some
        rows but not all and other rows than every answer within the first k (on a table: or test
        another column; without cells: another canonical form), so that a slip of reading still
        leaves the meant rule among the first k; as many answers as before (the last give way);
        none for k under 4. Chosen on the dev halves: after the first two, not right after the
        first (as many more right in the top 5, fewer pushed out of the top 3), but before an
        answer that formats no row or every row (never before the first: it stays the
        assistant's reading)."""
        edits = getattr(self.language, "alternatives", None)
        if edits is None or len(answers) < 2 or k < 4:
            return answers
        codes = []
        if data is not None and data.selection is None:
            from cf_assistant.assistant.cell_words import mentioned

            codes += mentioned(asked(text), *_column_texts(data))
        codes += edits(answers[0].code)
        seen = {self._canonical(c.code) for c in answers}
        rows = {(c.column, c.formatted) for c in answers[:k]}  # (on a table a column's own test)
        out: list[Candidate] = []
        for code in codes:
            if len(out) >= ALTERNATIVES or self._canonical(code) in seen:
                continue
            seen.add(self._canonical(code))
            cand = self._alternative(code, answers[0], data, today, named)
            if cand is None or not cand.valid or cand.evidence != Evidence.INFORMATIVE or \
                    (data is not None and (cand.column, cand.formatted) in rows):
                continue
            rows.add((cand.column, cand.formatted))
            out.append(cand)
        at = next((i for i, c in enumerate(answers[:2]) if c.evidence != Evidence.INFORMATIVE), 2)
        return _numbered([*answers[:max(at, 1)], *out, *answers[max(at, 1):]][:max(k, len(answers))])

    def _alternative(self, code: str, first: Candidate, data: Data | None, today: date | None,
                     named: str) -> Candidate | None:
        """The candidate of an alternative `code`; on a table, on the column the table offers it
        first (the one its `c[i]` names) in `first`'s scope."""
        merged = Merged(code, math.nan, 1, (code,), code)
        if data is None or data.selection is None:
            return self._candidate(merged, data, today, named, ALTERNATIVE)
        for cand in self._candidates(merged, data, today, named, ALTERNATIVE):
            if cand.scope == first.scope:
                return replace(cand, column_rank=first.column_rank)
        return None

    @property
    def examples(self) -> Any:
        """The example finder, created on first use when `examples=True` (None: no examples)."""
        if self._want_examples:
            with self._making:  # another thread asking meanwhile waits for it, not None
                if self._want_examples:
                    try:
                        self._examples = example_factory(self.lang, self.source)
                    finally:
                        self._want_examples = False
        return self._examples or None

    @property
    def examples_order(self) -> str:
        """Where examples go: the order given, else the source's, else "after"."""
        order = self._order or getattr(self.source, "examples_order", None)
        return order if order in EXAMPLE_ORDERS else "after"

    def _examples_for(self, text: str, answers: list[Candidate], free: int, data: Data | None,
                      today: date | None, query: Any = None) -> list[Candidate] | None:
        """Up to `free` valid corpus examples, nearest first, none that shares a canonical form
        with one of `answers`, and for a language with `fits_request` (CF) only those it accepts
        (for CF: the examples that keep to the literals and comparison the request names and write
        no literal of their own; on dev this drops none that was right). None when no finder was
        asked for or none is needed. `query`: the text's embedding from `sample`, if it has one."""
        finder = self.examples if free > 0 else None
        if finder is None:
            return None
        taken = {self._canonical(c.code) for c in answers}
        out: list[Candidate] = []
        wanted = 2 * free + len(answers)
        found = finder.nearest(text, wanted) if query is None else finder.nearest(text, wanted, query=query)
        for ex in found:
            cand = self._example(ex.code, ex.utterance, "example", taken, data, today, text)
            if cand is not None:
                out.append(cand)
        fits = getattr(self.language, "fits_request", None)
        if fits is not None:
            out = [c for c in out if fits(c.code, text)]
            if not out and not any(c.valid for c in answers):  # no answer at all: fit the examples
                out = self._fitted(text, found, taken, data, today, fits)
        return out[:free]

    def _fitted(self, text: str, found: Sequence[Any], taken: set[str], data: Data | None,
                today: date | None, fits: Any) -> list[Candidate]:
        """For a request that nothing valid answers, the nearest corpus examples with the
        request's own literals in place of theirs (`literals.refit`: "sales over 500" ->
        `GreaterThan(500)` for "tips over 40"), those that then keep to the request, origin
        "fitted example": retrieval, the request's numbers and texts put in."""
        from cf_assistant.diffusion import literals
        from cf_assistant.diffusion.utterance import prepare

        given = literals.extract(prepare(text, self.lang, text_slots=True))
        if not given.numbers and not given.quotes:
            return []
        out: list[Candidate] = []
        for ex in found:
            own = literals.extract(prepare(ex.utterance, self.lang, text_slots=True))
            code = literals.refit(ex.code, own, given)
            cand = self._example(code, ex.utterance, FITTED_EXAMPLE, taken, data, today, text)
            if cand is not None and fits(code, text):
                out.append(cand)
        return out

    def _example(self, code: str, of: str, origin: str, taken: set[str], data: Data | None,
                 today: date | None, text: str) -> Candidate | None:
        """A corpus example's code as a candidate (`example_of` its request), unless its canonical
        form is `taken` (it is taken now) or it is not valid."""
        key = self._canonical(code)
        if key in taken:
            return None
        taken.add(key)
        cand = self._candidates(Merged(key, math.nan, 0, (code,), best_raw=code), data, today, text, origin)[0]
        return replace(cand, example_of=of) if cand.valid else None

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
        if not getattr(self.language, "accepts_data", False):
            raise BadInputError(f"data (--values/--csv/--workbook) only applies to CF rules, not {self.lang}")
        if values is not None:
            return values_data(list(values))
        if table is not None:
            return table_data(table, target)
        return data

    def _canonical(self, code: str) -> str:
        return self.language.canonical(code) if code else code

    def _with_repairs(self, samples: list[tuple[str, float]], utterance: str
                      ) -> tuple[list[tuple[str, float]], dict[str, str]]:
        """The samples plus the repaired twins of each (scored as its source; a guessed twin,
        `GUESSED_TWINS`, below every sample; a trailing one, `TRAILING_TWINS`, just below its
        source) that the language's optional `repairs` gives (CF: a text or number the user named
        in place of an invented one, the comparison the user named in place of another, a
        contained text beside a whole one, an OR for an AND of two whole texts); and {canonical
        form: origin} for the forms only such twins have. A form the model produced itself is never
        added to."""
        repair = getattr(self.language, "repairs", None)
        if repair is None:
            return samples, {}
        forms = [(self._canonical(raw.strip()), score) for raw, score in samples]
        own = {form for form, _ in forms}
        extra: dict[str, tuple[float, str]] = {}
        lowest = min((score for _, score in forms), default=0.0)
        for form, score in forms:
            for code, origin in repair(form, utterance):
                key = self._canonical(code)
                scored = lowest - 1.0 if origin in GUESSED_TWINS else \
                    score - 1e-3 if origin in TRAILING_TWINS else score
                if key not in own and (key not in extra or extra[key][0] < scored):
                    extra[key] = (scored, origin)
        twins = [(code, score) for code, (score, _) in extra.items()]
        return list(samples) + twins, {code: origin for code, (_, origin) in extra.items()}

    def _in_cells_spelling(self, samples: list[tuple[str, float]], repaired: dict[str, str],
                           data: Data | None) -> tuple[list[tuple[str, float]], dict[str, str]]:
        """On one column, the samples plus, for each whose text literal no cell holds, its twin
        with the literal as the cells write it ("pandas" -> "panda", "junoir" -> "Junior", "Pro
        needs" -> "Pro": `cell_words.in_cells_spelling`), scored just below its source: the
        cells' execution evidence brings it forward."""
        if data is None or data.selection is not None or not getattr(self.language, "accepts_data", False):
            return samples, repaired
        from cf_assistant.assistant.cell_words import in_cells_spelling

        texts = _column_texts(data)[0]
        whole = {t.strip().lower() for t in texts}
        own = {self._canonical(code) for code, _ in samples}
        lowest = min((score for _, score in samples), default=0.0)
        extra = []
        for code, score in samples:
            twin = in_cells_spelling(code, texts) if '"' in code else None
            key = self._canonical(twin) if twin else None
            if key and key not in own:
                own.add(key)
                extra.append((twin, score - 1e-3))
                repaired = {**repaired, key: CELLS_SPELLING}
                held = re.findall(r'TextEquals\("((?:[^"]|"")*)"\)', twin)
                if held and not any(h.lower() in whole for h in held):  # no cell is it, some hold it
                    inside = twin.replace("TextEquals(", "TextContains(")
                    if (k2 := self._canonical(inside)) not in own:
                        own.add(k2)
                        extra.append((inside, lowest - 1.0))
                        repaired = {**repaired, k2: "contains twin"}
        return [*samples, *extra], repaired

    def _candidates(self, merged: Merged, data: Data | None, today: date | None, utterance: str,
                    origin: str) -> list[Candidate]:
        """The candidate for `merged`; on a table (`data.selection`), one per column it is offered
        on, its best column first (`assistant.tables`)."""
        if data is None or data.selection is None:
            return [self._candidate(merged, data, today, utterance, origin)]
        out = []
        for narrowed, fields in self.tables.candidates(merged.code, utterance, data, today):
            run = merged  # unless the table put the rule's tests on several columns
            if fields.pop("runs", False):
                run = replace(merged, code=fields["code"], best_raw=fields["code"])
            out.append(replace(self._candidate(run, narrowed, today, utterance, origin), **fields))
        return out

    @property
    def tables(self) -> Any:
        """The column choice on tables (`assistant.tables.Tables`), with the MiniLM the source
        holds; created on first use."""
        if self._tables is None:
            from cf_assistant.assistant.tables import Tables, embedder_for

            self._tables = Tables(lambda: embedder_for(self.source))
        return self._tables

    def _candidate(self, merged: Merged, data: Data | None, today: date | None,
                   utterance: str = "", origin: str = "model") -> Candidate:
        validation = self.language.validate(merged.best_raw)
        shown = merged.code if getattr(self.language, "shows_canonical", False) else merged.best_raw
        base = Candidate(
            code=shown, valid=validation.valid, score=merged.score, count=merged.count,
            variants=merged.variants, diagnostics=tuple(validation.diagnostics),
            origin=origin,
        )
        if not validation.valid:
            return base
        faithful = getattr(self.language, "faithful", None)
        if faithful is not None and origin not in OWN_SPELLING:
            base = replace(base, faithful=faithful(merged.code, utterance))
        annotate = getattr(self.language, "annotate", None)
        if annotate is not None:
            return replace(base, **_with_evidence(annotate(merged.code, data, today), data))
        explain = getattr(self.language, "explain", None)
        return replace(base, explanation=explain(shown) if explain else None)


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


def _mostly_numbers(data: Data) -> bool:
    """Whether most non-blank cells of a one-column input hold numbers."""
    cells = [v for v in data.table.column(data.target) if v is not None and v != ""]
    return sum(isinstance(v, float) for v in cells) * 2 > len(cells)


def _column_texts(data: Data) -> tuple[list[str], str]:
    """The texts of a one-column input's cells and its header."""
    texts = [v for v in data.table.column(data.target) if isinstance(v, str)]
    return texts, data.table.header[data.target]


def _with_evidence(facts: dict[str, Any], data: Data | None) -> dict[str, Any]:
    """A language's `annotate` facts as Candidate fields, with the execution evidence ranking
    reads: FAILED when the code could not run on the data, DEGENERATE when a rule of number
    comparisons formats all or none of the numbers (`numbers_undivided`), else how the formatted
    rows divide it (`graded`: a colour scale or data bar, which formats every number by design)."""
    facts = dict(facts)
    graded = facts.pop("graded", False)
    undivided = facts.pop("numbers_undivided", False)
    if data is None:
        return facts
    if facts.get("formatted") is None:
        return {**facts, "evidence": Evidence.FAILED}
    if undivided:
        return {**facts, "evidence": Evidence.DEGENERATE}
    return {**facts, "evidence": execution_evidence(len(facts["formatted"]), len(data.labels), graded)}
