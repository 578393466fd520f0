"""Tables: which column a request tests, and whether it formats cells or whole rows.

A user selects a table (a CSV file, or a workbook range over several columns whose first row is
a header: text over typed data) and names the column in their own words. The choice is computed,
not learnt and not looked up in a keyword table: each column of the selection gets a score for a
request and a candidate rule, the sum of

- header words: the share of the header's words (stemmed: "salaries" = "Salary"; a unit in
  parentheses left out) that the request uses, and how far the MiniLM cosine of the request's
  words (and of the whole request) to this header stands out from their cosine to the other
  headers (so "pay" picks Salary, while a word near every header picks none);
- cell words: the same contrast between the request's words and each column's distinct texts (so
  "overdue" leans to the column holding "Late"), and the share of the rule's texts found in the
  column's cells (a text literal of the request, "Late", found in one column);
- numbers: how well the rule's numbers fit the column's numbers in magnitude (70000 fits
  salaries of 40,000..120,000, not ages);
- said of it: its letter or a range down it ("column D", "C2:C50"), its name as a column ("in the
  Actual column"), its header's words whole ("Monthly Rent"), its unit ("t/ha"), an abbreviation
  ("Years Exp" for "experienced"), a slip ("page veiws"), a percentage or money beside a header
  with the sign (`_said_bonus`);
- type: a text rule on a column without text, a numeric rule on a column without numbers, a date
  rule on a column without dates are penalised by `MISMATCH`, which outweighs everything else
  (unless the rule's text is among the column's cells: "TBC" in Actual); a column without cells
  (a header-only table) has the kind its header reads (`assistant.headers`), penalised only by
  `GUESS_MISMATCH`, and the request's plural subject names the rows, not the text column it
  matches ("tickets from the last 7 days" tests Opened, not Ticket: `_rows_named`);
- evidence: a rule that formats none or every one of the column's cells is penalised by
  `DEGENERATE` (the pipeline's own ranking reads the same evidence).

The weights (`WEIGHTS` and the penalties) were set by hand on the dev half of the project's table
requests (benchmarks/data/everyday_tables.json; `benchmarks/tables_check.py` measures the choice
alone); the said-of parts and the header kinds (session 7) on the dev halves of all the table sets
and their header-only copies (`benchmarks/header_only.py`). The sentence embeddings are the
MiniLM the model already holds (`embedder_for(source)`), cached per text, never a second copy per
call. Each candidate rule is offered on its best column
and on up to `ALTERNATES` others within `MARGIN` of it (`ColumnChoice.plausible`).

Scope (`scope_of`): "the entire row", "rows where ...", or an object that names the table's things
("highlight the orders that ...", "Omar's expenses", "staff earning ...") -> "rows"; an object
that names the tested column's values ("salaries above 70k", "start dates", "amounts"), or none
("done", "due today") -> "cells". A whole-row rule is anchored on its column (`languages.cf.rows`).

A request that names a column the table does not have ("in the Bonus column") gets
`BadInputError` listing the headers (`check_named_columns`).

What the model reads on a table (`Tables.quoted`): a number column's header with digits that the
request writes out is no number ("L/100km of 10 or more"), a quantity in another unit of a
header's unit is written in that unit ("a day" over "Response (h)" is 24), and cell texts the
request names are quoted in the cells' spelling (whole texts, loose forms and slips, capital
letters beside their column, words inside several texts, names). Besides the model's samples,
two readings are computed: two number or date columns compared in words (`column_comparison`:
"stock below the reorder level", "Actual equals Budget", "settled earlier than filed") and a
cell text named with nothing more asked (`named_value`); a value of another column named beside
a rule joins it (`with_named_value`).

This module knows nothing of the model's insides, of the command line or of workbooks on disk.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np

from cf_assistant.errors import BadInputError
from cf_assistant.assistant.demonyms import country_of
from cf_assistant.diffusion.spoken_numbers import _SMALL as _SPOKEN_SMALL
from cf_assistant.diffusion.text_slots import _FIELD as _FIELD_NOUNS

MISMATCH = -10.0  # a rule whose type the column cannot hold
DATE_SERIALS = 10_000  # a number below this is no date (Excel's serial 10000 is 1927-05-18)
GUESS_MISMATCH = -3.0  # ... when the column has no cells and its header says the type
DEGENERATE = -2.0  # a rule that formats none or every one of the column's cells
ALTERNATES = 2  # other plausible columns offered per rule
NAMED_SIM = 0.6  # a column named in the request is a header this near (MiniLM cosine)
MARGIN = 1.5  # an alternate scores at most this much below the rule's best column
SIM_FLOOR, SIM_SCALE = 0.1, 0.4  # word-to-column cosine contrast: noise below, 1 at floor+scale
CACHE_TEXTS = 20_000  # embeddings kept per model (headers, cell texts, request words)
MAX_VALUES = 60  # distinct texts of a column compared with the request's words
WEIGHTS = {"header_words": 2.0, "header_sim": 2.0, "value_sim": 1.0, "literal": 3.0,
           "magnitude": 1.5, "letter": 4.0, "percent": 1.0, "phrase": 1.0}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d[\d,.]*[kKmM%]?")
_STOP = frozenset(
    "a an the is are was were be been being of in on at to for from by with and or not no that "
    "which who whose where when than then this these those it its their them they there any all "
    "each every some whatever if as into over under above below more less greater smaller larger "
    "equal equals bigger higher lower least most do does did has have had it's i me my we our you "
    "your please cell cells value values column columns row rows entire whole highlight "
    "highlighted mark format formatting colour color shade show flag make bold red green yellow "
    "blue orange fill rule".split())
_CELL_NOUNS = frozenset("cell value entry number figure amount score level total count price "
                        "date name bar icon colour color scale reading".split())  # words for cells
_TIME_NOUNS = frozenset("day week month year hour minute".split())
_UNIT_NOUNS = frozenset("buck dollar euro pound cent kilo kilogram gram kg km mile metre meter "
                        "litre liter second point percent time".split())  # "under 50 bucks"
_COLLECTIVE = frozenset("people staff everyone everybody anyone anybody personnel".split())
_ROW_WORDS = re.compile(r"\b(?:entire|whole|full|complete)\s+(?:row|rows|line|lines|record|records)\b"
                        r"|\brows?\b|\brecords\b|\bin\s+(?:its|their)\s+entirety\b"  # formal: "shaded in full"
                        r"|\b(?:highlighted|shaded|colou?red|formatted|flagged|marked)\s+in\s+full\b", re.I)
_NAMED = [re.compile(r"\b(?:the|in|on|of|from|by)\s+[\"']?([\w][\w ]{0,30}?)[\"']?\s+column\b", re.I),
          re.compile(r"\bcolumn\s+(?:named\s+|called\s+|headed\s+)?[\"']([^\"']{1,40})[\"']", re.I),
          re.compile(r"\bcolumn\s+(?:named|called|headed)\s+(\w+)", re.I)]
_LETTER = r"\$?([A-Z]{1,2})\$?"
_LETTERED = [re.compile(r"\b(?i:columns?|cols?\.?)\s+" + _LETTER + r"(?![\w'])"),  # "in column D"
             re.compile(r"\b(?!A\b)" + _LETTER + r"\s+(?i:column)\b"),  # "the D column" (not "A column")
             re.compile(r"(?<![\w$])" + _LETTER + r"\d+\s*(?::|-|to|through)\s*" + _LETTER + r"\d+\b"),  # C2:C50
             re.compile(r"(?<![\w$])" + _LETTER + r":" + _LETTER + r"(?![\w(])")]  # "D:D"
_WORDS_NOT_LETTERS = frozenset("I OF IN ON TO IS IT AT AN OR AS BY IF NO SO UP US WE MY ME DO GO BE HE "
                               "OK AM".split())
_NOT_NAMES = frozenset("the this that each every whole entire same first second third last other "
                       "selected my a an one which any current next previous".split())


# --------------------------------------------------------------------------- the selection


@dataclass(frozen=True)
class Selection:
    """The columns a request may test: the table's header texts, the indices of the selected
    columns, each column's kind ("number", "date", "text", "empty") and where the data rows lie
    (a `rows.Box`)."""

    headers: tuple[str, ...]
    columns: tuple[int, ...]
    kinds: tuple[str, ...]
    box: Any  # cf_assistant.languages.cf.rows.Box
    forced: int | None = None  # --column: the one column, chosen by the user
    guessed: frozenset = frozenset()  # columns without cells, their kind read from the header
    _texts: dict = field(default_factory=dict, compare=False, repr=False)

    def texts(self, table: Any, column: int) -> list[str]:
        """The column's distinct texts, first seen first (at most MAX_VALUES)."""
        if column not in self._texts:
            seen = dict.fromkeys(v.strip() for v in table.column(column)
                                 if isinstance(v, str) and v.strip())
            self._texts[column] = list(seen)[:MAX_VALUES]
        return self._texts[column]


# What a cell holds until its value is known: no text of the column's kind ("Days Open" of 0, 8,
# tbc, n/a, tbc ... holds numbers).
_PLACEHOLDERS = frozenset("n/a na tbc tba tbd - -- ? ?? unknown n/k nk".split())


def column_kind(raw: Sequence[Any], typed: Sequence[Any]) -> str:
    """"date", "number", "text" or "empty": what most non-blank cells of a column hold, a
    placeholder ("tbc", "n/a") counted for none. `raw` are the cells as given (text, or datetime
    objects from a workbook), `typed` as typed."""
    import datetime as dt

    from cf_assistant.languages.cf.values import parse_number

    counts, held = {"date": 0, "number": 0, "text": 0}, False
    for r, v in zip(raw, typed):
        if v is None or (isinstance(v, str) and not v.strip()):
            continue
        if isinstance(r, (dt.date, dt.datetime)) or (
                isinstance(v, float) and isinstance(r, str) and parse_number(r) is None):
            counts["date"] += 1
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            counts["number"] += 1
        elif isinstance(v, str) and v.strip().lower() in _PLACEHOLDERS:  # "tbc" among days: no text
            held = True
        else:
            counts["text"] += 1
    if not any(counts.values()):
        return "text" if held else "empty"
    return max(counts, key=lambda k: (counts[k], k == "text"))


def has_header(first: Sequence[Any], below: Sequence[Sequence[Any]]) -> bool:
    """Whether the first row of a selection is a header: text in every non-blank cell, over data
    of other types in some column, or texts that the rows below never repeat."""
    texts = [v for v in first if v is not None and str(v).strip()]
    if not texts or not all(isinstance(v, str) for v in texts) or not below:
        return False
    for j, head in enumerate(first):
        column = [row[j] for row in below if j < len(row) and row[j] is not None]
        if head is not None and any(not isinstance(v, str) for v in column):
            return True
    rest = {str(v).strip().lower() for row in below for v in row if isinstance(v, str)}
    return not any(str(t).strip().lower() in rest for t in texts)


def from_records(data: Sequence[Sequence[Any]], forced: int | None = None) -> tuple[Any, Selection]:
    """(Table, Selection) of records whose first row is the header (a CSV file, the benchmark's
    `Data`), placed in a sheet from A1: data rows 2.., every column selectable."""
    from cf_assistant.languages.cf.rows import Box
    from cf_assistant.languages.cf.values import table_from_records

    table = table_from_records([list(r) for r in data])
    width, n = table.n_cols, table.n_rows
    raw = [list(r) + [None] * (width - len(r)) for r in data[1:]]
    kinds, guessed = _read_kinds([column_kind([r[j] for r in raw], table.column(j)) for j in range(width)],
                                 table.header)
    box = Box(1, max(width, 1), 2, max(n + 1, 2))
    return table, Selection(tuple(table.header), tuple(range(width)), kinds, box, forced, guessed)


def from_grid(raw: Sequence[Sequence[Any]], typed: Sequence[Sequence[Any]], first_col: int,
              first_row: int, above: Sequence[Any] | None) -> tuple[Any, Selection]:
    """(Table, Selection) of a sheet range: `raw`/`typed` hold its rows, every sheet column from
    A (so `c[i]` is sheet column i) through the range's last; `first_col` (1-based) and
    `first_row` place it. The row `above` the range is the header when it is one over the whole
    range, a text in every column (the user selected the data only); else the range's first row is when `has_header`
    says so; else the header is the row above as it is, or the column letters."""
    from openpyxl.utils.cell import get_column_letter

    from cf_assistant.languages.cf.rows import Box
    from cf_assistant.languages.cf.values import Table

    width = max((len(r) for r in typed), default=first_col)
    selected = range(first_col - 1, width)
    cells = [[r[j] for j in selected] for r in typed]
    heads = [above[j] if above is not None and j < len(above) else None for j in selected]
    over_data = all(isinstance(h, str) and h.strip() for h in heads) and has_header(heads, cells)
    header_row = bool(typed) and not over_data and has_header(cells[0], cells[1:])
    head = typed[0] if header_row else (above or [None] * width)
    headers = tuple(str(h).strip() if h is not None and str(h).strip() else get_column_letter(j + 1)
                    for j, h in enumerate(head))
    body_raw, body = (raw[1:], typed[1:]) if header_row else (raw, typed)
    table = Table(list(headers), [list(r) for r in body])
    kinds, guessed = _read_kinds([column_kind([r[j] for r in body_raw], table.column(j))
                                  for j in range(width)], headers)
    start = first_row + int(header_row)
    box = Box(first_col, width, start, max(start, start + len(body) - 1))
    return table, Selection(headers, tuple(selected), kinds, box, guessed=guessed)


def _read_kinds(kinds: Sequence[str], headers: Sequence[Any]) -> tuple[tuple[str, ...], frozenset]:
    """The kinds with each column that has no cells read from its header (`headers.header_kind`),
    and the set of those columns."""
    from cf_assistant.assistant.headers import header_kind

    guessed = {j: header_kind(str(h or "")) for j, (k, h) in enumerate(zip(kinds, headers)) if k == "empty"}
    return tuple(guessed.get(j, k) for j, k in enumerate(kinds)), frozenset(guessed)


# --------------------------------------------------------------------------- words


def stem(word: str) -> str:
    """A crude English stem: lower case, plural endings off ("salaries" -> "salary")."""
    w = word.lower().strip("'")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and re.search(r"(?:ss|x|ch|sh)es$", w):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def words(text: str) -> list[str]:
    """The content words of a request or header (camelCase and snake_case split), stemmed."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).replace("_", " ")
    return [stem(w) for w in _WORD.findall(spaced) if w.lower() not in _STOP]


class Embedder:
    """Unit sentence embeddings of short texts, cached per text, from a loaded MiniLM."""

    def __init__(self, model: Any):
        self.model = model
        self._cache: dict[str, np.ndarray] = {}

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if len(self._cache) + len(missing) > CACHE_TEXTS:  # a long-running server: start again
            self._cache.clear()
            missing = list(dict.fromkeys(texts))
        if missing:
            for t, v in zip(missing, self.model.embed(missing)):
                self._cache[t] = v
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])


_SHARED: dict[Any, Embedder] = {}


def embedder_for(source: Any) -> Embedder:
    """The MiniLM that `source` (a diffusion generator) already holds, wrapped and cached per
    model; for a source without one (the auto-regressive baseline, a test's fake), one MiniLM
    loaded from its package once per process."""
    model = getattr(getattr(source, "bank", None), "embedder", None)
    if model is None and getattr(source, "loaded", None) is not None:
        from cf_assistant.retrieval.neighbours import model_minilm

        try:
            model = model_minilm(source.loaded.model)
        except AttributeError:
            model = None
    if model is None:
        if "package" not in _SHARED:
            from cf_assistant.diffusion.minilm import MiniLM

            _SHARED["package"] = Embedder(MiniLM.from_package())
        return _SHARED["package"]
    return _SHARED.setdefault(id(model), Embedder(model))


def header_words(header: str) -> list[str]:
    """A header's stemmed words without its unit in parentheses ("Response (h)" -> response)."""
    return words(re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", header)) or words(header)


def plain_words(text: str) -> list[str]:
    """The content words of a text as written (lower case, no numbers), for embedding."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).replace("_", " ")
    return [w.lower() for w in _WORD.findall(spaced)
            if w.lower() not in _STOP and not w[0].isdigit() and len(w) > 1]


# --------------------------------------------------------------------------- rule facts


def _leaf_needs(leaf: Any) -> set[str] | None:
    """The column kinds a leaf can test (None: any kind)."""
    from cf_assistant.languages.cf import rules as r

    if isinstance(leaf, r.Text):
        return {"text"}
    if isinstance(leaf, r.TimePeriod):
        return {"date"}
    if isinstance(leaf, (r.Rank, r.Average, r.Visual)):
        return {"number", "date"}
    operands = [leaf.value] if isinstance(leaf, r.Compare) else (
        [leaf.low, leaf.high] if isinstance(leaf, r.Between) else [])
    if any(isinstance(v, str) for v in operands):
        return {"text"}
    if any(isinstance(v, float) for v in operands):
        return {"number", "date"}
    return None


def rule_facts(rule: Any) -> tuple[set[str] | None, list[float], list[str]]:
    """(the column kinds the rule can test, None for any; its numbers; its texts)."""
    from cf_assistant.languages.cf.judge import leaves
    from cf_assistant.languages.cf.rules import Between, Compare, Text

    needs: set[str] | None = None
    numbers: list[float] = []
    texts: list[str] = []
    for leaf in leaves(rule):
        own = _leaf_needs(leaf)
        if own is not None:
            needs = own if needs is None else (needs & own) or own
        operands = [leaf.value] if isinstance(leaf, Compare) else (
            [leaf.low, leaf.high] if isinstance(leaf, Between) else [])
        numbers += [v for v in operands if isinstance(v, float)]
        texts += [v for v in operands if isinstance(v, str) and v.strip()]
        if isinstance(leaf, Text) and leaf.text.strip():
            texts.append(leaf.text)
    return needs, numbers, texts


def _signed_log(x: float) -> float:
    return math.copysign(math.log10(1 + abs(x)), x)


def magnitude_fit(numbers: Sequence[float], column: Sequence[float]) -> float:
    """1 when every number lies within the column's range, falling to 0 a factor of ten away
    (on a signed log scale); 0 without numbers on either side."""
    if not numbers or not column:
        return 0.0
    lo, hi = _signed_log(min(column)), _signed_log(max(column))
    fits = [max(0.0, 1.0 - abs(_signed_log(x) - min(max(_signed_log(x), lo), hi))) for x in numbers]
    return sum(fits) / len(fits)


def _share(stems: Sequence[str], request: set[str]) -> float:
    return sum(s in request for s in stems) / len(stems) if stems else 0.0


def literal_share(texts: Sequence[str], cells: Sequence[str]) -> float:
    """The share of `texts` found in the column: a cell equal to it, or holding it as a word."""
    if not texts or not cells:
        return 0.0
    lowered = [c.lower() for c in cells]
    found = 0
    for t in texts:
        t = t.strip().lower()
        pattern = re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)")
        found += any(c == t or pattern.search(c) for c in lowered)
    return found / len(texts)


# --------------------------------------------------------------------------- the choice


def _contrast(sims: np.ndarray) -> np.ndarray:
    """Per column, how far its best-matching request word stands out: each word's cosine to
    every column minus that word's mean over the columns (some words sit near every header),
    the best word per column, less `SIM_FLOOR`, scaled by `SIM_SCALE` to at most 1."""
    if sims.size == 0 or sims.shape[1] < 2:
        return np.zeros(sims.shape[1] if sims.ndim == 2 else 0)
    centred = sims - sims.mean(axis=1, keepdims=True)
    return np.clip((centred.max(axis=0) - SIM_FLOOR) / SIM_SCALE, 0.0, 1.0)


def _header_slips(request: str, headers: Sequence[str]) -> set[str]:
    """The stemmed header words that a word of the request, no English word, is one slip of
    ("veiws" for Page Views; "custmoers", of its plural, for Customer)."""
    from cf_assistant.diffusion.spelling import slip_of

    plain = {w.lower() for h in headers for w in re.findall(r"[A-Za-z]+", h) if len(w) >= 5}
    plain |= {w + "s" for w in plain if not w.endswith("s")}
    said = {w.lower() for w in re.findall(r"[A-Za-z]{5,}", request)} - plain
    return {stem(hit) for hit in (slip_of(w, plain) for w in said) if hit}


_QUANTITY_NEXT = re.compile(r"\s*(?:-?\$?\d|(?:between|over|under|above|below|more|less|greater|"
                            r"fewer)\b|[=<>]|(?:at|of|from)\s+(?:least\b|most\b|-?\$?\d))", re.I)


def _rows_named(request: str, selection: Selection) -> set[int]:
    """The text column (kind read from its header) that the request's subject names in the
    plural, after at most one adjective, when no number or comparison follows it, or before
    "rows": "tickets from the last 7 days", "upcoming bookings for next week", "the agent rows
    where ...", "the whole row of the entrants dated yesterday" name the rows by their Ticket,
    Booking, Agent, Entrant, they do not test them; "copays between 20 and 40" does test Copay."""
    said = [m for m in _WORD.finditer(request) if m.group(0).lower() not in _STOP][:2]
    found: set[int] = set()
    for n, first in enumerate(said):  # the subject, or the word after its one adjective ("upcoming bookings")
        if _QUANTITY_NEXT.match(request, first.end()):
            break
        word = first.group(0).lower()
        found |= {j for j in selection.columns if j in selection.guessed and selection.kinds[j] == "text"
                  and len(header_words(selection.headers[j])) == 1
                  and word in {selection.headers[j].strip().lower() + end for end in ("s", "es")}}
        if found or n == 0 and any(word in header_words(h) for h in selection.headers):
            break
    for m in _ROW_OF_THE.finditer(request):  # "the whole row of the entrants dated yesterday"
        if not _QUANTITY_NEXT.match(request, m.end()):
            found |= {j for j in selection.columns if j in selection.guessed and selection.kinds[j] == "text"
                      and len(header_words(selection.headers[j])) == 1
                      and m.group(1).lower() in {selection.headers[j].strip().lower() + end for end in ("s", "es")}}
    for m in _ROWS_OF.finditer(request):  # "the agent rows where CSAT is 4.4 or higher"
        found |= {j for j in selection.columns if j in selection.guessed and selection.kinds[j] == "text"
                  and selection.headers[j].strip().lower() == m.group(1).lower()}
    return found


_ROW_OF_THE = re.compile(r"\brows?\s+(?:of|for)\s+(?:the|all|every|each|any|those)\s+([A-Za-z]+)\b", re.I)
_ROWS_OF = re.compile(r"\b([A-Za-z]+)\s+(?:rows?|records|entries|lines)\b(?!\s+(?:of|in|for)\b)")


def _abbreviated(stems: set[str], headers: Sequence[str]) -> set[str]:
    """The header words, no English words, that begin a word of the request ("Years Exp" for
    "experienced")."""
    from cf_assistant.diffusion.spelling import known_words

    short = {w for h in headers for w in header_words(h) if len(w) >= 3 and w not in known_words()}
    return {w for w in short if any(s.startswith(w) and len(s) >= len(w) + 2 for s in stems)}


def _root(word: str) -> str:
    """A word without its derivational ending, kept to five letters or more ("generation" and
    "generated" -> "generat", "arrival" -> "arriv", "renewed" -> "renew")."""
    for end in ("ations", "ation", "ions", "ion", "ings", "ing", "als", "al", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 5:
            return word[:-len(end)] + ("at" if end.startswith("ation") else "")
    return word


def _rooted(header_word: str, stems: set[str]) -> bool:
    """A header word the request says in another form of the same word ("generation" for
    kWh Generated, "approval" for Approved)."""
    root = _root(header_word)
    return len(root) >= 5 and any(_root(s) == root for s in stems if len(s) >= 5)


def _meant(said: set[str], header: str) -> set[str]:
    """The header's words that the request's words say by their meaning ("arriving" for ETA,
    "mileage" for Odometer: `headers.header_meanings`)."""
    from cf_assistant.assistant.headers import header_meanings

    out: set[str] = set()
    for key, means in header_meanings(header).items():
        if means & said:  # a temperature word names the degree's unit, not the header's other words
            heads = set(header_words(header))  # ("the coldest minimum readings": Min °C over Max °C)
            if key == "°":
                out |= heads & {"c", "f"} or heads
            else:
                out |= heads if re.search(r"[^a-z]", key) else {stem(key)}
    return out


def _initialled(request: str, header: str) -> set[str]:
    """The header's capitalised initialisms (2-4 capitals: "PB (s)", "SLA Due") that the request
    spells out word by word ("personal best", "service level agreement"), as header words."""
    out: set[str] = set()
    said = [w.lower() for w in re.findall(r"[A-Za-z]+", request)]
    for short in re.findall(r"(?<![A-Za-z])([A-Z]{2,4})(?![A-Za-z])", header):
        n, low = len(short), short.lower()
        if any("".join(w[0] for w in said[i:i + n]) == low and all(len(w) >= 2 for w in said[i:i + n])
               for i in range(len(said) - n + 1)):
            out |= {stem(low)} & set(header_words(header)) or {low}
    return out


_MONEY = re.compile(r"[$£€¥]")
_DEGREES = re.compile(r"\d\s*(?:°|degrees?\b|deg\b)", re.I)
_RATE = re.compile(r"[$£€¥]\s?\d[\d,.]*\s*(?:a|an|per|each|/)\s*([a-z]+)", re.I)  # "$300 a night"
_PERCENT = re.compile(r"%|\bper\s?cent|\bpct\b", re.I)


def _said_bonus(request: str, selection: Selection) -> dict[int, float]:
    """Per column, what the request says of it beside its words: its letter or its name as a
    column (`WEIGHTS["letter"]`), its header's words whole, its unit, a percentage or money
    beside a header with the sign."""
    out = {j: 0.0 for j in selection.columns}
    for j in (lettered_columns(request) | said_columns(request, selection.headers)) & set(out):
        out[j] += WEIGHTS["letter"]
    said = " ".join(w for w in words(request) if w != "per")  # "rate per night": Rate/Night
    lowered = set(re.findall(r"[a-z][a-z\-]*", request.lower()))
    percent = _PERCENT.search(request)
    for j in out:
        header = selection.headers[j]
        head = header_words(header)
        if len(head) > 1 and re.search(r"\b" + re.escape(" ".join(head)) + r"\b", said):
            out[j] += WEIGHTS["phrase"]  # "Monthly Rent" said whole, beside "units"
        unit = re.search(r"\(([^)]*[A-Za-z][^)]*)\)", header)
        if unit and len(unit.group(1)) > 1 and re.search(
                r"(?<![\w/])" + re.escape(unit.group(1)) + r"(?![\w/])", request, re.I):
            out[j] += WEIGHTS["phrase"]  # "above 7 t/ha" over "Yield (t/ha)"
        if "°" in header and _DEGREES.search(request):
            out[j] += WEIGHTS["phrase"]  # "above 5 degrees" over "Temp °C": the number's unit
        if percent and _PERCENT.search(header):
            out[j] += WEIGHTS["percent"]  # "variance % above 3%"
        if _MONEY.search(request) and _MONEY.search(header):
            out[j] += WEIGHTS["percent"]  # "over $300 a night" over "Rate ($/night)"
            rate = _RATE.search(request)
            if rate and re.search(rf"(?:/|\bper\s+){re.escape(stem(rate.group(1)))}", header, re.I):
                out[j] += WEIGHTS["phrase"]  # ... the night a rate per night (Nights counts them)
        name = re.sub(r"\([^)]*\)", " ", header).strip().lower()
        if name and re.search(r"\b(?:in|under)\s+(?:the|its|their|his|her)\s+" + re.escape(name) + r"s?\b",
                              request.lower()):
            out[j] += WEIGHTS["phrase"]  # "mentioning a tyre in the defects": the place of the text
        if _meant(lowered - _RULE_CUES, header) or _initialled(request, header):
            out[j] += WEIGHTS["phrase"]  # "how many units" over Qty beside Unit Price; "personal best" PB
    return out


# A sheet named in the request ("... in sheet Batches", "on the 'Q3 Sales' tab", "of summary
# sheet"): where the table is, never a column (316 of the benchmark's 712 train requests mention
# a sheet)
SHEET_LEAN = 0.25  # a header word in the sheet's name, against one in the request (1)
_SHEET = re.compile(
    r"\b(?i:in|on|of|from|at)\s+(?i:the\s+)?(?i:work)?(?i:sheet|tab)s?\s*(?i:named\s+|called\s+)?"
    r"(?:\"[^\"]*\"|'[^']*'|[A-Z0-9][\w&-]*(?:\s+[A-Z0-9][\w&-]*)*)"
    r"|\b(?i:in|on|of|from)\s+(?i:the\s+)?(?:\"[^\"]*\"|'[^']*'|[\w&-]+)\s+(?i:work)?(?i:sheet|tab)\b")


# "feat(PillowFightBouts): ...", "the rows of WokRaceRuns": words joined in CamelCase after "in", "of", "on",
# "from", "sheet" or "(" (a value or a rule's name stands elsewhere: "Sponsor is FitFuel", "Apply NotBetween 9 and 41")
_CAMEL = re.compile(r"(?:\(|\b(?i:in|of|on|from|at|for|sheet|tab)\s+)"
                    r"(?P<name>[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+)(?![\w'\"])")


def _camel_names(request: str, headers: Sequence[str]) -> list[str]:
    """The words joined in CamelCase after a preposition or "(" that name no header nor any of
    the language's rules: a sheet's or table's name, said without "sheet", whose parts are no
    header words ("Pillow (g)", "Runs"). A header so spelt ("OrderDate") is the header."""
    from cf_assistant.languages.cf.parser import FUNCTIONS

    own = {re.sub(r"[\s_]+", "", h).lower() for h in headers} | {name.lower() for name in FUNCTIONS}
    return [m.group("name") for m in _CAMEL.finditer(request) if m.group("name").lower() not in own]


_ROWS_NOUN = re.compile(r"\b(?P<det>each|every|any|for|of\s+the)\s+[a-z]+(?=\s+(?:whose|where|with)\s+[A-Z])")


def without_sheet(request: str, headers: Sequence[str] | None = None) -> str:
    """The request without the sheet it names (`_SHEET`); given the table's `headers`, also
    without a name in CamelCase that is none of them (`_camel_names`)."""
    request = _SHEET.sub(" ", request)
    for name in _camel_names(request, headers) if headers is not None else ():
        request = re.sub(rf"(?<![\w'\"]){name}(?![\w'\"])", " ", request)
    return request


class ColumnChoice:
    """The columns of a selection scored for one request; `ranked(rule)` adds the rule's part."""

    def __init__(self, request: str, table: Any, selection: Selection, embed: Any = None,
                 today: Any = None):
        self.table, self.selection, self.today = table, selection, today
        sheet_text = " ".join([m.group(0) for m in _SHEET.finditer(request)]
                              + _camel_names(_SHEET.sub(" ", request), selection.headers))
        sheet = set(words(sheet_text)) - {"sheet", "tab"}
        sheet_said = set(re.findall(r"[a-z][a-z\-]*", sheet_text.lower()))
        request = without_sheet(request, selection.headers)
        unquoted = re.sub(r'"[^"]*"|\'[^\']*\'', " ", request)  # "Plants starting with 'Hardy'": a value
        # "$300 a night": the night is the rate's unit, no word naming Nights
        unquoted = _RATE.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)], unquoted)
        # "the row of each trip whose Log ...": the rows' own noun, no word naming the Trip column (session 26)
        unquoted = _ROWS_NOUN.sub(r"\g<det> ", unquoted)
        stems = set(words(unquoted)) | _header_slips(unquoted, selection.headers)
        stems |= {w[:-4] for w in stems if w.endswith("iest") and len(w) > 6}  # "the 3 windiest races": Wind
        stems |= _abbreviated(stems, selection.headers)
        said = set(re.findall(r"[a-z][a-z\-]*", request.lower()))
        stems |= {w for h in selection.headers for w in header_words(h) if _rooted(w, stems)}
        named = {j: WEIGHTS["header_words"] * _share(header_words(selection.headers[j]),
                                                     stems | _meant(said, selection.headers[j])
                                                     | _initialled(unquoted, selection.headers[j]))
                 for j in selection.columns}
        self.rows_named = _rows_named(request, selection)
        self.rows_base = {}  # what the rows' noun took away ("clients with more than one job" tests Client)
        for j in self.rows_named:  # "accounts with no owner": Owner is tested, Account names the rows
            own = set(header_words(selection.headers[j]))  # (Demo Day Slot, named by "demos" alone, is no other)
            if any(named[k] > 0 and _share([w for w in header_words(selection.headers[k]) if w not in own],
                                           stems | _meant(said, selection.headers[k])) > 0
                   for k in named if k != j):
                self.rows_base[j], named[j] = named[j], 0.0
        for j in named:  # the sheet's name only leans ("blank cells in sheet Birthdays": Birthday)
            named[j] += SHEET_LEAN * WEIGHTS["header_words"] * _share(
                header_words(selection.headers[j]), sheet | _meant(sheet_said, selection.headers[j]))
        self.base = dict(named)
        if embed is not None:
            for j, extra in zip(selection.columns, self._similarities(request, embed)):
                self.base[j] += float(extra)
        for j, extra in _said_bonus(request, selection).items():
            self.base[j] += extra
        self.numbers = {j: [float(v) for v in table.column(j)
                            if isinstance(v, float) and not isinstance(v, bool)]
                        for j in selection.columns}

    def _similarities(self, request: str, embed: Any) -> np.ndarray:
        """Per selected column: the header and cell-text similarity parts of its score."""
        asked_words = plain_words(request)
        if not asked_words:
            return np.zeros(len(self.selection.columns))
        asked = embed([*asked_words, request.strip()])
        heads = embed([self.selection.headers[j].strip() or "?" for j in self.selection.columns])
        out = WEIGHTS["header_sim"] * _contrast(asked @ heads.T)
        by_value = np.zeros((len(asked_words), len(self.selection.columns)))
        for n, j in enumerate(self.selection.columns):
            texts = self.selection.texts(self.table, j)
            if texts:
                by_value[:, n] = (asked[:-1] @ embed(texts).T).max(axis=1)
        return out + WEIGHTS["value_sim"] * _contrast(by_value)

    def score(self, rule: Any, j: int) -> float:
        """The request's score of column j plus the rule's: literals, magnitude, type, and
        whether it separates the column's cells (`DEGENERATE` when it formats none or all)."""
        from cf_assistant.languages.cf.rules import Duplicates

        needs, numbers, texts = rule_facts(rule)
        score = self.base[j]
        found = literal_share(texts, self.selection.texts(self.table, j))
        score += WEIGHTS["literal"] * found
        if self.selection.kinds[j] == "number":
            score += WEIGHTS["magnitude"] * magnitude_fit(numbers, self.numbers[j])
        if not found and needs is not None and self.selection.kinds[j] not in needs \
                and not (self.selection.kinds[j] == "empty" and needs == {"text"}):  # (an identifier's code)
            # (a text found among a number column's cells, "TBC", is no mismatch)
            score += GUESS_MISMATCH if j in self.selection.guessed else MISMATCH
            if j in self.selection.guessed and j in self.rows_named \
                    and any(self.selection.kinds[k] in needs for k in self.selection.columns):
                score -= self.base[j]  # "tickets from the last 7 days": Ticket names the rows (and
                # a date column tests them; without one, "screenings today" may be on Screening)
        elif j in self.selection.guessed and self.selection.kinds[j] == "date" \
                and any(abs(x) < DATE_SERIALS for x in numbers):
            score += GUESS_MISMATCH  # "over 5" on a header that reads as a date: a quantity meant
        if j in self.rows_base and isinstance(rule, Duplicates):  # a repeat counts the rows' own
            score += self.rows_base[j]
        return score + self._evidence(rule, j)

    def _evidence(self, rule: Any, j: int) -> float:
        """DEGENERATE when the rule formats none or every data cell of column j (a colour scale
        or data bar, which formats every number by design, never is); MISMATCH when it cannot run."""
        from cf_assistant.errors import CfaError
        from cf_assistant.languages.cf.executor import execute
        from cf_assistant.languages.cf.rules import Visual

        if self.table.n_rows == 0 or isinstance(rule, Visual):
            return 0.0
        try:
            hits = int(np.asarray(execute(rule, self.table, j, reference_date=self.today)).sum())
        except (CfaError, IndexError, ValueError, TypeError):
            return MISMATCH
        return DEGENERATE if hits in (0, self.table.n_rows) else 0.0

    def ranked(self, rule: Any) -> list[tuple[int, float]]:
        """Every selected column with its score for `rule`, best first (ties: left first)."""
        from cf_assistant.languages.cf.rows import column_named

        if self.selection.forced is not None:
            return [(self.selection.forced, 0.0)]
        own = column_named(rule) if rule is not None else None
        if own is not None and own in self.selection.columns:
            return [(own, 0.0)]
        scored = [(j, self.score(rule, j) if rule is not None else self.base[j])
                  for j in self.selection.columns]
        return sorted(scored, key=lambda p: (-p[1], p[0]))

    def plausible(self, rule: Any) -> list[int]:
        """The best column and up to ALTERNATES others within MARGIN of it."""
        ranked = self.ranked(rule)
        best = ranked[0][1]
        others = [j for j, s in ranked[1:] if s >= best - MARGIN and s > MISMATCH / 2]
        return [ranked[0][0], *others[:ALTERNATES]]


# --------------------------------------------------------------------------- scope and names


def _plural(word: str) -> bool:
    return len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def scope_of(request: str, header: str = "") -> str:
    """"rows" when the request formats whole rows, else "cells". Rows: row words ("the entire
    row", "rows where"), or an object that names the table's things rather than a column's
    values: the request's first plural noun ("orders", "students", "Omar's expenses") or a
    collective one ("staff", "people") when it is not a word for cells ("values", "amounts"),
    a span of time ("days"), a unit ("bucks") or a word for the tested column's head word
    ("salaries" for Salary, "bedrooms" for Beds, "addreses" for Address; `_names_head`)."""
    if _ROW_WORDS.search(request):
        return "rows"
    head = (words(header) or [""])[-1]
    for word in _WORD.findall(request):
        w = re.sub(r"'s$", "", word.lower())
        if w in _STOP or w[0].isdigit() or w == "ones":
            continue
        if w in _COLLECTIVE:
            return "rows"
        if not _plural(w) or stem(w) in _TIME_NOUNS or stem(w) in _UNIT_NOUNS:
            continue
        return "cells" if stem(w) in _CELL_NOUNS or _names_head(stem(w), head) else "rows"
    return "cells"


def _names_head(said: str, head: str) -> bool:
    """A request's word for a header's word: the same, one begins the other ("bathrooms" for
    Baths, "bedrooms" for Beds), or one slip apart ("addreses" for Address)."""
    from cf_assistant.diffusion.spelling import edits

    if not head:
        return False
    if said == head:
        return True
    if min(len(said), len(head)) >= 3 and (said.startswith(head) or head.startswith(said)):
        return True
    return len(head) >= 5 and said in edits(head)


def _near_header(name: str, headers: Sequence[str], embed: Any) -> bool:
    heads = [h for h in headers if h.strip()]
    return bool(heads) and float((embed(heads) @ embed([name])[0]).max()) >= NAMED_SIM


def lettered_columns(request: str) -> set[int]:
    """The sheet columns (0-based: A is 0) that the request names by letter: "column D", "the D
    column", a range down one column ("C2:C50", "B2 to B220", "D:D"); a range across columns
    names none."""
    from openpyxl.utils.cell import column_index_from_string

    found: set[int] = set()
    for pattern in _LETTERED:
        for m in pattern.finditer(request):
            letters = {g for g in m.groups() if g}
            if len(letters) == 1 and not letters & _WORDS_NOT_LETTERS:
                found.add(column_index_from_string(letters.pop()) - 1)
    return found


def said_columns(request: str, headers: Sequence[str]) -> set[int]:
    """The columns the request names as columns by their header ("in the Actual column",
    'column "Actual"')."""
    found = set()
    for pattern in _NAMED:
        for m in pattern.finditer(request):
            name = words(m.group(1))
            found |= {j for j, h in enumerate(headers)
                      if name and header_words(h) and _names_words(name, header_words(h))}
    return found


def _names_words(name: list[str], head: list[str]) -> bool:
    """Whether the last words of a named column are a header's words, each whole or the
    header's word cut short of it ("discount" for "Disc %", three letters at least)."""
    said = name[-len(head):]
    return len(said) == len(head) and all(w == h or len(h) >= 3 and w.startswith(h) for w, h in zip(said, head))


def check_named_columns(request: str, headers: Sequence[str], embed: Any = None) -> None:
    """BadInputError when the request names a column ("the Bonus column", `column "Bonus"`)
    that none of the headers is, by its words or, with `embed()` (an `Embedder` factory), by a
    MiniLM cosine of at least NAMED_SIM ("the dept column" is Department), or by its meaning
    (`header_meanings`: "the blood pressure column" is SBP); the message lists the headers. A
    phrase of more than three words before "column" or one ending in a pointer ("in that
    column") names none: a false error refuses a request that has an answer."""
    from cf_assistant.assistant.headers import header_meanings

    names = {s for h in headers for s in words(h)} | {h.strip().lower() for h in headers}
    for pattern in _NAMED:
        for m in pattern.finditer(request):
            name = m.group(1).strip()
            tail = [w for w in name.split() if w.lower() not in _NOT_NAMES]
            if not tail or re.fullmatch(r"[A-Z]{1,2}", " ".join(tail)) \
                    or re.search(r"\b(?:is|are|was|were|be|in|at|to|into|of|from|for|on|by|with|when|whenever|where|"
                                 r"wherever|if|whose|that|which|while|once)$", name, re.I) \
                    or name.split()[-1].lower() in _NOT_NAMES or len(tail) > 3:
                continue  # none, a letter, a sentence ("the admission date is column C", "the row when
                # column E, Dist (cm), is ..."), a
                # lettered column's cells ("the cells of column C"), a
                # column pointed at ("the error cells in that column") or a phrase longer than a
                # header's name: a false error refuses a request that has an answer
            stems = [stem(w) for w in tail[-2:]]
            if name.lower() in names or any(s in names for s in stems) \
                    or any(len(n) >= 3 and s.startswith(n) for s in stems for n in names) \
                    or any(len(s) >= 3 and n.startswith(s) for s in stems for n in names):
                continue  # a header's word cut short ("Disc %" for "discount"), or the named word
                # cut short of a header's ("the temp column" for Temperature)
            if any(set(w.lower() for w in tail[-2:]) <= meant for h in headers
                   for meant in header_meanings(h).values()):
                continue  # "the blood pressure column": SBP (mmHg) by its meaning
            if embed is not None and _near_header(" ".join(tail[-2:]), headers, embed()):
                continue
            if _header_slips(" ".join(tail[-2:]), headers):
                continue  # a header's word slipped ("the calus column": Callus (mm))
            listed = ", ".join(h for h in headers if h.strip())
            raise BadInputError(f"the table has no column '{' '.join(tail[-2:])}' "
                                f"(columns: {listed})")


# A header whose last word is a field noun ("Sensor Status", "Cert Level"): said as typed, its
# capitalised first word reads as the field's value ("the North region"); said in lower case, as
# the header it is.
_FIELD_HEADER = re.compile(r"\S.*\s" + _FIELD_NOUNS, re.IGNORECASE)  # the field nouns of `text_slots`


def lowered_field_headers(request: str, headers: Sequence[str]) -> str:
    """The request with each header of `_FIELD_HEADER` it says whole written in lower case
    ("Highlight Sensor Status not equal to OK" -> "... sensor status ...")."""
    for header in headers:
        if _FIELD_HEADER.fullmatch(header.strip()):
            request = re.sub(rf"(?<![\w-]){re.escape(header.strip())}(?![\w-])", header.strip().lower(), request,
                             flags=re.IGNORECASE)
    return request


# Words of the rule language that a header of several words may hold ("Top Bid", "Unit No", "Avg
# DBH", "Next Due"): said as the header, they ask for no rule.
_HEADER_CUES = frozenset("top bottom no not avg average mean max min maximum minimum last next previous prev "
                         "high low highest lowest".split())


def without_header_cues(request: str, headers: Sequence[str]) -> str:
    """The request with the rule words of a header of several words said whole as the header
    writes it (`_HEADER_CUES`) left out: "Top Bid is not an error" -> "Bid is not an error",
    "Unit No ending with 3" -> "Unit ending with 3" (what the model reads; the column choice reads
    the request as typed). A header typed in other case ("the top bid") is not touched."""
    for h in sorted(headers, key=len, reverse=True):
        words = re.findall(r"[A-Za-z]+", h)
        kept = [w for w in words if w.lower() not in _HEADER_CUES]
        if len(words) < 2 or len(kept) == len(words) or not kept:
            continue
        head = re.sub(r"\s*\([^()]*\)\s*", " ", _FLAG_MARK.sub("", h)).strip()  # "Top Bid (£)": "Top Bid"
        plain = re.sub(r"\s+", " ", " ".join(w for w in re.split(r"\s+", head) if w.lower() not in _HEADER_CUES))
        request = re.sub(rf"(?<!\w){re.escape(head)}(?!\w)", lambda m: plain, request)
    return request


def quote_values(request: str, values: Sequence[str], headers: Sequence[str] = ()) -> str:
    """The request with each run of up to three of its words that is a whole cell text of the
    table ("laptop" for Laptop, "not started") written as that text in double quotes, so that the
    literal repairs and the fidelity ranking (`languages.cf.repairs`) know the user named it.
    One-letter words and numbers alone are never quoted, a stop word only in the cell's own
    case ("IT", not "it"); a word of a header is quoted only as a cell writes it, not as a
    loose form or a slip of one ("Quote is below average" beside a Status cell "Quoted"); an
    error's code ("#N/A" beside a cell "n/a") is never a text; a request that quotes a text
    already stays as it is, and one that quotes cell texts in single quotes has them in double
    quotes ("the 'Veterans' heats" -> 'the "Veterans" heats')."""
    heads = {w.lower() for h in headers for w in re.findall(r"[A-Za-z]+", h)}
    known = {v.lower(): v for v in values if len(v) > 1 and not v.replace(".", "").isdigit()}
    if not known or '"' in request:
        return request
    if "'" in request:  # "the 'Veterans' heats": cell texts in single quotes, quoted as the readers quote
        single = re.sub(r"(?<![\w'])'([^'\n]{2,40})'(?![\w'])", lambda m: f'"{known[m.group(1).lower()]}"'
                        if m.group(1).lower() in known else m.group(0), request)
        if single != request:
            return single
    if sheets := list(_SHEET.finditer(request)):  # "... in sheet Quotes": where, never a value
        cuts = [0, *(x for m in sheets for x in m.span()), len(request)]
        return "".join(request[a:b] if n % 2 else quote_values(request[a:b], values, headers)
                       for n, (a, b) in enumerate(zip(cuts, cuts[1:])))
    loose = _loose_index(known.values())
    loose_heads = {_loose(w) for w in heads}
    tokens = re.findall(r"[\w'-]+|[^\w'-]+", request)
    # a header of several words said whole ("Unit No ending with 3" beside a Yes/No column) is the
    # column, none of its words a cell's text
    said = [m.span() for h in headers if len(re.findall(r"[A-Za-z]+", h)) > 1
            for m in re.finditer(rf"(?<!\w){re.escape(_FLAG_MARK.sub('', h))}(?!\w)", request, re.I)]
    starts = [sum(map(len, tokens[:i])) for i in range(len(tokens))]
    out, i = [], 0
    while i < len(tokens):
        if any(a <= starts[i] < b for a, b in said):
            out.append(tokens[i])
            i += 1
            continue
        for n in (5, 3, 1):  # word, space, word, space, word: up to three words
            run = "".join(tokens[i:i + n])
            key = re.sub(r"'s$", "", run.lower())
            exact = key not in _STOP or run.startswith(known.get(key, "\0"))  # "IT", not "it"
            value = known.get(key) if exact else None
            if value is None and key not in _STOP and len(key) > 3 and key not in heads \
                    and _loose(key) not in loose_heads:  # "orders" beside an Ordered column
                value = loose.get(_loose(key)) or (_misspelt(key, known) if n == 1 else None)
            if value is not None and key in heads and re.match(r"\s+(?i:col|column)\b", "".join(tokens[i + n:i + n + 2])):
                value = None  # "the Ordered column": the column, not a cell
            if value is None and (country := country_of(key, known)) is not None:  # "French": France
                value = known[country]
            if value is not None and out and out[-1].endswith("#"):
                value = None  # "#N/A": Excel's error, not the text "n/a"
            if run.strip() == run and value is not None:
                out.append(f'"{value}"' + run[len(key):])
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return "".join(out)


def _loose(text: str) -> str:
    """A text as loosely as people type it: lower case, hyphens as spaces, no past-tense "ed"
    or final "e" ("failed" for Fail, "completed" for Complete), no plural s."""
    return " ".join(re.sub(r"(?<=\w{3})(?:ed|e)$", "", re.sub(r"(?<=\w{2})(?<!s)s$", "", re.sub(r"(?<=\w{2})ies$", "y", w)))
                    for w in re.split(r"[\s_-]+", text.lower()) if w)  # ("cherries" for Cherry)


def _loose_index(values: Sequence[str]) -> dict[str, str]:
    """{loose form: value} for the loose forms that only one value has ("follow ups" and
    "Follow-up")."""
    by: dict[str, set[str]] = {}
    for v in values:
        by.setdefault(_loose(v), set()).add(v)
    return {k: min(vs) for k, vs in by.items() if len({v.lower() for v in vs}) == 1}


def _misspelt(word: str, known: dict[str, str]) -> str | None:
    """The one cell text of five or more letters that `word`, no English word the encoder knows,
    is a slip of ("cardiolgy" -> Cardiology); None otherwise."""
    from cf_assistant.diffusion.spelling import slip_of

    if len(word) < 5 or not word.isalpha():
        return None
    value = slip_of(word, {k for k in known if len(k) >= 5 and k.isalpha()})
    return known[value] if value is not None else None


# Units a header names in parentheses ("Response (h)", "Weight (kg)") and a request may say
# otherwise: per spelling, (dimension, size in the dimension's base unit).
_UNITS = {
    **{u: ("time", 1 / 3600) for u in "s sec secs second seconds".split()},
    **{u: ("time", 1 / 60) for u in "min mins minute minutes".split()},
    **{u: ("time", 1.0) for u in "h hr hrs hour hours".split()},
    **{u: ("time", 24.0) for u in "d day days night nights".split()},  # a stay's nights
    **{u: ("time", 168.0) for u in "wk wks week weeks".split()},
    **{u: ("time", 336.0) for u in "fortnight fortnights".split()},
    **{u: ("mass", 0.001) for u in "g gram grams".split()},
    **{u: ("mass", 1.0) for u in "kg kgs kilo kilos kilogram kilograms".split()},
    **{u: ("length", 0.001) for u in "m metre metres meter meters".split()},
    **{u: ("length", 1.0) for u in "km kms kilometre kilometres kilometer kilometers".split()},
    # (session 19, read on the eighteenth one-column set's dev half)
    # months and years apart from hours and days: "over a month" on Days Overdue stays as said
    **{u: ("calendar", 1 / 12) for u in "month months".split()},
    **{u: ("calendar", 1.0) for u in "year years yr yrs".split()},
    **{u: ("calendar", 10.0) for u in "decade decades".split()},
    **{u: ("mass", 1e-6) for u in "mg milligram milligrams".split()},
    **{u: ("mass", 1000.0) for u in "t tonne tonnes".split()},
    **{u: ("length", 1e-5) for u in "cm centimetre centimetres centimeter centimeters".split()},
    **{u: ("length", 1e-6) for u in "mm millimetre millimetres millimeter millimeters".split()},
    **{u: ("volume", 0.001) for u in "ml millilitre millilitres milliliter milliliters".split()},
    **{u: ("volume", 0.01) for u in "cl centilitre centilitres".split()},
    **{u: ("volume", 0.1) for u in "dl decilitre decilitres".split()},
    **{u: ("volume", 1.0) for u in "l litre litres liter liters".split()},
    # (session 20, read on the eighteenth table set's dev half) cubic metres, pence and cents
    **{u: ("volume", 1000.0) for u in "m³ m3 m^3".split()},
    **{u: ("pounds", 1.0) for u in "£ gbp".split()},
    **{u: ("pounds", 0.01) for u in "p pence".split()},
    **{u: ("dollars", 1.0) for u in "$ usd".split()},
    **{u: ("dollars", 0.01) for u in "cent cents".split()},
}
# Dimensions whose quantities are converted though the request names no header: one header of the
# dimension is what "loads over 2,000 litres" compares ("over a day" may be a date's distance)
_PLAIN_DIMENSIONS = frozenset("mass length volume pounds dollars".split())
_DATED = re.compile(r"\b(?:ago|last|past|next|within|since|before|after|earlier|later|today|tomorrow|yesterday)\b",
                    re.I)
_GLUED_ONLY = frozenset("d m p".split())  # only right after its number ("2d"; "5 m" may be millions)
_AFTER_NUMBER = frozenset("h g".split())  # only after a number ("2 h", "500 g")
# "7,000 m but under 15 km": metres apart from their number where another length unit is said
_LENGTH_SAID = re.compile(r"\d\s*(?:km|cm|mm|kilomet(?:re|er)s?|(?:centi|milli)?met(?:re|er)s?)\b", re.I)
_HEADER_ONLY = frozenset({"s", "t", "l"})  # a header's "(s)"; in a request "30s" may be an age or a decade
_QUANTITY = re.compile(
    r"(?<![\w.,])(?:(?P<half>half[\s-]+(?:an?\s+)?)|(?P<one>an?|one)\s+|(?P<n>\d+(?:\.\d+)?)(?P<gap>\s*))"
    r"(?P<unit>[A-Za-z]+)\b", re.I)
# The minutes said after hours ("an hour twenty", "2 hours and 15 minutes"), said last or before a
# joining word
_MINUTES_AFTER = re.compile(r"\s+(?:and\s+)?(?P<m>[1-5]?\d)(?:\s*(?:minutes?|mins?)\b|"
                            r"(?=\s*(?:$|[,;:!?)]|\.(?!\d)|(?:or|and|but|please|only|so)\b)))", re.I)
_SMALL_WORDS = {w: n for w, n in _SPOKEN_SMALL.items() if n < 10}  # "four hours" (spoken_numbers leaves it)
_SMALL_BEFORE_UNIT = re.compile(r"(?i)\b(" + "|".join(_SMALL_WORDS) + r")\b(?=\s+(?:"
                                + "|".join(u for u in _UNITS if len(u) > 2) + r")\b)")
# A bound said before the unit of the bound it pairs with ("between 2 and 3 hours", "2-3 hours")
_BOUND_BEFORE = re.compile(r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)(?=\s*(?:-|to|and|or)\s*"
                           r"\d+(?:\.\d+)?\s*(?P<unit>[A-Za-z]+)\b)", re.I)
# A number said after a quantity without its unit again ("under 4 hours or exactly 4")
_BOUND_AFTER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s*(?P<unit>[A-Za-z]+)\s+(?:or|and|to)\s+"
                          r"(?:exactly\s+|just\s+)?(?P<n>\d+(?:\.\d+)?|" + "|".join(_SMALL_WORDS) + ")"
                          r"(?=\s*(?:$|[,;:!?)]|\.(?!\d)|(?:or|and|but|please|only)\b))", re.I)


# A rate's period in a header's parentheses: "(mins/week)" counts minutes, per week
_PER_PERIOD = re.compile(r"\(\s*([A-Za-z]+)\s*/\s*(day|week|wk|month|year|session|lesson|visit)\s*\)\s*$", re.I)
# "an hour and a half", "2 hours and a half": the half said after the unit
_AND_A_HALF = re.compile(r"(?i)(?<![\w.])(an?|one|\d+(?:\.\d+)?)\s+([A-Za-z]+)\s+and\s+a\s+half\b")


def header_unit(header: str) -> tuple[str, float] | None:
    """(dimension, size) of the unit a header names in parentheses ("Response (h)"; a rate's
    own unit, "Practice (mins/week)": minutes), else of the one unit word of two letters or more
    among its words ("Days Out", "Hours Worked"), or None."""
    m = re.search(r"\(\s*([A-Za-z]+|m³|m3|m\^3|£|\$)\s*\)\s*$", header) or _PER_PERIOD.search(header)
    if m:
        return _UNITS.get(m.group(1).lower())
    found = {_UNITS[w] for w in re.findall(r"[a-z]+", header.lower())
             if len(w) > 1 and w in _UNITS and w not in _GLUED_ONLY | _AFTER_NUMBER}
    return found.pop() if len(found) == 1 else None


def _header_units(request: str, headers: Sequence[str], named_only: bool) -> tuple[dict[str, float], set[str]]:
    """Per dimension, the size of the unit a request's quantity is written in (the one header of
    the dimension the request names, else its only header, unnamed: `in_header_units`), and the
    dimensions of a header the request names."""
    by_dimension: dict[str, list[tuple[float, bool]]] = {}  # (size, whether the request names the header)
    said = set(words(request))
    for h in headers:
        unit = header_unit(h)
        if unit is not None:
            named = any(w == hw or len(hw) >= 5 and w[:5] == hw[:5]  # "weighing" for Weight
                        for w in said for hw in header_words(h))
            by_dimension.setdefault(unit[0], []).append((unit[1], named or not named_only))
    units = {}
    for dim, sizes in by_dimension.items():
        named = [size for size, is_named in sizes if is_named]
        if len(named) == 1:  # the one header named ("tiles over 450 mm": Tile Size (cm), not Grout Gap (mm))
            units[dim] = named[0]
        elif len(sizes) == 1 and not named and (dim in _PLAIN_DIMENSIONS or not _DATED.search(request)):
            units[dim] = sizes[0][0]  # the one header of its dimension ("donkeys older than 132 months")
    return units, {dim for dim, sizes in by_dimension.items() if any(is_named for _, is_named in sizes)}


def in_header_units(request: str, headers: Sequence[str], named_only: bool = True) -> str:
    """The request with each quantity in another unit written in the unit of the one header of
    its dimension whose words the request says ("response time of a day or more" over
    "Response (h)" -> "response time of 24 or more"; "over 500 g" over "Weight (kg)"
    -> "over 0.5"; "half an hour" over hours -> "0.5"), so that the rule compares the numbers
    the cells hold; naming none, of the only header of its dimension, for a length, mass, volume
    or money ("loads over 2,000 litres" over "Volume (m³)" -> 2; pence over "(£)") and for a time
    where no date is said ("opened more than a day ago" stays). Numbers in the header's own unit,
    units no header names, two headers named or unnamed, and quoted texts stay as they are.
    `named_only=False` (one column, which the request can only mean): the header need not be
    named. Numbers said in words count ("four and a half hours"), as do the minutes after
    hours ("an hour twenty" over minutes -> 80), a bound said without the unit its pair names
    ("between 2 and 3 hours", "under 4 hours or exactly four"), seconds ("Wait (sec)") and a
    stay's nights (days)."""
    from cf_assistant.diffusion.literals import _shortest

    units, named_dims = _header_units(request, headers, named_only)
    periods = {_UNITS.get(per.group(2).lower()) for h in headers for per in [_PER_PERIOD.search(h)] if per}

    def convert(m: re.Match) -> str:
        word = m.group("unit").lower()
        unit = _UNITS.get(word)
        if unit is None or unit[0] not in units or word in _HEADER_ONLY:
            return m.group(0)
        if m.group("one") and unit in periods:  # "an hour's practice a week" over (mins/week): the period
            return m.group(0)
        if re.search(r"\b(?:last|past|next|previous|coming|recent)\s*$", m.string[:m.start()], re.I):
            return m.group(0)  # "dated in the last 7 days": a period of dates, whatever the header's unit
        if word in _GLUED_ONLY | _AFTER_NUMBER and m.group("n") is None \
                or word in _GLUED_ONLY and m.group("gap") \
                and not (word == "m" and (_LENGTH_SAID.search(m.string) or "length" in named_dims)):
            return m.group(0)
        size = units[unit[0]]
        count = 0.5 if m.group("half") else 1.0 if m.group("one") else float(m.group("n"))
        rest = m.string[m.end():]
        more = _MINUTES_AFTER.match(rest) if unit == ("time", 1.0) else None
        if unit[1] == size and m.group("n") is not None and more is None:  # "2 hours" over hours
            return m.group(0)
        value = count * unit[1] + (int(more.group("m")) / 60 if more else 0.0)
        taken.append(len(more.group(0)) if more else 0)
        return _shortest(round(value / size, 6)) + "\0"  # as code writes it: 24, 0.5

    if not units:
        return request
    parts = re.split(r'("[^"]*")', _with_units(request))
    taken: list[int] = []
    written = "".join(p if p.startswith('"') else _QUANTITY.sub(convert, p) for p in parts)
    if not taken:
        return _halves(request)  # in the header's own unit: "an hour and a half" over hours is 1.5
    for n in taken:  # the minutes after hours, counted in the number before them
        at = written.index("\0")
        written = written[:at] + written[at + 1 + n:]
    return written


def _halves(request: str) -> str:
    """"an hour and a half" -> "1.5 hour", "2 days and a half" -> "2.5 days" (units of `_UNITS`)."""
    def half(m: re.Match) -> str:
        if m.group(2).lower() not in _UNITS:
            return m.group(0)
        count = 1.0 if m.group(1).lower() in ("a", "an", "one") else float(m.group(1))
        return f"{count + 0.5:g} {m.group(2)}"

    return _AND_A_HALF.sub(half, request)


def _with_units(request: str) -> str:
    """The request with its numbers said in words written as digits ("four and a half hours":
    4.5 hours) and the unit said once written beside both bounds ("between 2 and 3 hours": 2
    hours and 3 hours; "under 4 hours or exactly four": ... or exactly 4 hours)."""
    from cf_assistant.diffusion.spoken_numbers import spoken_numbers

    said_as = spoken_numbers(request)
    said_as = _halves(said_as)
    said_as = _BOUND_BEFORE.sub(lambda m: f"{m.group('n')} {m.group('unit')}"
                                if m.group("unit").lower() in _UNITS else m.group(0), said_as)
    said_as = _SMALL_BEFORE_UNIT.sub(lambda m: str(_SMALL_WORDS[m.group(1).lower()]), said_as)
    return _BOUND_AFTER.sub(lambda m: m.group(0)[:m.start("n") - m.start()]
                            + f"{_SMALL_WORDS.get(m.group('n').lower(), m.group('n'))} {m.group('unit')}"
                            if m.group("unit").lower() in _UNITS else m.group(0), said_as)


def without_header_numbers(request: str, headers: Sequence[str], parts: bool = False) -> str:
    """The request with each header that holds a digit and that it writes out ("L/100km of 10
    or more") written as its words without the digits and the parentheses ("SCC ('000/ml)" ->
    "SCC", "Q1 Sales" -> "Sales", "NEWS2" -> "NEWS"; "the values" where none is left), so that
    the header's digits are read as no number; with `parts` (one column: no column to choose),
    also a header's word with a digit said beside another of its words ("10K times" over "10K
    Time (min)") left out (on a table, "Q1" beside "sales" may be what tells Q1 Sales from Q2
    Sales)."""
    for h in sorted((h for h in headers if re.search(r"\d", h)), key=len, reverse=True):
        plain = " ".join(re.findall(r"(?<![\w'])[A-Za-z]{2,}(?=\d*(?![\w']))", re.sub(r"\([^)]*\)", " ", h)))
        request = re.sub(rf"(?<!\w){re.escape(h.strip())}(?!\w)", lambda _: plain or "the values", request,
                         flags=re.I)  # ("SCC ('000/ml)" is "SCC": the column still named)
        if not parts:
            continue
        said = {stem(w) for w in re.findall(r"[a-z]+", request.lower())}
        others = {stem(w) for w in header_words(h)}
        for token in re.findall(r"[^\s()]*\d[^\s()]*", h):  # "10K times" over "10K Time (min)"
            if others & said and len(token) > 1:
                request = re.sub(rf"(?<![\w.]){re.escape(token)}(?![\w.])", " ", request, flags=re.I)
    return request


def without_own_unit(request: str, header: str) -> str:
    """The request without the header's own rate unit after a number ("top speeds below 36 km/h"
    over "Top Speed (km/h)" -> "top speeds below 36"): the cells hold the numbers in that unit
    already, and a rate after a number pulls the model's reading off (one column only). A plain
    unit ("kg", "m") stays: dropped, it changed as many dev readings for the worse as the better."""
    m = re.search(r"\((?P<unit>[A-Za-z°µ]+/[A-Za-z°µ²³]+)\)\s*$", header)  # (a rate: "km/h", "mg/l")
    if not m:
        return request
    return re.sub(rf"(?<=\d)\s*{re.escape(m.group('unit').strip())}(?![\w/])", "", request, flags=re.I)


# Words a request uses for the rule itself: never read as a name in a cell text (`quote_parts`),
# and asking for more than a cell text equal to a named value (`named_value`).
_RULE_CUES = frozenset("""contain contains containing include includes including mention
    mentions mentioning say says saying start starts starting begin begins beginning end ends
    ending with without except other than but not no never non or top bottom highest lowest
    largest smallest biggest most least best worst first last next above below over under more
    less greater fewer between outside within before after since until due overdue late early
    new old high low today tomorrow yesterday week month year quarter day days blank blanks
    empty missing filled duplicate duplicates duplicated repeated unique distinct error errors
    average mean median scale bar bars icon icons gradient like similar part word letter any
    anything""".split())
_PIECES = re.compile(r""""[^"]*"|(?<![\w'])'[^'"]+'(?![\w'])|[^\W\d_]+|[^"\w']+|'|\w+""")


_AFFIX_CUES = frozenset("with starts start starting begins begin beginning ends end ending prefix prefixed "
                        "contains contain containing".split())


def quote_parts(request: str, columns: Sequence[tuple[Sequence[str], Sequence[str]]]) -> str:
    """The request with three more kinds of named cell texts quoted (`columns`: per column, its
    header and its distinct texts): a capital letter that is one of a column's texts, beside a
    word for that column ("A grades", "a B grade or better" -> `"A" grades`, `a "B" grade`); and
    a word that is a whole word inside several of one column's longer texts and no header's word
    ("the managers" over "Account Manager", "HR Manager" -> `the "manager"`), in lower case and
    singular, or a capitalised word of one column's longer texts that the request writes as a
    name (capitalised after its first word, with 's, or after "by": "Dave's vans" over "Dave
    R.", "listed by alvarez" over "J. Alvarez" -> `"Dave"'s`, `"Alvarez"`; never a word of the
    rule's own such as "top" or "late"); a capitalised abbreviation of exactly one
    capitalised text ("US" for "USA"), not after a cue of a text's part ("starts with EI").
    Quoted parts stay as they are."""
    heads = [set(header_words(h)) for h, _ in columns]
    letters = [{t for t in texts if len(t) == 1 and t.isupper()} for _, texts in columns]
    inner = []
    for _, texts in columns:
        counts: dict[str, int] = {}
        for t in texts:
            for w in set(_WORD.findall(t.lower())) if " " in t.strip() else ():
                counts[w] = counts.get(w, 0) + 1
        inner.append({w for w, n in counts.items() if n >= 2})
    names = []  # per column: a capitalised word of its longer texts ("Dave R.", "J. Alvarez")
    for _, texts in columns:
        found: dict[str, str] = {}
        for t in texts:
            if len(t.split()) > 1:
                for w in re.findall(r"[^\W\d_]{3,}", t):
                    if w[0].isupper() and not w.isupper():
                        found.setdefault(w.lower(), w)
        names.append(found)
    every_head = set().union(*heads) if heads else set()
    pieces = _PIECES.findall(request)
    words_at = [i for i, p in enumerate(pieces) if p[:1].isalpha()]
    for n, i in enumerate(words_at):
        word = pieces[i]
        near = {stem(pieces[j]) for j in words_at[max(n - 1, 0):n + 2] if j != i}
        if len(word) == 1 and word.isupper() and word != "I":
            if any(word in ls and near & hs for ls, hs in zip(letters, heads)):
                pieces[i] = f'"{word}"'
            continue
        if word.isupper() and 2 <= len(word) <= 4:  # "US" for the one text "USA"
            longer = {t for _, texts in columns for t in texts
                      if t.isupper() and t.isalpha() and t.startswith(word) and t != word}
            if len(longer) == 1 and (pieces[words_at[n - 1]].lower() if n else "") not in _AFFIX_CUES:
                pieces[i] = f'"{longer.pop()}"'
            continue
        low = stem(word)
        if len(low) < 4 or low in _STOP or word.lower() in _STOP or low in every_head:
            continue
        owners = [j for j, ws in enumerate(inner) if low in ws]
        if len(owners) == 1:
            pieces[i] = f'"{low}"'
            continue
        owners = [j for j, ws in enumerate(names) if word.lower() in ws]
        before = pieces[words_at[n - 1]].lower() if n else ""
        named = (word[0].isupper() and n > 0 or pieces[i + 1:i + 3] == ["'", "s"]
                 or before == "by")  # a name: "Dave", "Dave's", "by alvarez"
        if len(owners) == 1 and named and word.lower() not in _RULE_CUES:
            pieces[i] = f'"{names[owners[0]][word.lower()]}"'
    return "".join(pieces)


_YES, _NO = frozenset("yes y true".split()), frozenset("no n false".split())
_GAPS = re.compile(r"\b(?:blanks?|empty|empties|gaps?|missing|unfilled|not\s+filled)\b", re.I)
_TEXT_CUE_BEFORE = re.compile(r"\b(?:contain\w*|mention\w*|say\w*|read\w*|includ\w*)\s+(?:the\s+words?\s+)?$", re.I)
_FLAG_MARK = re.compile(r"\s*(?:\?|\((?:y/n|yes/no)\))\s*$", re.I)


def name_flags(request: str, columns: Sequence[tuple[str, Sequence[str]]]) -> str:
    """The request with a yes/no column named by its header word written as that column and
    value (`columns`: per column, its header and its distinct texts): over a Paid column of
    Yes/No, "unpaid invoices" -> `Paid "No" invoices`, "paid invoices" -> `Paid "Yes" invoices`,
    "expenses with no receipt" -> `expenses with Receipt "No"`. A column is yes/no when its
    texts hold a yes and a no word and at most one other text ("Partial"); its header is one or
    two words ("Parent Contacted": "not contacted"; "Auto-Renew": "auto-renew off"; its two words
    apart or with an ending: "the heating was on", "gift aided"), a "?" or "(Y/N)" after it left
    out ("PIC?"); a request that already names a value ("Receipt is No"), quotes a text, asks for
    blanks ("the gaps in Legal Aid?") or names it after a text cue ("Remarks that contain roots")
    stays as it is."""
    if '"' in request:
        return request
    for header, texts in columns:
        low: dict[str, str] = {}
        for t in texts:
            low.setdefault(t.lower(), t)
        yes = next((low[w] for w in low if w in _YES), None)
        no = next((low[w] for w in low if w in _NO), None)
        head = _FLAG_MARK.sub("", header)  # "PIC?", "Root Intrusion?", "Paid (Y/N)"
        two_words = re.fullmatch(r"[A-Za-z]+(?:[ -][A-Za-z]+)?", head)
        if yes is None or no is None or len(low) > 3 or not two_words:
            continue
        parts = re.split(r"[ -]", head.lower())
        h = r"[\s-]?".join(map(re.escape, parts))
        last = head.lower().split()[-1]
        if " " in head and len(last) > 3 and last not in _STOP:
            h = rf"(?:{h}|{re.escape(last)})"  # "Parent Contacted": "not contacted" names it too
        if len(parts) == 2:  # its words apart, or with an ending: "the heating was on", "gift aided"
            h = rf"(?:{h}|{re.escape(parts[0])}\w*(?:\s+\w+){{0,2}}?\s+{re.escape(parts[1])}\w*)"
        neg = re.compile(rf"\b(?:(?:un|non-?){h}|(?:not|no|without(?:\s+an?)?|never)\s+{h}"
                         rf"|{h}\s+(?:off|disabled))\b", re.I)
        others = [(o.start(), o.end()) for other, _ in columns if other != header and other.strip()
                  for o in re.finditer(rf"(?<!\w){re.escape(other.strip())}(?!\w)", request, re.I)]
        n = neg.search(request)
        if n and not any(a <= n.start() < b for a, b in others):  # ("Raid Points": no Super Raid?)
            return request[:n.start()] + f'{header} "{no}"' + request[n.end():]
        if any(w.lower() in _YES | _NO for w in _WORD.findall(request)) or _GAPS.search(request):
            continue  # ("the gaps in Legal Aid?": its blanks)
        pos = re.compile(rf"\b{h}\b(?!\s+(?i:column|col)\b)", re.I)  # not "the Paid column"
        m = next((m for m in pos.finditer(request) if not any(a <= m.start() < b for a, b in others)), None)
        if m and not _TEXT_CUE_BEFORE.search(request[:m.start()]):  # ("Remarks that contain roots": a text)
            return request[:m.start()] + f'{header} "{yes}"' + request[m.end():]
    return request


# --------------------------------------------------------------------------- the pipeline's side


def table_data(table: Any, selection: Selection, sheet: str | None = None) -> Any:
    """The `inputs.Data` of a whole selection: its labels are the first selected column's texts
    (what tells the rows apart in a preview); each candidate picks its own column."""
    from cf_assistant.assistant.cells import Data, cell_text

    forced = selection.forced
    first = forced if forced is not None else selection.columns[0]
    labels = tuple(cell_text(row[first]) for row in table.rows)
    cells = selection.box.cells(forced) if forced is not None else None
    return Data(table, first, labels, cells, sheet, selection)


def column_data(data: Any, column: int) -> Any:
    """`data` narrowed to one column's cells (the range a cells-scope rule is written over)."""
    from dataclasses import replace

    from cf_assistant.assistant.cells import cell_text

    labels = tuple(cell_text(row[column]) for row in data.table.rows)
    return replace(data, target=column, labels=labels, range_ref=data.selection.box.cells(column),
                   selection=None)


def split_columns(rule: Any, table: Any, selection: Selection) -> Any:
    """An AND or OR of text tests whose texts each lie in a different single column ("high
    priority and late": "High" only under Priority, "Late" only under Status), with each test
    on its column (`c[i]`); None for any other rule."""
    from cf_assistant.languages.cf.rows import anchor, column_named
    from cf_assistant.languages.cf.rules import And, Not, Or, Text

    if not isinstance(rule, (And, Or)) or column_named(rule) is not None:
        return None
    owners = []
    for leaf in rule.rules:
        inner = leaf.rule if isinstance(leaf, Not) else leaf
        if not isinstance(inner, Text) or not inner.text.strip():
            return None
        found = [j for j in selection.columns if selection.kinds[j] == "text"
                 and literal_share([inner.text], selection.texts(table, j)) == 1.0]
        if len(found) != 1:
            return None
        owners.append(found[0])
    if len(set(owners)) < 2:
        return None
    return type(rule)(tuple(anchor(leaf, j) for leaf, j in zip(rule.rules, owners)))


def with_named_value(rule: Any, request: str, table: Any, selection: Selection, column: int) -> Any:
    """AND(TextEquals(c[j], V), the rule on `column`) when the request quotes a text V (as
    `Tables.quoted` does for a word that is a whole cell text) that the rule does not test, V is
    a cell of exactly one other text column j, and the rule writes no number the request does
    not and no text it does not quote: "UPS shipments over 50 kg" over Carrier and Weight,
    "Apollo hours over 40", and with two quoted values '"Priya"'s lines that are "Over budget"'
    (the rule tests Priya, the other value joins it; the test said first comes first, its
    column is the candidate's); None otherwise."""
    from cf_assistant.languages.cf.rows import anchor, column_named
    from cf_assistant.languages.cf.rules import And, Text, Visual

    if rule is None or isinstance(rule, Visual) or column_named(rule) is not None:
        return None
    _, numbers, texts = rule_facts(rule)
    if not set(numbers) <= _said_numbers(request):  # an invented number
        return None
    quoted = re.findall(r'"([^"]+)"', request)
    tested = {t.strip().lower() for t in texts}
    if not tested <= {q.strip().lower() for q in quoted}:  # a text of its own
        return None
    left = [q for q in quoted if q.strip().lower() not in tested]
    if len(left) != 1:
        return None
    said = left[0].strip().lower()
    if words(said) and set(words(said)) <= set(header_words(selection.headers[column])):
        return None  # "bottom 20% of days open" beside a Status "Open": a word of the rule's header
    masked = re.sub(r'"([^"]+)"', lambda m: '"Q"' if m.group(1).strip().lower() == said else '"T"', request)
    denial = r"\b(?:not|no|isn't|aren't|without|except|other\s+than)\s+(?:\w+\s+)?\"Q"
    if re.search(denial, masked, re.I):
        return None  # "not at risk": the value is denied, not joined
    cells = {j: [t for t in selection.texts(table, j) if t.strip().lower() == said]
             for j in selection.columns if j != column and selection.kinds[j] == "text"}
    owners = [j for j, found in cells.items() if found]
    if len(owners) != 1:
        return None
    j = owners[0]
    joined = Text("TextEquals", cells[j][0].strip(), column=j)
    at = {q.strip().lower(): request.find(f'"{q}"') for q in reversed(quoted)}  # first place said
    if tested and min(at[t] for t in tested) < at[said]:  # said first, tested first
        return And((anchor(rule, column), joined))
    return And((joined, anchor(rule, column)))


def _said_numbers(request: str) -> set[float]:
    """The numbers a request writes, as the model reads them ("100k" is 100000, "ten" 10;
    percentages also as fractions)."""
    from cf_assistant.diffusion.literals import extract
    from cf_assistant.diffusion.text_slots import spell_numbers

    return {float(n) for n in extract(spell_numbers(request)).numbers}


def _mentions(request: str, selection: Selection) -> list[tuple[int, int, int]]:
    """(start, end, column) of each place where the request says a number or date column's
    header words in a row ("the reorder level" for Reorder Level), or only the one word of the
    header that no other such header has ("approved" for Amount Approved beside Amount Claimed),
    in the order said."""
    tokens = [(stem(m.group(0)), m.start(), m.end()) for m in _WORD.finditer(request)
              if m.group(0).lower() not in _STOP]
    heads = {j: header_words(selection.headers[j]) for j in selection.columns
             if selection.kinds[j] in ("number", "date")}
    heads = {j: h for j, h in heads.items() if h}
    out = []
    for j, head in heads.items():
        others = {w for k, h in heads.items() if k != j for w in h}
        own = [w for w in head if w not in others and len(w) > 3]
        for said in (head, own[-1:] if len(own) == 1 and len(head) > 1 else None):
            for i in range(len(tokens) - len(said or [0]) + 1 if said else 0):
                if all(_same_word(t, h) for (t, _, _), h in zip(tokens[i:i + len(said)], said)):
                    out.append((tokens[i][1], tokens[i + len(said) - 1][2], j))
    return sorted(set(out))


def _same_word(said: str, head: str) -> bool:
    """A stemmed request word for a stemmed header word, also as a past participle ("budgeted"
    for Budget, "priced" for Price)."""
    return said == head or (said.endswith("ed") and head in (said[:-2], said[:-1]))


# Comparisons said between two columns that need no number after them ("actual equals budget",
# "next service earlier than last service").
_BETWEEN_COLUMNS = (("NotEquals", r"\b(?:not|n't|isn't|doesn't|don't)\s+(?:equal|equals|match|matches|the\s+same)\b"
                                  r"|\bdiffer\w*\s+(?:from|to)\b|<>|!=|≠"),
                    ("Equals", r"\b(?:equals?|equal\s+to|same\s+as|matches|match)\b|(?<![<>!])=(?!=)"),
                    ("LessThan", r"\b(?:before|earlier\s+than|sooner\s+than)\b"),
                    ("GreaterThan", r"\b(?:after|later\s+than|exceeds?|over)\b"),
                    ("LessThan", r"\bunder\b"))


def _cue(text: str, cues: Sequence[tuple[str, str]]) -> str | None:
    return next((op for op, cue in cues if re.search(cue, text, re.I)), None)


def column_comparison(request: str, selection: Selection) -> str | None:
    """The rule comparing two number (or two date) columns that a request names with a
    comparison between them and no number ("items whose stock is below the reorder level" over
    In Stock and Reorder Level: `LessThan(c[3], c[4])`; "Actual Temp is not equal to the Set
    Temp"; "settled earlier than filed"), or None. The model writes no column references; this
    reading is computed."""
    from cf_assistant.languages.cf.comparisons import named_comparison

    if re.search(r"\d", request):
        return None
    request = without_sheet(request)  # "Caps above average in sheet Subs": the sheet is no column
    said = _mentions(request, selection)
    found = None
    for (_, end, first), (start, _, second) in zip(said, said[1:]):  # the last pair with a cue
        if first == second or selection.kinds[first] != selection.kinds[second] or start < end:
            continue
        between = request[end:start]
        if re.search(r"\b(?:average|mean)\b", between, re.IGNORECASE):  # "above average ...": no second column
            continue
        op = _cue(between, _BETWEEN_COLUMNS[:1]) or named_comparison(between) \
            or _cue(between, _BETWEEN_COLUMNS[1:])  # "not equal to" before "equal to"
        found = f"{op}(c[{first}], c[{second}])" if op else found
    return found


def named_value(request: str, selection: Selection, table: Any) -> str | None:
    """`TextEquals("V")` when the request (as `Tables.quoted` writes it) quotes exactly one
    text V, V is a whole cell of exactly one selected column (which the column choice then
    finds by its cells), and the other words ask for nothing more (no number, no negation, no
    word of `_RULE_CUES`): '"Cardiology" appointments', 'form "7C" students', 'highlight
    "Late"'; `NOT(TextEquals("V"))` when one denial right before the value is the only other
    cue ('causes other than "AFA fault"', 'everything except "Closed"'); None otherwise.
    Computed, not learnt: the model still answers, this reading only joins its samples, in the
    model's own form so that the same answer is one candidate."""
    quoted = re.findall(r'"([^"]+)"', request)
    if len(quoted) != 1:
        return None
    denied = _DENIED_VALUE.search(request)
    rest = re.sub(r'"[^"]+"', " ", request[:denied.start()] + " " + request[denied.end():] if denied else request)
    if re.search(r"\d|n't\b|n’t\b", rest, re.I) \
            or any(w.lower() in _RULE_CUES for w in re.findall(r"[A-Za-z]+", rest)):
        return None
    owners = [j for j in selection.columns if selection.kinds[j] == "text"
              and quoted[0] in selection.texts(table, j)]
    if len(owners) != 1:
        return None
    value = quoted[0].replace('"', '""')
    if denied:
        return f'NOT(TextEquals("{value}"))'
    return f'TextEquals("{value}")'  # the model's own form: one candidate, the column by its cells


_DENIED_VALUE = re.compile(r"\b(?:other\s+than|except(?:\s+for)?|apart\s+from|anything\s+but|everything\s+but|"
                           r"excluding|not)\s+(?:the\s+)?(?=\")", re.IGNORECASE)


# A value stated of a header: "Status = Pending", "(Fee Paid = No)", "Fee Paid says No or Part",
# "Member column reads Yes", "Paid != Yes" (group "neg"), and the value or values said after it.
_STATED_OP = re.compile(r"\s*(?:(?P<neg>!=|<>|≠)|==?)\s*|\s+(?:column\s+)?(?:(?:says|reads|shows|is\s+set\s+to|"
                        r"is\s+marked(?:\s+as)?)|(?P<neg2>(?:does\s*n[o']?t|does\s+not)\s+(?:say|read|show)))\s+",
                        re.I)
_STATED_VALUE = r"""(?:"[^"]+"|'[^']+'|[A-Za-z0-9$£€][\w&/.$£€-]*(?:\s+[A-Z0-9][\w&/.-]*)*)"""
_STATED_VALUES = re.compile(rf"(?P<values>{_STATED_VALUE}(?:(?:\s*,\s*{_STATED_VALUE})*,?\s+or\s+{_STATED_VALUE}|"
                            rf"(?:\s*/\s*{_STATED_VALUE})+)?)")
_STATED_MORE = _RULE_CUES - frozenset("or and any with part like new old high low word letter".split())


def stated_values(request: str, selection: Selection, table: Any) -> str | None:
    """The rule a request states as values of headers and nothing more: "Status = Pending" ->
    `TextEquals(c[j], "Pending")`, "Fee Paid says No or Part" -> `OR(TextEquals(c[j], "No"),
    TextEquals(c[j], "Part"))`, "(Medical Form = No) and ... (Fee Paid = No)" -> `AND` of both
    ("or" between two columns' statements: `OR`), "Paid != Yes" -> `NOT(...)`, a number
    on a number column `Equals`; a text is written in its cells' spelling where a cell has it.
    None when the request states no such value, or asks for more than it states (a number, a
    negation or another rule's word outside the statements)."""
    found = []  # (start, end, column, values, negated)
    heads = [str(h).strip() for h in selection.headers if str(h).strip()]
    for j in sorted(selection.columns, key=lambda j: -len(selection.headers[j])):
        header = str(selection.headers[j]).strip()
        names = {header, re.sub(r"\s*\([^()]*\)\s*$", "", header)} - {""}
        for name in names:
            for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", request, re.I):
                op = _STATED_OP.match(request, m.end())
                said = _STATED_VALUES.match(request, op.end()) if op else None
                if said is None or any(s < m.end() and m.start() < e for s, e, *_ in found):
                    continue
                values, end = [], op.end()
                for v in re.finditer(r"(?:(?<=^)|\s*,\s*|\s+or\s+|\s*/\s*)((?:(?!\s*,|\s+or\s|\s*/).)+)",
                                     said.group("values")):
                    if values and any(v.group(1).lower().startswith(h.lower()) for h in heads):
                        break  # "Fee Paid = No or Medical Form = No": the next statement
                    values.append(v.group(1).rstrip(".").strip("\"'"))
                    end = op.end() + v.end()
                found.append((m.start(), end, j, values, bool(op.group("neg") or op.group("neg2"))))
    if not found:
        return None
    found.sort()
    rest = request
    for s, e, *_ in reversed(found):
        rest = rest[:s] + " ; " + rest[e:]
    for h in selection.headers:
        rest = re.sub(rf"(?<!\w){re.escape(str(h).strip())}(?!\w)", " ", rest, flags=re.I)
    if re.search(r"\d|n't\s+(?:be|is|are)\b|\b(?:not|except|without|unless|but)\b", rest, re.I) \
            or any(w.lower() in _STATED_MORE for w in re.findall(r"[A-Za-z]+", rest)):
        return None
    leaves = []
    for (s, e, j, values, negated) in found:
        cells = {t.lower(): t for t in selection.texts(table, j)} if table is not None else {}
        tests = []
        for v in values:
            if not v:
                return None
            if selection.kinds[j] == "number" and re.fullmatch(r"-?\d+(?:\.\d+)?", v):
                tests.append(f"Equals(c[{j}], {v})")
            else:
                spelt = cells.get(v.lower(), v).replace('"', '""')
                tests.append(f'TextEquals(c[{j}], "{spelt}")')
        leaf = tests[0] if len(tests) == 1 else f"OR({', '.join(tests)})"
        leaves.append(f"NOT({leaf})" if negated else leaf)
    if len(leaves) == 1:
        return leaves[0]
    between = " ".join(request[e:s] for (_, e, *_), (s, *_) in zip(found, found[1:]))
    join = "OR" if re.search(r"\bor\b", between, re.I) else "AND"
    return f"{join}({', '.join(leaves)})"


# A cue that a column's value is missing (group 1) or there, then up to three words (group 2).
_PRESENCE = re.compile(r"\b(?:(?:with\s+|has\s+|have\s+)?(?:(?<=with\s)an?\s+|(?<=has\s)an?\s+|(?<=have\s)an?\s+)?"
                       r"(no|without|missing|lacking|empty|blank)"
                       r"|(?:have|has|having|with|got)(?:\s+(?:a|an|any|some|someone|somebody|"
                       r"something|anyone))?)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I)
_PRESENCE_MORE = frozenset("""contain contains containing include includes including start starts starting
    begin begins beginning end ending ends reading dated showing top bottom highest lowest most least above
    below over under more less greater fewer between
    before after since until today tomorrow yesterday week month year duplicate duplicates unique
    error errors average or and not than equal equals on off yes true false""".split())


def named_presence(request: str, selection: Selection) -> str | None:
    """`Blanks(c[j])` for a request that says a column's value is missing ("accounts with no
    owner", "tickets without a response yet"), `NotBlanks(c[j])` for one that says it is there
    ("campaigns that have a CTR", "assets that have someone assigned"), column j named by its
    header words right after the cue, and nothing more asked (no number, no quoted text, no
    word of another rule); None otherwise."""
    if re.search(r"[\d\"<>=]|\b(?:and|or|but)\b|\bin\s+(?:it|them|there)\b|\binside\b|(?<!\w)['‘][^'’]+['’](?!\w)",
                 request, re.I):
        return None  # ("anything with SKU in it": a text inside the cells)
    found = []
    for m in _PRESENCE.finditer(request):
        said = re.split(r"\b(?:and|or|but)\b", m.group(2), flags=re.I)[0]
        said = [stem(w) for w in re.findall(r"[A-Za-z]+", said)]
        named = [j for j in selection.columns
                 if (head := header_words(selection.headers[j])) and any(w in head for w in said)]
        if len(named) == 1:  # ("with a Notes cell blank": the cell said after, missing)
            rest = m.group(2) + request[m.end():]
            blank_said = re.match(r"(?:[\w-]+\s+){0,3}?(?:(?:cells?|field|entry|box|value|is|are|was|were|left|still|"
                                  r"that['’]s|that|which)\s+)*(?:blank|empty|unfilled|missing)\b", rest, re.I)
            found.append((m, named[0], bool(m.group(1) or blank_said)))
    if len(found) != 1:
        return None
    m, j, missing = found[0]
    head = set(header_words(selection.headers[j]))
    if any(w.lower() in _PRESENCE_MORE and stem(w) not in head for w in re.findall(r"[A-Za-z]+", request)) \
            or re.search(r"n't\b", request):
        return None
    return f"Blanks(c[{j}])" if missing else f"NotBlanks(c[{j}])"


def column_presence(request: str, header: str) -> str | None:
    """`named_presence` on one column: `Blanks()` for "episodes with no rating" over Avg Rating,
    `NotBlanks()` for "episodes that have a rating"; None otherwise."""
    if not str(header).strip():
        return None
    found = named_presence(request, from_records([[str(header)]])[1])
    return None if found is None else re.sub(r"\(c\[0\]\)", "()", found)


class Tables:
    """Column choice for the pipeline: one `ColumnChoice` per request (cached), and per
    candidate code the columns it is offered on, with the fields each candidate carries."""

    def __init__(self, embedder: Any):
        """`embedder()`: the `Embedder` to use, called on first need."""
        self._embedder = embedder
        self._choices: dict[tuple[str, int, Any], ColumnChoice] = {}

    def check(self, text: str, data: Any) -> None:
        """`check_named_columns` on the data's headers (MiniLM only for a name not found)."""
        check_named_columns(text, data.selection.headers, self._embedder)

    def quoted(self, text: str, data: Any) -> str:
        """Headers ending in a field noun said in lower case (`lowered_field_headers`), the
        number columns' headers with digits unread (`without_header_numbers`) and
        quantities in their units (`in_header_units`), then `quote_values`, `name_flags` and
        `quote_parts`, on the data's selected columns (where those quote nothing, the pipeline
        reads the words of one text column's cells: `cell_words.on_table`)."""
        sel = data.selection
        columns = [(sel.headers[j], sel.texts(data.table, j)) for j in sel.columns]
        numbers = [sel.headers[j] for j in sel.columns if sel.kinds[j] == "number"
                   or re.search(r"\([^)]*\d[^)]*\)", sel.headers[j])]  # "Ear Pain (0-10)", whatever its cells
        text = in_header_units(without_header_numbers(lowered_field_headers(text, [h for h, _ in columns]), numbers),
                               numbers)
        if column_comparison(text, sel) is None:  # ("Next Service Due earlier than Last Service")
            text = without_header_cues(text, [h for h, _ in columns])
        named = quote_values(text, [v for _, texts in columns for v in texts], [h for h, _ in columns])
        return quote_parts(name_flags(named, columns), columns)

    def compared(self, text: str, data: Any) -> str | None:
        """`column_comparison` on the data's selection (None for a forced column)."""
        sel = data.selection
        return None if sel.forced is not None else column_comparison(text, sel)

    def valued(self, text: str, data: Any) -> str | None:
        """`named_value` on the data's selection (None for a forced column, or when two columns
        are compared)."""
        sel = data.selection
        if sel.forced is not None or column_comparison(text, sel):  # "approved equal to claimed"
            return None
        if data.table.n_rows == 0:  # a header row only: `header_values.on_table`
            return None
        return named_value(text, sel, data.table)

    def stated(self, text: str, data: Any) -> str | None:
        """`stated_values` on the data's selection (None for a forced column)."""
        sel = data.selection
        return None if sel.forced is not None else stated_values(text, sel, data.table)

    def presence(self, text: str, data: Any) -> str | None:
        """`named_presence` on the data's selection (None for a forced column)."""
        sel = data.selection
        return None if sel.forced is not None else named_presence(text, sel)

    def embedder(self) -> Any:
        """The MiniLM `Embedder` (loaded on first need)."""
        return self._embedder()

    def choice(self, text: str, data: Any, today: Any = None) -> ColumnChoice:
        key = (text, id(data.selection), today)  # today: the evidence of date rules
        if key not in self._choices:
            if len(self._choices) > 64:
                self._choices.clear()
            forced = data.selection.forced is not None  # --column: no choice, no MiniLM
            self._choices[key] = ColumnChoice(text, data.table, data.selection,
                                              None if forced else self._embedder(), today)
        return self._choices[key]

    def candidates(self, code: str, text: str, data: Any, today: Any = None
                   ) -> list[tuple[Any, dict[str, Any]]]:
        """(the column's Data, Candidate fields) for each column `code` is offered on, the best
        first: `column` (header), `scope`, `range_ref`, `column_rank` (0 best, 1 alternates), and
        for whole rows the anchored `code`, its `formula` and type (an `expression` rule)."""
        from cf_assistant.errors import CfaError
        from cf_assistant.languages.cf import parse, to_text
        from cf_assistant.languages.cf.repairs import either_twin
        from cf_assistant.languages.cf.rows import anchor, column_named, row_formula

        try:
            rule = parse(code)
        except (CfaError, RecursionError):
            rule = None
        choice, sel = self.choice(text, data, today), data.selection
        split = split_columns(rule, data.table, sel) if sel.forced is None else None
        columns = choice.plausible(rule) if rule is not None else choice.plausible(None)[:1]
        offers = [(rule, j, False) for j in columns]
        if split is not None:
            offers = [(split, column_named(split.rules[0]), True)]
        elif sel.forced is None:
            named = with_named_value(rule, text, data.table, sel, columns[0])
            if named is not None:  # the value's column first, the bare rule after it
                offers.insert(0, (named, column_named(named.rules[0]), True))
        one_cell_twice = rule is not None and either_twin(code) is not None  # an AND no cell can meet
        out = []
        for n, (run, j, runs) in enumerate(offers):
            scope = scope_of(text, sel.headers[j])
            fields: dict[str, Any] = {"column": sel.headers[j], "scope": scope,
                                      "range_ref": sel.box.cells(j), "column_rank": min(n, 1)}
            if runs:  # the pipeline runs this code, not the model's
                fields.update(code=to_text(run), runs=True)
            elif one_cell_twice:
                fields.update(faithful=False)  # two whole texts asked of one cell: its OR twin reads it
            if scope == "rows" and run is not None:
                fields.update(code=to_text(anchor(run, j)), range_ref=sel.box.rows(),
                              native_type="expression",
                              formula=row_formula(run, j, sel.box, reference_date=today))
            out.append((column_data(data, j), fields))
        return out


def indexed(result: Any, k: int) -> tuple[list[str], list[dict[str, Any] | None]]:
    """A table result's candidates (answers, then invalid ones; at most k) in the indexed-column
    dialect of the benchmark's held-out split (`TextEquals(c[3], "Late")`, whatever the scope),
    and per candidate its `column`, `scope` and `formatted` rows (None for an invalid one): what
    `cfa bench` judges a table record by."""
    from cf_assistant.errors import CfaError
    from cf_assistant.languages.cf import parse, to_text
    from cf_assistant.languages.cf.rows import anchor

    headers = result.data.selection.headers
    codes: list[str] = []
    facts: list[dict[str, Any] | None] = []
    for c in (*result.candidates, *result.invalid)[:k]:
        code = c.code
        if c.valid and c.column in headers:
            try:
                code = to_text(anchor(parse(c.code), headers.index(c.column)))
            except CfaError:
                pass
        codes.append(code)
        facts.append({"column": c.column, "scope": c.scope,
                      "formatted": list(c.formatted) if c.formatted is not None else None}
                     if c.valid else None)
    return codes, facts
