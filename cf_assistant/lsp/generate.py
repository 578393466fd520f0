"""The "cf-assistant: generate Bash/Python" code actions, on a comment line or a selection.

Listing is cheap and never runs the model: `requests_at` reads the request from the document (the
comment under the cursor without its `#`, or the selected text without comment markers) and
`list_actions` offers one unresolved action per language, its `data` naming the request. The
server resolves an action by asking the assistant for candidates (off its event loop) and
`insertion` builds the WorkspaceEdit that puts the chosen candidate under the comment (or the
selection) with the comment's indentation. The valid candidates of a resolved request are kept in
`Candidates`; later listings on the same request offer each of them as a ready action (edit
included), so the other candidates never cost a second model call.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable

from lsprotocol import types

from cf_assistant.assistant.inputs import MAX_UTTERANCE_CHARS

DISPLAY = {"bash": "Bash", "python": "Python"}
KIND = types.CodeActionKind.RefactorRewrite
COMMAND = "cf-assistant.generate"  # for clients without codeAction/resolve: arguments [data]
MAX_REQUEST_CHARS = MAX_UTTERANCE_CHARS  # the assistant refuses longer requests; we do not offer them
MAX_PREVIEW_CHARS = 60
_CACHE_SIZE = 64


@dataclass(frozen=True)
class Request:
    """What to generate and where: `after` is the 0-based line the code goes under."""

    uri: str
    lang: str
    text: str
    after: int
    indent: str = ""
    index: int = 0  # which valid candidate (0 = the best)

    def to_data(self) -> dict:
        return {"uri": self.uri, "lang": self.lang, "text": self.text, "after": self.after,
                "indent": self.indent, "index": self.index}

    @classmethod
    def from_data(cls, data: object) -> "Request | None":
        """The request an action's `data` names, or None when `data` is not one of ours."""
        if not isinstance(data, dict):
            return None
        try:
            request = cls(str(data["uri"]), str(data["lang"]), str(data["text"]), int(data["after"]),
                          str(data.get("indent", "")), int(data.get("index", 0)))
        except (KeyError, TypeError, ValueError):
            return None
        if request.lang not in DISPLAY or request.after < 0 or request.index < 0 or not request.text.strip():
            return None
        return request


class Candidates:
    """Valid codes per (lang, request text) from resolved actions (an LRU cache, thread-safe)."""

    def __init__(self, size: int = _CACHE_SIZE):
        self._size = size
        self._lock = threading.Lock()
        self._items: OrderedDict[tuple[str, str], tuple[str, ...]] = OrderedDict()

    def get(self, lang: str, text: str) -> tuple[str, ...] | None:
        with self._lock:
            found = self._items.get((lang, text))
            if found is not None:
                self._items.move_to_end((lang, text))
            return found

    def put(self, lang: str, text: str, codes: tuple[str, ...]) -> None:
        with self._lock:
            self._items[(lang, text)] = codes
            while len(self._items) > self._size:
                self._items.popitem(last=False)


def _strip_comment(line: str) -> str:
    stripped = line.strip()
    return stripped[1:].strip() if stripped.startswith("#") else stripped


def requests_at(lines: list[str], uri: str, lang: str | None, selection: types.Range) -> list[Request]:
    """The generate requests at a cursor or selection (one per language; none if no request)."""
    start, end = selection.start.line, selection.end.line
    if not 0 <= start < len(lines):
        return []
    is_selection = (start, selection.start.character) != (end, selection.end.character)
    if end > start and selection.end.character == 0:
        end -= 1  # a selection of whole lines ends at column 0 of the next line
    end = min(max(end, start), len(lines) - 1)
    if is_selection:
        chosen = [_strip_comment(line) for line in lines[start:end + 1]]
        text = " ".join(part for part in chosen if part)
        langs = [lang] if lang else list(DISPLAY)
    else:
        line = lines[start].strip()
        if not lang or not line.startswith("#") or line.startswith("#!"):
            return []
        text, langs = _strip_comment(line), [lang]
    if not text or len(text) > MAX_REQUEST_CHARS:
        return []
    first = lines[start]
    indent = first[: len(first) - len(first.lstrip())]
    return [Request(uri, name, text, end, indent) for name in langs]


def list_actions(requests: list[Request], candidates: Candidates, lines: list[str],
                 units: Callable[[str], int] = len) -> list[types.CodeAction]:
    """One action per request (unresolved unless its candidates are known), then the other
    known candidates as ready actions."""
    actions: list[types.CodeAction] = []
    for request in requests:
        codes = candidates.get(request.lang, request.text)
        title = f"cf-assistant: generate {DISPLAY[request.lang]}"
        first = types.CodeAction(title=title, kind=KIND, data=request.to_data())
        if codes:
            first.edit = insertion(request, codes[0], lines, units)
        actions.append(first)
        for index, code in enumerate(codes or ()):
            if index == 0:
                continue
            preview = " ".join(code.split())
            if len(preview) > MAX_PREVIEW_CHARS:
                preview = preview[: MAX_PREVIEW_CHARS - 1] + "…"
            other = Request(request.uri, request.lang, request.text, request.after, request.indent, index)
            actions.append(types.CodeAction(
                title=f"cf-assistant: {DISPLAY[request.lang]} candidate {index + 1}: {preview}",
                kind=KIND, data=other.to_data(), edit=insertion(other, code, lines, units)))
    return actions


def locate(request: Request, lines: list[str]) -> Request | None:
    """The request moved to where its text now is (the document may have changed since listing):
    the line it named if that line still holds the text, else the nearest line that does."""
    def holds(row: int) -> bool:
        return 0 <= row < len(lines) and request.text in _strip_comment(lines[row])

    if holds(request.after):
        return request
    rows = sorted(range(len(lines)), key=lambda row: abs(row - request.after))
    row = next((row for row in rows if holds(row)), None)
    if row is None:
        return None
    return Request(request.uri, request.lang, request.text, row, request.indent, request.index)


def insertion(request: Request, code: str, lines: list[str],
              units: Callable[[str], int] = len) -> types.WorkspaceEdit:
    """The edit that inserts `code` on new lines under line `request.after`, indented like it;
    `units` measures a line in the client's position units (for the end of the last line)."""
    body = "\n".join(request.indent + part if part.strip() else part for part in code.strip("\n").split("\n"))
    row = min(request.after, max(len(lines) - 1, 0))
    if row + 1 < len(lines):
        edit = types.TextEdit(types.Range(types.Position(row + 1, 0), types.Position(row + 1, 0)), body + "\n")
    else:  # the last line: no newline to insert after
        end = types.Position(row, units(lines[row]) if lines else 0)
        edit = types.TextEdit(types.Range(end, end), "\n" + body)
    return types.WorkspaceEdit(changes={request.uri: [edit]})
