"""What an editor document is to the language server: its language, and whether it is text.

`language_of(language_id, uri)` names the project's language for a document ("bash", "python")
from the editor's language id, else from the file name; None for any other document (those get
hovers over CF rules and generation from a selection only). `looks_binary(text)` tells binary
junk from text, as the assistant's own input check does, on a bounded sample so that a 1 MB line
costs nothing.
"""

from __future__ import annotations

import posixpath
from urllib.parse import unquote, urlparse

_LANGUAGE_IDS = {
    "shellscript": "bash", "sh": "bash", "bash": "bash", "zsh": "bash",
    "python": "python", "py": "python",
}
_SUFFIXES = {".sh": "bash", ".bash": "bash", ".py": "python", ".pyw": "python"}
_SAMPLE_CHARS = 65_536  # characters looked at by looks_binary
JUNK_FRACTION = 0.1  # more than this share of control characters = binary
_KEEP_CONTROLS = frozenset("\t\n\r\f\v")


def language_of(language_id: str | None, uri: str) -> str | None:
    """"bash", "python" or None for a document with this language id and URI."""
    by_id = _LANGUAGE_IDS.get((language_id or "").strip().lower())
    if by_id is not None:
        return by_id
    path = unquote(urlparse(uri).path or "")
    return _SUFFIXES.get(posixpath.splitext(path)[1].lower())


def looks_binary(text: str) -> bool:
    """True for text holding NUL characters or more than 10% control characters (sampled)."""
    if "\x00" in text:
        return True
    sample = text[:_SAMPLE_CHARS]
    if not sample:
        return False
    junk = sum(1 for ch in sample if ch < " " and ch not in _KEEP_CONTROLS)
    return junk / len(sample) > JUNK_FRACTION
