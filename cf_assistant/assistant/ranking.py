"""One order for candidates: validity, execution evidence, model score; and deduplication.

The order (best first), compared field by field:

1. valid before invalid;
2. execution evidence (`Evidence`, lower is better): a rule that separates the user's column
   (formats some rows but not all) ranks above one that formats none or all of it, which ranks
   above one that could not run on that data at all. Without data every candidate is
   `INFORMATIVE`, so this step changes nothing; graded formats (a colour scale, which by design
   formats every number) count as `INFORMATIVE` too;
3. literal fidelity: where the user named a text (or a number), a candidate that invents another
   text (or takes a number from a cell reference) ranks below one that does not (`faithful`,
   computed by the caller; see `literals`);
4. the source's own order, for a source that ranks its answers itself (`order`, 0 for all
   otherwise: the diffusion model sampling from retrieved examples keeps the examples' order);
   then higher model score;
5. more samples merged into the candidate (the model proposed it more often);
6. shorter code, then the code's text, so that the order never depends on arrival order.

Evidence outranks the model score on purpose: on data where a rule visibly does nothing (or
everything), the user almost never meant it. The model score still decides among rules with the
same evidence, so when every candidate is degenerate the order is the model's.

Deduplication merges raw samples that share a canonical form: the canonical code is kept, with
the best score, the number of samples merged, and the raw spellings seen.

This module knows nothing of any language, of the model or of tables: callers pass a canonical
function and the counts of formatted rows.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from typing import Callable, Iterable, Protocol, Sequence, TypeVar


class Evidence(enum.IntEnum):
    """What running a candidate on the user's data showed; lower ranks first."""

    INFORMATIVE = 0  # separates the column, or no data was given, or a graded (visual) format
    DEGENERATE = 1  # formats none or all of the data rows
    FAILED = 2  # could not run on this data (e.g. names a column the data does not have)


def execution_evidence(formatted: int | None, rows: int, graded: bool = False) -> Evidence:
    """Evidence from `formatted` of `rows` data rows (`formatted=None`: the rule could not run).

    With no data rows there is nothing to separate, so every rule is `INFORMATIVE`.
    """
    if formatted is None:
        return Evidence.FAILED
    if graded or rows == 0:
        return Evidence.INFORMATIVE
    if formatted == 0 or formatted >= rows:
        return Evidence.DEGENERATE
    return Evidence.INFORMATIVE


class Rankable(Protocol):
    valid: bool
    evidence: Evidence
    score: float
    count: int
    code: str


R = TypeVar("R", bound=Rankable)


def sort_key(c: Rankable) -> tuple:
    """The key that `rank` sorts by (see the module docstring); NaN scores sort last."""
    score = c.score if not math.isnan(c.score) else -math.inf
    faithful = getattr(c, "faithful", True)
    order = getattr(c, "order", 0)
    return (not c.valid, int(c.evidence), not faithful, order, -score, -c.count, len(c.code),
            c.code)


def rank(candidates: Iterable[R]) -> list[R]:
    """The candidates in the project's order, best first."""
    return sorted(candidates, key=sort_key)


@dataclass(frozen=True)
class Merged:
    """Samples that share one canonical form."""

    code: str  # the canonical form (the stripped raw code when it has none)
    score: float  # the best score among the merged samples
    count: int  # how many samples were merged
    variants: tuple[str, ...]  # the distinct raw spellings, first seen first
    best_raw: str = ""  # the raw spelling of the best-scoring sample


def dedupe(samples: Sequence[tuple[str, float]], canonical: Callable[[str], str]) -> list[Merged]:
    """Merge `(raw code, score)` samples by `canonical(raw.strip())`, in first-seen order."""
    groups: dict[str, list[tuple[str, float]]] = {}
    for raw, score in samples:
        text = raw.strip()
        groups.setdefault(canonical(text), []).append((text, float(score)))
    return [_merge(code, members) for code, members in groups.items()]


def _merge(code: str, members: list[tuple[str, float]]) -> Merged:
    scored = [(s, i) for i, (_, s) in enumerate(members) if not math.isnan(s)]
    best, at = max(scored, key=lambda p: (p[0], -p[1])) if scored else (math.nan, 0)
    variants = tuple(dict.fromkeys(raw for raw, _ in members))
    return Merged(code, best, len(members), variants, best_raw=members[at][0])
