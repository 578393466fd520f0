"""The Language protocol and the registry of languages (CF rules, Bash, Python).

A language module knows how to tell valid code from invalid code (with diagnostics), how to put
code into the one canonical spelling that exact match and deduplication compare, and which
tokens of a token sequence are identifiers or keywords (for the CPD pre-training task). Language
modules know nothing of torch or of the model.

Beside the protocol's three methods a language may have optional ones, which the assistant
pipeline and the metrics read with `getattr` (a language without them gets nothing done):
`explain(code)`, `accepts_data` (runs on the user's column), `shows_canonical` (candidates shown
canonically), `repairs(code, utterance)` (repaired twins and their origins), `garbled(code,
utterance)` (a sample the pipeline drops: a rule written inside a text literal), `faithful(code,
utterance)`, `fits_request(code, utterance)` (a corpus example suits the request),
`annotate(code, data, today)` (explanation, native form, run on the data), `readings(utterance,
today)` (rules read from the words alone, such as a month named by name on that day) and `judge` (execution
match for the metrics). Only CF has them today; nothing outside `languages/` tests a language's
name.

Look languages up by name with `get_language("cf")`; an unknown name raises
`UnknownLanguageError` with the closest registered name.
"""

from __future__ import annotations

import difflib
import enum
import importlib
from dataclasses import dataclass, field
from typing import Protocol, Sequence, runtime_checkable

from cf_assistant.errors import UnknownLanguageError


class TokenKind(enum.Enum):
    """What a code token is, for the code-specific CPD noise mask."""

    IDENTIFIER = "identifier"  # names, literals, column references, arguments
    KEYWORD = "keyword"  # keywords, builtin names, CF function names, Bash utilities and flags
    OTHER = "other"  # punctuation, operators, whitespace


@dataclass(frozen=True)
class Diagnostic:
    """One problem found in a piece of code; `line` and `column` are 1-based."""

    code: str  # stable diagnostic code, e.g. "CF001", "PY-SYNTAX", "BASH-PARSE"
    message: str
    line: int = 1
    column: int = 1


@dataclass(frozen=True)
class Validation:
    """The result of validating code: valid, plus diagnostics when not."""

    valid: bool
    diagnostics: tuple[Diagnostic, ...] = field(default_factory=tuple)


@runtime_checkable
class Language(Protocol):
    """What every language module provides. Metadata are class attributes."""

    name: str  # registry name: "cf", "bash", "python"
    display_name: str
    aliases: tuple[str, ...]
    match_metrics: tuple[str, ...]  # what `cfa bench` reports, e.g. ("exact_match", ...)

    def validate(self, code: str) -> Validation:
        """Whether `code` parses in this language; never raises on any text."""
        ...

    def canonical(self, code: str) -> str:
        """The one spelling that exact match and deduplication compare (code itself if invalid)."""
        ...

    def token_kinds(self, tokens: Sequence[str]) -> list[TokenKind]:
        """One kind per token; `tokens` concatenate to the code (as a code tokenizer splits it)."""
        ...


def kinds_from_char_kinds(tokens: Sequence[str], char_kinds: Sequence[TokenKind]) -> list[TokenKind]:
    """Map per-character kinds onto tokens that concatenate to the same text.

    A token is KEYWORD if any of its characters is, else IDENTIFIER if any is, else OTHER.
    """
    out: list[TokenKind] = []
    pos = 0
    for tok in tokens:
        span = char_kinds[pos : pos + len(tok)]
        pos += len(tok)
        if TokenKind.KEYWORD in span:
            out.append(TokenKind.KEYWORD)
        elif TokenKind.IDENTIFIER in span:
            out.append(TokenKind.IDENTIFIER)
        else:
            out.append(TokenKind.OTHER)
    return out


# name -> "module:attribute" of a Language instance; imported lazily so that using one language
# never pays for the others' parsers.
_REGISTRY: dict[str, str] = {
    "cf": "cf_assistant.languages.cf:CF",
    "bash": "cf_assistant.languages.bash:BASH",
    "python": "cf_assistant.languages.python:PYTHON",
}
_ALIASES = {"excel": "cf", "conditional-formatting": "cf", "sh": "bash", "py": "python"}


def language_names() -> list[str]:
    return sorted(_REGISTRY)


def get_language(name: str) -> Language:
    """The registered language called `name` (case-insensitive, aliases allowed)."""
    key = (name or "").strip().lower()
    key = _ALIASES.get(key, key)
    if key not in _REGISTRY:
        close = difflib.get_close_matches(key, list(_REGISTRY) + list(_ALIASES), n=1)
        hint = f"; did you mean '{_ALIASES.get(close[0], close[0])}'?" if close else ""
        raise UnknownLanguageError(
            f"unknown language '{name}'{hint} (known: {', '.join(language_names())})"
        )
    module_name, attr = _REGISTRY[key].split(":")
    return getattr(importlib.import_module(module_name), attr)
