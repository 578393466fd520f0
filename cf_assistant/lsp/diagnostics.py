"""Syntax problems of a Bash or Python document, from the project's validators.

`diagnose(text, lang)` returns `Problem`s with 0-based line and code-point columns, each with a
one-line message; the server turns them into LSP diagnostics in the client's position encoding.
With a time budget it stops early and says so: the server then publishes what it has (the top of
the script) and publishes the rest when the whole script is read.

- Python: the Python validator (tree-sitter-python) reads the whole document and reports up to
  five ERROR/MISSING places.
- Bash: the Bash validator judges one command at a time (bashlex, tree-sitter-bash for its gaps),
  so a script is split into its top-level statements with tree-sitter-bash and each statement is
  validated alone; verdicts are cached by statement text, so an edit re-validates only the
  statements it changed. A one-line statement that the Bash module's `plainly_valid` accepts
  (plain words, quotes, pipes, redirections) is valid without bashlex reading it: on a
  2,000-line script of train-split commands that is 9 lines in 10. A statement longer than
  `MAX_BASHLEX_CHARS` gets tree-sitter-bash's verdict only (bashlex is pure Python and takes
  seconds on a 1 MB line).
- Binary text and documents over `MAX_DOCUMENT_CHARS` get one notice instead of a parse, and
  nothing here raises on any text.
"""

from __future__ import annotations

import functools
import re
import time
from dataclasses import dataclass

from cf_assistant.lsp.documents import looks_binary

MAX_DOCUMENT_CHARS = 5_000_000  # longer documents are not checked (one notice instead)
MAX_BASHLEX_CHARS = 16_000  # longer Bash statements: tree-sitter-bash's verdict only
MAX_PROBLEMS = 100  # per document
MAX_MESSAGE_CHARS = 200
_CACHE_SIZE = 20_000  # Bash statements whose verdict is kept
_MAX_RUN_LINES = 30  # lines tried per run when an invalid statement is cut line by line
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Problem:
    """One problem: 0-based line, code-point columns [column, end_column) on that line."""

    line: int
    column: int
    end_column: int
    message: str
    code: str
    error: bool = True  # False: a notice (information), not a syntax error


def diagnose(text: str, lang: str, budget_s: float | None = None) -> tuple[list[Problem], bool]:
    """(the problems of `text` in `lang` ("bash" or "python"), whether the whole text was read).

    With `budget_s`, Bash statements stop being validated once that much time has passed (the
    problems of the text read so far are returned, and False); never raises."""
    if not text.strip():
        return [], True
    if looks_binary(text):
        return [Problem(0, 0, 0, "cf-assistant: not checked: this looks like binary data, not a script",
                        "CFA-BINARY", error=False)], True
    if len(text) > MAX_DOCUMENT_CHARS:
        return [Problem(0, 0, 0, f"cf-assistant: not checked: longer than {MAX_DOCUMENT_CHARS:,} characters",
                        "CFA-TOO-LONG", error=False)], True
    lines = text.split("\n")
    if lang == "bash":
        deadline = None if budget_s is None else time.perf_counter() + budget_s
        found, complete = _bash_problems(text, lines, deadline)
    else:
        found, complete = _python_problems(text), True
    return [_widen(p, lines) for p in found[:MAX_PROBLEMS]], complete


def _python_problems(text: str) -> list[tuple[int, int, str, str]]:
    from cf_assistant.languages import get_language

    validation = get_language("python").validate(text)
    return [(d.line - 1, d.column - 1, d.message, d.code) for d in validation.diagnostics]


# --- Bash: one verdict per top-level statement ----------------------------------------------


@functools.lru_cache(maxsize=_CACHE_SIZE)  # thread-safe
def _verdict(statement: str) -> tuple:
    """The Bash validator's diagnostics for one statement (cached by its text); none for a plain
    one-line command (`plainly_valid`: valid, bashlex need not read it)."""
    from cf_assistant.languages import bash, get_language

    if "\n" not in statement and bash.plainly_valid(statement):
        return ()
    return tuple(get_language("bash").validate(statement).diagnostics)


def _bash_problems(text: str, lines: list[str],
                   deadline: float | None = None) -> tuple[list[tuple[int, int, str, str]], bool]:
    # The Bash validator's own parser and encoding: each non-ASCII character becomes one ASCII
    # letter, so byte offsets are character offsets and tree-sitter-bash never sees astral ones.
    from cf_assistant.languages import bash

    tree = bash._PARSER.parse(bash._encode(text))
    out: list[tuple[int, int, str, str]] = []
    for first, last, nodes in _statements(tree.root_node):
        chunk = "\n".join(lines[first:last + 1])
        if len(chunk) > MAX_BASHLEX_CHARS and first == last:
            out.extend(p for node in nodes for p in _tree_sitter_problems(node))
        elif len(chunk) > MAX_BASHLEX_CHARS or _verdict(chunk):
            out.extend(_placed(_verdict(chunk), first) if first == last
                       else _line_by_line(lines, first, last))
        if len(out) >= MAX_PROBLEMS:
            break
        if deadline is not None and time.perf_counter() > deadline:
            return out, False
    return out, True


def _statements(root) -> list[tuple[int, int, list]]:
    """Whole-line row ranges (first, last) of the top-level statements, overlapping ones merged."""
    spans: list[tuple[int, int, list]] = []
    for node in root.children:
        if not node.is_named or node.type == "comment":
            continue
        first, last = node.start_point[0], node.end_point[0]
        if node.end_point[1] == 0 and last > first:
            last -= 1
        if spans and first <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(last, spans[-1][1]), spans[-1][2] + [node])
        else:
            spans.append((first, last, [node]))
    return spans


def _line_by_line(lines: list[str], first: int, last: int) -> list[tuple[int, int, str, str]]:
    """An invalid multi-line statement, cut greedily into the shortest runs of lines that are
    valid (tree-sitter's error recovery can swallow the commands after a broken one); the first
    run that never becomes valid within `_MAX_RUN_LINES` lines is reported, then the rest."""
    out: list[tuple[int, int, str, str]] = []
    i = first
    while i <= last:
        if not lines[i].strip() or lines[i].lstrip().startswith("#") or len(lines[i]) > MAX_BASHLEX_CHARS:
            i += 1  # blank, a comment, or too long for bashlex (such a line is not judged here)
            continue
        end = min(last, i + _MAX_RUN_LINES - 1)
        runs = ("\n".join(lines[i:j + 1]) for j in range(i, end + 1))
        j = next((i + n for n, run in enumerate(runs) if len(run) > MAX_BASHLEX_CHARS or not _verdict(run)), None)
        if j is None:
            rest = "\n".join(lines[i:last + 1])
            if len(rest) <= MAX_BASHLEX_CHARS:
                return out + _placed(_verdict(rest), i)
            found = _verdict("\n".join(lines[i:end + 1]))[:1]
            column = len(lines[i]) - len(lines[i].lstrip())
            return out + [(i, column, f"{d.message} (the statement that starts here does not end within "
                                      f"{_MAX_RUN_LINES} lines)", d.code) for d in found]
        i = j + 1
    return out


def _placed(found: tuple, row: int) -> list[tuple[int, int, str, str]]:
    """The validator's 1-based (line, column) of a chunk that starts at column 0 of `row`."""
    return [(row + d.line - 1, d.column - 1, d.message, d.code) for d in found]


def _tree_sitter_problems(node) -> list[tuple[int, int, str, str]]:
    """The first ERROR or MISSING place of a long statement, as tree-sitter-bash sees it."""
    stack = [node]
    while stack:
        current = stack.pop()
        if current.is_error or current.is_missing:
            row, col = current.start_point
            what = f"missing '{current.type}'" if current.is_missing else "syntax error"
            return [(row, col, f"{what} (tree-sitter-bash; statement too long for bashlex)", "BASH003")]
        stack.extend(reversed([c for c in current.children if c.has_error or c.is_missing]))
    return []


# --- ranges -------------------------------------------------------------------------------------


def _widen(found: tuple[int, int, str, str], lines: list[str]) -> Problem:
    """A Problem whose range covers the word at the reported place (one character at least)."""
    line, column, message, code = found
    line = min(max(line, 0), len(lines) - 1)
    text = lines[line]
    column = min(max(column, 0), len(text))
    match = _WORD.match(text, column)
    end = match.end() if match else column
    if end == column:
        if column < len(text):
            end = column + 1
        elif column > 0:
            column -= 1
    end = min(end, column + 80)
    first = (message.strip().splitlines() or [code])[0]
    return Problem(line, column, end, first[:MAX_MESSAGE_CHARS], code)
